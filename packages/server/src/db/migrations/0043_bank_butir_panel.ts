import { type Kysely, sql } from "kysely";

/**
 * Expert panel review of the national item bank (docs/panel-ahli.md).
 * National data like the bank itself (no `instansi_id`, no RLS): only
 * the national evaluator opens a panel and reads its results; an expert reaches
 * only their own ratings through a session token got by spending a printed
 * one-time code. Codes and tokens are stored as SHA-256 digests only.
 *
 * - `bank_butir_panel`: a review of one bank version (terbuka → selesai);
 * - `bank_butir_panel_pernyataan`: the statements as they were when the panel
 *   opened (what the experts rate, and what the form builder matches on);
 * - `bank_butir_panel_ahli`: an invited expert (a name or label, the code, the token);
 * - `bank_butir_panel_nilai`: one expert's ratings of one statement.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table bank_butir_panel (
      id uuid primary key default gen_random_uuid(),
      versi_id uuid not null references bank_butir_versi (id),
      judul text not null check (length(judul) between 1 and 200),
      status text not null default 'terbuka' check (status in ('terbuka', 'selesai')),
      dibuat_oleh uuid references pengguna (id),
      dibuat timestamptz not null default now(),
      ditutup timestamptz
    )`.execute(db);
  await sql`create index bank_butir_panel_status on bank_butir_panel (status, ditutup desc)`.execute(db);
  await sql`
    create table bank_butir_panel_pernyataan (
      panel_id uuid not null references bank_butir_panel (id) on delete cascade,
      id text not null,
      urutan integer not null,
      sub_dimensi text not null,
      teks text not null,
      primary key (panel_id, id)
    )`.execute(db);
  await sql`
    create table bank_butir_panel_ahli (
      id uuid primary key default gen_random_uuid(),
      panel_id uuid not null references bank_butir_panel (id) on delete cascade,
      nama text not null check (length(nama) between 1 and 200),
      kode_hash text unique,
      kode_kedaluwarsa timestamptz,
      token_hash text unique,
      masuk timestamptz,
      dibuat timestamptz not null default now()
    )`.execute(db);
  await sql`
    create table bank_butir_panel_nilai (
      ahli_id uuid not null references bank_butir_panel_ahli (id) on delete cascade,
      panel_id uuid not null references bank_butir_panel (id) on delete cascade,
      pernyataan_id text not null,
      relevansi text not null check (relevansi in ('esensial', 'berguna', 'tidak_perlu')),
      keinginan_sosial smallint not null check (keinginan_sosial between 1 and 5),
      diubah timestamptz not null default now(),
      primary key (ahli_id, pernyataan_id),
      foreign key (panel_id, pernyataan_id) references bank_butir_panel_pernyataan (panel_id, id) on delete cascade
    )`.execute(db);
  for (const t of [
    "bank_butir_panel",
    "bank_butir_panel_pernyataan",
    "bank_butir_panel_ahli",
    "bank_butir_panel_nilai",
  ])
    await sql`revoke all on ${sql.table(t)} from nurani_app`.execute(db);
}
