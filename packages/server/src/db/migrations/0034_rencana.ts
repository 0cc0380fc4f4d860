import { type Kysely, sql } from "kysely";
import { pagarInstansi } from "../rls.ts";

/**
 * Individual development plans (docs/agen-perubahan.md "Rencana saya";
 * BAB III.B.2 a–d, Tabel 5–8): the sub-stage a person works on, the Tabel 5–8
 * activities and guided assignments (penugasan terbimbing, Tabel 4 no. 3–4)
 * assigned to them by the supervision team or their superior, and the
 * sub-stage criteria they check themselves and the superior confirms.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table rencana_individu (
      instansi_id uuid not null,
      pegawai_id uuid not null,
      subtahap smallint not null check (subtahap between 1 and 4),
      ditetapkan_oleh uuid references pengguna (id),
      diubah timestamptz not null default now(),
      primary key (instansi_id, pegawai_id),
      foreign key (instansi_id, pegawai_id) references pegawai (instansi_id, id)
    )`.execute(db);
  await sql`
    create table kegiatan_rencana (
      instansi_id uuid not null,
      id uuid not null default gen_random_uuid(),
      pegawai_id uuid not null,
      jenis text not null check (jenis in ('modul', 'penugasan_terbimbing')),
      kode_templat text check (length(kode_templat) <= 20),
      judul text not null check (length(judul) between 1 and 300),
      pembimbing_id uuid,
      tenggat date,
      status text not null default 'rencana' check (status in ('rencana', 'berjalan', 'selesai')),
      dibuat_oleh uuid references pengguna (id),
      dibuat timestamptz not null default now(),
      primary key (instansi_id, id),
      foreign key (instansi_id, pegawai_id) references pegawai (instansi_id, id),
      foreign key (instansi_id, pembimbing_id) references pegawai (instansi_id, id)
    )`.execute(db);
  await sql`create index kegiatan_rencana_pegawai on kegiatan_rencana (instansi_id, pegawai_id)`.execute(db);
  await sql`
    create table kriteria_individu (
      instansi_id uuid not null,
      pegawai_id uuid not null,
      kode_item text not null check (length(kode_item) <= 20),
      dicentang timestamptz not null default now(),
      dikonfirmasi_oleh uuid references pengguna (id),
      dikonfirmasi timestamptz,
      primary key (instansi_id, pegawai_id, kode_item),
      foreign key (instansi_id, pegawai_id) references pegawai (instansi_id, id)
    )`.execute(db);
  for (const t of ["rencana_individu", "kegiatan_rencana", "kriteria_individu"]) await pagarInstansi(db, t);
}
