import { type Kysely, sql } from "kysely";
import { pagarInstansi } from "../rls.ts";

/**
 * Employee import (fitur/impor): one row per uploaded file, its per-row
 * validation errors, and the validated rows staged until the user confirms.
 * Nothing reaches `pegawai` before confirmation; the confirmed write copies
 * the staged rows in one transaction.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table impor_pegawai (
      instansi_id uuid not null references instansi (id),
      id uuid not null default gen_random_uuid(),
      pengguna_id uuid references pengguna (id),
      nama_berkas text not null check (length(nama_berkas) <= 255),
      ukuran integer not null,
      -- the uploaded bytes, kept only until validation has read them
      berkas bytea,
      format text check (format in ('csv', 'xlsx')),
      enkoding text,
      status text not null default 'memvalidasi'
        check (status in ('memvalidasi', 'siap', 'ditolak', 'menulis', 'selesai', 'gagal')),
      progres_selesai integer not null default 0,
      progres_total integer not null default 0,
      baris integer not null default 0,
      valid integer not null default 0,
      galat integer not null default 0,
      baru integer not null default 0,
      diperbarui integer not null default 0,
      -- a problem with the file as a whole: {kode, isian}
      galat_berkas jsonb,
      dibuat timestamptz not null default now(),
      diubah timestamptz not null default now(),
      primary key (instansi_id, id)
    )`.execute(db);

  await sql`
    create table impor_pegawai_galat (
      instansi_id uuid not null,
      impor_id uuid not null,
      urutan integer not null,
      baris integer not null,
      kolom text not null,
      kode text not null,
      isian jsonb,
      primary key (instansi_id, impor_id, urutan),
      foreign key (instansi_id, impor_id) references impor_pegawai (instansi_id, id) on delete cascade
    )`.execute(db);

  await sql`
    create table impor_pegawai_baris (
      instansi_id uuid not null,
      impor_id uuid not null,
      baris integer not null,
      nip text collate "C" not null,
      nama text not null,
      unit_id uuid not null,
      jabatan text,
      jenis_jabatan text,
      golongan text,
      email text,
      telepon text,
      jenis_kelamin char(1) not null,
      tanggal_lahir date not null,
      tmt_cpns date not null,
      primary key (instansi_id, impor_id, baris),
      foreign key (instansi_id, impor_id) references impor_pegawai (instansi_id, id) on delete cascade
    )`.execute(db);

  await sql`grant select, insert, update, delete on impor_pegawai, impor_pegawai_galat, impor_pegawai_baris to nurani_app`.execute(
    db,
  );
  for (const t of ["impor_pegawai", "impor_pegawai_galat", "impor_pegawai_baris"]) await pagarInstansi(db, t);
}
