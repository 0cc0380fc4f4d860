import { type Kysely, sql } from "kysely";

/**
 * Name search under Row-Level Security (fitur/pegawai). `ILIKE` is not a
 * leakproof operator, so inside a scoped transaction PostgreSQL may not use
 * the trigram index before the RLS filter and scans the whole agency. This
 * SECURITY DEFINER function runs the indexed search as the owner and returns
 * only rows of the transaction's own instansi (`nurani.instansi_id`, set by the
 * route guard): the same rows RLS would let the caller see.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create function nurani_cari_pegawai_nama(p_instansi uuid, p_pola text) returns setof pegawai
    language sql stable security definer set search_path = public as $$
      select p.* from pegawai p
      where p.instansi_id = p_instansi
        and p_instansi = coalesce(nurani_instansi(), p_instansi)
        and p.nama ilike p_pola
    $$`.execute(db);
  await sql`revoke all on function nurani_cari_pegawai_nama(uuid, text) from public`.execute(db);
  await sql`grant execute on function nurani_cari_pegawai_nama(uuid, text) to nurani_app`.execute(db);
}
