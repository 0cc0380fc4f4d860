/**
 * Zona Integritas towards WBK/WBBM per unit and the merit-system index
 * (PermenPANRB 60/2020 Tabel 2 II; docs/gratifikasi.md "Zona Integritas and merit").
 */
import { defineFitur } from "../../http/fitur.ts";
import { ruteZi, statistikZi } from "./rute-zi.ts";

export const fitur = defineFitur({ nama: "zona-integritas", grup: [ruteZi] });

/** For the synergy panel. */
export { statistikZi };
