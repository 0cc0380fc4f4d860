/** Small dense linear algebra for item-level Newton steps and SEs. */

/**
 * Solves A x = b for symmetric positive definite A (n × n, row-major) by
 * Cholesky; returns null when A is not positive definite.
 */
export function choleskySolve(A: Float64Array, b: ArrayLike<number>, n: number): Float64Array | null {
  const L = cholesky(A, n);
  if (L === null) return null;
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = b[i];
    for (let k = 0; k < i; k++) s -= L[i * n + k] * y[k];
    y[i] = s / L[i * n + i];
  }
  const x = new Float64Array(n);
  for (let i = n - 1; i >= 0; i--) {
    let s = y[i];
    for (let k = i + 1; k < n; k++) s -= L[k * n + i] * x[k];
    x[i] = s / L[i * n + i];
  }
  return x;
}

/** Lower-triangular Cholesky factor of a symmetric matrix, or null. */
export function cholesky(A: Float64Array, n: number): Float64Array | null {
  const L = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let s = A[i * n + j];
      for (let k = 0; k < j; k++) s -= L[i * n + k] * L[j * n + k];
      if (i === j) {
        if (!(s > 0)) return null;
        L[i * n + i] = Math.sqrt(s);
      } else L[i * n + j] = s / L[j * n + j];
    }
  }
  return L;
}

/** Inverse of a symmetric positive definite matrix, or null. */
export function invertSpd(A: Float64Array, n: number): Float64Array | null {
  const inv = new Float64Array(n * n);
  const e = new Float64Array(n);
  for (let c = 0; c < n; c++) {
    e.fill(0);
    e[c] = 1;
    const col = choleskySolve(A, e, n);
    if (col === null) return null;
    for (let r = 0; r < n; r++) inv[r * n + c] = col[r];
  }
  return inv;
}
