import { type Kysely, sql } from "kysely";
import { pagarInstansi } from "../rls.ts";

/**
 * Conflict-of-interest declarations (PermenPANRB 60/2020 Tabel 2 II "sistem
 * integritas": penanganan benturan kepentingan; docs/kode-etik.md). An
 * employee declares a potential conflict, on their own or when the agency asks
 * the members of a procurement or selection panel (`bk_permintaan`); the
 * direct superior (taken from the unit tree when declared) decides within a
 * deadline in working days (`pengaturan_bk`). `nihil`: "no conflict", the
 * answer to a request, needs no decision.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table pengaturan_bk (
      instansi_id uuid primary key references instansi (id),
      tenggat_hari_kerja integer not null default 5 check (tenggat_hari_kerja between 1 and 60)
    )`.execute(db);

  await sql`
    create table bk_permintaan (
      instansi_id uuid not null references instansi (id),
      id uuid not null default gen_random_uuid(),
      judul text not null check (length(judul) between 1 and 200),
      jenis text not null check (jenis in ('pengadaan', 'seleksi', 'lainnya')),
      keterangan text check (length(keterangan) <= 2000),
      tanggal date not null default current_date,
      dibuat_oleh uuid references pengguna (id),
      primary key (instansi_id, id)
    )`.execute(db);

  await sql`
    create table bk_deklarasi (
      instansi_id uuid not null,
      id uuid not null default gen_random_uuid(),
      pegawai_id uuid not null,
      unit_id uuid,
      permintaan_id uuid,
      jenis text not null check (jenis in ('keluarga_pengadaan', 'keluarga_rekrutmen', 'pekerjaan_luar',
        'kepemilikan_saham', 'hadiah_jamuan', 'lainnya', 'nihil')),
      uraian text not null check (length(uraian) between 1 and 4000),
      pihak_terkait text check (length(pihak_terkait) <= 300),
      tanggal date not null default current_date,
      tenggat date,
      atasan_pegawai_id uuid,
      status text not null default 'menunggu' check (status in ('menunggu', 'diputuskan', 'nihil')),
      keputusan text check (keputusan in ('tanpa_tindakan', 'pengunduran_diri', 'penugasan_ulang')),
      catatan_keputusan text check (length(catatan_keputusan) <= 2000),
      diputuskan_oleh uuid references pengguna (id),
      tanggal_keputusan date,
      check ((status = 'diputuskan') = (keputusan is not null and tanggal_keputusan is not null)),
      check ((status = 'nihil') = (jenis = 'nihil')),
      primary key (instansi_id, id),
      foreign key (instansi_id, pegawai_id) references pegawai (instansi_id, id),
      foreign key (instansi_id, permintaan_id) references bk_permintaan (instansi_id, id)
    )`.execute(db);
  await sql`create index bk_deklarasi_unit on bk_deklarasi (instansi_id, unit_id, tanggal desc)`.execute(db);
  await sql`create index bk_deklarasi_atasan on bk_deklarasi (instansi_id, atasan_pegawai_id, status)`.execute(
    db,
  );

  await sql`
    create table bk_permintaan_pegawai (
      instansi_id uuid not null,
      permintaan_id uuid not null,
      pegawai_id uuid not null,
      primary key (instansi_id, permintaan_id, pegawai_id),
      foreign key (instansi_id, permintaan_id) references bk_permintaan (instansi_id, id) on delete cascade,
      foreign key (instansi_id, pegawai_id) references pegawai (instansi_id, id)
    )`.execute(db);

  for (const t of ["pengaturan_bk", "bk_permintaan", "bk_deklarasi", "bk_permintaan_pegawai"]) {
    await sql`grant select, insert, update, delete on ${sql.table(t)} to nurani_app`.execute(db);
    await pagarInstansi(db, t);
  }
}
