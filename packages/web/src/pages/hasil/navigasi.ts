import type { ItemNavigasi } from "../../shell/navigasi.ts";

/** Navigation items of this area (labels are i18n keys; `peran` as the area's API routes, docs/hasil.md). */
export const NAVIGASI_HASIL: readonly ItemNavigasi[] = [
  { path: "/hasil", label: "hasil.nav.saya", peran: null, khususPegawai: true },
  {
    path: "/peta-asesmen",
    label: "hasil.nav.peta",
    peran: ["pimpinan", "tim_supervisi", "admin_instansi", "ppk", "evaluator_nasional"],
  },
  { path: "/hasil-kelola", label: "hasil.nav.kelola", peran: ["tim_supervisi", "admin_instansi"] },
  {
    path: "/kalibrasi-ulang",
    label: "hasil.nav.kalibrasi",
    keterangan: "hasil.nav.kalibrasiKeterangan",
    peran: ["evaluator_nasional"],
  },
];
