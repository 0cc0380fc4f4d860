import { type Kysely, sql } from "kysely";

/**
 * The register's bulk import (docs/nasional.md; fitur/nasional/impor.ts): the
 * checked files' report and their valid rows, kept between the preview and
 * the evaluator's confirmation, as the employee import keeps its rows. A
 * national table (no agency owns an import of many agencies): only the
 * table owner, i.e. the national routes and the CLI, reads it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table impor_instansi (
      id uuid primary key default gen_random_uuid(),
      pengguna_id uuid references pengguna (id),
      nama_berkas text not null check (length(nama_berkas) between 1 and 300),
      nama_berkas_unit text check (length(nama_berkas_unit) <= 300),
      status text not null check (status in ('siap', 'ditolak', 'selesai')),
      ringkasan jsonb not null,
      galat jsonb not null,
      galat_berkas jsonb,
      data jsonb not null,
      dibuat timestamptz not null default now(),
      ditulis timestamptz
    )`.execute(db);
}
