/**
 * Standard normal distribution function Φ and its inverse, used by the
 * norms (normalised T-scores, the 0–100 scale) and by scoring grids.
 */

const LN_SQRT_2PI = 0.9189385332046727;

/** Standard normal density φ(z). */
export function normalDensity(z: number): number {
  return Math.exp(-0.5 * z * z - LN_SQRT_2PI);
}

/**
 * Φ(z). For |z| < 3 Marsaglia's (2004) Taylor series about 0 (absolute error
 * ~1e-16; for −3 < z < −1 the sum 0.5 + s·φ cancels, so relative error grows
 * to ~1e-13); in the tails Laplace's continued fraction for Mills' ratio, so
 * that Φ(−z) keeps its relative accuracy far into the lower tail (upper tail
 * by symmetry).
 */
export function normalCdf(z: number): number {
  if (Number.isNaN(z)) return Number.NaN;
  if (z > 3) return 1 - lowerTail(-z);
  if (z < -3) return lowerTail(z);
  let s = z;
  let t = 0;
  let b = z;
  const q = z * z;
  let i = 1;
  while (s !== t) {
    t = s;
    i += 2;
    b *= q / i;
    s = t + b;
  }
  return 0.5 + s * Math.exp(-0.5 * q - LN_SQRT_2PI);
}

/** Φ(z) for z ≤ −3 via the continued fraction φ(x)/(x + 1/(x + 2/(x + …))), x = −z. */
function lowerTail(z: number): number {
  if (z === Number.NEGATIVE_INFINITY) return 0;
  const x = -z;
  let f = x;
  for (let k = 60; k >= 1; k--) f = x + k / f;
  return normalDensity(x) / f;
}

/**
 * Φ⁻¹(p) for p in (0, 1): a starting value from Abramowitz & Stegun 26.2.23
 * (|error| < 4.5e-4) polished by Halley steps on `normalCdf`. Returns ∓∞ at
 * p = 0 / 1 and NaN outside [0, 1].
 */
export function normalQuantile(p: number): number {
  if (!(p >= 0 && p <= 1)) return Number.NaN;
  if (p === 0) return Number.NEGATIVE_INFINITY;
  if (p === 1) return Number.POSITIVE_INFINITY;
  if (p > 0.5) return -normalQuantile(1 - p);
  const t = Math.sqrt(-2 * Math.log(p));
  let z = -(
    t -
    (2.515517 + 0.802853 * t + 0.010328 * t * t) /
      (1 + 1.432788 * t + 0.189269 * t * t + 0.001308 * t * t * t)
  );
  for (let iter = 0; iter < 4; iter++) {
    const dens = normalDensity(z);
    if (dens === 0) break;
    const r = (normalCdf(z) - p) / dens;
    const step = r / (1 + 0.5 * z * r);
    z -= step;
    if (Math.abs(step) < 1e-15 * Math.max(1, Math.abs(z))) break;
  }
  return z;
}
