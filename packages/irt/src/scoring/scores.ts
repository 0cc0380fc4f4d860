/**
 * Person scores for a calibrated unidimensional model.
 *
 * - EAP: posterior mean and SD over quadrature (61 equally spaced nodes on
 *   [−6, 6], prior N(mean, variance) — the calibration's latent distribution).
 * - MAP: posterior mode by safeguarded Newton from the EAP; SE from the
 *   curvature of the log posterior at the mode.
 * - ML: likelihood maximum; SE = 1/√(observed information). All-lowest or
 *   all-highest patterns have no finite ML: θ = ∓Infinity, SE = NaN.
 * - WLE: Warm's (1989) weighted likelihood, root of L′(θ) + J(θ)/(2I(θ));
 *   SE = 1/√I(θ).
 * A person with no answered item gets the prior (EAP/MAP) or NaN (ML/WLE).
 */
import type { ResponseData } from "../estimation/data.ts";
import { logProbTable, tableLayout } from "../estimation/estep.ts";
import { type ItemScratch, makeScratch, maxCategories, nCategories } from "../models/items.ts";
import type { ItemParams } from "../models/types.ts";
import { equallySpacedNodes, normalWeights } from "../numeric/quadrature.ts";
import { personInfo, personLogLik } from "./person.ts";

export type ScoreMethod = "eap" | "map" | "ml" | "wle";

export interface ScoreOptions {
  method: ScoreMethod;
  /** Latent mean and variance used as the prior (default 0 and 1). */
  mean?: number;
  variance?: number;
  /** EAP quadrature (default 61 nodes on [−6, 6]). */
  quadPoints?: number;
  bound?: number;
}

export interface Scores {
  theta: Float64Array;
  se: Float64Array;
}

/** Scores rows [from, to) of the data (all rows by default). */
export function scorePersons(
  items: readonly ItemParams[],
  data: ResponseData,
  opts: ScoreOptions,
  from = 0,
  to = data.nPersons,
): Scores {
  const eap = scoreEap(items, data, opts, from, to);
  if (opts.method === "eap") return eap;
  const n = to - from;
  const theta = new Float64Array(n);
  const se = new Float64Array(n);
  const s = makeScratch(maxCategories(items));
  const mean = opts.mean ?? 0;
  const variance = opts.variance ?? 1;
  const J = data.nItems;
  const out = new Float64Array(2);
  for (let i = 0; i < n; i++) {
    const row = (from + i) * J;
    const answered = countAnswered(data.x, row, J);
    if (answered === 0) {
      theta[i] = opts.method === "map" ? mean : Number.NaN;
      se[i] = opts.method === "map" ? Math.sqrt(variance) : Number.NaN;
      continue;
    }
    if (opts.method === "map") {
      mode(items, data.x, row, eap.theta[i], s, { mean, variance }, out);
      theta[i] = out[0];
      se[i] = out[1];
    } else if (opts.method === "ml") {
      const ext = extremePattern(items, data.x, row);
      if (ext !== 0) {
        theta[i] = ext * Number.POSITIVE_INFINITY;
        se[i] = Number.NaN;
        continue;
      }
      mode(items, data.x, row, eap.theta[i], s, null, out);
      theta[i] = out[0];
      se[i] = out[1];
    } else {
      wle(items, data.x, row, eap.theta[i], s, out);
      theta[i] = out[0];
      se[i] = out[1];
    }
  }
  return { theta, se };
}

function countAnswered(x: Int16Array, row: number, J: number): number {
  let n = 0;
  for (let j = 0; j < J; j++) if (x[row + j] >= 0) n++;
  return n;
}

/** −1 when every answer is the lowest category, +1 when all highest, else 0. */
function extremePattern(items: readonly ItemParams[], x: Int16Array, row: number): number {
  let allLow = true;
  let allHigh = true;
  for (let j = 0; j < items.length; j++) {
    const k = x[row + j];
    if (k < 0) continue;
    if (k !== 0) allLow = false;
    if (k !== nCategories(items[j]) - 1) allHigh = false;
  }
  return allLow ? -1 : allHigh ? 1 : 0;
}

