import { type Kysely, sql } from "kysely";
import { pagarInstansi } from "../rls.ts";

/**
 * LHKPN/LHKASN compliance (PermenPANRB 60/2020 Tabel 2 II "sistem integritas":
 * kepatuhan LHKPN/LHKASN; docs/gratifikasi.md "LHKPN/LHKASN"): the yearly
 * list of obliged employees as exported from the national systems, imported
 * as a whole per year; `tanggal_lapor` null = not reported.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table kewajiban_lhkasn (
      instansi_id uuid not null references instansi (id),
      tahun integer not null check (tahun between 2000 and 2100),
      pegawai_id uuid not null,
      jenis text not null check (jenis in ('LHKPN', 'LHKASN')),
      tanggal_lapor date,
      primary key (instansi_id, tahun, pegawai_id, jenis),
      foreign key (instansi_id, pegawai_id) references pegawai (instansi_id, id)
    )`.execute(db);
  await sql`grant select, insert, update, delete on kewajiban_lhkasn to nurani_app`.execute(db);
  await pagarInstansi(db, "kewajiban_lhkasn");
}
