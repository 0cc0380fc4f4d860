/** Small dense linear algebra on row-major Float64Arrays (k × k, k ≈ 12). */

/** In-place Cholesky factor (lower) of a symmetric positive definite matrix; returns false if not PD. */
export function cholesky(a: Float64Array, k: number, out: Float64Array): boolean {
  for (let i = 0; i < k; i++) {
    for (let j = 0; j <= i; j++) {
      let s = a[i * k + j];
      for (let m = 0; m < j; m++) s -= out[i * k + m] * out[j * k + m];
      if (i === j) {
        if (!(s > 0)) return false;
        out[i * k + i] = Math.sqrt(s);
      } else out[i * k + j] = s / out[j * k + j];
    }
    for (let j = i + 1; j < k; j++) out[i * k + j] = 0;
  }
  return true;
}

/** Solves L L' x = b given the Cholesky factor L; writes x into `x`. */
export function cholSolve(l: Float64Array, k: number, b: Float64Array, x: Float64Array): void {
  for (let i = 0; i < k; i++) {
    let s = b[i];
    for (let m = 0; m < i; m++) s -= l[i * k + m] * x[m];
    x[i] = s / l[i * k + i];
  }
  for (let i = k - 1; i >= 0; i--) {
    let s = x[i];
    for (let m = i + 1; m < k; m++) s -= l[m * k + i] * x[m];
    x[i] = s / l[i * k + i];
  }
}

/** Inverse of an SPD matrix from its Cholesky factor. */
export function cholInverse(l: Float64Array, k: number, out: Float64Array): void {
  const e = new Float64Array(k);
  const x = new Float64Array(k);
  for (let c = 0; c < k; c++) {
    e.fill(0);
    e[c] = 1;
    cholSolve(l, k, e, x);
    for (let r = 0; r < k; r++) out[r * k + c] = x[r];
  }
}

/** log det of an SPD matrix from its Cholesky factor. */
export function cholLogDet(l: Float64Array, k: number): number {
  let s = 0;
  for (let i = 0; i < k; i++) s += Math.log(l[i * k + i]);
  return 2 * s;
}
