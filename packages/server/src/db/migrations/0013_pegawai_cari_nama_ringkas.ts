import { type Kysely, sql } from "kysely";

/**
 * Name search (fitur/pegawai), narrower: migration 0012's definer function
 * returned whole employee rows, and PostgreSQL copies a set-returning
 * function's result before the query sorts it — for a common name, thousands
 * of wide rows per request. It now returns only what the list filters and
 * sorts on; the list joins the 50 rows of the page back to `pegawai` (under
 * RLS, by primary key). The fence is unchanged: rows of the transaction's own
 * instansi only.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`drop function nurani_cari_pegawai_nama(uuid, text)`.execute(db);
  await sql`
    create function nurani_cari_pegawai_nama(p_instansi uuid, p_pola text)
    returns table (instansi_id uuid, id uuid, nama text, unit_id uuid, aktif boolean)
    language sql stable security definer set search_path = public as $$
      select p.instansi_id, p.id, p.nama, p.unit_id, p.aktif from pegawai p
      where p.instansi_id = p_instansi
        and p_instansi = coalesce(nurani_instansi(), p_instansi)
        and p.nama ilike p_pola
    $$`.execute(db);
  await sql`revoke all on function nurani_cari_pegawai_nama(uuid, text) from public`.execute(db);
  await sql`grant execute on function nurani_cari_pegawai_nama(uuid, text) to nurani_app`.execute(db);
}
