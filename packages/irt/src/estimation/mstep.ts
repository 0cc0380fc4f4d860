/**
 * M-step for one item: maximise the expected complete-data log-likelihood
 *   Q_j(η) = Σ_q Σ_k r[k][q] · log P_k(θ_q; η)  (+ log prior(η))
 * given expected counts r (from the E-step, or from any group's E-step in a
 * multiple-group EM), by Newton–Raphson with an analytic gradient, a
 * finite-difference Hessian, Levenberg damping and step halving.
 *
 * Free parameters η per model (the "item vector"):
 *   rasch [d] · 2pl [a, d] · 3pl [a, d, logit g] · grm [a, d1..d(K−1)] ·
 *   gpcm [a, d1..d(K−1)] (d0 = 0 and the scoring weights ak are fixed).
 */
import { logistic } from "../models/items.ts";
import type { ItemParams } from "../models/types.ts";
import { choleskyRidged, choleskySolve } from "../numeric/linalg.ts";

/** Optional priors on item parameters (MAP estimation of items). */
export interface ItemPriors {
  /** Beta(α, β) prior on the 3PL lower asymptote g. */
  gBeta?: [number, number];
  /** log a ~ N(mean, sd²). */
  aLogNormal?: [number, number];
  /** Every free intercept d ~ N(mean, sd²). */
  dNormal?: [number, number];
}

export function itemToVector(item: ItemParams): Float64Array {
  switch (item.model) {
    case "rasch":
      return Float64Array.of(item.d[0]);
    case "2pl":
      return Float64Array.of(item.a, item.d[0]);
    case "3pl": {
      const g = Math.min(Math.max(item.g ?? 0, 1e-8), 1 - 1e-8);
      return Float64Array.of(item.a, item.d[0], Math.log(g / (1 - g)));
    }
    case "grm":
      return Float64Array.of(item.a, ...item.d);
    case "gpcm":
      return Float64Array.of(item.a, ...item.d.slice(1));
  }
}

export function vectorToItem(template: ItemParams, v: ArrayLike<number>): ItemParams {
  const base = template.name === undefined ? {} : { name: template.name };
  switch (template.model) {
    case "rasch":
      return { ...base, model: "rasch", a: 1, d: [v[0]] };
    case "2pl":
      return { ...base, model: "2pl", a: v[0], d: [v[1]] };
    case "3pl":
      return { ...base, model: "3pl", a: v[0], d: [v[1]], g: logistic(v[2]) };
    case "grm":
      return { ...base, model: "grm", a: v[0], d: Array.from(v).slice(1) };
    case "gpcm": {
      const K = template.d.length;
      return {
        ...base,
        model: "gpcm",
        a: v[0],
        d: [0, ...Array.from(v).slice(1)],
        ak: template.ak ? [...template.ak] : Array.from({ length: K }, (_, k) => k),
      };
    }
  }
}

/**
 * Q_j(η) and its gradient (written into grad when given). counts holds the
 * item's expected counts, counts[k·Q + q]. Returns −Infinity for an
 * inadmissible η (e.g. GRM intercepts out of order).
 */
