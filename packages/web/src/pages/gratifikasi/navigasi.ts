import type { ItemNavigasi } from "../../shell/navigasi.ts";

/** Navigation items of this area (`peran` as the area's API routes, docs/gratifikasi.md). */
export const NAVIGASI_GRATIFIKASI: readonly ItemNavigasi[] = [
  {
    path: "/gratifikasi-saya",
    label: "gratifikasi.nav.saya",
    peran: null,
    khususPegawai: true,
    keterangan: "gratifikasi.nav.sayaKeterangan",
  },
  {
    path: "/gratifikasi",
    label: "gratifikasi.nav.upg",
    peran: ["pengelola_upg"],
    keterangan: "gratifikasi.nav.upgKeterangan",
  },
];
