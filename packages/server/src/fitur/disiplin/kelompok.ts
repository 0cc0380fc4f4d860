/**
 * Unit counts with the agency's minimum group size k (docs/gratifikasi.md
 * "Purpose limitation"; the same k as the results map, `pengaturan_hasil`):
 * a unit with fewer than k active employees shows no figure.
 */

import { sql, type Transaction } from "kysely";
import type { Database } from "../../db/schema.ts";
import { kMinimum } from "../../umum/k-minimum.ts";

type Trx = Transaction<Database>;

export { kMinimum };

/** Active employees per unit (units without employees left out) and in all. */
export async function pegawaiPerUnit(db: Trx, instansiId: string) {
  const rows = await db
    .selectFrom("unit_kerja as u")
    .innerJoin("pegawai as p", (j) =>
      j.onRef("p.instansi_id", "=", "u.instansi_id").onRef("p.unit_id", "=", "u.id").on("p.aktif", "=", true),
    )
    .where("u.instansi_id", "=", instansiId)
    .select(["u.id", "u.kode", "u.nama", sql<number>`count(*)::int`.as("n")])
    .groupBy(["u.id", "u.kode", "u.nama"])
    .orderBy("u.kode")
    .execute();
  const { total } = await db
    .selectFrom("pegawai")
    .where("instansi_id", "=", instansiId)
    .where("aktif", "=", true)
    .select(sql<number>`count(*)::int`.as("total"))
    .executeTakeFirstOrThrow();
  return { unit: rows, total };
}
