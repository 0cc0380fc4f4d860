/**
 * The non-test assessment area (docs/nontes.md; PermenPANRB 60/2020 BAB
 * III.B.3.b): periods, rater assignments, BARS ratings, the rater-correction
 * job, the rated person's confidential view, the track record and the
 * structured interview.
 */
import { defineFitur } from "../../http/fitur.ts";
import { jobs } from "./jobs.ts";
import { rutePeriode } from "./rute-periode.ts";
import { ruteRekamJejak } from "./rute-rekam-jejak.ts";
import { ruteSaya } from "./rute-saya.ts";
import { ruteTugas } from "./rute-tugas.ts";
import { ruteWawancara } from "./rute-wawancara.ts";

export const fitur = defineFitur({
  nama: "nontes",
  grup: [rutePeriode, ruteTugas, ruteSaya, ruteRekamJejak, ruteWawancara],
  jobs,
});

export { koreksiPeriode } from "./jobs.ts";
export { buatPeriode } from "./layanan.ts";
/** For the employee's profile (hasil/saya): the final level where non-test evidence exists. */
/** For the assessment map, SMART progress and the sub-stage guide: final levels replacing the test's in a campaign's aggregates. */
export {
  hitungSumber,
  type LevelAkhirKampanye,
  levelAkhirKampanye,
  levelAkhirSaya,
  SkemaLevelAkhirSaya,
  SkemaSumberLevel,
  type SumberLevel,
} from "./level-akhir.ts";
/** For the discipline, gratification and LHKASN registers: write a track-record entry (idempotent on asal + rujukan). */
export { catatEntriRekamJejak, type MasukanEntri } from "./rekam-jejak.ts";
