/**
 * Rescoring after a national change to what scores mean (a published parameter version,
 * published national level cuts): every campaign on the form that has scores — of one
 * parameter version when given — gets a scoring job. One place for both publications.
 */
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";
import { antrekanJob } from "../../jobs/queue.ts";
import { JOB_SKOR } from "./skor.ts";

/** Queues a scoring job per scored campaign on the form; returns how many were queued. */
export async function antrekanSkorUlang(
  db: Kysely<Database>,
  opsi: { formulirId: string; parameterVersi?: string; penggunaId: string | null; alasan: string },
): Promise<number> {
  let q = db
    .selectFrom("skor_asesmen as s")
    .innerJoin("kampanye_asesmen as k", (j) =>
      j.onRef("k.instansi_id", "=", "s.instansi_id").onRef("k.id", "=", "s.kampanye_id"),
    )
    .select(["k.instansi_id", "k.id"])
    .where("k.formulir_id", "=", opsi.formulirId);
  if (opsi.parameterVersi !== undefined) q = q.where("s.parameter_versi", "=", opsi.parameterVersi);
  const ks = await q.groupBy(["k.instansi_id", "k.id"]).execute();
  for (const k of ks)
    await antrekanJob(db, {
      jenis: JOB_SKOR,
      instansiId: k.instansi_id,
      muatan: { kampanyeId: k.id, penggunaId: opsi.penggunaId, alasan: opsi.alasan },
    });
  return ks.length;
}
