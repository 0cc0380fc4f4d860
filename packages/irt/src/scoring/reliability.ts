/**
 * Reliability of θ estimates.
 * - marginalReliability: as mirt 1.47's `marginal_rxx`,
 *   ∫ I(θ)/(I(θ) + σ²) φ(θ) dθ with φ the N(0, 1) density and σ² the
 *   calibration's latent variance (1 except for Rasch; mirt uses the same
 *   expression, so Rasch values agree with mirt's), integrated by the
 *   trapezoid rule on 4001 points over [−10, 10] (error ≪ 1e-8).
 * - empiricalReliability: as mirt's `empirical_rxx`, var(θ̂) / (var(θ̂) + mean(SE²)).
 */
import { testInfo as _testInfo, itemInfo, makeScratch, maxCategories } from "../models/items.ts";
import type { ItemParams } from "../models/types.ts";
import { normalDensity } from "../numeric/normal.ts";

export function marginalReliability(items: readonly ItemParams[], latentVariance = 1): number {
  const n = 4001;
  const lo = -10;
  const hi = 10;
  const h = (hi - lo) / (n - 1);
  const s = makeScratch(maxCategories(items));
  let total = 0;
  for (let i = 0; i < n; i++) {
    const t = lo + i * h;
    let info = 0;
    for (const it of items) info += itemInfo(it, t, s);
    const dens = normalDensity(t);
    const w = i === 0 || i === n - 1 ? 0.5 : 1;
    total += w * (info / (info + latentVariance)) * dens;
  }
  return total * h;
}

export function empiricalReliability(theta: ArrayLike<number>, se: ArrayLike<number>): number {
  let n = 0;
  let m = 0;
  for (let i = 0; i < theta.length; i++) {
    if (Number.isFinite(theta[i]) && Number.isFinite(se[i])) {
      n++;
      m += theta[i];
    }
  }
  m /= n;
  let v = 0;
  let e = 0;
  for (let i = 0; i < theta.length; i++) {
    if (Number.isFinite(theta[i]) && Number.isFinite(se[i])) {
      v += (theta[i] - m) ** 2;
      e += se[i] * se[i];
    }
  }
  v /= n - 1;
  e /= n;
  return v / (v + e);
}

/** Test information at each θ. */
export function testInformation(items: readonly ItemParams[], thetas: ArrayLike<number>): Float64Array {
  return Float64Array.from({ length: thetas.length }, (_, i) => _testInfo(items, thetas[i]));
}

/** Item information of one item at each θ. */
export function itemInformation(item: ItemParams, thetas: ArrayLike<number>): Float64Array {
  const s = makeScratch(maxCategories([item]));
  return Float64Array.from({ length: thetas.length }, (_, i) => itemInfo(item, thetas[i], s));
}
