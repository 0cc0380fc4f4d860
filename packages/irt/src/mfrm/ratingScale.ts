/**
 * Andrich rating-scale category probabilities: P(X = k | η) ∝ exp(k·η − Σ_{h≤k} τ_h),
 * computed on the log scale (stable for any η).
 */
export function ratingScaleProbs(eta: number, tau: ArrayLike<number>, out: Float64Array): Float64Array {
  const K = tau.length + 1;
  let s = 0;
  let max = 0;
  out[0] = 0;
  for (let k = 1; k < K; k++) {
    s += eta - tau[k - 1];
    out[k] = s;
    if (s > max) max = s;
  }
  let sum = 0;
  for (let k = 0; k < K; k++) {
    out[k] = Math.exp(out[k] - max);
    sum += out[k];
  }
  for (let k = 0; k < K; k++) out[k] /= sum;
  return out;
}
