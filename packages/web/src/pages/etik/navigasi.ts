import type { ItemNavigasi } from "../../shell/navigasi.ts";

/** Navigation items of the ethics area (docs/kode-etik.md; `peran` as the area's API routes). */
export const NAVIGASI_ETIK: readonly ItemNavigasi[] = [
  {
    path: "/etik/kode-etik",
    label: "etik.nav.kodeSaya",
    keterangan: "etik.nav.kodeSayaKeterangan",
    peran: null,
    khususPegawai: true,
  },
  {
    path: "/etik/benturan",
    label: "etik.nav.benturanSaya",
    keterangan: "etik.nav.benturanSayaKeterangan",
    peran: null,
    khususPegawai: true,
  },
  {
    path: "/etik/keputusan",
    label: "etik.nav.keputusan",
    keterangan: "etik.nav.keputusanKeterangan",
    peran: null,
    khususPegawai: true,
  },
  {
    path: "/etik/kelola",
    label: "etik.nav.kelola",
    keterangan: "etik.nav.kelolaKeterangan",
    peran: ["admin_instansi", "tim_supervisi", "pimpinan", "ppk", "apip"],
  },
  {
    path: "/etik/register",
    label: "etik.nav.register",
    keterangan: "etik.nav.registerKeterangan",
    peran: ["admin_instansi", "ppk", "apip"],
  },
];
