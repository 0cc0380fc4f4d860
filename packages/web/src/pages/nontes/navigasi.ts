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
  {
    path: "/nontes/rekam-jejak-saya",
    label: "nontes.nav.rekamSaya",
    keterangan: "nontes.nav.rekamSayaKeterangan",
    peran: null,
    khususPegawai: true,
  },
  {
    path: "/nontes/wawancara-saya",
    label: "nontes.nav.wawancaraSaya",
    keterangan: "nontes.nav.wawancaraSayaKeterangan",
    peran: null,
  },
  {
    path: "/nontes/rekam-jejak",
    label: "nontes.nav.rekam",
    keterangan: "nontes.nav.rekamKeterangan",
    peran: ["tim_supervisi"],
  },
  {
    path: "/nontes/wawancara",
    label: "nontes.nav.wawancara",
    keterangan: "nontes.nav.wawancaraKeterangan",
    peran: ["tim_supervisi"],
  },
];
