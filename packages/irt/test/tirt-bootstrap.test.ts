/**
 * Bootstrap standard errors of item parameters against the true sampling
 * variability: the SD of estimates over independent samples drawn from the
 * generating model.
 */
import { describe, expect, it } from "vitest";
import { bootstrapTirtStandardErrors } from "../src/tirt/bootstrap.ts";
import { calibrateTirtModel } from "../src/tirt/calibrate.ts";
import { generateTirtParams } from "../src/tirt/params.ts";
import { simulateTirt } from "../src/tirt/simulate.ts";
import { tripletDesign } from "./fixtures/tirt/designs.ts";

const median = (x: number[]) => {
  const s = [...x].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

describe("bootstrap standard errors", () => {
  it("match the sampling SD of λ, γ and Φ across independent samples", () => {
    const design = tripletDesign(3, 8, "mixed");
    const truth = generateTirtParams(design, {
      seed: 61,
      loadingRange: [0.6, 0.8],
      traitCorrelations: [
        [1, 0.3, -0.2],
        [0.3, 1, 0.4],
        [-0.2, 0.4, 1],
      ],
    });
    const N = 800;
    const R = 30;
    const estimates: { lambda: Float64Array; gamma: Float64Array; phi: Float64Array }[] = [];
    for (let r = 0; r < R; r++) {
      const sim = simulateTirt(truth, { persons: N, seed: 1000 + r });
      estimates.push(calibrateTirtModel(design, sim.outcomes, N).model);
    }
    const sd = (get: (m: (typeof estimates)[number]) => Float64Array, i: number) => {
      const v = estimates.map((m) => get(m)[i]);
      const mean = v.reduce((a, b) => a + b, 0) / R;
      return Math.sqrt(v.reduce((a, b) => a + (b - mean) ** 2, 0) / (R - 1));
    };
    const sim = simulateTirt(truth, { persons: N, seed: 62 });
    const fit = calibrateTirtModel(design, sim.outcomes, N);
    const se = bootstrapTirtStandardErrors(design, sim.outcomes, N, fit, { replicates: 30, seed: 63 });
    expect(se.converged).toBe(30);
    const ratios = {
      lambda: Array.from(se.lambda, (s, i) => s / sd((m) => m.lambda, i)),
      gamma: Array.from(se.gamma, (s, i) => s / sd((m) => m.gamma, i)),
      phi: [1, 2, 5].map((i) => se.phi[i] / sd((m) => m.phi, i)),
    };
    console.log(
      `bootstrap SE / sampling SD (median): λ ${median(ratios.lambda).toFixed(2)}, γ ${median(ratios.gamma).toFixed(2)}, Φ ${median(ratios.phi).toFixed(2)}`,
    );
    for (const r of Object.values(ratios)) {
      expect(median(r)).toBeGreaterThan(0.7);
      expect(median(r)).toBeLessThan(1.4);
    }
  }, 60_000);
});
