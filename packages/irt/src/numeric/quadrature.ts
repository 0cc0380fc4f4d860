/**
 * Fixed quadrature for latent traits, as mirt uses by default: equally
 * spaced nodes on [−bound, bound] (61 on [−6, 6] for one dimension), weights
 * proportional to the normal density at the nodes and normalised to sum to
 * one (a rectangular rule). For D dimensions a product grid of Q points per
 * dimension (Q^D nodes) with N(0, R) weights.
 */
import { cholesky, choleskySolve } from "./linalg.ts";

export interface Quadrature {
  nodes: Float64Array;
  weights: Float64Array;
}

export function equallySpacedNodes(n = 61, bound = 6): Float64Array {
  const nodes = new Float64Array(n);
  for (let q = 0; q < n; q++) nodes[q] = -bound + (2 * bound * q) / (n - 1);
  return nodes;
}

/** Normalised N(mean, sd²) weights at the given nodes. */
export function normalWeights(nodes: Float64Array, mean = 0, sd = 1): Float64Array {
  const w = new Float64Array(nodes.length);
  let sum = 0;
  for (let q = 0; q < nodes.length; q++) {
    const z = (nodes[q] - mean) / sd;
    w[q] = Math.exp(-0.5 * z * z);
    sum += w[q];
  }
  for (let q = 0; q < nodes.length; q++) w[q] /= sum;
  return w;
}

export function normalQuadrature(n = 61, bound = 6, sd = 1): Quadrature {
  const nodes = equallySpacedNodes(n, bound);
  return { nodes, weights: normalWeights(nodes, 0, sd) };
}

export interface Grid {
  D: number;
  /** Node coordinates, node-major: nodes[q·D + d]. */
  nodes: Float64Array;
  size: number;
}

/** Q points equally spaced on [−bound, bound] per dimension, Q^D nodes. */
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

/** Normalised N(0, R) weights at the grid nodes (R row-major D × D); throws when R is not positive definite. */
export function gridWeights(grid: Grid, R: Float64Array): Float64Array {
  const { D, nodes, size } = grid;
  const l = cholesky(R, D);
  if (!l)
    throw new Error("Matriks korelasi tidak definit positif (correlation matrix is not positive definite)");
  const w = new Float64Array(size);
  const x = new Float64Array(D);
  let max = Number.NEGATIVE_INFINITY;
  for (let q = 0; q < size; q++) {
    choleskySolve(l, D, nodes.subarray(q * D, (q + 1) * D), x);
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
