/**
 * Category probabilities, their θ-derivatives and item information for the
 * unidimensional item models (see ./types.ts for the parameterisation).
 *
 * All functions write into caller-provided Float64Arrays so that hot loops
 * (EM, scoring, CAT) allocate nothing.
 */
import type { ItemParams, TraditionalParams } from "./types.ts";

/** Smallest probability used before taking logarithms. */
export const PROB_FLOOR = 1e-300;

/** Number of response categories K (responses are 0..K−1). */
export function nCategories(item: ItemParams): number {
  switch (item.model) {
    case "rasch":
    case "2pl":
    case "3pl":
      return 2;
    case "grm":
      return item.d.length + 1;
    case "gpcm":
      return item.d.length;
  }
}

/** Logistic function, stable for large |z|. */
export function logistic(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

function slope(item: ItemParams): number {
  return item.model === "rasch" ? 1 : item.a;
}

/** GPCM scoring weight of category k (mirt's `ak`, default k). */
function weight(item: ItemParams, k: number): number {
  return item.ak ? item.ak[k] : k;
}

/** P(X = k | θ) for k = 0..K−1, written into out (length ≥ K). */
export function categoryProbs(item: ItemParams, theta: number, out: Float64Array): Float64Array {
  const a = slope(item);
  switch (item.model) {
    case "rasch":
    case "2pl":
    case "3pl": {
      const g = item.model === "3pl" ? (item.g ?? 0) : 0;
      const s = logistic(a * theta + item.d[0]);
      out[1] = g + (1 - g) * s;
      out[0] = (1 - g) * logistic(-(a * theta + item.d[0]));
      return out;
    }
    case "grm": {
      const K = item.d.length + 1;
      // S_k = P(X ≥ k); P_k = S_k − S_{k+1}, using complements above 0.5
      // so that tail probabilities keep their relative precision.
      let prevZ = Number.POSITIVE_INFINITY;
      for (let k = 0; k < K; k++) {
        const zHi = prevZ;
        const zLo = k < K - 1 ? a * theta + item.d[k] : Number.NEGATIVE_INFINITY;
        let p: number;
        if (zLo >= 0) p = logistic(-zLo) - logistic(-zHi);
        else p = logistic(zHi) - logistic(zLo);
        out[k] = Math.max(p, 0);
        prevZ = zLo;
      }
      return out;
    }
    case "gpcm": {
      const K = item.d.length;
      let max = Number.NEGATIVE_INFINITY;
      for (let k = 0; k < K; k++) {
        const z = weight(item, k) * a * theta + item.d[k];
        out[k] = z;
        if (z > max) max = z;
      }
      let sum = 0;
      for (let k = 0; k < K; k++) {
        const e = Math.exp(out[k] - max);
        out[k] = e;
        sum += e;
      }
      for (let k = 0; k < K; k++) out[k] /= sum;
      return out;
    }
  }
}

/**
 * Category probabilities with their first and second derivatives in θ:
 * p[k] = P_k(θ), dp[k] = dP_k/dθ, d2p[k] = d²P_k/dθ².
 */
export function categoryDerivs(
  item: ItemParams,
  theta: number,
  p: Float64Array,
  dp: Float64Array,
  d2p: Float64Array,
): void {
  const a = slope(item);
  categoryProbs(item, theta, p);
  switch (item.model) {
    case "rasch":
    case "2pl":
    case "3pl": {
      const g = item.model === "3pl" ? (item.g ?? 0) : 0;
      const s = logistic(a * theta + item.d[0]);
      const w = s * (1 - s);
      const d1 = (1 - g) * a * w;
      const d2 = (1 - g) * a * a * w * (1 - 2 * s);
      dp[1] = d1;
      dp[0] = -d1;
      d2p[1] = d2;
      d2p[0] = -d2;
      return;
    }
    case "grm": {
      const K = item.d.length + 1;
      // dS_k/dθ = a·S(1−S); d²S_k/dθ² = a²·S(1−S)(1−2S); S_0 = 1, S_K = 0.
      let w1Hi = 0;
      let w2Hi = 0;
      for (let k = 0; k < K; k++) {
        let w1Lo = 0;
        let w2Lo = 0;
        if (k < K - 1) {
          const s = logistic(a * theta + item.d[k]);
          w1Lo = a * s * (1 - s);
          w2Lo = a * w1Lo * (1 - 2 * s);
        }
        dp[k] = w1Hi - w1Lo;
        d2p[k] = w2Hi - w2Lo;
        w1Hi = w1Lo;
        w2Hi = w2Lo;
      }
      return;
    }
    case "gpcm": {
      const K = item.d.length;
      let m1 = 0;
      let m2 = 0;
      for (let k = 0; k < K; k++) {
        const t = weight(item, k);
        m1 += p[k] * t;
        m2 += p[k] * t * t;
      }
      const v = m2 - m1 * m1;
      for (let k = 0; k < K; k++) {
        const c = a * (weight(item, k) - m1);
        dp[k] = p[k] * c;
        // d/dθ [P_k·c_k] = P_k·c_k² − P_k·a²·Var(ak)
        d2p[k] = p[k] * (c * c - a * a * v);
      }
      return;
    }
  }
}

/**
 * First and second θ-derivatives of log P(X = k | θ), written to out[0], out[1].
 * Closed forms for the logistic and GPCM cases keep the tails exact.
 */
export function logProbDerivs(
  item: ItemParams,
  theta: number,
  k: number,
  scratch: ItemScratch,
  out: Float64Array,
): void {
  const a = slope(item);
  if (item.model === "rasch" || item.model === "2pl") {
    const s = logistic(a * theta + item.d[0]);
    out[0] = k === 1 ? a * (1 - s) : -a * s;
    out[1] = -a * a * s * (1 - s);
    return;
  }
  categoryDerivs(item, theta, scratch.p, scratch.dp, scratch.d2p);
  if (item.model === "gpcm") {
    let m1 = 0;
    let m2 = 0;
    for (let c = 0; c < item.d.length; c++) {
      const t = weight(item, c);
      m1 += scratch.p[c] * t;
      m2 += scratch.p[c] * t * t;
    }
    out[0] = a * (weight(item, k) - m1);
    out[1] = -a * a * (m2 - m1 * m1);
    return;
  }
  const pk = Math.max(scratch.p[k], PROB_FLOOR);
  const g1 = scratch.dp[k] / pk;
  out[0] = g1;
  out[1] = scratch.d2p[k] / pk - g1 * g1;
}

/** Reusable work arrays sized for the largest item (see makeScratch). */
export interface ItemScratch {
  p: Float64Array;
  dp: Float64Array;
  d2p: Float64Array;
}

export function makeScratch(maxCategories: number): ItemScratch {
  return {
    p: new Float64Array(maxCategories),
    dp: new Float64Array(maxCategories),
    d2p: new Float64Array(maxCategories),
  };
}

/** Fisher information of the item at θ: Σ_k (dP_k/dθ)² / P_k. */
export function itemInfo(item: ItemParams, theta: number, scratch?: ItemScratch): number {
  const K = nCategories(item);
  const s = scratch ?? makeScratch(K);
  categoryDerivs(item, theta, s.p, s.dp, s.d2p);
  let info = 0;
  for (let k = 0; k < K; k++) {
    if (s.p[k] > PROB_FLOOR) info += (s.dp[k] * s.dp[k]) / s.p[k];
  }
  return info;
}

/** Expected item score E[X | θ] (with responses scored 0..K−1). */
export function expectedScore(item: ItemParams, theta: number, scratch?: Float64Array): number {
  const K = nCategories(item);
  const p = categoryProbs(item, theta, scratch ?? new Float64Array(K));
  let e = 0;
  for (let k = 1; k < K; k++) e += k * p[k];
  return e;
}

/** Test information Σ_j I_j(θ). */
export function testInfo(items: readonly ItemParams[], theta: number): number {
  const s = makeScratch(maxCategories(items));
  let info = 0;
  for (const it of items) info += itemInfo(it, theta, s);
  return info;
}

export function maxCategories(items: readonly ItemParams[]): number {
  let m = 2;
  for (const it of items) m = Math.max(m, nCategories(it));
  return m;
}

/** Slope-intercept → traditional a/b form (no 1.702 constant). */
export function toTraditional(item: ItemParams): TraditionalParams {
  const a = slope(item);
  switch (item.model) {
    case "rasch":
    case "2pl":
    case "3pl":
      return {
        model: item.model,
        a,
        b: [-item.d[0] / a],
        ...(item.model === "3pl" ? { g: item.g ?? 0 } : {}),
      };
    case "grm":
      return { model: item.model, a, b: item.d.map((d) => -d / a) };
    case "gpcm": {
      const b: number[] = [];
      for (let k = 1; k < item.d.length; k++) b.push(-(item.d[k] - item.d[k - 1]) / a);
      return { model: item.model, a, b };
    }
  }
}

/** Traditional a/b form → slope-intercept (inverse of toTraditional). */
export function fromTraditional(t: TraditionalParams): ItemParams {
  const a = t.model === "rasch" ? 1 : t.a;
  switch (t.model) {
    case "rasch":
    case "2pl":
      return { model: t.model, a, d: [-a * t.b[0]] };
    case "3pl":
      return { model: t.model, a, d: [-a * t.b[0]], g: t.g ?? 0 };
    case "grm":
      return { model: t.model, a, d: t.b.map((b) => -a * b) };
    case "gpcm": {
      const d = [0];
      for (let k = 0; k < t.b.length; k++) d.push(d[k] - a * t.b[k]);
      return { model: t.model, a, d, ak: d.map((_, k) => k) };
    }
  }
}
