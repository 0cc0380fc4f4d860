/**
 * The non-test assessment area (docs/nontes.md; PermenPANRB 60/2020 BAB
 * III.B.3.b): periods, rater assignments, BARS ratings, the rater-correction
 * job and the rated person's confidential view.
 */
import { defineFitur } from "../../http/fitur.ts";
import { jobs } from "./jobs.ts";
import { rutePeriode } from "./rute-periode.ts";
import { ruteSaya } from "./rute-saya.ts";
import { ruteTugas } from "./rute-tugas.ts";

export const fitur = defineFitur({ nama: "nontes", grup: [rutePeriode, ruteTugas, ruteSaya], jobs });

export { koreksiPeriode } from "./jobs.ts";
export { buatPeriode } from "./layanan.ts";
