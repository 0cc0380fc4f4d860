/**
 * Small dense symmetric linear algebra on row-major Float64Arrays (n × n),
 * enough for Newton steps and covariance matrices of a few dozen parameters.
 */

/** Cholesky factor L (lower, row-major) of a symmetric positive definite A, or null. */
export function cholesky(a: Float64Array, n: number): Float64Array | null {
  const l = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let s = a[i * n + j];
      for (let k = 0; k < j; k++) s -= l[i * n + k] * l[j * n + k];
      if (i === j) {
        if (!(s > 0)) return null;
        l[i * n + i] = Math.sqrt(s);
      } else l[i * n + j] = s / l[j * n + j];
    }
  }
  return l;
}

/** Solves L·Lᵀ·x = b given the Cholesky factor L. */
export function choleskySolve(l: Float64Array, n: number, b: ArrayLike<number>): Float64Array {
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = b[i];
    for (let k = 0; k < i; k++) s -= l[i * n + k] * y[k];
    y[i] = s / l[i * n + i];
  }
  for (let i = n - 1; i >= 0; i--) {
    let s = y[i];
    for (let k = i + 1; k < n; k++) s -= l[k * n + i] * y[k];
    y[i] = s / l[i * n + i];
  }
  return y;
}

/** Inverse of a symmetric positive definite matrix, or null when it is not positive definite. */
export function spdInverse(a: Float64Array, n: number): Float64Array | null {
  const l = cholesky(a, n);
  if (!l) return null;
  const inv = new Float64Array(n * n);
  const e = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    e.fill(0);
    e[j] = 1;
    const col = choleskySolve(l, n, e);
    for (let i = 0; i < n; i++) inv[i * n + j] = col[i];
  }
  return inv;
}

/**
 * Solves A·x = b for symmetric A, adding a ridge λ·max|diag| (λ = 1e-10, then
 * growing) when A is not numerically positive definite.
 */
export function solveSpd(a: Float64Array, n: number, b: ArrayLike<number>): Float64Array {
  let l = cholesky(a, n);
  let ridge = 1e-10;
  let scale = 0;
  for (let i = 0; i < n; i++) scale = Math.max(scale, Math.abs(a[i * n + i]));
  while (!l) {
    const r = a.slice();
    for (let i = 0; i < n; i++) r[i * n + i] += ridge * (scale || 1);
    l = cholesky(r, n);
    ridge *= 100;
  }
  return choleskySolve(l, n, b);
}
