import type { ItemNavigasi } from "../../shell/navigasi.ts";

/** Navigation items of the non-test area (docs/nontes.md; `peran` as the area's API routes). */
export const NAVIGASI_NONTES: readonly ItemNavigasi[] = [
  {
    path: "/nontes/tugas",
    label: "nontes.nav.tugas",
    keterangan: "nontes.nav.tugasKeterangan",
    peran: null,
    khususPegawai: true,
  },
  {
    path: "/nontes/saya",
    label: "nontes.nav.saya",
    keterangan: "nontes.nav.sayaKeterangan",
    peran: null,
    khususPegawai: true,
  },
  {
    path: "/nontes/periode",
    label: "nontes.nav.periode",
    keterangan: "nontes.nav.periodeKeterangan",
    peran: ["tim_supervisi"],
  },
];
