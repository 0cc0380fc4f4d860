/**
 * The agency's integrity programme (docs/program.md; PermenPANRB 60/2020 BAB III):
 * cycles and stages, preparation (Tabel 3), implementation (Tabel 4–8),
 * sub-stage checklists, the maturity-stage guide and the programme report.
 * See docs/program.md.
 */
import { ruteKampanye } from "./rute-kampanye.ts";
import { ruteLaporan } from "./rute-laporan.ts";
import { rutePelaksanaan } from "./rute-pelaksanaan.ts";
import { rutePersiapan } from "./rute-persiapan.ts";
import { ruteSiklus } from "./rute-siklus.ts";

export const routes = [...ruteSiklus, ...rutePersiapan, ...rutePelaksanaan, ...ruteKampanye, ...ruteLaporan];
