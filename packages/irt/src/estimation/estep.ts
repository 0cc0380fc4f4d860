/**
 * E-step of Bock–Aitkin EM over fixed quadrature: for every response
 * pattern, the posterior over the nodes; accumulated into expected category
 * counts r[j][k][q] per item (the "pseudo-data" of the M-step). Missing
 * responses (−1) simply contribute no factor to the likelihood.
 */
import { categoryProbs, maxCategories, nCategories, PROB_FLOOR } from "../models/items.ts";
import type { ItemParams } from "../models/types.ts";

/** Where item j's K_j × Q block starts in a table (category-major, then node). */
export interface TableLayout {
  nQuad: number;
  nCat: Int32Array;
  offsets: Int32Array;
  size: number;
}

export function tableLayout(items: readonly ItemParams[], nQuad: number): TableLayout {
  const nCat = Int32Array.from(items, nCategories);
  const offsets = new Int32Array(items.length);
  let size = 0;
  for (let j = 0; j < items.length; j++) {
    offsets[j] = size;
    size += nCat[j] * nQuad;
  }
  return { nQuad, nCat, offsets, size };
}

/** log P(X_j = k | θ_q) for all items, categories and nodes. */
export function logProbTable(
  items: readonly ItemParams[],
  nodes: Float64Array,
  layout: TableLayout,
  out = new Float64Array(layout.size),
): Float64Array {
  const Q = nodes.length;
  const p = new Float64Array(maxCategories(items));
  for (let j = 0; j < items.length; j++) {
    const off = layout.offsets[j];
    for (let q = 0; q < Q; q++) {
      categoryProbs(items[j], nodes[q], p);
      for (let k = 0; k < layout.nCat[j]; k++) out[off + k * Q + q] = Math.log(Math.max(p[k], PROB_FLOOR));
    }
  }
  return out;
}

export interface EStepInput {
  nRows: number;
  nItems: number;
  x: Int16Array;
  /** Row frequencies (pattern compression) or null for 1 each. */
  weights: Float64Array | null;
  logP: Float64Array;
  layout: TableLayout;
  /** log of the prior weights at the nodes. */
  logPrior: Float64Array;
  /**
   * Set when every item's category probabilities are log-concave in θ
   * (GRM, 2PL, Rasch, GPCM — not 3PL), numerically well conditioned (GRM
   * intercepts at least 1e-4 apart) and the prior is normal: the posterior
   * is then unimodal and only the nodes around its mode are evaluated (with
   * a fallback to all nodes if the coarse pass contradicts unimodality).
   * Leave unset when unsure.
   */
  logConcave?: boolean;
}

export interface EStepOutput {
  /** Expected counts, same layout as the log-probability table. */
  counts: Float64Array;
  /** Σ_i posterior_i(q): expected number of persons at each node. */
  nodeTotals: Float64Array;
  logLik: number;
}

/** Posterior mass below e^−40 of the mode is not accumulated. */
const NEGLIGIBLE_LOG = -40;

/** Stride of the first pass over the nodes when the posterior is log-concave. */
const COARSE = 4;

/** Largest number of joint response codes per item group. */
const MAX_GROUP_CODES = 256;

/**
 * Consecutive items are grouped so that the joint table of one group has at
 * most MAX_GROUP_CODES rows (each item contributing its K categories plus
 * "missing"): the likelihood then needs one table row per group instead of
 * one per item, and the expected counts are accumulated per group pattern
 * and marginalised afterwards. Exact; about 3× fewer operations for
 * five-category items, 4–5× for dichotomous ones.
 */
interface Grouping {
  /** First item of each group, plus J at the end. */
  start: Int32Array;
  /** Offset of each group's table (rows × Q). */
  tableOffset: Int32Array;
  /** Number of codes (rows) per group. */
  codes: Int32Array;
  size: number;
}

function groupItems(nCat: Int32Array, Q: number): Grouping {
  const starts: number[] = [];
  const codes: number[] = [];
  let j = 0;
  while (j < nCat.length) {
    starts.push(j);
    let c = nCat[j] + 1;
    j++;
    while (j < nCat.length && c * (nCat[j] + 1) <= MAX_GROUP_CODES) {
      c *= nCat[j] + 1;
      j++;
    }
    codes.push(c);
  }
  starts.push(nCat.length);
  const tableOffset = new Int32Array(codes.length);
  let size = 0;
  codes.forEach((c, g) => {
    tableOffset[g] = size;
    size += c * Q;
  });
  return { start: Int32Array.from(starts), tableOffset, codes: Int32Array.from(codes), size };
}

/**
 * Expected counts and log-likelihood (see EStepInput). Missing responses
 * contribute no factor. Output counts are the true expected counts
 * r[j][k][q] = Σ_i w_i · [x_ij = k] · posterior_i(q).
 */
