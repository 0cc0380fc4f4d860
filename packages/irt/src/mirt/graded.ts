/**
 * Multidimensional graded response item (2PL when it has two categories):
 * S_k = P(X ≥ k) = logistic(aᵀθ + d_k), S_0 = 1, S_K = 0, P_k = S_k − S_{k+1}.
 */
import { logistic } from "../models/items.ts";

/**
 * Category probabilities at linear predictor z = aᵀθ; also S_k(1 − S_k) in
 * `w` (w[0] = w[K] = 0), the derivative of S_k in z. Complements are used
 * above 0.5 so that tail probabilities keep their precision.
 */
export function gradedProbs(z: number, d: ArrayLike<number>, p: Float64Array, w?: Float64Array): void {
  const K = d.length + 1;
  let prevZ = Number.POSITIVE_INFINITY;
  if (w) {
    w[0] = 0;
    w[K] = 0;
  }
  for (let k = 0; k < K; k++) {
    const zHi = prevZ;
    const zLo = k < K - 1 ? z + d[k] : Number.NEGATIVE_INFINITY;
    const pk = zLo >= 0 ? logistic(-zLo) - logistic(-zHi) : logistic(zHi) - logistic(zLo);
    p[k] = Math.max(pk, 1e-300);
    if (w && k < K - 1) {
      const s = logistic(zLo);
      w[k + 1] = s * (1 - s);
    }
    prevZ = zLo;
  }
}
