/**
 * Individual development plans (docs/agen-perubahan.md "Rencana saya";
 * BAB III.B.2 a–d, Tabel 5–8): "Rencana saya", the superior's view and
 * confirmation, and aggregates per unit for leaders.
 */
import { defineFitur } from "../../http/fitur.ts";
import { ruteRencana } from "./rute-rencana.ts";

export const fitur = defineFitur({ nama: "rencana", grup: [ruteRencana] });
export { type CapaianPegawai, capaianKriteriaPegawai, kehadiranPegawai } from "./kehadiran.ts";
export { muatRencana, tetapkanRencana } from "./layanan.ts";
