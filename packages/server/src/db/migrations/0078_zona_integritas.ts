import { type Kysely, sql } from "kysely";
import { pagarInstansi } from "../rls.ts";

/**
 * Zona Integritas and the merit system (PermenPANRB 60/2020 Tabel 2 II:
 * "Zona Integritas menuju WBK/WBBM", "sistem merit dan manajemen talenta";
 * docs/gratifikasi.md "Zona Integritas and merit"): a unit's ZI status per
 * year (proposed, WBK, WBBM) with its decree, and the agency's yearly
 * merit-system index (KASN's scale, 0–400).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table zona_integritas (
      instansi_id uuid not null references instansi (id),
      unit_id uuid not null,
      tahun integer not null check (tahun between 2000 and 2100),
      status text not null check (status in ('diusulkan', 'wbk', 'wbbm')),
      nomor_sk text,
      tanggal_sk date,
      primary key (instansi_id, unit_id, tahun),
      foreign key (instansi_id, unit_id) references unit_kerja (instansi_id, id)
    )`.execute(db);
  await sql`
    create table indeks_merit (
      instansi_id uuid not null references instansi (id),
      tahun integer not null check (tahun between 2000 and 2100),
      nilai numeric(6, 2) not null check (nilai between 0 and 400),
      kategori text,
      primary key (instansi_id, tahun)
    )`.execute(db);
  for (const t of ["zona_integritas", "indeks_merit"]) {
    await sql`grant select, insert, update, delete on ${sql.table(t)} to nurani_app`.execute(db);
    await pagarInstansi(db, t);
  }
}
