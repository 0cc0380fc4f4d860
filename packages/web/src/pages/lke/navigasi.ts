import type { ItemNavigasi } from "../../shell/navigasi.ts";

/** Navigation items of this area (labels are i18n keys; `peran` as the area's API routes). */
export const NAVIGASI_LKE: readonly ItemNavigasi[] = [
  { path: "/lke", label: "lke.nav", peran: ["evaluator_nasional"], keterangan: "lke.keteranganNav" },
];
