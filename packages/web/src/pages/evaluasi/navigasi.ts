import type { ItemNavigasi } from "../../shell/navigasi.ts";

/** Navigation items of this area (labels are i18n keys; `peran` as the area's API routes). */
export const NAVIGASI_EVALUASI: readonly ItemNavigasi[] = [
  {
    path: "/evaluasi",
    label: "evaluasi.nav",
    peran: ["evaluator_nasional", "ppk", "admin_instansi", "tim_supervisi"],
    keterangan: "evaluasi.keteranganNav",
  },
];
