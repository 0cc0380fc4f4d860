import { type Kysely, sql } from "kysely";
import { pagarInstansi } from "../rls.ts";

/**
 * Whistleblowing system (WBS; PermenPANRB 60/2020 Tabel 2 II "sistem
 * integritas": whistleblowing system; docs/wbs.md). Reports filed without
 * login; everything the reporter or a handler writes is stored encrypted
 * (envelope encryption, docs/wbs.md): a random data key per report, itself
 * encrypted by a master key that lives outside the database (env or key
 * file), named by `kunci_id` for rotation. The receipt code is stored only as
 * an argon2id hash. No address, user agent or time of day: dates only.
 *
 * Also the new role `pengelola_wbs` (the agency's WBS handlers).
 * Later migrations of this area: 0071–0079.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table peran_pengguna drop constraint peran_pengguna_peran_check`.execute(db);
  await sql`alter table peran_pengguna add constraint peran_pengguna_peran_check
    check (peran in ('evaluator_nasional', 'admin_instansi', 'ppk', 'tim_supervisi',
      'agen_perubahan', 'pimpinan', 'apip', 'pegawai', 'pengelola_wbs'))`.execute(db);

  await sql`
    create table wbs_laporan (
      instansi_id uuid not null references instansi (id),
      id uuid not null default gen_random_uuid(),
      nomor_tiket text not null unique check (nomor_tiket ~ '^WBS-[A-Z0-9]{10}$'),
      hash_kode text not null,
      kunci_id text not null check (length(kunci_id) between 1 and 40),
      kunci_data bytea not null,
      judul_sandi bytea not null,
      isi_sandi bytea not null,
      status text not null default 'diterima'
        check (status in ('diterima', 'diverifikasi', 'investigasi', 'ditutup')),
      hasil text check (hasil in ('terbukti', 'tidak_terbukti', 'dilimpahkan', 'tidak_dapat_ditindaklanjuti')),
      tanggal date not null default current_date,
      tanggal_ditutup date,
      check ((status = 'ditutup') = (hasil is not null)),
      primary key (instansi_id, id)
    )`.execute(db);
  await sql`create index wbs_laporan_status on wbs_laporan (instansi_id, status, tanggal desc)`.execute(db);

  await sql`
    create table wbs_pesan (
      instansi_id uuid not null,
      id uuid not null default gen_random_uuid(),
      laporan_id uuid not null,
      urutan bigint generated always as identity,
      dari text not null check (dari in ('pelapor', 'pengelola')),
      pengguna_id uuid references pengguna (id),
      tanggal date not null default current_date,
      isi_sandi bytea not null,
      primary key (instansi_id, id),
      foreign key (instansi_id, laporan_id) references wbs_laporan (instansi_id, id) on delete cascade
    )`.execute(db);
  await sql`create index wbs_pesan_laporan on wbs_pesan (instansi_id, laporan_id, urutan)`.execute(db);

  await sql`
    create table wbs_lampiran (
      instansi_id uuid not null,
      id uuid not null default gen_random_uuid(),
      laporan_id uuid not null,
      nama_sandi bytea not null,
      jenis text not null check (jenis in ('application/pdf', 'image/png', 'image/jpeg', 'text/plain')),
      ukuran integer not null check (ukuran > 0),
      isi_sandi bytea not null,
      primary key (instansi_id, id),
      foreign key (instansi_id, laporan_id) references wbs_laporan (instansi_id, id) on delete cascade
    )`.execute(db);

  // a report concerning a handler: that handler cannot read it
  await sql`
    create table wbs_pengecualian (
      instansi_id uuid not null,
      laporan_id uuid not null,
      pengguna_id uuid not null references pengguna (id),
      primary key (instansi_id, laporan_id, pengguna_id),
      foreign key (instansi_id, laporan_id) references wbs_laporan (instansi_id, id) on delete cascade
    )`.execute(db);

  for (const t of ["wbs_laporan", "wbs_pesan", "wbs_lampiran", "wbs_pengecualian"]) {
    await sql`grant select, insert, update, delete on ${sql.table(t)} to nurani_app`.execute(db);
    await pagarInstansi(db, t);
  }
}
