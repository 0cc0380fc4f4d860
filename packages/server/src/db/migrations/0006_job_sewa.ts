import { type Kysely, sql } from "kysely";

/**
 * Jobs survive a crash (docs/server.md "Background jobs"): a worker holds a
 * job by a lease (`sewa_sampai`) that its heartbeat renews; a job whose lease
 * has run out is claimed again by any live worker, which resumes it from
 * `titik` (the checkpoint its handler committed after its last batch).
 * An operator can cancel a job: status `dibatalkan`.
 *
 * Several processes (docs/server.md "Several processes"): `versi_simpanan`
 * counts the writes of each instansi, so a process keeping derived data
 * (a map, a list total) sees a write made through another process on its next
 * read; `batas_tebak` holds the token-guessing counters of every process, and
 * `kunci_server` the key of their address hashes.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table job add column sewa_sampai timestamptz, add column titik jsonb`.execute(db);
  // jobs left running by an older version are taken again at once
  await sql`update job set sewa_sampai = now() where status = 'berjalan'`.execute(db);
  await sql`alter table job drop constraint job_status_check`.execute(db);
  await sql`alter table job add constraint job_status_check
    check (status in ('antre', 'berjalan', 'selesai', 'gagal', 'dibatalkan'))`.execute(db);
  await sql`create index job_sewa on job (sewa_sampai) where status = 'berjalan'`.execute(db);

  await sql`
    create table versi_simpanan (
      instansi_id uuid primary key,
      versi bigint not null default 1
    )`.execute(db);
  await sql`
    create table batas_tebak (
      -- HMAC-SHA-256 of the client address (key in kunci_server), never the address
      kunci text primary key,
      gagal integer not null check (gagal >= 0),
      berakhir timestamptz not null
    )`.execute(db);
  await sql`create index batas_tebak_berakhir on batas_tebak (berakhir)`.execute(db);
  await sql`
    create table kunci_server (
      nama text primary key,
      nilai text not null
    )`.execute(db);
  await sql`grant select, insert, update, delete on versi_simpanan, batas_tebak to nurani_app`.execute(db);
  await sql`grant select, insert on kunci_server to nurani_app`.execute(db);
}