export function itemObjective(
  template: ItemParams,
  v: Float64Array,
  counts: Float64Array,
  nodes: Float64Array,
  grad: Float64Array | null,
  priors?: ItemPriors,
): number {
  const Q = nodes.length;
  const P = v.length;
  if (grad) grad.fill(0);
  let f = 0;
  switch (template.model) {
    case "rasch":
    case "2pl": {
      const rasch = template.model === "rasch";
      const a = rasch ? 1 : v[0];
      const d = rasch ? v[0] : v[1];
      let ga = 0;
      let gd = 0;
      for (let q = 0; q < Q; q++) {
        const r0 = counts[q];
        const r1 = counts[Q + q];
        if (r0 + r1 === 0) continue;
        const z = a * nodes[q] + d;
        const s = logistic(z);
        f += r1 * logPos(s) + r0 * logPos(logistic(-z));
        const dz = r1 - (r0 + r1) * s;
        ga += dz * nodes[q];
        gd += dz;
      }
      if (grad) {
        if (rasch) grad[0] = gd;
        else {
          grad[0] = ga;
          grad[1] = gd;
        }
      }
      break;
    }
    case "3pl": {
      const a = v[0];
      const d = v[1];
      const g = logistic(v[2]);
      let ga = 0;
      let gd = 0;
      let gg = 0;
      for (let q = 0; q < Q; q++) {
        const r0 = counts[q];
        const r1 = counts[Q + q];
        if (r0 + r1 === 0) continue;
        const z = a * nodes[q] + d;
        const s = logistic(z);
        const sc = logistic(-z);
        const p1 = g + (1 - g) * s;
        const p0 = (1 - g) * sc;
        f += r1 * logPos(p1) + r0 * logPos(p0);
        const c = r1 / Math.max(p1, 1e-300) - r0 / Math.max(p0, 1e-300);
        const dz = c * (1 - g) * s * sc;
        ga += dz * nodes[q];
        gd += dz;
        gg += c * sc * g * (1 - g);
      }
      if (grad) {
        grad[0] = ga;
        grad[1] = gd;
        grad[2] = gg;
      }
      break;
    }
    case "grm": {
      const a = v[0];
      const K = P; // categories = number of intercepts + 1 = P
      for (let m = 2; m < P; m++) if (!(v[m] < v[m - 1])) return Number.NEGATIVE_INFINITY;
      // Boundary m: S_m = P(X ≥ m), Sc_m = 1 − S_m (one exp each), w_m = S_m·Sc_m.
      // P_k = S_k − S_{k+1}, taken from the complements when S_{k+1} ≥ ½.
      // ∂/∂d_m = w_m (c_m − c_{m−1}) with c_k = r_k / P_k; ∂/∂a = Σ θ · (same).
      for (let q = 0; q < Q; q++) {
        const th = nodes[q];
        let sHi = 1;
        let scHi = 0;
        let cPrev = 0;
        let wPrev = 0;
        for (let k = 0; k < K; k++) {
          let sLo = 0;
          let scLo = 1;
          if (k < K - 1) {
            const z = a * th + v[k + 1];
            const e = Math.exp(-Math.abs(z));
            const big = 1 / (1 + e);
            const small = e / (1 + e);
            sLo = z >= 0 ? big : small;
            scLo = z >= 0 ? small : big;
          }
          const p = sLo >= 0.5 ? scLo - scHi : sHi - sLo;
          const r = counts[k * Q + q];
          const pk = Math.max(p, 1e-300);
          if (r !== 0) f += r * Math.log(pk);
          if (grad) {
            const c = r / pk;
            if (k >= 1) {
              const gk = wPrev * (c - cPrev);
              grad[k] += gk;
              grad[0] += gk * th;
            }
            cPrev = c;
          }
          wPrev = sLo * scLo;
          sHi = sLo;
          scHi = scLo;
        }
      }
      break;
    }
    case "gpcm": {
      const a = v[0];
      const K = P;
      const ak = template.ak;
      const z = new Float64Array(K);
      for (let q = 0; q < Q; q++) {
        const th = nodes[q];
        let max = Number.NEGATIVE_INFINITY;
        for (let k = 0; k < K; k++) {
          z[k] = (ak ? ak[k] : k) * a * th + (k === 0 ? 0 : v[k]);
          if (z[k] > max) max = z[k];
        }
        let sum = 0;
        for (let k = 0; k < K; k++) sum += Math.exp(z[k] - max);
        const lse = max + Math.log(sum);
        let n = 0;
        for (let k = 0; k < K; k++) {
          const r = counts[k * Q + q];
          n += r;
          if (r !== 0) f += r * (z[k] - lse);
        }
        if (!grad || n === 0) continue;
        for (let k = 0; k < K; k++) {
          const r = counts[k * Q + q];
          const pk = Math.exp(z[k] - lse);
          const t = ak ? ak[k] : k;
          grad[0] += th * t * (r - n * pk);
          if (k >= 1) grad[k] += r - n * pk;
        }
      }
      break;
    }
  }
  if (priors) f += logPrior(template, v, grad, priors);
  return f;
}

function logPos(p: number): number {
  return Math.log(Math.max(p, 1e-300));
}

function logPrior(template: ItemParams, v: Float64Array, grad: Float64Array | null, pr: ItemPriors): number {
  let f = 0;
  const hasSlope = template.model !== "rasch";
  if (pr.aLogNormal && hasSlope) {
    const [m, s] = pr.aLogNormal;
    const a = v[0];
    if (!(a > 0)) return Number.NEGATIVE_INFINITY;
    const la = Math.log(a);
    f += -la - ((la - m) * (la - m)) / (2 * s * s);
    if (grad) grad[0] += -1 / a - (la - m) / (s * s * a);
  }
  if (pr.dNormal) {
    const [m, s] = pr.dNormal;
    const first = hasSlope ? 1 : 0;
    const last = template.model === "3pl" ? 2 : v.length;
    for (let i = first; i < last; i++) {
      f += -((v[i] - m) * (v[i] - m)) / (2 * s * s);
      if (grad) grad[i] += -(v[i] - m) / (s * s);
    }
  }
  if (pr.gBeta && template.model === "3pl") {
    const [al, be] = pr.gBeta;
    const g = logistic(v[2]);
    f += (al - 1) * Math.log(g) + (be - 1) * Math.log(1 - g);
    if (grad) grad[2] += (al - 1) * (1 - g) - (be - 1) * g;
  }
  return f;
}

