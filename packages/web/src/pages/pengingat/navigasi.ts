import type { ItemNavigasi } from "../../shell/navigasi.ts";

/** Navigation items of the reminders area (`peran` as its API routes: fitur/pengingat). */
export const NAVIGASI_PENGINGAT: readonly ItemNavigasi[] = [
  { path: "/terlambat", label: "pengingat.nav.terlambat", peran: ["ppk", "tim_supervisi"] },
  { path: "/pengaturan-notifikasi", label: "pengingat.nav.pengaturan", peran: null },
];
