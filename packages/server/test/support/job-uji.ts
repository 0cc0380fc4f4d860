/**
 * A batched test job for the crash tests: step i inserts row (job, i) into
 * `uji_langkah` (primary key: a step applied twice fails the job) and commits
 * its checkpoint in the same transaction, so a retaken job resumes after the
 * last committed step.
 */
import { sql } from "kysely";
import type { Db } from "../../src/db/factory.ts";
import type { JobHandler } from "../../src/jobs/queue.ts";

export const JOB_UJI_TAHAN = "uji.tahan";

export async function buatTabelLangkah(db: Db): Promise<void> {
  await sql`create table if not exists uji_langkah (
    job_id uuid not null, i integer not null, pekerja text not null, primary key (job_id, i))`.execute(db);
}

export function handlerTahan(pekerja: string, cetak = false): JobHandler {
  return async (job, ctx) => {
    const { n, jedaMs } = job.muatan as { n: number; jedaMs: number };
    const dari = (ctx.titik as { i?: number } | null)?.i ?? 0;
    for (let i = dari; i < n; i++) {
      if (ctx.signal.aborted) throw new Error("dihentikan");
      await new Promise((r) => setTimeout(r, jedaMs));
      await ctx.simpanTitik?.({ i: i + 1 }, async (trx) => {
        await sql`insert into uji_langkah (job_id, i, pekerja) values (${job.id}, ${i}, ${pekerja})`.execute(
          trx,
        );
      });
      await ctx.progres(i + 1, n);
      if (cetak) console.log(`LANGKAH ${i + 1}`);
    }
    return { n };
  };
}