export interface MStepOptions {
  priors?: ItemPriors;
  /** Newton iterations at most (default 50). */
  maxIter?: number;
  /** Stop when the largest Newton step is below this (default 1e-10). */
  tol?: number;
}

/**
 * Finite-difference Hessian of Q_j from its analytic gradient (central
 * differences, symmetrised). Also used for item-level information.
 */
export function itemHessian(
  template: ItemParams,
  v: Float64Array,
  counts: Float64Array,
  nodes: Float64Array,
  priors?: ItemPriors,
): Float64Array {
  const P = v.length;
  const H = new Float64Array(P * P);
  const gp = new Float64Array(P);
  const gm = new Float64Array(P);
  const w = Float64Array.from(v);
  for (let i = 0; i < P; i++) {
    const h = 1e-5 * Math.max(1, Math.abs(v[i]));
    w[i] = v[i] + h;
    itemObjective(template, w, counts, nodes, gp, priors);
    w[i] = v[i] - h;
    itemObjective(template, w, counts, nodes, gm, priors);
    w[i] = v[i];
    for (let k = 0; k < P; k++) H[k * P + i] = (gp[k] - gm[k]) / (2 * h);
  }
  for (let i = 0; i < P; i++) {
    for (let k = 0; k < i; k++) {
      const s = 0.5 * (H[i * P + k] + H[k * P + i]);
      H[i * P + k] = s;
      H[k * P + i] = s;
    }
  }
  return H;
}

/**
 * Hessian by forward differences of the analytic gradient (P gradient
 * evaluations; gradient g at v given). Used for Newton directions only,
 * where O(h) accuracy suffices because the gradient itself is exact.
 */
function forwardHessian(
  template: ItemParams,
  v: Float64Array,
  g: Float64Array,
  counts: Float64Array,
  nodes: Float64Array,
  priors?: ItemPriors,
): Float64Array {
  const P = v.length;
  const H = new Float64Array(P * P);
  const gp = new Float64Array(P);
  const w = Float64Array.from(v);
  for (let i = 0; i < P; i++) {
    const h = 1e-6 * Math.max(1, Math.abs(v[i]));
    w[i] = v[i] + h;
    itemObjective(template, w, counts, nodes, gp, priors);
    w[i] = v[i];
    for (let k = 0; k < P; k++) H[k * P + i] = (gp[k] - g[k]) / h;
  }
  for (let i = 0; i < P; i++) {
    for (let k = 0; k < i; k++) {
      const s = 0.5 * (H[i * P + k] + H[k * P + i]);
      H[i * P + k] = s;
      H[k * P + i] = s;
    }
  }
  return H;
}

/**
 * Analytic Hessian of the GRM item log-likelihood (no priors) in (a, d_1…d_{K−1}).
 * With S_m = σ(aθ + d_m), w_m = S_m(1 − S_m), P_k = S_k − S_{k+1},
 * c_k = r_k/P_k and e_k = r_k/P_k² (w_0 = w_K = 0), per node:
 *   ∂²/∂d_m² = w_m(1 − 2S_m)(c_m − c_{m−1}) − w_m²(e_m + e_{m−1}),
 *   ∂²/∂d_m∂d_{m+1} = w_m w_{m+1} e_m,
 *   ∂²/∂d_m∂a = θ[w_m(1 − 2S_m)(c_m − c_{m−1}) − w_m e_m(w_m − w_{m+1}) + w_m e_{m−1}(w_{m−1} − w_m)],
 *   ∂²/∂a² = θ Σ_m ∂²/∂d_m∂a.
 * One pass over the nodes instead of K gradient evaluations for forward
 * differences; checked against them in test/uni-mstep.test.ts.
 */
