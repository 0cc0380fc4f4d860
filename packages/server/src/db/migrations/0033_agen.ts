import { type Kysely, sql } from "kysely";
import { pagarInstansi } from "../rls.ts";

/**
 * The change-agent lifecycle of a programme cycle (docs/agen-perubahan.md;
 * Tabel 2 I.1–2, Tabel 3 no. 6):
 *
 * - `aturan_agen`: the cycle's published selection criteria and the coverage
 *   rule ("jumlah yang memadai": at least `min_agen` agents in every unit of
 *   `min_pegawai` or more employees);
 * - `nominasi_agen`: self-nominations and nominations by others, the
 *   supervision team's selection, and the appointment (the decree itself is
 *   `peran_sk`, which grants the role);
 * - `renaksi_siklus`: an agent's Renaksi (komunitas `renaksi`) belongs to the
 *   cycle and names the cycle's SMART targets it serves (no foreign key to
 *   `renaksi`: migration 0053 may run after this one; reads join it);
 * - `instrumen_agen`: the instrument the supervision team builds first
 *   (criteria, weights, rubric levels: Tabel 2 I.2 (i));
 * - `penilaian_agen`: periodic assessments on it, with evidence per criterion
 *   (Tabel 2 I.2 (ii));
 * - `inovasi`: the register of breakthroughs by leaders and agents (Tabel 2 I,
 *   success indicator).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table aturan_agen (
      instansi_id uuid not null,
      siklus_id uuid not null,
      kriteria jsonb not null,
      min_pegawai integer not null default 20 check (min_pegawai >= 1),
      min_agen integer not null default 1 check (min_agen >= 1),
      diterbitkan timestamptz not null default now(),
      diterbitkan_oleh uuid references pengguna (id),
      primary key (instansi_id, siklus_id),
      foreign key (instansi_id, siklus_id) references siklus_program (instansi_id, id)
    )`.execute(db);

  await sql`
    create table nominasi_agen (
      instansi_id uuid not null,
      id uuid not null default gen_random_uuid(),
      siklus_id uuid not null,
      pegawai_id uuid not null,
      unit_id uuid,
      mandiri boolean not null,
      pengusul_pegawai_id uuid,
      alasan text not null check (length(alasan) between 1 and 2000),
      status text not null default 'diajukan'
        check (status in ('diajukan', 'terpilih', 'tidak_terpilih', 'ditetapkan')),
      catatan_seleksi text check (length(catatan_seleksi) <= 2000),
      diseleksi_oleh uuid references pengguna (id),
      diseleksi timestamptz,
      nomor_sk text,
      dibuat timestamptz not null default now(),
      primary key (instansi_id, id),
      unique (instansi_id, siklus_id, pegawai_id),
      foreign key (instansi_id, siklus_id) references siklus_program (instansi_id, id),
      foreign key (instansi_id, pegawai_id) references pegawai (instansi_id, id)
    )`.execute(db);

  await sql`
    create table renaksi_siklus (
      instansi_id uuid not null,
      renaksi_id uuid not null,
      siklus_id uuid not null,
      target_kode jsonb not null default '[]',
      dibuat timestamptz not null default now(),
      primary key (instansi_id, renaksi_id),
      foreign key (instansi_id, siklus_id) references siklus_program (instansi_id, id)
    )`.execute(db);

  await sql`
    create table instrumen_agen (
      instansi_id uuid not null,
      siklus_id uuid not null,
      kriteria jsonb not null,
      disusun_oleh uuid references pengguna (id),
      diubah timestamptz not null default now(),
      primary key (instansi_id, siklus_id),
      foreign key (instansi_id, siklus_id) references siklus_program (instansi_id, id)
    )`.execute(db);

  await sql`
    create table penilaian_agen (
      instansi_id uuid not null,
      id uuid not null default gen_random_uuid(),
      siklus_id uuid not null,
      pegawai_id uuid not null,
      periode text not null check (length(periode) between 1 and 40),
      skor jsonb not null,
      nilai double precision not null check (nilai between 1 and 4),
      catatan text check (length(catatan) <= 2000),
      penilai uuid references pengguna (id),
      dinilai timestamptz not null default now(),
      primary key (instansi_id, id),
      unique (instansi_id, siklus_id, pegawai_id, periode),
      foreign key (instansi_id, siklus_id) references siklus_program (instansi_id, id),
      foreign key (instansi_id, pegawai_id) references pegawai (instansi_id, id)
    )`.execute(db);

  await sql`
    create table inovasi (
      instansi_id uuid not null,
      id uuid not null default gen_random_uuid(),
      siklus_id uuid,
      pegawai_id uuid not null,
      sebagai text not null check (sebagai in ('pimpinan', 'agen_perubahan')),
      judul text not null check (length(judul) between 1 and 200),
      uraian text not null check (length(uraian) between 1 and 5000),
      dampak text check (length(dampak) <= 2000),
      tanggal date not null,
      dicatat_oleh uuid references pengguna (id),
      dibuat timestamptz not null default now(),
      primary key (instansi_id, id),
      foreign key (instansi_id, siklus_id) references siklus_program (instansi_id, id),
      foreign key (instansi_id, pegawai_id) references pegawai (instansi_id, id)
    )`.execute(db);
  await sql`create index inovasi_tanggal on inovasi (instansi_id, tanggal desc)`.execute(db);

  for (const t of [
    "aturan_agen",
    "nominasi_agen",
    "renaksi_siklus",
    "instrumen_agen",
    "penilaian_agen",
    "inovasi",
  ])
    await pagarInstansi(db, t);
}
