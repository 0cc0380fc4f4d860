/**
 * Fast E-step for models whose log category probabilities are linear in θ
 * up to a normaliser — Rasch, 2PL and GPCM:
 *   log P_jk(θ) = s_jk·θ + c_jk − A_j(θ),  A_j(θ) = log Σ_k exp(s_jk·θ + c_jk)
 * (2PL: s = (0, a), c = (0, d); GPCM: s_k = ak_k·a, c_k = d_k). A person's
 * log-likelihood at every node is then θ·Σ_j s_j,x + Σ_j c_j,x − Σ_j A_j(θ):
 * O(J + Q) per person instead of O(J·Q). The M-step needs, per item, only
 * n_j(q) (expected persons answering j at node q) and, per category, the
 * count C_jk and the sum S_jk of posterior means E[θ | x_i]. These are
 * turned into pseudo-counts r_jk(q) with exactly those moments (each
 * category's mass split between the two nodes around S_jk/C_jk, category 0
 * taking n_j(q) minus the rest), so that the ordinary per-item M-step
 * maximises exactly the same expected log-likelihood.
 */
import type { ItemParams } from "../models/types.ts";
import type { EStepOutput, TableLayout } from "./estep.ts";

export function isLinearModel(item: ItemParams): boolean {
  return item.model === "rasch" || item.model === "2pl" || item.model === "gpcm";
}

export interface LinearEStepInput {
  nRows: number;
  nItems: number;
  x: Int16Array;
  weights: Float64Array | null;
  items: readonly ItemParams[];
  nodes: Float64Array;
  layout: TableLayout;
  logPrior: Float64Array;
}

const NEGLIGIBLE_LOG = -40;

export function eStepLinear(inp: LinearEStepInput, out?: EStepOutput): EStepOutput {
  const { nRows, nItems: J, x, weights, items, nodes, layout, logPrior } = inp;
  const Q = nodes.length;
  const nCat = layout.nCat;
  // Per item and category: slope s and intercept c, at catOff[j] + k.
  const catOff = new Int32Array(J + 1);
  for (let j = 0; j < J; j++) catOff[j + 1] = catOff[j] + nCat[j];
  const s = new Float64Array(catOff[J]);
  const c = new Float64Array(catOff[J]);
  for (let j = 0; j < J; j++) {
    const it = items[j];
    const a = it.model === "rasch" ? 1 : it.a;
    for (let k = 0; k < nCat[j]; k++) {
      if (it.model === "gpcm") {
        s[catOff[j] + k] = (it.ak ? it.ak[k] : k) * a;
        c[catOff[j] + k] = it.d[k];
      } else {
        s[catOff[j] + k] = k === 1 ? a : 0;
        c[catOff[j] + k] = k === 1 ? it.d[0] : 0;
      }
    }
  }
  // A_j(θ_q) and their sum over items.
  const A = new Float64Array(J * Q);
  const base = new Float64Array(Q);
  for (let j = 0; j < J; j++) {
    for (let q = 0; q < Q; q++) {
      let max = Number.NEGATIVE_INFINITY;
      for (let k = catOff[j]; k < catOff[j + 1]; k++) max = Math.max(max, s[k] * nodes[q] + c[k]);
      let sum = 0;
      for (let k = catOff[j]; k < catOff[j + 1]; k++) sum += Math.exp(s[k] * nodes[q] + c[k] - max);
      const v = max + Math.log(sum);
      A[j * Q + q] = v;
      base[q] += v;
    }
  }
  for (let q = 0; q < Q; q++) base[q] = logPrior[q] - base[q];

  const nodeTotals = out?.nodeTotals ?? new Float64Array(Q);
  nodeTotals.fill(0);
  const catCount = new Float64Array(catOff[J]);
  const catMean = new Float64Array(catOff[J]);
  const missingMass = new Float64Array(J * Q);
  const acc = new Float64Array(Q);
  const post = new Float64Array(Q);
  let logLik = 0;
  for (let i = 0; i < nRows; i++) {
    const row = i * J;
    let slope = 0;
    let intercept = 0;
    let nMissing = 0;
    for (let j = 0; j < J; j++) {
      const v = x[row + j];
      if (v < 0) {
        nMissing++;
        continue;
      }
      slope += s[catOff[j] + v];
      intercept += c[catOff[j] + v];
    }
    for (let q = 0; q < Q; q++) acc[q] = base[q] + slope * nodes[q];
    if (nMissing > 0) {
      for (let j = 0; j < J; j++) {
        if (x[row + j] >= 0) continue;
        const off = j * Q;
        for (let q = 0; q < Q; q++) acc[q] += A[off + q];
      }
    }
    let max = acc[0];
    for (let q = 1; q < Q; q++) if (acc[q] > max) max = acc[q];
    let sum = 0;
    let lo = Q;
    let hi = -1;
    for (let q = 0; q < Q; q++) {
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
    logLik += w * (Math.log(sum) + max + intercept);
    const scale = w / sum;
    let mean = 0;
    for (let q = lo; q <= hi; q++) {
      post[q] *= scale;
      nodeTotals[q] += post[q];
      mean += post[q] * nodes[q];
    }
    // mean is w·E[θ | x_i]
    for (let j = 0; j < J; j++) {
      const v = x[row + j];
      if (v >= 0) {
        catCount[catOff[j] + v] += w;
        catMean[catOff[j] + v] += mean;
      } else {
        const off = j * Q;
        for (let q = lo; q <= hi; q++) missingMass[off + q] += post[q];
      }
    }
  }

  const counts = out?.counts ?? new Float64Array(layout.size);
  counts.fill(0);
  const lo = nodes[0];
  const h = nodes[1] - nodes[0];
  for (let j = 0; j < J; j++) {
    const off = layout.offsets[j];
    for (let q = 0; q < Q; q++) counts[off + q] = nodeTotals[q] - missingMass[j * Q + q];
    for (let k = 1; k < nCat[j]; k++) {
      const C = catCount[catOff[j] + k];
      if (C === 0) continue;
      const m = catMean[catOff[j] + k] / C;
      const pos = Math.min(Math.max((m - lo) / h, 0), Q - 1 - 1e-12);
      const q = Math.floor(pos);
      const f = pos - q;
      const at = off + k * Q + q;
      counts[at] += C * (1 - f);
      counts[at + 1] += C * f;
      counts[off + q] -= C * (1 - f);
      counts[off + q + 1] -= C * f;
    }
  }
  return { counts, nodeTotals, logLik };
}
