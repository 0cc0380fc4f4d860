/**
 * Lord–Wingersky recursion (Lord & Wingersky 1984; Thissen et al. 1995):
 * the distribution of the summed score given θ, built one item at a time,
 * evaluated on a grid of quadrature nodes.
 */
import { categoryProbs, nCategories } from "../models/items.ts";
import type { ItemParams } from "../models/types.ts";

/** Category probabilities of every item at every node: traces[i][k*Q + q]. */
export function itemTraces(items: readonly ItemParams[], nodes: Float64Array): Float64Array[] {
  const q = nodes.length;
  return items.map((item) => {
    const k = nCategories(item);
    const out = new Float64Array(k * q);
    const p = new Float64Array(k);
    for (let n = 0; n < q; n++) {
      categoryProbs(item, nodes[n], p);
      for (let c = 0; c < k; c++) out[c * q + n] = p[c];
    }
    return out;
  });
}

/**
 * P(summed score = s | θ_q) for the items whose indices are in `include`;
 * returns a (maxScore+1) × Q array, row s at offset s*Q.
 */
export function summedScoreLikelihood(
  traces: Float64Array[],
  categories: number[],
  include: number[],
  q: number,
): { table: Float64Array; maxScore: number } {
  let maxScore = 0;
  let table = new Float64Array(q).fill(1);
  for (const i of include) {
    const k = categories[i];
    const next = new Float64Array((maxScore + k) * q);
    const tr = traces[i];
    for (let s = 0; s <= maxScore; s++) {
      for (let c = 0; c < k; c++) {
        const row = (s + c) * q;
        for (let n = 0; n < q; n++) next[row + n] += table[s * q + n] * tr[c * q + n];
      }
    }
    table = next;
    maxScore += k - 1;
  }
  return { table, maxScore };
}
