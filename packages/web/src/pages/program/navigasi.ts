import type { ItemNavigasi } from "../../shell/navigasi.ts";

/** Navigation items of this area (labels are i18n keys; `peran` as the area's API routes). */
export const NAVIGASI_PROGRAM: readonly ItemNavigasi[] = [
  {
    path: "/program",
    label: "program.nav",
    // the national evaluator reads every agency's programme (the API allows it: bolehEvaluatorNasional)
    peran: [
      "admin_instansi",
      "ppk",
      "tim_supervisi",
      "pimpinan",
      "agen_perubahan",
      "apip",
      "pegawai",
      "evaluator_nasional",
    ],
  },
];
