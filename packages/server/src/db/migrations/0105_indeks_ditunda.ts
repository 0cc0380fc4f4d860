import { type Kysely, sql } from "kysely";

/**
 * Secondary indexes set aside during a bulk load (db/indeks-ditunda.ts,
 * `nurani seed-nasional`, docs/skala.md): building an index once over the
 * loaded rows costs a fraction of updating it row by row. The definition is
 * kept here in the same transaction that drops the index, so a load that is
 * interrupted still knows what to rebuild when it is run again. Platform
 * table, no agency rows; empty except during a load.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table indeks_ditunda (
      nama text primary key,
      tabel text not null,
      definisi text not null,
      dicatat timestamptz not null default now()
    )`.execute(db);
}
