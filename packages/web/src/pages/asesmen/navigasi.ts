import type { ItemNavigasi } from "../../shell/navigasi.ts";

/** Navigation items of this area (labels are i18n keys; `peran` as the area's API routes, docs/asesmen.md). */
export const NAVIGASI_ASESMEN: readonly ItemNavigasi[] = [
  {
    path: "/asesmen",
    label: "asesmen.nav.kampanye",
    peran: ["tim_supervisi", "admin_instansi", "pimpinan", "ppk"],
  },
  { path: "/asesmen-saya", label: "asesmen.nav.saya", peran: ["pegawai"], khususPegawai: true },
];
