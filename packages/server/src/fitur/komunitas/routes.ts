/**
 * The komunitas feature (docs/komunitas.md "What it does"): people-centred activities, campaign posts,
 * the knowledge-sharing forum, monitoring and evaluation, and the public
 * service-integrity survey. Each part lives in its own file; see docs/komunitas.md.
 */
import type { RouteDef } from "../../http/route.ts";
import { ruteEvaluasiDiri } from "./evaluasi-diri.ts";
import { ruteForum } from "./forum.ts";
import { ruteKampanye } from "./kampanye.ts";
import { ruteMonev } from "./monev.ts";
import { rutePendampingan } from "./pendampingan.ts";
import { ruteRenaksi } from "./renaksi.ts";
import { ruteSurvei } from "./survei.ts";

export const routes: RouteDef[] = [
  ...rutePendampingan,
  ...ruteEvaluasiDiri,
  ...ruteKampanye,
  ...ruteForum,
  ...ruteSurvei,
  ...ruteMonev,
  ...ruteRenaksi,
];
