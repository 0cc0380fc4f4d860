import type { Logger } from "pino";
import type { Db } from "../db/factory.ts";
import { antrekanJob } from "./queue.ts";

/**
 * Daily jobs (`*.harian`: reminders, retention): every hour, queues each kind
 * not yet queued in the last 20 hours. The jobs themselves are idempotent
 * per day, so a second run (two servers, a restart) sends nothing twice.
 */
export function jadwalkanHarian(db: Db, jenis: readonly string[], log: Logger): () => void {
  const cek = async () => {
    for (const j of jenis) {
      try {
        const ada = await db
          .selectFrom("job")
          .select("id")
          .where("jenis", "=", j)
          .where("dibuat", ">", new Date(Date.now() - 20 * 3_600_000))
          .executeTakeFirst();
        if (!ada) await antrekanJob(db, { jenis: j });
      } catch (e) {
        log.error({ err: e, jenis: j }, "gagal menjadwalkan job harian");
      }
    }
  };
  void cek();
  const t = setInterval(() => void cek(), 3_600_000);
  t.unref();
  return () => clearInterval(t);
}
