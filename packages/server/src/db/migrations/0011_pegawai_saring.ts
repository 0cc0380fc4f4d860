import { type Kysely, sql } from "kysely";

/**
 * Employee list (fitur/pegawai): the total of a filtered list is counted on
 * every page. This index lets PostgreSQL count by active flag and unit with
 * an index-only scan instead of reading the table (100,000-employee agencies).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index pegawai_aktif_unit on pegawai (instansi_id, aktif, unit_id)`.execute(db);
}
