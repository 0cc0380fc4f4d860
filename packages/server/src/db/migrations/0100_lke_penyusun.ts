import { type Kysely, sql } from "kysely";

/**
 * Who wrote a worksheet (LKE) version (docs/nasional.md "Versions"): the
 * evaluator who started the draft (`dibuat_oleh`) and everyone who changed
 * its content (`penyunting`, the author first). Four eyes: none of them,
 * nor the submitter, publishes it. Versions made before this migration
 * have no recorded author (their submitter still cannot publish them).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table lke_versi
    add column dibuat_oleh uuid references pengguna (id),
    add column penyunting uuid[] not null default '{}'`.execute(db);
}
