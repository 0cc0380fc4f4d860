/**
 * Fixed quadrature for the unidimensional latent trait, as mirt uses by
 * default for one dimension: equally spaced nodes on [−6, 6] (61 of them),
 * weights proportional to the N(mean, sd²) density at the nodes and
 * normalised to sum to one.
 */
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
