import type { ItemNavigasi } from "../../shell/navigasi.ts";

/** Navigation items of the own-data area (`peran` as its API routes: fitur/data-saya). */
export const NAVIGASI_DATA_SAYA: readonly ItemNavigasi[] = [
  {
    path: "/data-saya",
    label: "dataSaya.nav.dataSaya",
    keterangan: "dataSaya.nav.keteranganDataSaya",
    peran: null,
  },
  {
    path: "/retensi",
    label: "dataSaya.nav.retensi",
    keterangan: "dataSaya.nav.keteranganRetensi",
    peran: ["admin_instansi"],
  },
];
