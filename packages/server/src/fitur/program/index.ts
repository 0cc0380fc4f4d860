/**
 * The agency's integrity programme (docs/program.md; PermenPANRB 60/2020 BAB III):
 * cycles and stages, preparation (Tabel 3), implementation (Tabel 4–8),
 * sub-stage checklists, the maturity-stage guide and the programme report.
 * Its registration, and what the results area and the demo use of it.
 */
import { defineFitur } from "../../http/fitur.ts";
import { ruteDaftarPeriksa } from "./rute-daftar-periksa.ts";
import { ruteKampanye } from "./rute-kampanye.ts";
import { ruteLaporan } from "./rute-laporan.ts";
import { rutePelaksanaan } from "./rute-pelaksanaan.ts";
import { rutePersiapan } from "./rute-persiapan.ts";
import { ruteSiklus } from "./rute-siklus.ts";

export { keluaranAsesmen, siklusTertaut, tanggalDi } from "./fakta.ts";
export { buktiDaftarPeriksa } from "./status.ts";

export const fitur = defineFitur({
  nama: "program",
  grup: [ruteSiklus, rutePersiapan, rutePelaksanaan, ruteDaftarPeriksa, ruteKampanye, ruteLaporan],
});