export function eStep(inp: EStepInput, out?: EStepOutput): EStepOutput {
  const { nRows, nItems: J, x, weights, logP, layout, logPrior } = inp;
  const Q = layout.nQuad;
  const { nCat, offsets } = layout;
  const grp = groupItems(nCat, Q);
  const nGroups = grp.codes.length;

  // Joint log-probability tables per group; code = Σ_j (x_j + 1)·mult_j, 0 = missing.
  const table = new Float64Array(grp.size);
  const mult = new Int32Array(J);
  for (let g = 0; g < nGroups; g++) {
    let m = 1;
    for (let j = grp.start[g]; j < grp.start[g + 1]; j++) {
      mult[j] = m;
      m *= nCat[j] + 1;
    }
    const base = grp.tableOffset[g];
    for (let code = 0; code < grp.codes[g]; code++) {
      const row = base + code * Q;
      for (let j = grp.start[g]; j < grp.start[g + 1]; j++) {
        const v = Math.floor(code / mult[j]) % (nCat[j] + 1);
        if (v === 0) continue;
        const off = offsets[j] + (v - 1) * Q;
        for (let q = 0; q < Q; q++) table[row + q] += logP[off + q];
      }
    }
  }

  const groupCounts = new Float64Array(grp.size);
  const nodeTotals = out?.nodeTotals ?? new Float64Array(Q);
  nodeTotals.fill(0);
  const acc = new Float64Array(Q);
  const post = new Float64Array(Q);
  const rowCodes = new Int32Array(nGroups);
  const concave = inp.logConcave === true;
  const nodeValue = (q: number): number => {
    let v = logPrior[q];
    for (let g = 0; g < nGroups; g++) v += table[rowCodes[g] + q];
    return v;
  };
  let logLik = 0;
  for (let i = 0; i < nRows; i++) {
    const row = i * J;
    for (let g = 0; g < nGroups; g++) {
      let code = 0;
      for (let j = grp.start[g]; j < grp.start[g + 1]; j++) code += (x[row + j] + 1) * mult[j];
      rowCodes[g] = grp.tableOffset[g] + code * Q;
    }
    // Nodes [from, to] are evaluated: all of them, or — for a log-concave
    // likelihood — only the window around the mode where the posterior is
    // above e^−40 of its maximum (the rest contributes nothing measurable).
    let from = 0;
    let to = Q - 1;
    let max = Number.NEGATIVE_INFINITY;
    if (concave) {
      let best = 0;
      for (let q = 0; q < Q; q += COARSE) {
        acc[q] = nodeValue(q);
        if (acc[q] > acc[best]) best = q;
      }
      // With concavity the fine maximum lies within COARSE − 1 of the coarse one.
      from = Math.max(0, best - COARSE + 1);
      to = Math.min(Q - 1, best + COARSE - 1);
      for (let q = from; q <= to; q++) {
        if (q % COARSE !== 0) acc[q] = nodeValue(q);
        if (acc[q] > max) max = acc[q];
      }
      while (from > 0 && acc[from] - max > NEGLIGIBLE_LOG) {
        from--;
        if (from % COARSE !== 0) acc[from] = nodeValue(from);
      }
      while (to < Q - 1 && acc[to] - max > NEGLIGIBLE_LOG) {
        to++;
        if (to % COARSE !== 0) acc[to] = nodeValue(to);
      }
      // Guard: a coarse node outside the window that is not negligible means
      // the likelihood was not numerically log-concave; evaluate all nodes.
      let broken = false;
      for (let q = 0; q < Q && !broken; q += COARSE) {
        if ((q < from || q > to) && acc[q] - max > NEGLIGIBLE_LOG) broken = true;
      }
      if (broken) {
        from = 0;
        to = Q - 1;
        for (let q = 0; q < Q; q++) {
          acc[q] = nodeValue(q);
          if (acc[q] > max) max = acc[q];
        }
      }
    } else {
      acc.set(logPrior);
      for (let g = 0; g < nGroups; g++) {
        const off = rowCodes[g];
        for (let q = 0; q < Q; q++) acc[q] += table[off + q];
      }
      for (let q = 0; q < Q; q++) if (acc[q] > max) max = acc[q];
    }
    let sum = 0;
    let lo = Q;
    let hi = -1;
    for (let q = from; q <= to; q++) {
      const d = acc[q] - max;
      if (d > NEGLIGIBLE_LOG) {
        const e = Math.exp(d);
        post[q] = e;
        sum += e;
        if (q < lo) lo = q;
        hi = q;
      } else post[q] = 0;
    }
    const w = weights === null ? 1 : weights[i];
    logLik += w * (Math.log(sum) + max);
    const scale = w / sum;
    for (let q = lo; q <= hi; q++) {
      post[q] *= scale;
      nodeTotals[q] += post[q];
    }
    for (let g = 0; g < nGroups; g++) {
      const off = rowCodes[g];
      for (let q = lo; q <= hi; q++) groupCounts[off + q] += post[q];
    }
  }

  // Marginalise group-pattern counts to per-item category counts.
  const counts = out?.counts ?? new Float64Array(layout.size);
  counts.fill(0);
  for (let g = 0; g < nGroups; g++) {
    const base = grp.tableOffset[g];
    for (let code = 0; code < grp.codes[g]; code++) {
      const row = base + code * Q;
      for (let j = grp.start[g]; j < grp.start[g + 1]; j++) {
        const v = Math.floor(code / mult[j]) % (nCat[j] + 1);
        if (v === 0) continue;
        const off = offsets[j] + (v - 1) * Q;
        for (let q = 0; q < Q; q++) counts[off + q] += groupCounts[row + q];
      }
    }
  }
  return { counts, nodeTotals, logLik };
}
