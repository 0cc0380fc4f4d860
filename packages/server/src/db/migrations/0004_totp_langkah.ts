import { type Kysely, sql } from "kysely";

/** The last accepted TOTP time step per user, so a code is accepted only once (RFC 6238 §5.2). */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table pengguna add column totp_langkah integer`.execute(db);
}
