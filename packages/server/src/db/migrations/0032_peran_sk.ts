import { type Kysely, sql } from "kysely";
import { pagarInstansi } from "../rls.ts";

/**
 * Roles that follow decrees (docs/program.md "Roles from decrees"; Tabel 3
 * no. 1 and no. 6). The step-1 decree (SK Tim Supervisi) grants
 * `tim_supervisi` to its members, the step-6 decree (SK penetapan Agen
 * Perubahan) grants `agen_perubahan` to the appointed agents.
 *
 * - `peran_sk`: one row per employee a decree of a cycle names, while the
 *   decree is in force (replaced, revoked or the cycle closed: the row goes).
 * - `peran_pengguna.dari_admin`: whether the agency admin granted the role by
 *   hand too; a role held only by decree (`false`) goes with the decree.
 * - `riwayat_peran`: every grant and removal, who did it, when, from which
 *   decree or by the admin (kept when the rows above go).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table peran_pengguna add column dari_admin boolean not null default true`.execute(db);
  await sql`
    create table peran_sk (
      instansi_id uuid not null references instansi (id),
      siklus_id uuid not null,
      langkah text not null check (langkah in ('pembentukan_tim', 'agen_perubahan')),
      pegawai_id uuid not null,
      peran text not null check (peran in ('tim_supervisi', 'agen_perubahan')),
      nomor_sk text not null check (length(nomor_sk) <= 100),
      tanggal_sk date,
      dicatat_oleh uuid references pengguna (id),
      dicatat timestamptz not null default now(),
      primary key (instansi_id, siklus_id, langkah, pegawai_id),
      foreign key (instansi_id, siklus_id) references siklus_program (instansi_id, id),
      foreign key (instansi_id, pegawai_id) references pegawai (instansi_id, id)
    )`.execute(db);
  await sql`create index peran_sk_pegawai on peran_sk (instansi_id, pegawai_id)`.execute(db);
  await sql`
    create table riwayat_peran (
      id uuid primary key default gen_random_uuid(),
      instansi_id uuid not null references instansi (id),
      pengguna_id uuid references pengguna (id),
      pegawai_id uuid,
      peran text not null,
      aksi text not null check (aksi in ('diberikan', 'dicabut')),
      sumber text not null check (sumber in ('sk', 'admin')),
      alasan text not null check (alasan in ('sk_dicatat', 'sk_diganti', 'sk_dicabut', 'siklus_ditutup', 'admin')),
      siklus_id uuid,
      langkah text,
      nomor_sk text,
      oleh uuid references pengguna (id),
      waktu timestamptz not null default now()
    )`.execute(db);
  await sql`create index riwayat_peran_pengguna on riwayat_peran (instansi_id, pengguna_id, waktu)`.execute(
    db,
  );
  await sql`create index riwayat_peran_pegawai on riwayat_peran (instansi_id, pegawai_id, waktu)`.execute(db);
  await pagarInstansi(db, "peran_sk");
  await pagarInstansi(db, "riwayat_peran");
}
