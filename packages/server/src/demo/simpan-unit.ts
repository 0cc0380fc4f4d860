import type { Db } from "../db/factory.ts";
import type { UnitDatar } from "./struktur.ts";

/** Rows per insert statement (5 parameters each, under PostgreSQL's 65,535). */
const PER_PERNYATAAN = 5_000;

/**
 * Inserts a flattened unit tree (parents before children, as `ratakanUnit`
 * or the domain's `rencanaUnit` give it) into one instansi; returns unit
 * code → id. One statement per level of the tree (every parent is in by
 * then). Used by the demo agencies and the synthetic national ones.
 */
export async function simpanUnit(
  db: Db,
  instansiId: string,
  unit: readonly Pick<UnitDatar, "kode" | "nama" | "eselon" | "indukKode">[],
): Promise<Map<string, string>> {
  const kedalaman = new Map<string, number>();
  const perTingkat: (typeof unit)[number][][] = [];
  for (const u of unit) {
    const d = u.indukKode ? (kedalaman.get(u.indukKode) ?? -1) + 1 : 0;
    kedalaman.set(u.kode, d);
    if (d === perTingkat.length) perTingkat.push([]);
    perTingkat[d].push(u);
  }
  const idUnit = new Map<string, string>();
  for (const tingkat of perTingkat) {
    for (let i = 0; i < tingkat.length; i += PER_PERNYATAAN) {
      const baris = await db
        .insertInto("unit_kerja")
        .values(
          tingkat.slice(i, i + PER_PERNYATAAN).map((u) => ({
            instansi_id: instansiId,
            kode: u.kode,
            nama: u.nama,
            eselon: u.eselon,
            induk_id: u.indukKode ? (idUnit.get(u.indukKode) ?? null) : null,
          })),
        )
        .returning(["id", "kode"])
        .execute();
      for (const r of baris) idUnit.set(r.kode, r.id);
    }
  }
  return idUnit;
}
