/**
 * The change-agent lifecycle (docs/agen-perubahan.md; Tabel 2 I.1–2, Tabel 3
 * no. 6): criteria, nominations, selection, appointment by decree (through
 * `fitur/peran-sk`), the assessment instrument and periodic assessments,
 * Renaksi per cycle, coverage per unit, and the innovations register.
 */
import { defineFitur } from "../../http/fitur.ts";
import { ruteInovasi } from "./rute-inovasi.ts";
import { rutePenilaian } from "./rute-penilaian.ts";
import { ruteSiklus } from "./rute-siklus.ts";

export { type BagianLaporan, bagianLaporanAgen } from "./laporan.ts";

export const fitur = defineFitur({ nama: "agen", grup: [ruteSiklus, rutePenilaian, ruteInovasi] });
