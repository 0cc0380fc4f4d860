import { type Kysely, sql } from "kysely";
import { pagarInstansi } from "../rls.ts";

/**
 * An employee's own data and retention (docs/data-saya.md):
 *
 * - `retensi_instansi`: the agency's retention months per kind of data
 *   (`bulan`, a JSON object; a kind not named keeps the default of
 *   @nurani/domain INFO_RETENSI) and whether the daily job deletes for real
 *   (`otomatis`) or only writes a dry-run report;
 * - `retensi_laporan`: every run, dry (`nyata` false) or real, with what it
 *   found or removed per kind;
 * - `peserta_asesmen.teks_persetujuan`: the consent text as the participant
 *   agreed to it (the campaign's text with the access paragraph written from
 *   the rules in force), so "Data saya" shows what was agreed even after the
 *   rules change.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table retensi_instansi (
      instansi_id uuid primary key references instansi (id),
      otomatis boolean not null default false,
      bulan jsonb not null default '{}',
      diubah_oleh uuid references pengguna (id),
      diubah timestamptz not null default now()
    )`.execute(db);
  await sql`
    create table retensi_laporan (
      instansi_id uuid not null references instansi (id),
      id uuid not null default gen_random_uuid(),
      nyata boolean not null,
      oleh uuid references pengguna (id),
      rincian jsonb not null,
      dibuat timestamptz not null default now(),
      primary key (instansi_id, id)
    )`.execute(db);
  await sql`create index retensi_laporan_waktu on retensi_laporan (instansi_id, dibuat desc)`.execute(db);
  await pagarInstansi(db, "retensi_instansi");
  await pagarInstansi(db, "retensi_laporan");
  await sql`alter table peserta_asesmen add column teks_persetujuan text check (length(teks_persetujuan) <= 12000)`.execute(
    db,
  );
}
