import { type Kysely, sql } from "kysely";
import { pagarInstansi } from "../rls.ts";

/**
 * Results of the integrity assessment (docs/hasil.md "Pipeline",
 * "Who sees what"):
 * - `pengaturan_hasil`: an agency's minimum reported group size k for the
 *   assessment map (default 5, never below 3);
 * - `batas_level_instansi`: cut scores an agency adopted through the guided
 *   standard-setting screen (packages/domain penilaian/level.ts), versioned;
 *   the newest version is in force, a row with `batas` null returns to the
 *   national reference's default cuts. Every score keeps the version it used.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table pengaturan_hasil (
      instansi_id uuid primary key references instansi (id),
      k_minimum smallint not null default 5 check (k_minimum between 3 and 1000),
      diubah_oleh uuid references pengguna (id),
      diubah timestamptz not null default now()
    )`.execute(db);

  await sql`
    create table batas_level_instansi (
      instansi_id uuid not null references instansi (id),
      versi integer not null check (versi >= 1),
      -- domain BatasLevel {skala, batas: [c2, c3, c4], metode}; null = back to the reference default
      batas jsonb,
      metode text not null check (metode in ('baku', 'kelompok_kontras', 'manual')),
      -- what the procedure showed when adopted (panel size, misclassifications, campaign)
      rincian jsonb not null default '{}',
      dibuat_oleh uuid references pengguna (id),
      dibuat timestamptz not null default now(),
      primary key (instansi_id, versi)
    )`.execute(db);

  // Per-unit sums of a campaign's reported scores (refreshed after scoring and each review
  // decision), so the map and the index read one row per unit instead of one per person.
  // A person without a unit is counted at the agency root (unit_id = instansi_id).
  await sql`
    create table ringkasan_peta (
      instansi_id uuid not null,
      kampanye_id uuid not null,
      unit_id uuid not null,
      n integer not null default 0,
      -- persons at levels 1..4; sums of the 3 factor T-scores (KD, DN, KM)
      level integer[] not null default '{0,0,0,0}',
      faktor double precision[] not null default '{0,0,0}',
      -- per plausible-value set v: S[v] = Σ D_iv, SS[v] = Σ D_iv² (domain indeksDariJumlah)
      s double precision[] not null default '{}',
      ss double precision[] not null default '{}',
      -- active employees of the unit when refreshed (finite population correction)
      jumlah_pegawai integer not null default 0,
      primary key (instansi_id, kampanye_id, unit_id),
      foreign key (instansi_id, kampanye_id) references kampanye_asesmen (instansi_id, id)
    )`.execute(db);

  // Map + index read every scored person of a campaign with only these columns.
  await sql`
    create index skor_asesmen_peta on skor_asesmen (instansi_id, kampanye_id)
    include (unit_id, level, tinjauan)`.execute(db);

  const tabel = ["pengaturan_hasil", "batas_level_instansi", "ringkasan_peta"];
  await sql`grant select, insert, update, delete on ${sql.join(tabel.map((t) => sql.table(t)))} to nurani_app`.execute(
    db,
  );
  for (const t of tabel) await pagarInstansi(db, t);
}
