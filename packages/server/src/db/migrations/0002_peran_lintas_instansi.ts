import { type Kysely, sql } from "kysely";

/**
 * `nurani_peran_lain(pengguna)`: does this user hold a role in an instansi other
 * than the transaction's? Under RLS a scoped handler cannot see those grants, yet
 * must know (e.g. before an agency admin resets a password shared with another
 * agency). SECURITY DEFINER runs it as the owner; it reveals only a boolean.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create function nurani_peran_lain(p_pengguna uuid) returns boolean
    language sql stable security definer set search_path = public as $$
      select exists (
        select 1 from peran_pengguna
        where pengguna_id = p_pengguna and instansi_id is distinct from nurani_instansi()
      )
    $$`.execute(db);
  await sql`revoke all on function nurani_peran_lain(uuid) from public`.execute(db);
  await sql`grant execute on function nurani_peran_lain(uuid) to nurani_app`.execute(db);
}
