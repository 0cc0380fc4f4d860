import { type Kysely, sql } from "kysely";
import { pagarInstansi } from "../rls.ts";

/**
 * The integrity assessment (docs/asesmen.md; regulation BAB III.B.3 "Format Penilaian
 * dengan Tes", Tabel 3 no. 3): versions of the item parameters and norms, an
 * agency's campaigns, the people invited, their answers as given, and their
 * scores. Later assessment migrations are numbered 0021–0029.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // National: item parameters + norms + default cuts of one form (domain `ParameterAcuan`).
  // Every score names the version it used, so it can be recomputed.
  await sql`
    create table parameter_asesmen (
      id uuid primary key default gen_random_uuid(),
      versi text not null unique check (length(versi) between 1 and 120),
      formulir_id text not null,
      status text not null check (status in ('sementara', 'draf', 'terbit', 'diganti')),
      acuan jsonb not null,
      -- a recalibration names the campaign whose real responses it used
      sumber_instansi_id uuid,
      sumber_kampanye_id uuid,
      catatan text check (length(catatan) <= 5000),
      dibuat_oleh uuid references pengguna (id),
      dibuat timestamptz not null default now(),
      diterbitkan timestamptz
    )`.execute(db);
  await sql`create index parameter_asesmen_formulir on parameter_asesmen (formulir_id, status)`.execute(db);

  await sql`
    create table kampanye_asesmen (
      instansi_id uuid not null references instansi (id),
      id uuid not null default gen_random_uuid(),
      nama text not null check (length(nama) between 1 and 200),
      tujuan text not null check (tujuan in ('awal', 'berkala', 'akhir')),
      -- the form as fielded: {formulir, pernyataan[]} snapshot, so later bank edits change nothing here
      formulir_id text not null,
      bank_versi text not null,
      formulir jsonb not null,
      -- {jenis: 'semua' | 'unit' | 'daftar', unitIds?: uuid[], subUnit?: boolean}
      populasi jsonb not null,
      dibuka timestamptz not null,
      ditutup timestamptz not null,
      batas_menit integer check (batas_menit between 5 and 600),
      -- optional, not scored: purpose, who sees results, retention (UU PDP)
      teks_persetujuan text check (length(teks_persetujuan) <= 5000),
      status text not null default 'draf' check (status in ('draf', 'aktif', 'dibatalkan')),
      hasil_dirilis timestamptz,
      dibuat_oleh uuid references pengguna (id),
      dibuat timestamptz not null default now(),
      diubah timestamptz not null default now(),
      primary key (instansi_id, id),
      check (ditutup > dibuka)
    )`.execute(db);

  await sql`
    create table peserta_asesmen (
      instansi_id uuid not null,
      id uuid not null default gen_random_uuid(),
      kampanye_id uuid not null,
      pegawai_id uuid not null,
      -- one-time token for people without email (only its SHA-256 is kept)
      token_hash text unique,
      undangan text not null default 'belum'
        check (undangan in ('belum', 'terkirim', 'gagal', 'tanpa_email', 'token')),
      diundang timestamptz,
      -- seed of this person's block and statement order; the order itself as shown
      benih integer not null,
      urutan jsonb,
      persetujuan timestamptz,
      mulai timestamptz,
      -- the server's deadline: min(campaign close, start + time limit)
      batas timestamptz,
      selesai timestamptz,
      dibuat timestamptz not null default now(),
      primary key (instansi_id, id),
      unique (instansi_id, kampanye_id, pegawai_id),
      foreign key (instansi_id, kampanye_id) references kampanye_asesmen (instansi_id, id),
      foreign key (instansi_id, pegawai_id) references pegawai (instansi_id, id)
    )`.execute(db);

  // One row per answered block: the latest answer. `urutan_klien` orders a person's saves;
  // a save whose number is not above the stored one changes nothing (idempotent, ordered).
  await sql`
    create table jawaban_asesmen (
      instansi_id uuid not null,
      peserta_id uuid not null,
      blok text not null,
      paling_sesuai text not null,
      paling_tidak_sesuai text not null,
      urutan_klien integer not null check (urutan_klien >= 0),
      detik real check (detik >= 0),
      perubahan integer not null default 0 check (perubahan >= 0),
      disimpan timestamptz not null default now(),
      primary key (instansi_id, peserta_id, blok),
      foreign key (instansi_id, peserta_id) references peserta_asesmen (instansi_id, id),
      check (paling_sesuai <> paling_tidak_sesuai)
    )`.execute(db);

  await sql`
    create table skor_asesmen (
      instansi_id uuid not null,
      peserta_id uuid not null,
      kampanye_id uuid not null,
      pegawai_id uuid not null,
      -- the unit at scoring time, so a later move does not rewrite an old map
      unit_id uuid,
      parameter_versi text not null,
      norma text not null,
      -- the domain's HasilSkor (12 sub-dimensions, 3 factors, integrity; θ, SE, T, percentile, derajat)
      hasil jsonb not null,
      derajat real not null,
      level smallint not null check (level between 1 and 4),
      -- plausible values of the latent derajat (for the index's interval)
      pv real[] not null,
      perlu_tinjauan boolean not null default false,
      tinjauan text not null default 'tidak_perlu'
        check (tinjauan in ('tidak_perlu', 'menunggu', 'diterima', 'dikecualikan')),
      dihitung timestamptz not null default now(),
      primary key (instansi_id, peserta_id),
      foreign key (instansi_id, peserta_id) references peserta_asesmen (instansi_id, id),
      foreign key (instansi_id, kampanye_id) references kampanye_asesmen (instansi_id, id)
    )`.execute(db);
  await sql`create index skor_asesmen_kampanye_unit on skor_asesmen (instansi_id, kampanye_id, unit_id)`.execute(
    db,
  );
  await sql`create index peserta_asesmen_pegawai on peserta_asesmen (instansi_id, pegawai_id)`.execute(db);

  const tabel = ["kampanye_asesmen", "peserta_asesmen", "jawaban_asesmen", "skor_asesmen"];
  await sql`grant select, insert, update, delete on ${sql.join(tabel.map((t) => sql.table(t)))} to nurani_app`.execute(
    db,
  );
  await sql`grant select on parameter_asesmen to nurani_app`.execute(db);
  for (const t of tabel) await pagarInstansi(db, t);
}
