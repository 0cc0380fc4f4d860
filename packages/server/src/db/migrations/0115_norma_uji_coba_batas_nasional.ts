import { type Kysely, sql } from "kysely";

/**
 * The parts after the expert panel (docs/norma-batas.md):
 *
 * - `kampanye_asesmen.uji_coba`: a pilot campaign ("uji coba"); its answers
 *   serve calibration only: no individual result is released, and it is in no
 *   map, index, norm or national figure;
 * - `norma_kelompok`: norm tables per reference group (national, agency
 *   category, jenis jabatan) computed from real scored results of one
 *   parameter version; `norma` is null when the group is below the published
 *   minimum (the count is still kept, so the screen can say how far it is);
 * - `sesi_batas_nasional` and `sesi_batas_hakim`: a national standard-setting
 *   session, each judge's three cuts on the integrity θ scale, the combined
 *   cuts with their SE, who proposed and who published (four eyes).
 *
 * National data (no `instansi_id`): written only by national routes running
 * as the owner. The agency role reads norms and sessions (an employee's
 * profile needs the published cuts and norms), not the judges' cuts, and the
 * expert panels with the statements they rated (not the experts, not ratings).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table kampanye_asesmen add column uji_coba boolean not null default false`.execute(db);
  await sql`
    create table norma_kelompok (
      id uuid primary key default gen_random_uuid(),
      formulir_id text not null,
      versi_parameter text not null,
      jenis text not null check (jenis in ('nasional', 'jenis_instansi', 'jenis_jabatan')),
      kunci text not null,
      n integer not null check (n >= 0),
      norma jsonb,
      dihitung_oleh uuid references pengguna (id),
      dihitung timestamptz not null default now(),
      unique (versi_parameter, jenis, kunci)
    )`.execute(db);
  await sql`
    create table sesi_batas_nasional (
      id uuid primary key default gen_random_uuid(),
      nomor serial unique,
      judul text not null check (length(judul) between 1 and 200),
      formulir_id text not null,
      versi_parameter text not null,
      cara text not null default 'rerata' check (cara in ('rerata', 'median')),
      status text not null default 'terbuka' check (status in ('terbuka', 'diajukan', 'terbit', 'diganti')),
      hasil jsonb,
      dibuat_oleh uuid references pengguna (id),
      dibuat timestamptz not null default now(),
      diajukan_oleh uuid references pengguna (id),
      diajukan timestamptz,
      diterbitkan_oleh uuid references pengguna (id),
      diterbitkan timestamptz
    )`.execute(db);
  await sql`create index sesi_batas_nasional_terbit on sesi_batas_nasional (formulir_id, status, diterbitkan desc)`.execute(
    db,
  );
  await sql`
    create table sesi_batas_hakim (
      sesi_id uuid not null references sesi_batas_nasional (id) on delete cascade,
      pengguna_id uuid not null references pengguna (id),
      batas double precision[] not null check (cardinality(batas) = 3),
      catatan text check (length(catatan) <= 2000),
      diubah timestamptz not null default now(),
      primary key (sesi_id, pengguna_id)
    )`.execute(db);
  for (const t of ["norma_kelompok", "sesi_batas_nasional", "sesi_batas_hakim"])
    await sql`revoke all on ${sql.table(t)} from nurani_app`.execute(db);
  await sql`grant select on norma_kelompok to nurani_app`.execute(db);
  await sql`grant select on sesi_batas_nasional to nurani_app`.execute(db);
  // the stage of a profile (docs/norma-batas.md) asks whether a closed expert panel rated the
  // form's statements: panels and the statement texts they rated, never the experts or their ratings
  await sql`grant select on bank_butir_panel, bank_butir_panel_pernyataan to nurani_app`.execute(db);
}
