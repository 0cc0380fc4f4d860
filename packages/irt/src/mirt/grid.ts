/**
 * Product grid for D latent dimensions: Q points equally spaced on
 * [−bound, bound] per dimension (Q^D nodes), with weights proportional to the
 * N(0, R) density at each node, normalised to sum to one (a rectangular rule,
 * as mirt's default fixed quadrature).
 */
import { cholesky, choleskySolve } from "./linalg.ts";

export interface Grid {
  D: number;
  /** Node coordinates, node-major: nodes[q·D + d]. */
  nodes: Float64Array;
  size: number;
}

export function productGrid(D: number, pointsPerDimension: number, bound: number): Grid {
  const Q = pointsPerDimension;
  const size = Q ** D;
  const nodes = new Float64Array(size * D);
  for (let q = 0; q < size; q++) {
    let rest = q;
    for (let d = D - 1; d >= 0; d--) {
      nodes[q * D + d] = -bound + (2 * bound * (rest % Q)) / (Q - 1);
      rest = Math.floor(rest / Q);
    }
  }
  return { D, nodes, size };
}

/** Normalised N(0, R) weights at the grid nodes (R row-major D × D). */
export function gridWeights(grid: Grid, R: Float64Array): Float64Array {
  const { D, nodes, size } = grid;
  const l = cholesky(R, D);
  if (!l)
    throw new Error("Matriks korelasi tidak definit positif (correlation matrix is not positive definite)");
  const w = new Float64Array(size);
  let max = Number.NEGATIVE_INFINITY;
  for (let q = 0; q < size; q++) {
    const x = choleskySolve(l, D, nodes.subarray(q * D, (q + 1) * D));
    let quad = 0;
    for (let d = 0; d < D; d++) quad += nodes[q * D + d] * x[d];
    w[q] = -0.5 * quad;
    if (w[q] > max) max = w[q];
  }
  let sum = 0;
  for (let q = 0; q < size; q++) {
    w[q] = Math.exp(w[q] - max);
    sum += w[q];
  }
  for (let q = 0; q < size; q++) w[q] /= sum;
  return w;
}
