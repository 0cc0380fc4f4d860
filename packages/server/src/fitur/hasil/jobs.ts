/** The results area's background jobs: scoring and recalibration. */
import { instansiDitulis } from "../../http/setelah-tulis.ts";
import type { JobHandler } from "../../jobs/queue.ts";
import { JOB_KALIBRASI, jobKalibrasi } from "./kalibrasi.ts";
import { JOB_SKOR, skorKampanye, type TitikSkor } from "./skor.ts";

export const jobs: Record<string, JobHandler> = {
  [JOB_SKOR]: async (job, ctx) => {
    const m = job.muatan as { kampanyeId?: string };
    if (!job.instansi_id || !m.kampanyeId) throw new Error("muatan job penskoran tidak lengkap");
    try {
      // a retaken job (its worker died) resumes after its last written batch
      return await skorKampanye(ctx.db, job.instansi_id, m.kampanyeId, {
        progres: (s, t) => ctx.progres(s, t),
        signal: ctx.signal,
        titik: (ctx.titik ?? null) as TitikSkor | null,
        simpanTitik: async (t) => {
          await ctx.simpanTitik?.(t);
        },
      });
    } finally {
      // the per-unit sums changed: a kept map is stale, in every process
      await instansiDitulis(ctx.db, job.instansi_id);
    }
  },
  [JOB_KALIBRASI]: jobKalibrasi,
};
