/**
 * Person fit: the standardised log-likelihood lz (Drasgow, Levine &
 * Williams 1985) and lz*, its correction for an estimated θ (Snijders 2001;
 * extended to polytomous items by Sinharay 2016, Psychometrika 81, 992–1013).
 *
 * With w_ik = log P_ik(θ̂) and d_ik = 1 when person answered k on item i:
 *   W    = Σ_i Σ_k (d_ik − P_ik) w_ik                  (l0 − E l0)
 *   lz   = W / sqrt(Σ_i Var_i(w))
 *   c    = Σ_i Σ_k P'_ik w_ik / I(θ̂),  r_ik = P'_ik / P_ik,  w̃ = w − c·r
 *   lz*  = (W + c·r0(θ̂)) / sqrt(Σ_i Var_i(w̃))
 * where θ̂ solves Σ_i Σ_k d_ik r_ik + r0(θ) = 0: r0 = 0 for ML,
 * −(θ−μ)/σ² for MAP with a N(μ, σ²) prior, J/(2I) for Warm's WLE
 * (J = Σ P'_ik P''_ik / P_ik). For EAP, which solves no such equation, the
 * MAP correction is used as an approximation. Large negative values signal
 * aberrant response patterns; lz* is asymptotically N(0, 1) under the model.
 * Missing responses are skipped; a pattern whose θ̂ is infinite (ML on an
 * all-minimum or all-maximum pattern) gets NaN.
 */
import { MISSING, type ResponseData } from "../estimation/data.ts";
import { categoryDerivs, maxCategories, nCategories, PROB_FLOOR } from "../models/items.ts";
import type { ItemParams } from "../models/types.ts";
import { normalCdf } from "../numeric/normal.ts";

export type ThetaEstimator = "ml" | "map" | "wle" | "eap";

export interface PersonFitOptions {
  /** How the θ estimates were obtained (decides the lz* correction). */
  estimator: ThetaEstimator;
  /** Prior of MAP/EAP, default N(0, 1). */
  prior?: { mean: number; sd: number };
}

export interface PersonFitResult {
  lz: number;
  lzStar: number;
  /** Φ(lz*): small values flag misfit (one-sided). */
  pLzStar: number;
  answered: number;
}

export function personFit(
  items: readonly ItemParams[],
  data: ResponseData,
  thetas: ArrayLike<number>,
  options: PersonFitOptions,
): PersonFitResult[] {
  const J = items.length;
  if (data.nItems !== J) throw new Error(`personFit: ${J} items but ${data.nItems} response columns`);
  if (thetas.length !== data.nPersons) throw new Error("personFit: one θ per person is needed");
  const K = maxCategories(items);
  const p = new Float64Array(K);
  const dp = new Float64Array(K);
  const d2p = new Float64Array(K);
  const mean = options.prior?.mean ?? 0;
  const sd = options.prior?.sd ?? 1;
  const out: PersonFitResult[] = [];
  for (let n = 0; n < data.nPersons; n++) {
    const theta = thetas[n];
    let W = 0;
    let varW = 0;
    let info = 0;
    let cov = 0;
    let curv = 0;
    // first pass: W, Var(W), I, Σ P'·w and J over the answered items
    const answeredItems: number[] = [];
    for (let i = 0; i < J; i++) {
      const x = data.x[n * J + i];
      if (x === MISSING) continue;
      if (x >= nCategories(items[i])) {
        throw new Error(
          `Baris ${n + 1}, butir ke-${i + 1}: respons ${x} di luar kategori model. / Row ${n + 1}, item ${i + 1}: response ${x} is outside the model's categories.`,
        );
      }
      const k = nCategories(items[i]);
      answeredItems.push(i);
      categoryDerivs(items[i], theta, p, dp, d2p);
      let m1 = 0;
      let m2 = 0;
      for (let c = 0; c < k; c++) {
        const pc = Math.max(p[c], PROB_FLOOR);
        const w = Math.log(pc);
        m1 += pc * w;
        m2 += pc * w * w;
        info += (dp[c] * dp[c]) / pc;
        cov += dp[c] * w;
        curv += (dp[c] * d2p[c]) / pc;
      }
      W += Math.log(Math.max(p[x], PROB_FLOOR)) - m1;
      varW += m2 - m1 * m1;
    }
    const answered = answeredItems.length;
    if (!Number.isFinite(theta) || answered === 0 || !(info > 0)) {
      out.push({ lz: Number.NaN, lzStar: Number.NaN, pLzStar: Number.NaN, answered });
      continue;
    }
    const c = cov / info;
    let r0 = 0;
    if (options.estimator === "map" || options.estimator === "eap") r0 = -(theta - mean) / (sd * sd);
    else if (options.estimator === "wle") r0 = curv / (2 * info);
    // second pass: variance of the corrected weights w̃ = w − c·r
    let varStar = 0;
    for (const i of answeredItems) {
      const k = nCategories(items[i]);
      categoryDerivs(items[i], theta, p, dp, d2p);
      let m1 = 0;
      let m2 = 0;
      for (let cat = 0; cat < k; cat++) {
        const pc = Math.max(p[cat], PROB_FLOOR);
        const w = Math.log(pc) - (c * dp[cat]) / pc;
        m1 += pc * w;
        m2 += pc * w * w;
      }
      varStar += m2 - m1 * m1;
    }
    const lz = W / Math.sqrt(varW);
    const lzStar = (W + c * r0) / Math.sqrt(varStar);
    out.push({ lz, lzStar, pLzStar: normalCdf(lzStar), answered });
  }
  return out;
}
