import { type Kysely, sql } from "kysely";

/** `job.diperbarui`: time of the last progress report, so jobs of a dead worker can be recovered. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table job add column diperbarui timestamptz`.execute(db);
  await sql`create index job_berjalan on job (mulai) where status = 'berjalan'`.execute(db);
}
