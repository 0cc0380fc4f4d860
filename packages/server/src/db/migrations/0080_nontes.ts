import { type Kysely, sql } from "kysely";
import { pagarInstansi } from "../rls.ts";

/**
 * Non-test assessment (PermenPANRB 60/2020 BAB III.B.3.b; docs/nontes.md): a
 * period the supervision team opens (optionally tied to an assessment
 * campaign), the employees it covers, who rates whom (observation
 * "horizontal dan vertikal": superior, peers, subordinates), the BARS
 * ratings (null = "tidak dapat mengamati"), the rater-corrected (MFRM)
 * results per person with the combined level, and the rater report.
 * Ratings are personal data: every table is fenced to its agency.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table periode_nontes (
      instansi_id uuid not null references instansi (id),
      id uuid not null default gen_random_uuid(),
      judul text not null check (length(judul) between 1 and 200),
      kampanye_id uuid,
      instrumen text not null default 'bars' check (instrumen in ('bars')),
      cakupan jsonb not null,
      aturan_gabung text not null default 'selisih' check (aturan_gabung in ('baku', 'komposit', 'selisih')),
      tenggat date not null,
      status text not null default 'draf' check (status in ('draf', 'dibuka', 'ditutup')),
      dibuat_oleh uuid references pengguna (id),
      dibuat timestamptz not null default now(),
      diubah timestamptz not null default now(),
      primary key (instansi_id, id),
      foreign key (instansi_id, kampanye_id) references kampanye_asesmen (instansi_id, id)
    )`.execute(db);

  await sql`
    create table sasaran_nontes (
      instansi_id uuid not null,
      periode_id uuid not null,
      pegawai_id uuid not null,
      pimpinan boolean not null default false,
      primary key (instansi_id, periode_id, pegawai_id),
      foreign key (instansi_id, periode_id) references periode_nontes (instansi_id, id) on delete cascade,
      foreign key (instansi_id, pegawai_id) references pegawai (instansi_id, id)
    )`.execute(db);

  await sql`
    create table tugas_penilai (
      instansi_id uuid not null,
      id uuid not null default gen_random_uuid(),
      periode_id uuid not null,
      pegawai_id uuid not null,
      penilai_id uuid not null,
      jenis text not null check (jenis in ('atasan', 'rekan', 'bawahan')),
      dikirim timestamptz,
      dibuat timestamptz not null default now(),
      primary key (instansi_id, id),
      unique (instansi_id, periode_id, pegawai_id, penilai_id),
      check (pegawai_id <> penilai_id),
      foreign key (instansi_id, periode_id, pegawai_id)
        references sasaran_nontes (instansi_id, periode_id, pegawai_id) on delete cascade,
      foreign key (instansi_id, penilai_id) references pegawai (instansi_id, id)
    )`.execute(db);
  await sql`create index tugas_penilai_penilai on tugas_penilai (instansi_id, penilai_id, periode_id)`.execute(
    db,
  );

  await sql`
    create table nilai_nontes (
      instansi_id uuid not null,
      tugas_id uuid not null,
      butir text not null check (length(butir) between 1 and 20),
      skor smallint check (skor between 0 and 3),
      primary key (instansi_id, tugas_id, butir),
      foreign key (instansi_id, tugas_id) references tugas_penilai (instansi_id, id) on delete cascade
    )`.execute(db);

  await sql`
    create table hasil_nontes (
      instansi_id uuid not null,
      periode_id uuid not null,
      pegawai_id uuid not null,
      hasil jsonb not null,
      perlu_tinjauan boolean not null default false,
      tinjauan text not null default 'tidak_perlu' check (tinjauan in ('tidak_perlu', 'menunggu', 'selesai')),
      catatan_tinjauan text check (length(catatan_tinjauan) <= 2000),
      dihitung timestamptz not null default now(),
      primary key (instansi_id, periode_id, pegawai_id),
      foreign key (instansi_id, periode_id, pegawai_id)
        references sasaran_nontes (instansi_id, periode_id, pegawai_id) on delete cascade
    )`.execute(db);

  await sql`
    create table kalibrasi_nontes (
      instansi_id uuid not null,
      periode_id uuid not null,
      job_id uuid,
      laporan jsonb not null,
      dihitung timestamptz not null default now(),
      primary key (instansi_id, periode_id),
      foreign key (instansi_id, periode_id) references periode_nontes (instansi_id, id) on delete cascade
    )`.execute(db);

  for (const t of [
    "periode_nontes",
    "sasaran_nontes",
    "tugas_penilai",
    "nilai_nontes",
    "hasil_nontes",
    "kalibrasi_nontes",
  ]) {
    await sql`grant select, insert, update, delete on ${sql.table(t)} to nurani_app`.execute(db);
    await pagarInstansi(db, t);
  }
}
