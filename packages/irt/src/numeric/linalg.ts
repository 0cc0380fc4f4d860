/**
 * Dense symmetric linear algebra on row-major Float64Arrays (n × n), enough
 * for Newton steps, posterior covariances and information matrices of a few
 * dozen parameters. Every engine of the package and the domain's DIF use
 * these; there is no other solver (docs/irt/core.md, "Numeric layer").
 *
 * Failure is reported, never hidden: `cholesky` returns null when the matrix
 * is not numerically positive definite (a non-positive or NaN pivot), and so
 * do the helpers built on it. The ridge variants say which ridge they needed.
 */

/**
 * Cholesky factor L (lower triangle, row-major, upper triangle zero) with
 * A = L·Lᵀ, written into `out` (allocated when not given) and returned; null
 * when A is not positive definite, in which case `out` holds no usable
 * numbers.
 */
export function cholesky(
  a: ArrayLike<number>,
  n: number,
  out: Float64Array = new Float64Array(n * n),
): Float64Array | null {
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let s = a[i * n + j];
      for (let k = 0; k < j; k++) s -= out[i * n + k] * out[j * n + k];
      if (i === j) {
        if (!(s > 0)) return null;
        out[i * n + i] = Math.sqrt(s);
      } else out[i * n + j] = s / out[j * n + j];
    }
    for (let j = i + 1; j < n; j++) out[i * n + j] = 0;
  }
  return out;
}

/**
 * Solves L·Lᵀ·x = b given a Cholesky factor L; x is written into `out`
 * (allocated when not given; it may be `b` itself).
 */
export function choleskySolve(
  l: Float64Array,
  n: number,
  b: ArrayLike<number>,
  out: Float64Array = new Float64Array(n),
): Float64Array {
  for (let i = 0; i < n; i++) {
    let s = b[i];
    for (let k = 0; k < i; k++) s -= l[i * n + k] * out[k];
    out[i] = s / l[i * n + i];
  }
  for (let i = n - 1; i >= 0; i--) {
    let s = out[i];
    for (let k = i + 1; k < n; k++) s -= l[k * n + i] * out[k];
    out[i] = s / l[i * n + i];
  }
  return out;
}

/** (L·Lᵀ)⁻¹ from a Cholesky factor L, written into `out` (allocated when not given). */
export function choleskyInverse(
  l: Float64Array,
  n: number,
  out: Float64Array = new Float64Array(n * n),
): Float64Array {
  const e = new Float64Array(n);
  const x = new Float64Array(n);
  for (let c = 0; c < n; c++) {
    e.fill(0);
    e[c] = 1;
    choleskySolve(l, n, e, x);
    for (let r = 0; r < n; r++) out[r * n + c] = x[r];
  }
  return out;
}

/** log det(L·Lᵀ) from a Cholesky factor L. */
export function choleskyLogDet(l: Float64Array, n: number): number {
  let s = 0;
  for (let i = 0; i < n; i++) s += Math.log(l[i * n + i]);
  return 2 * s;
}

/** Solves A·x = b for symmetric positive definite A; null when A is not positive definite. */
export function solveSpd(a: ArrayLike<number>, n: number, b: ArrayLike<number>): Float64Array | null {
  const l = cholesky(a, n);
  return l ? choleskySolve(l, n, b) : null;
}

/** Inverse of a symmetric positive definite matrix; null when it is not positive definite. */
export function inverseSpd(a: ArrayLike<number>, n: number): Float64Array | null {
  const l = cholesky(a, n);
  return l ? choleskyInverse(l, n) : null;
}

/** log det A of a symmetric positive definite matrix; null when it is not positive definite. */
export function logDetSpd(a: ArrayLike<number>, n: number): number | null {
  const l = cholesky(a, n);
  return l ? choleskyLogDet(l, n) : null;
}

/**
 * Ridge schedule for a symmetric matrix that should be positive definite but
 * may not be numerically (a Hessian far from the optimum, a Fisher matrix
 * with a near-empty cell). λ runs 0 (no ridge), then `start`, `start·growth`,
 * … while below `limit`; the ridge added to diagonal entry i is λ·s_i with
 * s_i = max_j |a_jj| (or 1 when that is 0) for `scale: "largest"`, and
 * s_i = max(1, |a_ii|) for `scale: "own"`.
 */
export interface RidgeOptions {
  /** First non-zero λ (default 1e-10). */
  start?: number;
  /** Factor from one λ to the next (default 100). */
  growth?: number;
  /** Give up at this λ (default 1e12). */
  limit?: number;
  /** Default "largest". */
  scale?: "largest" | "own";
}

export interface RidgedCholesky {
  /** Cholesky factor of A + λ·diag(s). */
  factor: Float64Array;
  /** λ used (0 when A itself was positive definite). */
  ridge: number;
}

/** Cholesky factor of A + λ·diag(s) for the smallest λ of the schedule that works; null when none does. */
export function choleskyRidged(
  a: ArrayLike<number>,
  n: number,
  opts: RidgeOptions = {},
): RidgedCholesky | null {
  const direct = cholesky(a, n);
  if (direct) return { factor: direct, ridge: 0 };
  const start = opts.start ?? 1e-10;
  const growth = opts.growth ?? 100;
  const limit = opts.limit ?? 1e12;
  const scale = new Float64Array(n);
  if (opts.scale === "own") for (let i = 0; i < n; i++) scale[i] = Math.max(1, Math.abs(a[i * n + i]));
  else {
    let largest = 0;
    for (let i = 0; i < n; i++) largest = Math.max(largest, Math.abs(a[i * n + i]));
    scale.fill(largest || 1);
  }
  const r = Float64Array.from(a);
  const l = new Float64Array(n * n);
  for (let lambda = start; lambda < limit; lambda *= growth) {
    for (let i = 0; i < n; i++) r[i * n + i] = a[i * n + i] + lambda * scale[i];
    if (cholesky(r, n, l)) return { factor: l, ridge: lambda };
  }
  return null;
}

/** Solves (A + λ·diag(s))·x = b with the ridge of `choleskyRidged`; null when no ridge of the schedule works. */
export function solveSpdRidged(
  a: ArrayLike<number>,
  n: number,
  b: ArrayLike<number>,
  opts: RidgeOptions = {},
): Float64Array | null {
  const r = choleskyRidged(a, n, opts);
  return r ? choleskySolve(r.factor, n, b) : null;
}
