/** The assessment area's background job: sending invitations. */
import { loadConfig } from "../../config.ts";
import type { JobHandler } from "../../jobs/queue.ts";
import { JOB_UNDANGAN, kirimUndangan } from "./undangan.ts";

export const jobs: Record<string, JobHandler> = {
  [JOB_UNDANGAN]: async (job, ctx) => {
    const m = job.muatan as { kampanyeId?: string; pesertaIds?: string[] };
    if (!job.instansi_id || !m.kampanyeId) throw new Error("muatan job undangan tidak lengkap");
    // Workers run in the server process with its environment (docs/server.md).
    return kirimUndangan(
      ctx.db,
      job.instansi_id,
      m.kampanyeId,
      loadConfig().smtp,
      ctx.progres,
      m.pesertaIds,
      ctx.signal,
    );
  },
};
