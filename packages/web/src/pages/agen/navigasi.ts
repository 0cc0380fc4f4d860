import type { ItemNavigasi } from "../../shell/navigasi.ts";

/** Navigation of the change-agent area (fitur/agen): everyone may nominate and read the innovations register. */
export const NAVIGASI_AGEN: readonly ItemNavigasi[] = [
  { path: "/agen", label: "agen.nav.agen", peran: null },
];
