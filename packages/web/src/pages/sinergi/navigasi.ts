import type { ItemNavigasi } from "../../shell/navigasi.ts";

/** Navigation items of this area (`peran` as the area's API routes, docs/wbs.md). */
export const NAVIGASI_SINERGI: readonly ItemNavigasi[] = [
  {
    path: "/wbs-masuk",
    label: "sinergi.nav.wbs",
    peran: ["pengelola_wbs"],
    keterangan: "sinergi.nav.wbsKeterangan",
  },
];
