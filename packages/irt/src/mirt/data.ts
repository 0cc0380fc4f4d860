/** Validation and packing of responses for the multidimensional model. */
import type { MirtResponses, MirtSpec } from "./types.ts";

export class MirtError extends Error {
  override name = "MirtError";
}

export interface PackedResponses {
  N: number;
  J: number;
  /** x[n·J + j], −1 = missing. */
  x: Int16Array;
  /** Categories per item, from the data. */
  K: Int32Array;
}

export function validateSpec(spec: MirtSpec): void {
  const D = spec.dimensions.length;
  if (D < 1) throw new MirtError("Minimal satu dimensi (at least one dimension)");
  const loaded = new Array<boolean>(D).fill(false);
  for (const it of spec.items) {
    if (it.loads.length < 1)
      throw new MirtError(`Butir "${it.name}" tidak memuat dimensi apa pun (item loads on no dimension)`);
    for (const d of it.loads) {
      if (!(Number.isInteger(d) && d >= 0 && d < D))
        throw new MirtError(`Butir "${it.name}": dimensi ${d} tidak ada (no such dimension)`);
      loaded[d] = true;
    }
    if (new Set(it.loads).size !== it.loads.length)
      throw new MirtError(
        `Butir "${it.name}": dimensi ganda dalam pola muatan (duplicate dimension in loading pattern)`,
      );
  }
  loaded.forEach((ok, d) => {
    if (!ok) throw new MirtError(`Dimensi "${spec.dimensions[d]}" tanpa butir (dimension has no items)`);
  });
}

export function packResponses(
  spec: MirtSpec,
  responses: MirtResponses,
  requireAllCategories: boolean,
): PackedResponses {
  const N = responses.length;
  const J = spec.items.length;
  const x = new Int16Array(N * J);
  const K = new Int32Array(J);
  const seen: Set<number>[] = spec.items.map(() => new Set());
  responses.forEach((row, n) => {
    if (row.length !== J)
      throw new MirtError(
        `Baris ${n + 1}: ${row.length} kolom, seharusnya ${J} (row has the wrong number of columns)`,
      );
    let answered = 0;
    row.forEach((v, j) => {
      if (v === null || v === undefined || Number.isNaN(v)) {
        x[n * J + j] = -1;
        return;
      }
      if (!(Number.isInteger(v) && v >= 0 && v < 1000))
        throw new MirtError(
          `Baris ${n + 1}, butir "${spec.items[j].name}": nilai ${v} bukan bilangan bulat ≥ 0 (not a non-negative integer)`,
        );
      x[n * J + j] = v;
      K[j] = Math.max(K[j], v + 1);
      seen[j].add(v);
      answered++;
    });
    if (answered === 0)
      throw new MirtError(`Baris ${n + 1} tidak punya jawaban (person has no responses); hapus baris itu`);
  });
  if (requireAllCategories)
    spec.items.forEach((it, j) => {
      if (K[j] < 2)
        throw new MirtError(
          `Butir "${it.name}" hanya punya satu kategori (item has a single category); keluarkan butir itu`,
        );
      for (let k = 0; k < K[j]; k++)
        if (!seen[j].has(k))
          throw new MirtError(
            `Butir "${it.name}": kategori ${k} tidak muncul (category ${k} never observed); gabungkan kategori`,
          );
      if (it.model === "2pl" && K[j] !== 2)
        throw new MirtError(
          `Butir "${it.name}" 2PL harus 0/1 (2PL item must be scored 0/1); pakai model graded`,
        );
    });
  return { N, J, x, K };
}
