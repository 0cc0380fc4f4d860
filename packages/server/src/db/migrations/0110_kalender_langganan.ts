import { type Kysely, sql } from "kysely";
import { pagarInstansi } from "../rls.ts";

/**
 * A subscribable calendar (docs/data-saya.md "Calendar"): one secret per user and
 * agency in the feed's URL, so a calendar application can fetch "my activities" without a session.
 * Only the SHA-256 of the secret is kept (the URL is shown once); making a new one replaces the row,
 * so the old URL stops working; deleting it ends the feed.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table langganan_kalender (
      instansi_id uuid not null references instansi (id),
      pengguna_id uuid not null references pengguna (id),
      token_hash text not null unique check (token_hash ~ '^[0-9a-f]{64}$'),
      dibuat timestamptz not null default now(),
      primary key (instansi_id, pengguna_id)
    )`.execute(db);
  await pagarInstansi(db, "langganan_kalender");
}
