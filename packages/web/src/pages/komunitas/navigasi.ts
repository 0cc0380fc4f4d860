import type { ItemNavigasi } from "../../shell/navigasi.ts";

/** Navigation items of this area (labels are i18n keys; `peran` as the area's API routes, docs/komunitas.md). */
export const NAVIGASI_KOMUNITAS: readonly ItemNavigasi[] = [
  { path: "/kampanye", label: "komunitas.nav.kampanye", peran: null },
  { path: "/forum", label: "komunitas.nav.forum", peran: null },
  { path: "/pendampingan", label: "komunitas.nav.pendampingan", peran: null, khususPegawai: true },
  {
    path: "/renaksi",
    label: "komunitas.nav.renaksi",
    peran: null,
  },
  {
    path: "/monev",
    label: "komunitas.nav.monev",
    peran: ["tim_supervisi", "apip", "admin_instansi", "ppk", "pimpinan"],
  },
];
