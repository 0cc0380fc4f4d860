/**
 * The agency's minimum group size k (docs/penilaian.md "Suppression"): set
 * with the results map (`PUT /hasil/pengaturan`, table `pengaturan_hasil`),
 * else the national default. Every area that shows figures about people
 * (the map, the synergy registers, the code of ethics, the national summary,
 * the final non-test levels, the consent text) reads the same k.
 */
import { K_BAKU } from "@nurani/domain";
import type { Kysely } from "kysely";
import type { Database } from "../db/schema.ts";

export async function kMinimum(db: Kysely<Database>, instansiId: string): Promise<number> {
  const r = await db
    .selectFrom("pengaturan_hasil")
    .select("k_minimum")
    .where("instansi_id", "=", instansiId)
    .executeTakeFirst();
  return r?.k_minimum ?? K_BAKU;
}
