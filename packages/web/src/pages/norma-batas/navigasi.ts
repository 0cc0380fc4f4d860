import type { ItemNavigasi } from "../../shell/navigasi.ts";

/** Navigation items of this area (labels are i18n keys; `peran` as the area's API routes, docs/norma-batas.md). */
export const NAVIGASI_NORMA_BATAS: readonly ItemNavigasi[] = [
  {
    path: "/norma-batas",
    label: "normaBatas.nav",
    keterangan: "normaBatas.navKeterangan",
    peran: ["evaluator_nasional"],
  },
];
