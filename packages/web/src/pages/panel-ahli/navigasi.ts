import type { ItemNavigasi } from "../../shell/navigasi.ts";

/** Navigation items of this area (labels are i18n keys; `peran` as the area's API routes). */
export const NAVIGASI_PANEL_AHLI: readonly ItemNavigasi[] = [
  { path: "/panel-ahli", label: "panelAhli.nav", peran: ["evaluator_nasional"] },
];
