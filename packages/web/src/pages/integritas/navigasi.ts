import type { ItemNavigasi } from "../../shell/navigasi.ts";

/** Navigation items of this area (`peran` as the area's API routes, docs/gratifikasi.md). */
export const NAVIGASI_INTEGRITAS: readonly ItemNavigasi[] = [
  {
    path: "/disiplin",
    label: "integritas.nav.disiplin",
    peran: ["admin_instansi", "ppk", "apip"],
    keterangan: "integritas.nav.disiplinKeterangan",
  },
  {
    path: "/lhkasn",
    label: "integritas.nav.lhkasn",
    peran: ["admin_instansi", "apip"],
    keterangan: "integritas.nav.lhkasnKeterangan",
  },
  {
    path: "/lhkasn-saya",
    label: "integritas.nav.lhkasnSaya",
    peran: null,
    khususPegawai: true,
    keterangan: "integritas.nav.lhkasnSayaKeterangan",
  },
  {
    path: "/zona-integritas",
    label: "integritas.nav.zi",
    peran: ["admin_instansi", "ppk", "tim_supervisi", "pimpinan", "apip"],
    keterangan: "integritas.nav.ziKeterangan",
  },
];
