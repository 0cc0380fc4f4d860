import { sql } from "kysely";
import type { Db } from "../db/factory.ts";
import type { Job } from "../db/schema.ts";

/**
 * The job queue (docs/server.md "Background jobs"). A worker that claims a
 * job holds it by a lease (`sewa_sampai`) which its heartbeat renews; every
 * write of a job's outcome is fenced by the worker's name and the status
 * `berjalan`, so a worker that lost its lease (it stalled, or an operator
 * cancelled the job) changes nothing. A job whose lease ran out (its worker
 * died) is claimed again by any live worker and resumes from its checkpoint
 * (`titik`), or fails with a clear reason after `MAKS_PERCOBAAN` attempts.
 */

/** Lease length: a job whose worker has not renewed it for this long is taken again. */
export const SEWA_DETIK = 60;
/** Attempts before a job whose workers keep dying fails instead of being taken again. */
export const MAKS_PERCOBAAN = 3;

/** What a job handler may do while it runs. */
export interface KonteksJob {
  db: Db;
  /** Records progress (`selesai` of `total` units); callers read it from the `job` row. */
  progres(selesai: number, total?: number): Promise<void>;
  /** The checkpoint committed by an earlier attempt of this job (null on the first). */
  titik?: unknown;
  /**
   * Commits a checkpoint (JSON): a later attempt, after this worker died,
   * resumes there. With `kerja`, the batch's writes and the checkpoint commit
   * in one transaction, so a batch is applied exactly once.
   */
  simpanTitik?<R = void>(titik: unknown, kerja?: (trx: Db) => Promise<R>): Promise<R | undefined>;
  signal: AbortSignal;
}

/** Runs one job; its return value (JSON-serialisable) is stored as `hasil`. */
export type JobHandler = (job: Job, ctx: KonteksJob) => Promise<unknown>;

/** Thrown when this worker no longer holds the job (lease lost or job cancelled). */
export class SewaHilang extends Error {
  constructor() {
    super("job ini tidak lagi dipegang pekerja ini (sewa habis atau dibatalkan)");
  }
}

const detik = (n: number) => sql`make_interval(secs => ${n})`;

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
 * Claims the oldest job of the given kinds for `pekerja`: a queued one, or a
 * running one whose lease has expired (its worker died). `FOR UPDATE SKIP
 * LOCKED` lets any number of workers (processes, machines) share the queue
 * without two claiming the same job. Expired jobs that used up their attempts
 * fail first, with a clear reason.
 */
export async function klaimJob(
  db: Db,
  jenis: string[],
  pekerja: string,
  o: { sewaDetik?: number; maksPercobaan?: number } = {},
): Promise<Job | null> {
  if (jenis.length === 0) return null;
  const maks = o.maksPercobaan ?? MAKS_PERCOBAAN;
  const habis = sql<boolean>`status = 'berjalan' and (sewa_sampai is null or sewa_sampai < now())`;
  await sql`
    update job set status = 'gagal', selesai = now(), sewa_sampai = null, pekerja = null,
      galat = 'Pekerja yang menjalankan job ini berhenti mendadak ' || percobaan
        || ' kali (mis. proses dimatikan); job tidak diulang lagi. Jalankan ulang bila perlu.'
    where id in (
      select id from job where ${habis} and percobaan >= ${maks} and jenis in (${sql.join(jenis)})
      for update skip locked
    )`.execute(db);
  const r = await sql<Job>`
    update job set status = 'berjalan', mulai = coalesce(mulai, now()), pekerja = ${pekerja},
      percobaan = percobaan + 1, sewa_sampai = now() + ${detik(o.sewaDetik ?? SEWA_DETIK)}, diperbarui = now()
    where id = (
      select id from job where jenis in (${sql.join(jenis)})
        and (status = 'antre' or (${habis} and percobaan < ${maks}))
      order by dibuat, id limit 1 for update skip locked
    )
    returning *`.execute(db);
  return r.rows[0] ?? null;
}

