import type { ItemNavigasi } from "../../shell/navigasi.ts";

/** Navigation items of this area (labels are i18n keys; `peran` as the area's API routes, docs/nasional.md). */
export const NAVIGASI_NASIONAL: readonly ItemNavigasi[] = [
  {
    path: "/nasional",
    label: "nasional.nav",
    keterangan: "nasional.navKeterangan",
    peran: ["evaluator_nasional"],
  },
];
