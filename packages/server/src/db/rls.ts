import { type Kysely, sql } from "kysely";

/**
 * Row-Level Security fence for a tenant-owned table (one with `instansi_id`):
 * the application role `nurani_app` sees and writes only rows of the instansi
 * named in the transaction setting `nurani.instansi_id` (see tenant.ts).
 * Call it in the migration that creates the table.
 */
export async function pagarInstansi(db: Kysely<unknown>, tabel: string): Promise<void> {
  const t = sql.table(tabel);
  const policy = sql.id(`${tabel}_pagar_instansi`);
  await sql`alter table ${t} enable row level security`.execute(db);
  await sql`create policy ${policy} on ${t} to nurani_app
    using (instansi_id = nurani_instansi()) with check (instansi_id = nurani_instansi())`.execute(db);
}