/** Renews the lease; false when this worker no longer holds the job (cancelled or taken by another). */
export async function perbaruiSewa(
  db: Db,
  id: string,
  pekerja: string,
  sewaDetik = SEWA_DETIK,
): Promise<boolean> {
  const r = await sql`
    update job set sewa_sampai = now() + ${detik(sewaDetik)}
    where id = ${id} and pekerja = ${pekerja} and status = 'berjalan'`.execute(db);
  return Number(r.numAffectedRows ?? 0) > 0;
}

/** Records progress. */
export async function catatProgres(db: Db, id: string, selesai: number, total?: number): Promise<void> {
  await catatProgresPekerja(db, id, selesai, total);
}

/** Records progress; false when `pekerja` (when given) no longer holds the job. */
export async function catatProgresPekerja(
  db: Db,
  id: string,
  selesai: number,
  total?: number,
  pekerja?: string,
): Promise<boolean> {
  let q = db
    .updateTable("job")
    .set({
      progres_selesai: selesai,
      ...(total === undefined ? {} : { progres_total: total }),
      diperbarui: new Date(),
    })
    .where("id", "=", id);
  if (pekerja !== undefined) q = q.where("pekerja", "=", pekerja).where("status", "=", "berjalan");
  const r = await q.executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

/** Commits a checkpoint of the job held by `pekerja`; throws `SewaHilang` when it is not held. */
export async function simpanTitikJob(db: Db, id: string, pekerja: string, titik: unknown): Promise<void> {
  const r = await db
    .updateTable("job")
    .set({ titik: JSON.stringify(titik ?? null), diperbarui: new Date() })
    .where("id", "=", id)
    .where("pekerja", "=", pekerja)
    .where("status", "=", "berjalan")
    .executeTakeFirst();
  if (Number(r.numUpdatedRows) === 0) throw new SewaHilang();
}

/** Marks the job done; with `pekerja`, only while that worker holds it (returns whether it did). */
export async function selesaikanJob(db: Db, id: string, hasil: unknown, pekerja?: string): Promise<boolean> {
  let q = db
    .updateTable("job")
    .set({ status: "selesai", selesai: new Date(), hasil: JSON.stringify(hasil ?? null), sewa_sampai: null })
    .where("id", "=", id);
  if (pekerja !== undefined) q = q.where("pekerja", "=", pekerja).where("status", "=", "berjalan");
  return Number((await q.executeTakeFirst()).numUpdatedRows) > 0;
}

export async function gagalkanJob(db: Db, id: string, galat: string, pekerja?: string): Promise<boolean> {
  let q = db
    .updateTable("job")
    .set({ status: "gagal", selesai: new Date(), galat: galat.slice(0, 2000), sewa_sampai: null })
    .where("id", "=", id);
  if (pekerja !== undefined) q = q.where("pekerja", "=", pekerja).where("status", "=", "berjalan");
  return Number((await q.executeTakeFirst()).numUpdatedRows) > 0;
}

/** A worker shutting down hands its job back to the queue (the attempt does not count). */
export async function lepaskanJob(db: Db, id: string, pekerja: string): Promise<void> {
  await sql`
    update job set status = 'antre', pekerja = null, sewa_sampai = null, percobaan = greatest(percobaan - 1, 0)
    where id = ${id} and pekerja = ${pekerja} and status = 'berjalan'`.execute(db);
}

/**
 * Cancels a queued or running job (an operator's decision): its worker notices
 * at its next heartbeat or progress report and stops; nothing it writes after
 * counts. Returns the cancelled job, or null when it had already ended.
 */
export async function batalkanJob(
  db: Db,
  id: string,
  alasan = "Dibatalkan oleh operator.",
): Promise<Job | null> {
  const r = await db
    .updateTable("job")
    .set({ status: "dibatalkan", selesai: new Date(), galat: alasan.slice(0, 2000), sewa_sampai: null })
    .where("id", "=", id)
    .where("status", "in", ["antre", "berjalan"])
    .returningAll()
    .executeTakeFirst();
  return r ?? null;
}

export async function bacaJob(db: Db, id: string): Promise<Job | null> {
  return (await db.selectFrom("job").selectAll().where("id", "=", id).executeTakeFirst()) ?? null;
}
