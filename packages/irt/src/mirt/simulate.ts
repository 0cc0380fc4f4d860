/** Simulation of multidimensional confirmatory data with known parameters (seeded). */

import { cholesky } from "../numeric/linalg.ts";
import type { Rng } from "../util/random.ts";
import { gradedProbs } from "./graded.ts";
import type { MirtParams } from "./types.ts";

/** N draws of θ ~ N(0, R). */
export function drawLatent(correlations: number[][], N: number, rng: Rng): number[][] {
  const D = correlations.length;
  const l = cholesky(Float64Array.from(correlations.flat()), D);
  if (!l)
    throw new Error("Matriks korelasi tidak definit positif (correlation matrix is not positive definite)");
  return Array.from({ length: N }, () => {
    const z = Array.from({ length: D }, () => rng.normal());
    return Array.from({ length: D }, (_, d) => {
      let s = 0;
      for (let e = 0; e <= d; e++) s += l[d * D + e] * z[e];
      return s;
    });
  });
}

/** Responses (N × J) for the given abilities. */
export function simulateMirt(params: MirtParams, theta: number[][], rng: Rng): number[][] {
  const maxK = Math.max(...params.items.map((it) => it.d.length + 1));
  const p = new Float64Array(maxK);
  return theta.map((th) =>
    params.items.map((it) => {
      let z = 0;
      for (let d = 0; d < th.length; d++) z += it.a[d] * th[d];
      gradedProbs(z, it.d, p);
      let u = rng.uniform();
      for (let k = 0; k < it.d.length; k++) {
        u -= p[k];
        if (u < 0) return k;
      }
      return it.d.length;
    }),
  );
}
