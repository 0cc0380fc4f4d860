/**
 * Per-person log-likelihood of θ and its first two derivatives, summed over
 * the person's answered items (missing responses are skipped).
 */
import { categoryDerivs, type ItemScratch, logistic, PROB_FLOOR } from "../models/items.ts";
import type { ItemParams } from "../models/types.ts";

/** out[0] = log L(θ), out[1] = d/dθ, out[2] = d²/dθ². */
export function personLogLik(
  items: readonly ItemParams[],
  x: Int16Array,
  row: number,
  theta: number,
  s: ItemScratch,
  out: Float64Array,
): void {
  let f = 0;
  let g = 0;
  let h = 0;
  const J = items.length;
  for (let j = 0; j < J; j++) {
    const k = x[row + j];
    if (k < 0) continue;
    const it = items[j];
    if (it.model === "2pl" || it.model === "rasch") {
      const a = it.model === "rasch" ? 1 : it.a;
      const z = a * theta + it.d[0];
      const p = logistic(z);
      f += k === 1 ? Math.log(Math.max(p, PROB_FLOOR)) : Math.log(Math.max(logistic(-z), PROB_FLOOR));
      g += k === 1 ? a * (1 - p) : -a * p;
      h -= a * a * p * (1 - p);
      continue;
    }
    categoryDerivs(it, theta, s.p, s.dp, s.d2p);
    const pk = Math.max(s.p[k], PROB_FLOOR);
    f += Math.log(pk);
    const d1 = s.dp[k] / pk;
    g += d1;
    h += s.d2p[k] / pk - d1 * d1;
  }
  out[0] = f;
  out[1] = g;
  out[2] = h;
}

/**
 * Test information I(θ) and Warm's correction term J(θ) = Σ Σ_k P'_k P''_k / P_k
 * over the person's answered items, written to out[0], out[1].
 */
export function personInfo(
  items: readonly ItemParams[],
  x: Int16Array,
  row: number,
  theta: number,
  s: ItemScratch,
  out: Float64Array,
): void {
  let info = 0;
  let warm = 0;
  for (let j = 0; j < items.length; j++) {
    if (x[row + j] < 0) continue;
    const it = items[j];
    categoryDerivs(it, theta, s.p, s.dp, s.d2p);
    const K = it.model === "grm" ? it.d.length + 1 : it.model === "gpcm" ? it.d.length : 2;
    for (let k = 0; k < K; k++) {
      if (s.p[k] <= PROB_FLOOR) continue;
      info += (s.dp[k] * s.dp[k]) / s.p[k];
      warm += (s.dp[k] * s.d2p[k]) / s.p[k];
    }
  }
  out[0] = info;
  out[1] = warm;
}
