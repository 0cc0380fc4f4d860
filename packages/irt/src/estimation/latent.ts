/**
 * M-step for the latent variance (Rasch: slopes fixed at 1, variance free,
 * mean fixed at 0, as mirt's Rasch itemtype). With fixed nodes θ_q and
 * weights w_q(σ) ∝ φ(θ_q/σ), the expected log-likelihood Σ_q n_q log w_q(σ)
 * is maximal where the second moment of the (discretised) N(0, σ²) equals
 * the posterior second moment Σ_q n_q θ_q² / Σ_q n_q; it is increasing in σ,
 * so bisection finds it.
 */
import { normalWeights } from "../numeric/quadrature.ts";

export function latentVarianceStep(nodes: Float64Array, nodeTotals: Float64Array): number {
  let n = 0;
  let m2 = 0;
  for (let q = 0; q < nodes.length; q++) {
    n += nodeTotals[q];
    m2 += nodeTotals[q] * nodes[q] * nodes[q];
  }
  m2 /= n;
  const moment = (sd: number) => {
    const w = normalWeights(nodes, 0, sd);
    let s = 0;
    for (let q = 0; q < nodes.length; q++) s += w[q] * nodes[q] * nodes[q];
    return s;
  };
  let lo = 1e-3;
  let hi = 100;
  for (let it = 0; it < 100 && hi - lo > 1e-13 * hi; it++) {
    const mid = 0.5 * (lo + hi);
    if (moment(mid) < m2) lo = mid;
    else hi = mid;
  }
  const sd = 0.5 * (lo + hi);
  return sd * sd;
}
