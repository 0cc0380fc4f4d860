import type { ItemNavigasi } from "../../shell/navigasi.ts";

/** Navigation items of this area (labels are i18n keys; `peran` as the area's API routes). */
export const NAVIGASI_BANK_BUTIR: readonly ItemNavigasi[] = [
  { path: "/bank-butir", label: "bankButir.nav", peran: ["evaluator_nasional", "admin_instansi"] },
];
