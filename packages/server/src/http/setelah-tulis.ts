/**
 * After a write of an instansi has committed: the instansi's write counter
 * (`versi_simpanan`, migration 0006) goes up, so data derived from it and
 * kept by any server process (`SimpananInstansi`) is stale there on its next
 * read (docs/server.md "Several processes"), and this process's hooks drop
 * their entries at once.
 */
import { sql } from "kysely";
import type { Db } from "../db/factory.ts";

type Kait = (instansiId: string) => void;
const kait = new Set<Kait>();

export function saatInstansiDitulis(fn: Kait): void {
  kait.add(fn);
}

export async function instansiDitulis(db: Db, instansiId: string): Promise<void> {
  for (const fn of kait) fn(instansiId);
  await sql`insert into versi_simpanan as v (instansi_id) values (${instansiId})
    on conflict (instansi_id) do update set versi = v.versi + 1`.execute(db);
}

/** The instansi's write counter now (0 before its first counted write). */
export async function versiInstansi(db: Db, instansiId: string): Promise<number> {
  const r = await db
    .selectFrom("versi_simpanan")
    .select("versi")
    .where("instansi_id", "=", instansiId)
    .executeTakeFirst();
  return r ? Number(r.versi) : 0;
}
