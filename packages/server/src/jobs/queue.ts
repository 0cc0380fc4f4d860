import { sql } from "kysely";
import type { Db } from "../db/factory.ts";
import type { Job } from "../db/schema.ts";

/** What a job handler may do while it runs. */
export interface KonteksJob {
  db: Db;
  /** Records progress (`selesai` of `total` units); callers read it from the `job` row. */
  progres(selesai: number, total?: number): Promise<void>;
  signal: AbortSignal;
}

/** Runs one job; its return value (JSON-serialisable) is stored as `hasil`. */
export type JobHandler = (job: Job, ctx: KonteksJob) => Promise<unknown>;

export async function antrekanJob(
  db: Db,
  j: { jenis: string; instansiId?: string | null; muatan?: unknown },
): Promise<string> {
  const r = await db
    .insertInto("job")
    .values({ jenis: j.jenis, instansi_id: j.instansiId ?? null, muatan: JSON.stringify(j.muatan ?? {}) })
    .returning("id")
    .executeTakeFirstOrThrow();
  return r.id;
}

/**
 * Claims the oldest queued job of the given kinds for `pekerja`. `FOR UPDATE
 * SKIP LOCKED` lets any number of workers (processes, machines) share the queue
 * without two claiming the same job.
 */
export async function klaimJob(db: Db, jenis: string[], pekerja: string): Promise<Job | null> {
  if (jenis.length === 0) return null;
  const r = await sql<Job>`
    update job set status = 'berjalan', mulai = now(), pekerja = ${pekerja}, percobaan = percobaan + 1
    where id = (
      select id from job where status = 'antre' and jenis in (${sql.join(jenis)})
      order by dibuat, id limit 1 for update skip locked
    )
    returning *`.execute(db);
  return r.rows[0] ?? null;
}

export async function catatProgres(db: Db, id: string, selesai: number, total?: number): Promise<void> {
  await db
    .updateTable("job")
    .set({
      progres_selesai: selesai,
      ...(total === undefined ? {} : { progres_total: total }),
      diperbarui: new Date(),
    })
    .where("id", "=", id)
    .execute();
}

export async function selesaikanJob(db: Db, id: string, hasil: unknown): Promise<void> {
  await db
    .updateTable("job")
    .set({ status: "selesai", selesai: new Date(), hasil: JSON.stringify(hasil ?? null) })
    .where("id", "=", id)
    .execute();
}

export async function gagalkanJob(db: Db, id: string, galat: string): Promise<void> {
  await db
    .updateTable("job")
    .set({ status: "gagal", selesai: new Date(), galat: galat.slice(0, 2000) })
    .where("id", "=", id)
    .execute();
}

export async function bacaJob(db: Db, id: string): Promise<Job | null> {
  return (await db.selectFrom("job").selectAll().where("id", "=", id).executeTakeFirst()) ?? null;
}

/**
 * Jobs left `berjalan` by a worker that died (no progress for `menit` minutes)
 * go back to the queue, or fail after `maksPercobaan` attempts. Returns how many.
 */
export async function pulihkanJobMacet(db: Db, menit = 30, maksPercobaan = 3): Promise<number> {
  const batas = new Date(Date.now() - menit * 60_000);
  const r = await sql`
    update job set
      status = case when percobaan >= ${maksPercobaan} then 'gagal' else 'antre' end,
      galat = case when percobaan >= ${maksPercobaan} then 'pekerja berhenti di tengah jalan' else galat end,
      selesai = case when percobaan >= ${maksPercobaan} then now() else null end,
      pekerja = null
    where status = 'berjalan' and greatest(diperbarui, mulai) < ${batas}`.execute(db);
  return Number(r.numAffectedRows ?? 0);
}
