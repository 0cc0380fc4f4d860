import { type Kysely, sql } from "kysely";
import { pagarInstansi } from "../rls.ts";

/**
 * Core schema: agencies, unit tree, employees, users and roles, sessions,
 * the append-only audit log, the job queue, and the Row-Level Security fence.
 * Every tenant-owned table leads its keys with `instansi_id` (DESIGN.md).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create extension if not exists pg_trgm`.execute(db);

  // The role every tenant-scoped request runs as (SET LOCAL ROLE): not the table
  // owner and not a superuser, so RLS policies apply to it on PGlite and PostgreSQL.
  await sql`
    do $$ begin
      create role nurani_app nologin;
    exception when duplicate_object or unique_violation then null;
    end $$`.execute(db);
  await sql`do $$ begin
      if not pg_has_role(current_user, 'nurani_app', 'member') then
        execute format('grant nurani_app to %I', current_user);
      end if;
    end $$`.execute(db);
  await sql`grant usage on schema public to nurani_app`.execute(db);
  await sql`alter default privileges in schema public grant select, insert, update, delete on tables to nurani_app`.execute(
    db,
  );
  await sql`alter default privileges in schema public grant usage, select on sequences to nurani_app`.execute(
    db,
  );

  // The instansi named by the current transaction (set by the route guard), or null.
  await sql`
    create function nurani_instansi() returns uuid language sql stable as
    $$ select nullif(current_setting('nurani.instansi_id', true), '')::uuid $$`.execute(db);

  await sql`
    create table instansi (
      id uuid primary key default gen_random_uuid(),
      kode text not null unique check (kode ~ '^[A-Z0-9][A-Z0-9._-]{0,31}$'),
      nama text not null check (length(nama) between 1 and 200),
      jenis text not null check (jenis in ('kementerian', 'lembaga', 'provinsi', 'kabupaten', 'kota')),
      zona_waktu text not null default 'Asia/Jakarta'
        check (zona_waktu in ('Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura')),
      -- the Ministry (KemenPANRB) whose evaluator_nasional role spans all agencies
      nasional boolean not null default false,
      dibuat timestamptz not null default now()
    )`.execute(db);
  await sql`create unique index instansi_satu_nasional on instansi (nasional) where nasional`.execute(db);

  await sql`
    create table unit_kerja (
      instansi_id uuid not null references instansi (id),
      id uuid not null default gen_random_uuid(),
      kode text not null check (length(kode) between 1 and 40),
      nama text not null check (length(nama) between 1 and 200),
      eselon smallint check (eselon between 1 and 4),
      induk_id uuid,
      aktif boolean not null default true,
      dibuat timestamptz not null default now(),
      diubah timestamptz not null default now(),
      primary key (instansi_id, id),
      unique (instansi_id, kode),
      foreign key (instansi_id, induk_id) references unit_kerja (instansi_id, id),
      check (induk_id is distinct from id)
    )`.execute(db);
  await sql`create index unit_kerja_induk on unit_kerja (instansi_id, induk_id)`.execute(db);

  await sql`
    create table pegawai (
      instansi_id uuid not null references instansi (id),
      id uuid not null default gen_random_uuid(),
      nip text collate "C" not null check (nip ~ '^[0-9]{18}$'),
      nama text not null check (length(nama) between 1 and 200),
      unit_id uuid,
      jabatan text check (length(jabatan) <= 200),
      jenis_jabatan text check (jenis_jabatan in ('struktural', 'fungsional', 'pelaksana')),
      golongan text check (length(golongan) <= 10),
      email text check (length(email) <= 254),
      telepon text check (length(telepon) <= 30),
      jenis_kelamin char(1) not null check (jenis_kelamin in ('L', 'P')),
      tanggal_lahir date not null,
      tmt_cpns date not null,
      aktif boolean not null default true,
      dibuat timestamptz not null default now(),
      diubah timestamptz not null default now(),
      primary key (instansi_id, id),
      unique (instansi_id, nip),
      foreign key (instansi_id, unit_id) references unit_kerja (instansi_id, id)
    )`.execute(db);
  // Employee list: filter by unit / active, ordered by name, paged; search by name (trigram) or NIP prefix.
  await sql`create index pegawai_unit_nama on pegawai (instansi_id, unit_id, nama, id)`.execute(db);
  await sql`create index pegawai_nama on pegawai (instansi_id, nama, id)`.execute(db);
  await sql`create index pegawai_nama_trgm on pegawai using gin (nama gin_trgm_ops)`.execute(db);

  await sql`
    create table pengguna (
      id uuid primary key default gen_random_uuid(),
      username text not null unique check (username ~ '^[a-z0-9][a-z0-9._@-]{2,63}$'),
      nama text not null check (length(nama) between 1 and 200),
      bahasa text not null default 'id' check (bahasa in ('id', 'en')),
      password_hash text,
      harus_ganti_password boolean not null default false,
      totp_rahasia text,
      totp_aktif boolean not null default false,
      totp_rahasia_baru text,
      gagal_login integer not null default 0,
      terkunci_sampai timestamptz,
      pegawai_instansi_id uuid,
      pegawai_id uuid,
      oidc_subject text unique,
      aktif boolean not null default true,
      login_terakhir timestamptz,
      dibuat timestamptz not null default now(),
      diubah timestamptz not null default now(),
      foreign key (pegawai_instansi_id, pegawai_id) references pegawai (instansi_id, id)
    )`.execute(db);

  await sql`
    create table peran_pengguna (
      instansi_id uuid not null references instansi (id),
      pengguna_id uuid not null references pengguna (id),
      peran text not null check (peran in ('evaluator_nasional', 'admin_instansi', 'ppk', 'tim_supervisi',
        'agen_perubahan', 'pimpinan', 'apip', 'pegawai')),
      dibuat timestamptz not null default now(),
      primary key (instansi_id, pengguna_id, peran)
    )`.execute(db);
  await sql`create index peran_pengguna_pengguna on peran_pengguna (pengguna_id)`.execute(db);

  await sql`
    create table sesi (
      id uuid primary key default gen_random_uuid(),
      token_hash text not null unique,
      pengguna_id uuid not null references pengguna (id),
      csrf_token text not null,
      dibuat timestamptz not null default now(),
      terakhir_aktif timestamptz not null default now(),
      kedaluwarsa timestamptz not null,
      ip text,
      user_agent text
    )`.execute(db);
  await sql`create index sesi_pengguna on sesi (pengguna_id)`.execute(db);

  await sql`
    create table oidc_permintaan (
      state text primary key,
      code_verifier text not null,
      nonce text not null,
      dibuat timestamptz not null default now()
    )`.execute(db);

  await sql`
    create table audit_log (
      id bigint generated always as identity primary key,
      waktu timestamptz not null default now(),
      instansi_id uuid references instansi (id),
      pengguna_id uuid,
      aksi text not null,
      objek_jenis text,
      objek_id text,
      ip text,
      user_agent text,
      request_id text,
      rincian jsonb not null default '{}'
    )`.execute(db);
  await sql`create index audit_log_instansi_waktu on audit_log (instansi_id, waktu desc)`.execute(db);
  await sql`create index audit_log_login_ip on audit_log (ip, waktu) where aksi like 'login.%'`.execute(db);
  await sql`
    create function audit_log_tolak_ubah() returns trigger language plpgsql as $$
    begin
      raise exception 'audit_log hanya dapat ditambah (append-only): % ditolak', tg_op
        using errcode = 'insufficient_privilege';
    end $$`.execute(db);
  await sql`
    create trigger audit_log_append_only before update or delete on audit_log
    for each row execute function audit_log_tolak_ubah()`.execute(db);
  await sql`
    create trigger audit_log_no_truncate before truncate on audit_log
    for each statement execute function audit_log_tolak_ubah()`.execute(db);

  await sql`
    create table job (
      id uuid primary key default gen_random_uuid(),
      instansi_id uuid references instansi (id),
      jenis text not null,
      status text not null default 'antre' check (status in ('antre', 'berjalan', 'selesai', 'gagal')),
      muatan jsonb not null default '{}',
      hasil jsonb,
      galat text,
      progres_selesai integer not null default 0,
      progres_total integer,
      percobaan integer not null default 0,
      pekerja text,
      dibuat timestamptz not null default now(),
      mulai timestamptz,
      selesai timestamptz
    )`.execute(db);
  await sql`create index job_antre on job (dibuat) where status = 'antre'`.execute(db);
  await sql`create index job_instansi on job (instansi_id, dibuat)`.execute(db);

  await sql`grant select, insert, update, delete on all tables in schema public to nurani_app`.execute(db);
  // Belt and braces beside the trigger: the application role can only append.
  await sql`revoke update, delete, truncate on audit_log from nurani_app`.execute(db);
  await sql`grant usage, select on all sequences in schema public to nurani_app`.execute(db);

  for (const tabel of ["unit_kerja", "pegawai", "peran_pengguna", "audit_log", "job"]) {
    await pagarInstansi(db, tabel);
  }
}
