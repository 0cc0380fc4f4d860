/**
 * The komunitas area (docs/komunitas.md "What it does"): people-centred
 * activities, campaign posts, the knowledge-sharing forum, monitoring and
 * evaluation, and the public service-integrity survey. Its registration, and
 * what other areas use of it (the survey's questions, for the programme report).
 */
import { defineFitur } from "../../http/fitur.ts";
import { ruteAuditInternal } from "./rute-audit-internal.ts";
import { ruteEvaluasiDiri } from "./rute-evaluasi-diri.ts";
import { ruteForum } from "./rute-forum.ts";
import { ruteForumModerasi } from "./rute-forum-moderasi.ts";
import { ruteKampanye } from "./rute-kampanye.ts";
import { rutePendampingan } from "./rute-pendampingan.ts";
import { rutePenghargaan } from "./rute-penghargaan.ts";
import { ruteRenaksi } from "./rute-renaksi.ts";
import { ruteSurvei } from "./rute-survei.ts";
import { ruteSurveiPublik } from "./rute-survei-publik.ts";
import { ruteWawancara } from "./rute-wawancara.ts";

export { PERTANYAAN_SURVEI } from "./layanan-survei.ts";

export const fitur = defineFitur({
  nama: "komunitas",
  grup: [
    rutePendampingan,
    ruteEvaluasiDiri,
    ruteKampanye,
    ruteForum,
    ruteForumModerasi,
    ruteSurveiPublik,
    ruteSurvei,
    ruteWawancara,
    ruteAuditInternal,
    ruteRenaksi,
    rutePenghargaan,
  ],
});
