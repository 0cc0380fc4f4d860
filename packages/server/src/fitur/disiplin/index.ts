/**
 * Discipline cases (PP 94/2021; PermenPANRB 60/2020 Tabel 2 II and BAB II.E;
 * docs/gratifikasi.md "Discipline cases").
 */
import { defineFitur } from "../../http/fitur.ts";
import { ruteDisiplin, statistikDisiplin } from "./rute-disiplin.ts";

export const fitur = defineFitur({ nama: "disiplin", grup: [ruteDisiplin] });

export { kMinimum, pegawaiPerUnit } from "./kelompok.ts";
/** The track-record entry of a case (also written by the demo seed). */
export { rekamJejakDisiplin } from "./rekam-jejak.ts";
/** For the synergy panel and the demo; the unit counts with k for the other registers. */
export { statistikDisiplin };
