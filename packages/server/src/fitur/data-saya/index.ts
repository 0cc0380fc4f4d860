/**
 * An employee's own data and retention (docs/data-saya.md; UU 27/2022): the
 * "Data saya" routes (reads of my results, my consents, download of all my
 * data), the agency's retention settings with dry run and confirmation, and
 * the daily retention job.
 */
import { z } from "zod";
import { defineFitur } from "../../http/fitur.ts";
import { retensiHarian } from "./retensi.ts";
import { ruteDataSaya } from "./rute-data-saya.ts";
import { ruteRetensi } from "./rute-retensi.ts";

export const JOB_RETENSI = "retensi.harian";

export const fitur = defineFitur({
  nama: "data-saya",
  grup: [ruteDataSaya, ruteRetensi],
  jobs: {
    [JOB_RETENSI]: async (job, ctx) => {
      const { instansiId } = z.object({ instansiId: z.uuid().optional() }).parse(job.muatan ?? {});
      return retensiHarian(ctx.db, { instansiId: instansiId ?? job.instansi_id ?? undefined });
    },
  },
});

export { teksPersetujuanBerlaku } from "./persetujuan.ts";
export { jalankanRetensi, retensiHarian } from "./retensi.ts";
