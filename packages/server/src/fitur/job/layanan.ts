/**
 * Cancelling a job by hand. The queue's `batalkanJob` does the work: the job
 * becomes `dibatalkan`, its worker notices at its next heartbeat or progress
 * report and stops, and nothing it writes after counts (docs/server.md
 * "Background jobs"). Batches a batched job already committed stay.
 */
import type { Peran } from "@nurani/domain";
import type { Db } from "../../db/factory.ts";
import { GalatApi } from "../../http/errors.ts";
import { batalkanJob } from "../../jobs/queue.ts";

const PESAN = {
  TIDAK_ADA: {
    id: "Job tidak ditemukan.",
    en: "Job not found.",
  },
  TIDAK_BOLEH: {
    id: "Job jenis ini tidak dapat dibatalkan oleh peran Anda.",
    en: "Your role cannot cancel a job of this kind.",
  },
  SUDAH_SELESAI: {
    id: "Job ini sudah berakhir ({status}); tidak ada yang dibatalkan.",
    en: "This job has already ended ({status}); nothing was cancelled.",
  },
} as const;

export interface JobDibatalkan {
  id: string;
  jenis: string;
  status: "dibatalkan";
  progres: { selesai: number; total: number | null };
  /** The status it had when cancelled, for the audit entry. */
  statusSebelum: string;
}

/**
 * Cancels job `id` of `instansiId` (null: a national job) for a caller holding `peran`, when the
 * job's kind allows one of them (`aturan`). Another agency's job, or a national one asked for
 * through an agency, is "not found".
 */
export async function batalkanJobOperator(
  db: Db,
  o: {
    id: string;
    instansiId: string | null;
    peran: readonly Peran[];
    aturan: Readonly<Record<string, readonly Peran[]>>;
    oleh: string;
  },
): Promise<JobDibatalkan> {
  let q = db.selectFrom("job").select(["id", "jenis", "status"]).where("id", "=", o.id);
  q = o.instansiId === null ? q.where("instansi_id", "is", null) : q.where("instansi_id", "=", o.instansiId);
  const j = await q.executeTakeFirst();
  if (!j) throw new GalatApi(404, "JOB_TIDAK_DITEMUKAN", { pesan: PESAN.TIDAK_ADA });
  const boleh = o.aturan[j.jenis] ?? [];
  if (!o.peran.some((p) => boleh.includes(p)))
    throw new GalatApi(403, "JOB_TIDAK_BOLEH_DIBATALKAN", { pesan: PESAN.TIDAK_BOLEH });
  const b = await batalkanJob(db, j.id, `Dibatalkan oleh ${o.oleh}.`);
  if (!b)
    throw new GalatApi(409, "JOB_SUDAH_BERAKHIR", {
      pesan: PESAN.SUDAH_SELESAI,
      param: { status: j.status },
    });
  return {
    id: b.id,
    jenis: b.jenis,
    status: "dibatalkan",
    progres: { selesai: b.progres_selesai, total: b.progres_total },
    statusSebelum: j.status,
  };
}
