import { type Kysely, sql } from "kysely";
import { pagarInstansi } from "../rls.ts";

/**
 * Monitoring and evaluation (PermenPANRB 60/2020 Tabel 2 I.4, Tabel 4 no. 5):
 * random interview samples (seed recorded so a sample can be redrawn) and
 * their interviews; internal audits by APIP (plans, findings, agency
 * response, follow-up). Change agents' action plans (Renaksi, Tabel 2 I.1-2)
 * with the assessor's rating, and rewards (Tabel 2 III.3).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table sampel_wawancara (
      instansi_id uuid not null references instansi (id),
      id uuid not null default gen_random_uuid(),
      judul text not null check (length(judul) between 1 and 200),
      benih integer not null check (benih >= 0),
      ukuran integer not null check (ukuran > 0),
      minimal_per_unit integer not null check (minimal_per_unit >= 0),
      populasi integer not null,
      alokasi jsonb not null,
      dibuat_oleh uuid references pengguna (id),
      dibuat timestamptz not null default now(),
      primary key (instansi_id, id)
    )`.execute(db);

  await sql`
    create table wawancara (
      instansi_id uuid not null,
      id uuid not null default gen_random_uuid(),
      sampel_id uuid not null,
      pegawai_id uuid not null,
      unit_id uuid not null,
      urutan integer not null,
      jadwal timestamptz,
      pewawancara text check (length(pewawancara) <= 200),
      status text not null default 'belum' check (status in ('belum', 'terjadwal', 'selesai', 'batal')),
      catatan jsonb,
      diubah timestamptz not null default now(),
      primary key (instansi_id, id),
      unique (instansi_id, sampel_id, pegawai_id),
      foreign key (instansi_id, sampel_id) references sampel_wawancara (instansi_id, id) on delete cascade,
      foreign key (instansi_id, pegawai_id) references pegawai (instansi_id, id)
    )`.execute(db);

  await sql`
    create table rencana_audit (
      instansi_id uuid not null references instansi (id),
      id uuid not null default gen_random_uuid(),
      judul text not null check (length(judul) between 1 and 200),
      lingkup text check (length(lingkup) <= 5000),
      mulai date not null,
      selesai date not null,
      status text not null default 'rencana' check (status in ('rencana', 'berjalan', 'selesai')),
      dibuat_oleh uuid references pengguna (id),
      dibuat timestamptz not null default now(),
      diubah timestamptz not null default now(),
      primary key (instansi_id, id),
      check (selesai >= mulai)
    )`.execute(db);

  await sql`
    create table temuan_audit (
      instansi_id uuid not null,
      id uuid not null default gen_random_uuid(),
      rencana_id uuid not null,
      judul text not null check (length(judul) between 1 and 200),
      uraian text not null check (length(uraian) between 1 and 10000),
      tingkat text not null check (tingkat in ('rendah', 'sedang', 'tinggi', 'kritis')),
      rekomendasi text not null check (length(rekomendasi) between 1 and 5000),
      batas_waktu date,
      tanggapan text check (length(tanggapan) <= 5000),
      tanggapan_oleh uuid references pengguna (id),
      tanggapan_pada timestamptz,
      status text not null default 'terbuka' check (status in ('terbuka', 'ditindaklanjuti', 'selesai')),
      dibuat timestamptz not null default now(),
      diubah timestamptz not null default now(),
      primary key (instansi_id, id),
      foreign key (instansi_id, rencana_id) references rencana_audit (instansi_id, id)
    )`.execute(db);

  await sql`
    create table renaksi (
      instansi_id uuid not null references instansi (id),
      id uuid not null default gen_random_uuid(),
      agen_id uuid not null,
      judul text not null check (length(judul) between 1 and 200),
      mulai date not null,
      selesai date not null,
      dibuat timestamptz not null default now(),
      primary key (instansi_id, id),
      foreign key (instansi_id, agen_id) references pegawai (instansi_id, id),
      check (selesai >= mulai)
    )`.execute(db);

  await sql`
    create table butir_renaksi (
      instansi_id uuid not null,
      id uuid not null default gen_random_uuid(),
      renaksi_id uuid not null,
      uraian text not null check (length(uraian) between 1 and 1000),
      tenggat date not null,
      bukti text check (length(bukti) <= 2000),
      status text not null default 'rencana' check (status in ('rencana', 'berjalan', 'selesai')),
      nilai smallint check (nilai between 1 and 4),
      komentar_penilai text check (length(komentar_penilai) <= 2000),
      dinilai_oleh uuid references pengguna (id),
      dinilai_pada timestamptz,
      diubah timestamptz not null default now(),
      primary key (instansi_id, id),
      foreign key (instansi_id, renaksi_id) references renaksi (instansi_id, id) on delete cascade
    )`.execute(db);

  await sql`
    create table penghargaan (
      instansi_id uuid not null references instansi (id),
      id uuid not null default gen_random_uuid(),
      pegawai_id uuid not null,
      kategori text not null check (length(kategori) between 1 and 100),
      alasan text not null check (length(alasan) between 1 and 2000),
      diusulkan_oleh uuid references pengguna (id),
      diusulkan timestamptz not null default now(),
      status text not null default 'diusulkan' check (status in ('diusulkan', 'diberikan', 'ditolak')),
      diputuskan_oleh uuid references pengguna (id),
      tanggal_keputusan date,
      catatan_keputusan text check (length(catatan_keputusan) <= 2000),
      primary key (instansi_id, id),
      foreign key (instansi_id, pegawai_id) references pegawai (instansi_id, id)
    )`.execute(db);

  for (const t of [
    "sampel_wawancara",
    "wawancara",
    "rencana_audit",
    "temuan_audit",
    "renaksi",
    "butir_renaksi",
    "penghargaan",
  ]) {
    await sql`grant select, insert, update, delete on ${sql.table(t)} to nurani_app`.execute(db);
    await pagarInstansi(db, t);
  }
}
