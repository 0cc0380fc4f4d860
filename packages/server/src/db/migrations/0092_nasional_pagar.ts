import { type Kysely, sql } from "kysely";
import { pagarInstansi } from "../rls.ts";

/**
 * Tables added in parallel with the national register, brought under its two
 * schema rules (docs/skala.md "Distribution by agency", docs/server.md):
 *
 * - the Row-Level Security fence on every table with `instansi_id`:
 *   `aktivasi_pengguna` and `ringkasan_instansi` (migration 0060) and
 *   `versi_simpanan` (0006) are touched only by the table owner today (the
 *   national routes, which are not scoped to an agency, the `security
 *   definer` staleness triggers, the after-commit write counter); `nurani_app`
 *   has no grant on them, so the fence is a second wall should that change;
 * - `instansi_id` in every primary key and unique constraint, so the table can
 *   be distributed by agency: `riwayat_peran` (0032) and `wbs_laporan`'s
 *   ticket number (0070; tickets are looked up per agency, `/wbs/<kode>`).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const t of ["aktivasi_pengguna", "ringkasan_instansi", "versi_simpanan"]) await pagarInstansi(db, t);
  await sql`alter table riwayat_peran drop constraint riwayat_peran_pkey`.execute(db);
  await sql`alter table riwayat_peran add primary key (instansi_id, id)`.execute(db);
  await sql`alter table wbs_laporan drop constraint wbs_laporan_nomor_tiket_key`.execute(db);
  await sql`alter table wbs_laporan add constraint wbs_laporan_nomor_tiket_key unique (instansi_id, nomor_tiket)`.execute(
    db,
  );
}