export function scoreEap(
  items: readonly ItemParams[],
  data: ResponseData,
  opts: Omit<ScoreOptions, "method">,
  from = 0,
  to = data.nPersons,
): Scores {
  const nodes = equallySpacedNodes(opts.quadPoints ?? 61, opts.bound ?? 6);
  const Q = nodes.length;
  const layout = tableLayout(items, Q);
  const logP = logProbTable(items, nodes, layout);
  const logPrior = normalWeights(nodes, opts.mean ?? 0, Math.sqrt(opts.variance ?? 1)).map(Math.log);
  const J = data.nItems;
  const x = data.x;
  const offsets = layout.offsets;
  const n = to - from;
  const theta = new Float64Array(n);
  const se = new Float64Array(n);
  const acc = new Float64Array(Q);
  for (let i = 0; i < n; i++) {
    acc.set(logPrior);
    const row = (from + i) * J;
    for (let j = 0; j < J; j++) {
      const v = x[row + j];
      if (v < 0) continue;
      const off = offsets[j] + v * Q;
      for (let q = 0; q < Q; q++) acc[q] += logP[off + q];
    }
    let max = acc[0];
    for (let q = 1; q < Q; q++) if (acc[q] > max) max = acc[q];
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    for (let q = 0; q < Q; q++) {
      const d = acc[q] - max;
      if (d < -50) continue;
      const w = Math.exp(d);
      s0 += w;
      s1 += w * nodes[q];
      s2 += w * nodes[q] * nodes[q];
    }
    const m = s1 / s0;
    theta[i] = m;
    se[i] = Math.sqrt(Math.max(s2 / s0 - m * m, 0));
  }
  return { theta, se };
}

/**
 * Maximises log L(θ) (+ normal log prior when given) by Newton with step
 * halving and a bounded step; out = [θ̂, SE from the curvature].
 */
function mode(
  items: readonly ItemParams[],
  x: Int16Array,
  row: number,
  start: number,
  s: ItemScratch,
  prior: { mean: number; variance: number } | null,
  out: Float64Array,
): void {
  const ll = new Float64Array(3);
  const evalAt = (t: number) => {
    personLogLik(items, x, row, t, s, ll);
    if (prior) {
      const z = t - prior.mean;
      ll[0] -= (z * z) / (2 * prior.variance);
      ll[1] -= z / prior.variance;
      ll[2] -= 1 / prior.variance;
    }
  };
  let t = start;
  evalAt(t);
  for (let it = 0; it < 100; it++) {
    const f = ll[0];
    const g = ll[1];
    const h = ll[2];
    let step = h < 0 ? -g / h : Math.sign(g) * 0.5;
    if (step > 1) step = 1;
    else if (step < -1) step = -1;
    let accepted = false;
    for (let half = 0; half < 40; half++) {
      evalAt(t + step);
      if (ll[0] >= f - 1e-12 * Math.abs(f)) {
        accepted = true;
        break;
      }
      step *= 0.5;
    }
    if (!accepted) {
      evalAt(t);
      break;
    }
    t += step;
    if (Math.abs(step) < 1e-10) break;
  }
  out[0] = t;
  out[1] = ll[2] < 0 ? 1 / Math.sqrt(-ll[2]) : Number.NaN;
}

/** Warm's weighted likelihood estimate; out = [θ, 1/√I(θ)]. */
function wle(
  items: readonly ItemParams[],
  x: Int16Array,
  row: number,
  start: number,
  s: ItemScratch,
  out: Float64Array,
): void {
  const ll = new Float64Array(3);
  const inf = new Float64Array(2);
  const f = (t: number) => {
    personLogLik(items, x, row, t, s, ll);
    personInfo(items, x, row, t, s, inf);
    return ll[1] + (inf[0] > 0 ? inf[1] / (2 * inf[0]) : 0);
  };
  // Bracket the root around the EAP, then regula falsi (Illinois).
  let lo = start - 1;
  let hi = start + 1;
  let flo = f(lo);
  let fhi = f(hi);
  for (let k = 0; k < 30 && flo < 0; k++) {
    lo -= 2 ** k;
    flo = f(lo);
  }
  for (let k = 0; k < 30 && fhi > 0; k++) {
    hi += 2 ** k;
    fhi = f(hi);
  }
  if (!(flo >= 0 && fhi <= 0)) {
    out[0] = Number.NaN;
    out[1] = Number.NaN;
    return;
  }
  let side = 0;
  let t = start;
  for (let it = 0; it < 200 && hi - lo > 1e-10; it++) {
    t = (lo * fhi - hi * flo) / (fhi - flo);
    if (!(t > lo && t < hi)) t = 0.5 * (lo + hi);
    const ft = f(t);
    if (ft > 0) {
      lo = t;
      flo = ft;
      if (side === -1) fhi /= 2;
      side = -1;
    } else {
      hi = t;
      fhi = ft;
      if (side === 1) flo /= 2;
      side = 1;
    }
    if (ft === 0) break;
  }
  personInfo(items, x, row, t, s, inf);
  out[0] = t;
  out[1] = inf[0] > 0 ? 1 / Math.sqrt(inf[0]) : Number.NaN;
}
