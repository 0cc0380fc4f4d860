import { type Kysely, sql } from "kysely";

/**
 * Four-eyes rule of the national item bank (docs/item-bank.md "Four eyes"):
 * who submitted a version for review (`diajukan_oleh`), so that the publish
 * step can refuse the same person. Versions already under review take their
 * submitter from the audit log (`bank_butir.versi.ajukan`, written in the
 * same transaction as the submission); published versions are immutable and
 * are left alone. Re-running it changes nothing (the test runs it again).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table bank_butir_versi add column if not exists diajukan_oleh uuid references pengguna (id)`.execute(
    db,
  );
  await sql`
    update bank_butir_versi v set diajukan_oleh = (
      select a.pengguna_id from audit_log a
      where a.aksi = 'bank_butir.versi.ajukan' and a.objek_id = v.id::text
        and a.pengguna_id is not null and a.rincian->>'hasil' is null
      order by a.id desc limit 1)
    where v.status = 'tinjauan' and v.diajukan_oleh is null`.execute(db);
}
