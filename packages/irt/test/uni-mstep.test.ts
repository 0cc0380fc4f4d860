/** The GRM M-step's analytic Hessian against central differences of the (analytic) gradient. */
import { describe, expect, it } from "vitest";
import { grmHessian, itemObjective } from "../src/estimation/mstep.ts";
import type { ItemParams } from "../src/models/types.ts";
import { equallySpacedNodes } from "../src/numeric/quadrature.ts";
import { createRng } from "../src/util/random.ts";

describe("GRM M-step Hessian", () => {
  it("equals central finite differences of the gradient, with empty and sparse categories too", () => {
    const nodes = equallySpacedNodes(61, 6);
    const Q = nodes.length;
    const rng = createRng(5);
    const cases: ItemParams[] = [
      { model: "grm", a: 1.1, d: [2.5, 0.3, -1.9] },
      { model: "grm", a: 2.4, d: [1.2, -0.5, -0.6, -3] },
      { model: "grm", a: 0.4, d: [-0.2] },
    ];
    for (const item of cases) {
      const K = item.d.length + 1;
      const counts = new Float64Array(K * Q);
      // Random expected counts; the last category empty at half the nodes.
      for (let i = 0; i < counts.length; i++) counts[i] = rng.uniform() < 0.1 ? 0 : 40 * rng.uniform();
      for (let q = 0; q < Q; q += 2) counts[(K - 1) * Q + q] = 0;
      const v = Float64Array.from([item.a, ...item.d]);
      const H = grmHessian(v, counts, nodes);
      const gPlus = new Float64Array(K);
      const gMinus = new Float64Array(K);
      for (let i = 0; i < K; i++) {
        const h = 1e-5;
        const up = Float64Array.from(v);
        const down = Float64Array.from(v);
        up[i] += h;
        down[i] -= h;
        itemObjective(item, up, counts, nodes, gPlus);
        itemObjective(item, down, counts, nodes, gMinus);
        for (let k = 0; k < K; k++) {
          const fd = (gPlus[k] - gMinus[k]) / (2 * h);
          expect(Math.abs(H[k * K + i] - fd)).toBeLessThan(1e-6 * Math.max(1, Math.abs(fd)));
          expect(H[k * K + i]).toBe(H[i * K + k]);
        }
      }
    }
  });
});
