/**
 * Results of the integrity assessment (docs/hasil.md "Pipeline", "API",
 * "Who sees what"): scoring job, review of flagged patterns, release, the
 * employee's own profile, the assessment map and index (Tabel 3 no. 3;
 * BAB III.B.3.a), pre/post, drill-down, cut scores, recalibration and
 * exports. Its registration, and what the demo uses of it.
 */
import { defineFitur } from "../../http/fitur.ts";
import { jobs } from "./jobs.ts";
import { PETA } from "./layanan.ts";
import { rutesKalibrasi } from "./rute-kalibrasi.ts";
import { ruteNorma } from "./rute-norma.ts";
import { rutePenetapan } from "./rute-penetapan.ts";
import { rutePengaturan } from "./rute-pengaturan.ts";
import { rutePeta } from "./rute-peta.ts";
import { ruteRilis } from "./rute-rilis.ts";
import { ruteRinci } from "./rute-rinci.ts";
import { ruteSaya } from "./rute-saya.ts";
import { ruteSkor } from "./rute-skor.ts";

export { skorKampanye } from "./skor.ts";

export const fitur = defineFitur({
  nama: "hasil",
  grup: [
    ruteSkor,
    ruteRilis,
    rutePeta,
    ruteRinci,
    ruteSaya,
    rutePengaturan,
    rutesKalibrasi,
    ruteNorma,
    rutePenetapan,
  ],
  keadaan: [PETA],
  jobs,
});
