import { LKE_V1 } from "@nurani/domain";
import { type Kysely, sql } from "kysely";
import { pagarInstansi } from "../rls.ts";

/**
 * The Ministry's evaluation of every agency (PermenPANRB 60/2020 BAB IV;
 * docs/evaluasi.md): worksheet (LKE) versions and evaluation periods are
 * national (no agency owns them; agencies read them), the agency's
 * worksheet, its evidence files, the clarification thread per indicator and
 * the recommendations are agency-owned (RLS fence, `instansi_id` first in
 * every key so the schema stays distributable by agency).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // Versions like the item bank's (docs/item-bank.md "Four eyes"): draf → tinjauan → terbit; a published
  // version never changes. v1, written from the regulation (domain lke/v1.ts), is the built-in published one.
  await sql`
    create table lke_versi (
      versi text primary key check (versi ~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,19}$'),
      status text not null check (status in ('draf', 'tinjauan', 'terbit')),
      isi jsonb not null,
      catatan text check (length(catatan) <= 2000),
      diajukan_oleh uuid references pengguna (id),
      diterbitkan_oleh uuid references pengguna (id),
      diterbitkan date,
      dibuat timestamptz not null default now(),
      diubah timestamptz not null default now()
    )`.execute(db);
  await sql`insert into lke_versi (versi, status, isi, catatan, diterbitkan)
    values (${LKE_V1.versi}, 'terbit', ${JSON.stringify(LKE_V1.isi)}::jsonb, ${LKE_V1.catatan ?? null},
      ${LKE_V1.diterbitkan})`.execute(db);

  await sql`
    create table periode_evaluasi (
      id uuid primary key default gen_random_uuid(),
      kode text not null unique,
      nama text not null check (length(nama) between 1 and 100),
      tahun integer not null check (tahun between 2020 and 2100),
      jenis_peserta text[] not null,
      versi_lke text not null references lke_versi (versi),
      mandiri_mulai date not null,
      mandiri_selesai date not null,
      reviu_mulai date not null,
      reviu_selesai date not null,
      publikasi date not null,
      -- set when the evaluator publishes the rankings (from the publication date)
      peringkat_terbit timestamptz,
      peringkat_terbit_oleh uuid references pengguna (id),
      -- the rankings as published (BarisPeringkat[]): each agency reads its own row and the distribution
      peringkat jsonb,
      dibuat_oleh uuid references pengguna (id),
      dibuat timestamptz not null default now(),
      diubah timestamptz not null default now()
    )`.execute(db);

  // One agency's worksheet in a period: answers, evidence ids and the review (domain LembarJawaban),
  // the values computed from its own data (prefill), and the scores kept for the national table.
  await sql`
    create table lembar_evaluasi (
      instansi_id uuid not null references instansi (id),
      periode_id uuid not null references periode_evaluasi (id),
      status text not null default 'draf' check (status in ('draf', 'dikirim', 'difinalisasi', 'disetujui')),
      isian jsonb not null,
      dihitung jsonb not null default '{}',
      skor_mandiri numeric,
      skor_akhir numeric,
      dikirim timestamptz,
      dikirim_oleh uuid references pengguna (id),
      difinalisasi_oleh uuid references pengguna (id),
      disetujui_oleh uuid references pengguna (id),
      catatan_kembali text check (length(catatan_kembali) <= 2000),
      diubah timestamptz not null default now(),
      primary key (instansi_id, periode_id)
    )`.execute(db);

  await sql`
    create table berkas_evaluasi (
      instansi_id uuid not null references instansi (id),
      id uuid not null default gen_random_uuid(),
      periode_id uuid not null references periode_evaluasi (id),
      kode_indikator text not null check (length(kode_indikator) between 1 and 20),
      nama text not null check (length(nama) between 1 and 255),
      jenis text not null check (jenis in ('pdf', 'png', 'jpeg')),
      mime text not null,
      ukuran integer not null check (ukuran between 1 and 10485760),
      sha256 text not null,
      isi bytea not null,
      diunggah_oleh uuid references pengguna (id),
      dibuat timestamptz not null default now(),
      primary key (instansi_id, id)
    )`.execute(db);

  await sql`
    create table klarifikasi_evaluasi (
      instansi_id uuid not null references instansi (id),
      id uuid not null default gen_random_uuid(),
      periode_id uuid not null references periode_evaluasi (id),
      kode_indikator text not null check (length(kode_indikator) between 1 and 20),
      dari text not null check (dari in ('evaluator', 'instansi')),
      oleh uuid references pengguna (id),
      isi text not null check (length(isi) between 1 and 2000),
      dibuat timestamptz not null default now(),
      primary key (instansi_id, id)
    )`.execute(db);

  await sql`
    create table rekomendasi_evaluasi (
      instansi_id uuid not null references instansi (id),
      id uuid not null default gen_random_uuid(),
      periode_id uuid not null references periode_evaluasi (id),
      kode_indikator text not null check (length(kode_indikator) between 1 and 20),
      isi text not null check (length(isi) between 1 and 2000),
      tenggat date not null,
      status text not null check (status in ('terkirim', 'dijawab', 'ditutup', 'dibuka_kembali')),
      riwayat jsonb not null,
      dibuat timestamptz not null default now(),
      diubah timestamptz not null default now(),
      primary key (instansi_id, id)
    )`.execute(db);
  await sql`create index rekomendasi_evaluasi_terbuka on rekomendasi_evaluasi (instansi_id, status, tenggat)`.execute(
    db,
  );

  for (const t of ["lke_versi", "periode_evaluasi"])
    await sql`grant select on ${sql.table(t)} to nurani_app`.execute(db);
  for (const t of ["lembar_evaluasi", "berkas_evaluasi", "klarifikasi_evaluasi", "rekomendasi_evaluasi"]) {
    await sql`grant select, insert, update, delete on ${sql.table(t)} to nurani_app`.execute(db);
    await pagarInstansi(db, t);
  }
}
