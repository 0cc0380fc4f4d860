import { type Kysely, sql } from "kysely";
import { pagarInstansi } from "../rls.ts";

/**
 * Discipline cases (PP 94/2021 on civil-servant discipline; PermenPANRB
 * 60/2020 Tabel 2 II, BAB II.E "penegakan disiplin"; docs/gratifikasi.md
 * "Discipline cases"): the case, its level (ringan, sedang, berat), the
 * sanction, dates and decree. Read only by the agency admin, the PPK and APIP.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table kasus_disiplin (
      instansi_id uuid not null references instansi (id),
      id uuid not null default gen_random_uuid(),
      pegawai_id uuid not null,
      uraian text not null check (length(uraian) between 1 and 2000),
      tingkat text not null check (tingkat in ('ringan', 'sedang', 'berat')),
      hukuman text not null check (length(hukuman) between 1 and 300),
      tanggal_pelanggaran date,
      tanggal_keputusan date not null,
      nomor_sk text not null check (length(nomor_sk) between 1 and 120),
      dibuat timestamptz not null default now(),
      primary key (instansi_id, id),
      foreign key (instansi_id, pegawai_id) references pegawai (instansi_id, id)
    )`.execute(db);
  await sql`create index kasus_disiplin_tanggal on kasus_disiplin (instansi_id, tanggal_keputusan desc)`.execute(
    db,
  );
  await sql`grant select, insert, update, delete on kasus_disiplin to nurani_app`.execute(db);
  await pagarInstansi(db, "kasus_disiplin");
}
