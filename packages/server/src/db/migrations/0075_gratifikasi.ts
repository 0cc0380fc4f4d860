import { type Kysely, sql } from "kysely";
import { pagarInstansi } from "../rls.ts";

/**
 * Gratification control (UPG; PermenPANRB 60/2020 Tabel 2 II "sistem
 * integritas": unit pengendalian gratifikasi; docs/gratifikasi.md). An
 * employee reports a gift received or refused; the deadline to report it to
 * KPK is 30 working days after receipt (UU 31/1999 jo. UU 20/2001 Pasal 12C
 * ayat (2)), counted with the national holiday calendar `hari_libur`
 * (national, no agency: the SKB of the ministers sets it yearly).
 *
 * Also the new role `pengelola_upg` (the agency's gratification control unit).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table peran_pengguna drop constraint peran_pengguna_peran_check`.execute(db);
  await sql`alter table peran_pengguna add constraint peran_pengguna_peran_check
    check (peran in ('evaluator_nasional', 'admin_instansi', 'ppk', 'tim_supervisi',
      'agen_perubahan', 'pimpinan', 'apip', 'pegawai', 'pengelola_wbs', 'pengelola_upg'))`.execute(db);

  await sql`
    create table hari_libur (
      tanggal date primary key,
      keterangan text not null check (length(keterangan) between 1 and 120),
      jenis text not null default 'libur_nasional' check (jenis in ('libur_nasional', 'cuti_bersama'))
    )`.execute(db);
  await sql`grant select, insert, update, delete on hari_libur to nurani_app`.execute(db);

  await sql`
    create table gratifikasi (
      instansi_id uuid not null references instansi (id),
      id uuid not null default gen_random_uuid(),
      nomor text not null,
      pegawai_id uuid not null,
      jenis text not null check (jenis in ('diterima', 'ditolak')),
      pemberi text not null check (length(pemberi) between 1 and 200),
      hubungan text not null check (hubungan in ('atasan_bawahan', 'rekan_kerja', 'penyedia_barang_jasa',
        'pengguna_layanan', 'keluarga', 'lainnya')),
      hubungan_keterangan text,
      bentuk text not null check (bentuk in ('uang', 'barang', 'makanan', 'voucher', 'fasilitas',
        'perjalanan', 'lainnya')),
      uraian text not null check (length(uraian) between 1 and 2000),
      nilai_rupiah bigint not null check (nilai_rupiah >= 0),
      tanggal_terima date not null,
      tanggal_lapor date not null default current_date,
      tempat text,
      foto bytea,
      foto_jenis text check (foto_jenis in ('image/png', 'image/jpeg')),
      status text not null default 'dilaporkan'
        check (status in ('dilaporkan', 'diteruskan_kpk', 'ditangani_upg', 'ditetapkan')),
      tanggal_triase date,
      catatan_upg text,
      penetapan text check (penetapan in ('milik_negara', 'milik_penerima')),
      nomor_sk_kpk text,
      tanggal_penetapan date,
      check ((foto is null) = (foto_jenis is null)),
      check ((status = 'ditetapkan') = (penetapan is not null)),
      primary key (instansi_id, id),
      unique (instansi_id, nomor),
      foreign key (instansi_id, pegawai_id) references pegawai (instansi_id, id)
    )`.execute(db);
  await sql`create index gratifikasi_status on gratifikasi (instansi_id, status, tanggal_terima)`.execute(db);
  await sql`create index gratifikasi_pegawai on gratifikasi (instansi_id, pegawai_id, tanggal_terima desc)`.execute(
    db,
  );
  await sql`grant select, insert, update, delete on gratifikasi to nurani_app`.execute(db);
  await pagarInstansi(db, "gratifikasi");
}
