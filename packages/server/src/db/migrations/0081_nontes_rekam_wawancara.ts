import { type Kysely, sql } from "kysely";
import { pagarInstansi } from "../rls.ts";

/**
 * Track record and structured interview of the non-test format
 * (PermenPANRB 60/2020 BAB III.B.3.b angka 1 and 3; docs/nontes.md):
 * the employee's structured reflection per factor with the team's reading,
 * the entries from the work environment and monitoring/supervisory bodies
 * (each with its source, date, evidence and who entered it; registers feed
 * them later under their own `asal` with an idempotent `rujukan`), and
 * interviews scored on the BARS by one or two interviewers whose notes are
 * private to them and the supervision team. Personal data: fenced per agency.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table refleksi_rekam_jejak (
      instansi_id uuid not null,
      pegawai_id uuid not null,
      faktor text not null check (faktor in ('KD', 'DN', 'KM')),
      jawaban jsonb not null,
      diubah timestamptz not null default now(),
      level_dinilai smallint check (level_dinilai between 1 and 4),
      dinilai_oleh uuid references pengguna (id),
      dinilai timestamptz,
      primary key (instansi_id, pegawai_id, faktor),
      foreign key (instansi_id, pegawai_id) references pegawai (instansi_id, id)
    )`.execute(db);

  await sql`
    create table entri_rekam_jejak (
      instansi_id uuid not null,
      id uuid not null default gen_random_uuid(),
      pegawai_id uuid not null,
      jenis text not null check (jenis in ('sanksi_disiplin', 'laporan_gratifikasi', 'lhkasn', 'temuan_apip',
        'penghargaan', 'uji_publik')),
      sumber text not null check (sumber in ('lingkungan_kerja', 'kepegawaian', 'upg', 'apip',
        'lembaga_pemantau', 'uji_publik')),
      rincian jsonb not null,
      tanggal date not null,
      keterangan text check (length(keterangan) <= 2000),
      bukti_tautan text check (length(bukti_tautan) <= 1000),
      bukti_nama text check (length(bukti_nama) <= 200),
      bukti_mime text,
      bukti_isi bytea,
      asal text not null default 'manual' check (length(asal) between 1 and 40),
      rujukan text check (length(rujukan) <= 200),
      dicatat_oleh uuid references pengguna (id),
      dicatat timestamptz not null default now(),
      primary key (instansi_id, id),
      unique (instansi_id, asal, rujukan),
      foreign key (instansi_id, pegawai_id) references pegawai (instansi_id, id)
    )`.execute(db);
  await sql`create index entri_rekam_jejak_pegawai on entri_rekam_jejak (instansi_id, pegawai_id, tanggal)`.execute(
    db,
  );

  await sql`
    create table wawancara_nontes (
      instansi_id uuid not null,
      id uuid not null default gen_random_uuid(),
      pegawai_id uuid not null,
      tujuan text not null check (tujuan in ('asesmen', 'monev')),
      periode_id uuid,
      tanggal date not null,
      dibuat_oleh uuid references pengguna (id),
      dibuat timestamptz not null default now(),
      primary key (instansi_id, id),
      foreign key (instansi_id, pegawai_id) references pegawai (instansi_id, id),
      foreign key (instansi_id, periode_id) references periode_nontes (instansi_id, id) on delete cascade
    )`.execute(db);
  await sql`create index wawancara_nontes_periode on wawancara_nontes (instansi_id, periode_id, pegawai_id)`.execute(
    db,
  );

  await sql`
    create table pewawancara_nontes (
      instansi_id uuid not null,
      wawancara_id uuid not null,
      pengguna_id uuid not null references pengguna (id),
      nilai jsonb,
      catatan text check (length(catatan) <= 8000),
      dikirim timestamptz,
      primary key (instansi_id, wawancara_id, pengguna_id),
      foreign key (instansi_id, wawancara_id) references wawancara_nontes (instansi_id, id) on delete cascade
    )`.execute(db);
  await sql`create index pewawancara_nontes_pengguna on pewawancara_nontes (instansi_id, pengguna_id)`.execute(
    db,
  );

  for (const t of ["refleksi_rekam_jejak", "entri_rekam_jejak", "wawancara_nontes", "pewawancara_nontes"]) {
    await sql`grant select, insert, update, delete on ${sql.table(t)} to nurani_app`.execute(db);
    await pagarInstansi(db, t);
  }
}