export function grmHessian(v: Float64Array, counts: Float64Array, nodes: Float64Array): Float64Array {
  const Q = nodes.length;
  const K = v.length;
  const H = new Float64Array(K * K);
  const S = new Float64Array(K + 1);
  const w = new Float64Array(K + 1);
  const c = new Float64Array(K);
  const e = new Float64Array(K);
  const a = v[0];
  for (let q = 0; q < Q; q++) {
    const th = nodes[q];
    S[0] = 1;
    S[K] = 0;
    let hi = 1;
    let scHi = 0;
    for (let k = 0; k < K; k++) {
      let lo = 0;
      let scLo = 1;
      if (k < K - 1) {
        const z = a * th + v[k + 1];
        const ez = Math.exp(-Math.abs(z));
        const big = 1 / (1 + ez);
        const small = ez / (1 + ez);
        lo = z >= 0 ? big : small;
        scLo = z >= 0 ? small : big;
        S[k + 1] = lo;
        w[k + 1] = lo * scLo;
      }
      const p = Math.max(lo >= 0.5 ? scLo - scHi : hi - lo, 1e-300);
      const r = counts[k * Q + q];
      c[k] = r / p;
      e[k] = c[k] / p;
      hi = lo;
      scHi = scLo;
    }
    w[0] = 0;
    w[K] = 0;
    let ha = 0;
    for (let m = 1; m < K; m++) {
      const curv = w[m] * (1 - 2 * S[m]) * (c[m] - c[m - 1]);
      H[m * K + m] += curv - w[m] * w[m] * (e[m] + e[m - 1]);
      if (m + 1 < K) H[m * K + m + 1] += w[m] * w[m + 1] * e[m];
      const hda = th * (curv - w[m] * e[m] * (w[m] - w[m + 1]) + w[m] * e[m - 1] * (w[m - 1] - w[m]));
      H[m * K] += hda;
      ha += th * hda;
    }
    H[0] += ha;
  }
  for (let m = 1; m < K; m++) {
    H[m] = H[m * K];
    if (m + 1 < K) H[(m + 1) * K + m] = H[m * K + m + 1];
  }
  return H;
}

/**
 * One item's M-step. `counts` is the item's block of expected counts,
 * counts[k·Q + q] for categories k = 0..K−1 and nodes q; `nodes` are the
 * quadrature nodes the counts refer to. Returns the maximising parameters
 * (starting from `item`). Reusable by any EM (multiple groups, DIF): sum or
 * keep counts per group as the model requires, then call this per item.
 */
export function mStepItem(
  item: ItemParams,
  counts: Float64Array,
  nodes: Float64Array,
  opts: MStepOptions = {},
): ItemParams {
  const maxIter = opts.maxIter ?? 50;
  const tol = opts.tol ?? 1e-10;
  let v = itemToVector(item);
  const P = v.length;
  const grad = new Float64Array(P);
  let f = itemObjective(item, v, counts, nodes, grad, opts.priors);
  if (!Number.isFinite(f)) return item;
  const trial = new Float64Array(P);
  const gTrial = new Float64Array(P);
  // GRM without priors on a or d: exact Hessian; otherwise forward differences of the gradient.
  const analyticGrm = item.model === "grm" && !opts.priors?.aLogNormal && !opts.priors?.dNormal;
  for (let it = 0; it < maxIter; it++) {
    const H = analyticGrm
      ? grmHessian(v, counts, nodes)
      : forwardHessian(item, v, grad, counts, nodes, opts.priors);
    // Solve (−H + λ·diag(max(1, |H_ii|))) Δ = grad with the smallest λ ∈ {0, 1e-6, 1e-5, …} that is positive definite.
    const ridged = choleskyRidged(
      H.map((h) => -h),
      P,
      { start: 1e-6, growth: 10, limit: 1e12, scale: "own" },
    );
    if (ridged === null) break;
    const step = choleskySolve(ridged.factor, P, grad);
    let maxStep = 0;
    for (let i = 0; i < P; i++) maxStep = Math.max(maxStep, Math.abs(step[i]));
    // Cap very long steps (early iterations far from the optimum).
    const cap = maxStep > 2 ? 2 / maxStep : 1;
    let t = cap;
    let accepted = false;
    for (let half = 0; half < 30; half++) {
      for (let i = 0; i < P; i++) trial[i] = v[i] + t * step[i];
      const fTrial = itemObjective(item, trial, counts, nodes, gTrial, opts.priors);
      if (fTrial >= f - 1e-12 * Math.abs(f)) {
        v = Float64Array.from(trial);
        grad.set(gTrial);
        f = fTrial;
        accepted = true;
        break;
      }
      t *= 0.5;
    }
    if (!accepted || maxStep * t < tol) break;
  }
  return vectorToItem(item, v);
}
