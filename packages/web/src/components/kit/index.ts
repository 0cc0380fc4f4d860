/**
 * The web form kit (docs/architecture.md "Web area shape"): forms on
 * `@mantine/form` in a dialog or on a card, a paged table, and a confirmation
 * before an action. Every page's forms, lists and confirmations use these.
 */
export { DialogForm, type DialogFormProps } from "./DialogForm.tsx";
export { KartuForm, type KartuFormProps } from "./KartuForm.tsx";
export { type KirimForm, useKirimForm } from "./kirim-form.ts";
export { konfirmasi, type OpsiKonfirmasi } from "./konfirmasi.tsx";
export {
  type Daftar,
  type Kolom,
  TabelBerhalaman,
  type TabelBerhalamanProps,
  UKURAN_HALAMAN,
} from "./TabelBerhalaman.tsx";
