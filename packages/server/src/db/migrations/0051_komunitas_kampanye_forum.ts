import { type Kysely, sql } from "kysely";
import { pagarInstansi } from "../rls.ts";

/**
 * Campaign posts (PermenPANRB 60/2020 Tabel 4 no. 1 "Kampanye") with read and
 * acknowledge tracking; the knowledge-sharing forum (Tabel 4 no. 2 "Wadah
 * berbagi pengetahuan"): categories, threads, replies, reports, attachments;
 * and the in-app notification list (mentions, replies).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table pos_kampanye (
      instansi_id uuid not null references instansi (id),
      id uuid not null default gen_random_uuid(),
      jenis text not null check (jenis in ('pengumuman', 'kode_etik', 'cerita')),
      judul text not null check (length(judul) between 1 and 200),
      isi text not null check (length(isi) between 1 and 20000),
      -- audience: the whole agency, or units (with their sub-units when sub_unit)
      sasaran text not null check (sasaran in ('instansi', 'unit')),
      unit_ids uuid[] not null default '{}',
      sub_unit boolean not null default true,
      penulis_id uuid not null references pengguna (id),
      ditarik boolean not null default false,
      diterbitkan timestamptz not null default now(),
      diubah timestamptz not null default now(),
      primary key (instansi_id, id),
      check (sasaran = 'instansi' or cardinality(unit_ids) > 0)
    )`.execute(db);
  await sql`create index pos_kampanye_terbit on pos_kampanye (instansi_id, diterbitkan desc)`.execute(db);

  await sql`
    create table pos_kampanye_baca (
      instansi_id uuid not null,
      pos_id uuid not null,
      pengguna_id uuid not null references pengguna (id),
      dibaca timestamptz not null default now(),
      diakui timestamptz,
      primary key (instansi_id, pos_id, pengguna_id),
      foreign key (instansi_id, pos_id) references pos_kampanye (instansi_id, id) on delete cascade
    )`.execute(db);

  await sql`
    create table kategori_forum (
      instansi_id uuid not null references instansi (id),
      id uuid not null default gen_random_uuid(),
      nama text not null check (length(nama) between 1 and 100),
      deskripsi text check (length(deskripsi) <= 500),
      urutan integer not null default 0,
      aktif boolean not null default true,
      dibuat timestamptz not null default now(),
      primary key (instansi_id, id),
      unique (instansi_id, nama)
    )`.execute(db);

  await sql`
    create table utas_forum (
      instansi_id uuid not null,
      id uuid not null default gen_random_uuid(),
      kategori_id uuid not null,
      judul text not null check (length(judul) between 1 and 200),
      isi text not null check (length(isi) between 1 and 20000),
      penulis_id uuid not null references pengguna (id),
      terkunci boolean not null default false,
      disembunyikan boolean not null default false,
      jumlah_balasan integer not null default 0,
      aktivitas_terakhir timestamptz not null default now(),
      dibuat timestamptz not null default now(),
      diubah timestamptz not null default now(),
      primary key (instansi_id, id),
      foreign key (instansi_id, kategori_id) references kategori_forum (instansi_id, id)
    )`.execute(db);
  await sql`create index utas_forum_aktivitas on utas_forum (instansi_id, aktivitas_terakhir desc)`.execute(
    db,
  );
  await sql`create index utas_forum_cari on utas_forum using gin (to_tsvector('simple', judul || ' ' || isi))`.execute(
    db,
  );

  await sql`
    create table balasan_forum (
      instansi_id uuid not null,
      id uuid not null default gen_random_uuid(),
      utas_id uuid not null,
      isi text not null check (length(isi) between 1 and 20000),
      penulis_id uuid not null references pengguna (id),
      disembunyikan boolean not null default false,
      dibuat timestamptz not null default now(),
      diubah timestamptz not null default now(),
      primary key (instansi_id, id),
      foreign key (instansi_id, utas_id) references utas_forum (instansi_id, id)
    )`.execute(db);
  await sql`create index balasan_forum_utas on balasan_forum (instansi_id, utas_id, dibuat)`.execute(db);
  await sql`create index balasan_forum_cari on balasan_forum using gin (to_tsvector('simple', isi))`.execute(
    db,
  );

  await sql`
    create table laporan_forum (
      instansi_id uuid not null,
      id uuid not null default gen_random_uuid(),
      utas_id uuid not null,
      balasan_id uuid,
      alasan text not null check (length(alasan) between 1 and 500),
      pelapor_id uuid not null references pengguna (id),
      dibuat timestamptz not null default now(),
      selesai timestamptz,
      diselesaikan_oleh uuid references pengguna (id),
      primary key (instansi_id, id),
      foreign key (instansi_id, utas_id) references utas_forum (instansi_id, id),
      foreign key (instansi_id, balasan_id) references balasan_forum (instansi_id, id)
    )`.execute(db);
  await sql`create index laporan_forum_terbuka on laporan_forum (instansi_id, dibuat) where selesai is null`.execute(
    db,
  );

  await sql`
    create table lampiran_forum (
      instansi_id uuid not null,
      id uuid not null default gen_random_uuid(),
      utas_id uuid not null,
      nama text not null check (length(nama) between 1 and 200),
      jenis_mime text not null,
      ukuran integer not null check (ukuran > 0 and ukuran <= 5242880),
      isi bytea not null,
      pengunggah_id uuid not null references pengguna (id),
      dibuat timestamptz not null default now(),
      primary key (instansi_id, id),
      foreign key (instansi_id, utas_id) references utas_forum (instansi_id, id)
    )`.execute(db);
  await sql`create index lampiran_forum_utas on lampiran_forum (instansi_id, utas_id)`.execute(db);

  await sql`
    create table notifikasi (
      instansi_id uuid not null references instansi (id),
      id uuid not null default gen_random_uuid(),
      pengguna_id uuid not null references pengguna (id),
      jenis text not null check (jenis in ('sebutan', 'balasan', 'kampanye', 'moderasi')),
      judul text not null check (length(judul) <= 300),
      tautan text check (length(tautan) <= 300),
      dibaca timestamptz,
      dibuat timestamptz not null default now(),
      primary key (instansi_id, id)
    )`.execute(db);
  await sql`create index notifikasi_pengguna on notifikasi (instansi_id, pengguna_id, dibuat desc)`.execute(
    db,
  );

  for (const t of [
    "pos_kampanye",
    "pos_kampanye_baca",
    "kategori_forum",
    "utas_forum",
    "balasan_forum",
    "laporan_forum",
    "lampiran_forum",
    "notifikasi",
  ]) {
    await sql`grant select, insert, update, delete on ${sql.table(t)} to nurani_app`.execute(db);
    await pagarInstansi(db, t);
  }
}
