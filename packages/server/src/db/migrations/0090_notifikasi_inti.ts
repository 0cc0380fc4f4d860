import { type Kysely, sql } from "kysely";

/**
 * The notification core (docs/server.md "Notifications") grows out of the
 * forum's `notifikasi` table (0051): a body text, any kind a feature names
 * (not only the forum's four), and an index for the unread count of the bell.
 * Later notification migrations: 0091–0099.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table notifikasi add column isi text check (length(isi) <= 2000)`.execute(db);
  await sql`alter table notifikasi drop constraint notifikasi_jenis_check`.execute(db);
  await sql`alter table notifikasi add constraint notifikasi_jenis_check
    check (jenis ~ '^[a-z][a-z_.]{0,39}$')`.execute(db);
  await sql`create index notifikasi_belum_dibaca on notifikasi (instansi_id, pengguna_id)
    where dibaca is null`.execute(db);
}
