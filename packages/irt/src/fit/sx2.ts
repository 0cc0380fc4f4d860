/**
 * Orlando & Thissen's (2000, 2003) summed-score item fit S-X2, with Kang &
 * Chen's (2007) extension to polytomous items. For item i and summed score
 * s the model-implied proportion answering category c is
 *
 *   E(c | s) = ∫ P_i(c | θ) · L_{-i}(s - c | θ) φ(θ) dθ / ∫ L(s | θ) φ(θ) dθ,
 *
 * with L and L_{-i} the summed-score likelihoods of all items and of all but
 * item i (Lord–Wingersky recursion). Observed and expected counts over the
 * interior scores (0 and the maximum are uninformative) are compared after
 * mirt's collapsing of sparse cells (./collapse.ts), and
 *   df = (cells kept) − (score rows kept) − (free parameters of the item)
 *        − (free latent-distribution parameters),
 * exactly as R mirt's itemfit() computes it. Persons with a missing response
 * are left out (S-X2 needs complete summed scores; mirt's na.rm = TRUE).
 */
import { MISSING, type ResponseData } from "../estimation/data.ts";
import { nCategories } from "../models/items.ts";
import type { ItemParams } from "../models/types.ts";
import { chiSquareSurvival } from "../numeric/chiSquare.ts";
import { equallySpacedNodes, normalWeights } from "../numeric/quadrature.ts";
import { collapseCells } from "./collapse.ts";
import { itemTraces, summedScoreLikelihood } from "./summedScore.ts";

export interface Sx2Options {
  /** Minimum expected cell count before collapsing (mirt's mincell), default 1. */
  mincell?: number;
  /** Rectangular quadrature points on [-6, 6], default 61 (as mirt for one factor). */
  quadPoints?: number;
  /** Variance of the N(0, σ²) latent distribution of the calibration (Rasch), default 1. */
  latentVariance?: number;
  /**
   * Free parameters of the latent distribution at calibration (e.g. 1 for a
   * Rasch fit with free variance); subtracted from every df. Default 0.
   */
  latentFreeParams?: number;
}

export interface Sx2Result {
  item: string;
  sx2: number;
  df: number;
  p: number;
  /** RMSEA of the item's misfit: sqrt(max(S-X2/df − 1, 0)/(N − 1)). */
  rmsea: number;
}

export interface Sx2Report {
  items: Sx2Result[];
  /** Persons with complete responses, the ones the statistic is computed on. */
  completeCases: number;
}

/** Parameters estimated per item at calibration (mirt's count). */
export function freeParameterCount(item: ItemParams): number {
  const k = nCategories(item);
  switch (item.model) {
    case "rasch":
      return k - 1;
    case "2pl":
      return 2;
    case "3pl":
      return 3;
    case "grm":
    case "gpcm":
      return k;
  }
}

export function itemFitSX2(
  items: readonly ItemParams[],
  data: ResponseData,
  options: Sx2Options = {},
): Sx2Report {
  const mincell = options.mincell ?? 1;
  const latent = options.latentFreeParams ?? 0;
  const J = items.length;
  if (data.nItems !== J) throw new Error(`itemFitSX2: ${J} items but ${data.nItems} response columns`);
  const categories = items.map(nCategories);
  const maxTotal = categories.reduce((s, k) => s + k - 1, 0);

  // observed counts by summed score and category, complete cases only
  const observed = items.map((_, i) =>
    Array.from({ length: maxTotal + 1 }, () => new Array<number>(categories[i]).fill(0)),
  );
  const scoreCount = new Array<number>(maxTotal + 1).fill(0);
  let complete = 0;
  const { x } = data;
  for (let p = 0; p < data.nPersons; p++) {
    const row = p * J;
    let total = 0;
    let ok = true;
    for (let i = 0; i < J && ok; i++) {
      const v = x[row + i];
      if (v === MISSING) ok = false;
      else if (v >= categories[i]) throw outOfRange(items[i], i, v, p);
      else total += v;
    }
    if (!ok) continue;
    complete++;
    scoreCount[total]++;
    for (let i = 0; i < J; i++) observed[i][total][x[row + i]]++;
  }

  const nodes = equallySpacedNodes(options.quadPoints ?? 61, 6);
  const weights = normalWeights(nodes, 0, Math.sqrt(options.latentVariance ?? 1));
  const Q = nodes.length;
  const traces = itemTraces(items, nodes);
  const all = [...Array(J).keys()];
  const full = summedScoreLikelihood(traces, categories, all, Q).table;
  const marginal = new Float64Array(maxTotal + 1);
  for (let s = 0; s <= maxTotal; s++) {
    let m = 0;
    for (let q = 0; q < Q; q++) m += full[s * Q + q] * weights[q];
    marginal[s] = m;
  }

  const results: Sx2Result[] = items.map((item, i) => {
    const K = categories[i];
    const rest = summedScoreLikelihood(
      traces,
      categories,
      all.filter((j) => j !== i),
      Q,
    );
    const tr = traces[i];
    const expected: number[][] = [];
    const obs: number[][] = [];
    for (let s = 1; s < maxTotal; s++) {
      const e = new Array<number>(K).fill(Number.NaN);
      for (let c = 0; c < K; c++) {
        const r = s - c;
        if (r < 0 || r > rest.maxScore) continue;
        let num = 0;
        for (let q = 0; q < Q; q++) num += rest.table[r * Q + q] * tr[c * Q + q] * weights[q];
        e[c] = (num / marginal[s]) * scoreCount[s];
      }
      expected.push(e);
      obs.push(observed[i][s]);
    }
    const coll = collapseCells({ observed: obs, expected }, mincell);
    let x2 = 0;
    let cells = 0;
    coll.expected.forEach((row, r) => {
      row.forEach((e, c) => {
        if (Number.isNaN(e)) return;
        cells++;
        const d = coll.observed[r][c] - e;
        x2 += (d * d) / e;
      });
    });
    const df = Math.max(cells - coll.expected.length - freeParameterCount(item) - latent, 0);
    const sx2 = df === 0 ? Number.NaN : x2;
    const rmsea = df > 0 ? Math.sqrt(Math.max(sx2 / df - 1, 0) / (complete - 1)) : Number.NaN;
    return { item: item.name ?? `item${i + 1}`, sx2, df, p: chiSquareSurvival(sx2, df), rmsea };
  });
  return { items: results, completeCases: complete };
}

function outOfRange(item: ItemParams, i: number, v: number, person: number): Error {
  const name = item.name ?? `item${i + 1}`;
  const k = nCategories(item);
  return new Error(
    `Baris ${person + 1}, butir "${name}": respons ${v} di luar kategori model (0–${k - 1}). / ` +
      `Row ${person + 1}, item "${name}": response ${v} is outside the model's categories (0–${k - 1}).`,
  );
}
