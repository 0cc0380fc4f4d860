import type { Db } from "../db/factory.ts";
import type { UnitDatar } from "./struktur.ts";

/**
 * Inserts a flattened unit tree (parents before children, as `ratakanUnit`
 * or the domain's `rencanaUnit` give it) into one instansi; returns unit
 * code → id. Used by the demo agencies and the synthetic national ones.
 */
export async function simpanUnit(
  db: Db,
  instansiId: string,
  unit: readonly Pick<UnitDatar, "kode" | "nama" | "eselon" | "indukKode">[],
): Promise<Map<string, string>> {
  const idUnit = new Map<string, string>();
  for (const u of unit) {
    const r = await db
      .insertInto("unit_kerja")
      .values({
        instansi_id: instansiId,
        kode: u.kode,
        nama: u.nama,
        eselon: u.eselon,
        induk_id: u.indukKode ? (idUnit.get(u.indukKode) ?? null) : null,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    idUnit.set(u.kode, r.id);
  }
  return idUnit;
}
