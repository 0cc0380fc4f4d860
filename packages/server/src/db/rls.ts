import { type Kysely, sql } from "kysely";
import type { Database } from "./schema.ts";

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

/**
 * Enters the fence for the rest of the transaction `trx`: role `nurani_app`
 * with `nurani.instansi_id` = `instansiId`, in one round trip. The guard does
 * it for every scoped route; the answer saves for each group they write.
 */
export async function masukPagar(trx: Kysely<Database>, instansiId: string): Promise<void> {
  await sql`select set_config('nurani.instansi_id', ${instansiId}, true),
    set_config('role', 'nurani_app', true)`.execute(trx);
}
