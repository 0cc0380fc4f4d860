import type { ItemNavigasi } from "../../shell/navigasi.ts";

/** Navigation items of the calendar area (fitur/kalender: every signed-in user). */
export const NAVIGASI_KALENDER: readonly ItemNavigasi[] = [
  {
    path: "/kalender-saya",
    label: "kalender.nav.kalenderSaya",
    keterangan: "kalender.nav.keterangan",
    peran: null,
  },
];
