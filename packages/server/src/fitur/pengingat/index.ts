/**
 * Reminders and notification channels (docs/pengingat.md): the daily job, the
 * user's channel preferences, and the overdue view.
 */
import { z } from "zod";
import { loadConfig } from "../../config.ts";
import { defineFitur } from "../../http/fitur.ts";
import { jalankanPengingat } from "./layanan.ts";
import { rutePengingat } from "./rute-pengingat.ts";

export const JOB_PENGINGAT = "pengingat.harian";

export { beritahuSesiPendampingan, jalankanPengingat } from "./layanan.ts";

export const fitur = defineFitur({
  nama: "pengingat",
  grup: [rutePengingat],
  jobs: {
    [JOB_PENGINGAT]: async (job, ctx) => {
      const { instansiId } = z.object({ instansiId: z.uuid().optional() }).parse(job.muatan ?? {});
      return jalankanPengingat(ctx.db, {
        smtp: loadConfig().smtp,
        instansiId: instansiId ?? job.instansi_id ?? undefined,
      });
    },
  },
});
