/**
 * Numerical building blocks of the Thurstonian IRT engine checked against
 * independent references: known normal-distribution values, a direct
 * numerical integral of the bivariate normal, tetrachoric correlations of
 * simulated bivariate normals, and analytic gradients/Hessians against
 * central finite differences.
 */
import { describe, expect, it } from "vitest";
import { normalQuantile } from "../src/numeric/normal.ts";
import { identifyingUniquenesses, ulsObjective } from "../src/tirt/calibrate.ts";
import { layoutOf, type TirtDesign } from "../src/tirt/design.ts";
import { generateTirtParams } from "../src/tirt/params.ts";
import { logPosterior, pairCoefficients, posteriorDerivatives } from "../src/tirt/score.ts";
import { simulateTirt } from "../src/tirt/simulate.ts";
import { pairStatistics, tetrachoric } from "../src/tirt/tetrachoric.ts";
import { createRng } from "../src/util/random.ts";

/** Blocks of 2, 3 and 4, a block with two statements of one trait, mixed keying. */
const design: TirtDesign = {
  traits: ["A", "B", "C"],
  blocks: [
    {
      id: "q1",
      statements: ["A", "B", "C", "A"].map((t, i) => ({ id: `q1s${i}`, trait: t, keyed: i === 3 ? -1 : 1 })),
    },
    {
      id: "t1",
      statements: ["B", "C", "A"].map((t, i) => ({ id: `t1s${i}`, trait: t, keyed: i === 0 ? -1 : 1 })),
    },
    { id: "t2", statements: ["C", "A", "B"].map((t, i) => ({ id: `t2s${i}`, trait: t, keyed: 1 })) },
    {
      id: "t3",
      statements: ["A", "C", "B"].map((t, i) => ({ id: `t3s${i}`, trait: t, keyed: i === 1 ? -1 : 1 })),
    },
    { id: "p1", statements: ["B", "C"].map((t, i) => ({ id: `p1s${i}`, trait: t, keyed: 1 })) },
  ],
} as TirtDesign;

describe("tetrachoric correlation", () => {
  it("recovers the correlation of dichotomised bivariate normals (tetrachoric)", () => {
    const rng = createRng(3);
    for (const [rho, t1, t2] of [
      [0.5, 0.3, -0.4],
      [-0.7, 0, 1],
      [0.1, -1.2, 0.2],
    ]) {
      const n = 100_000;
      const c = [0, 0, 0, 0];
      for (let i = 0; i < n; i++) {
        const x = rng.normal();
        const y = rho * x + Math.sqrt(1 - rho * rho) * rng.normal();
        c[(x > t1 ? 2 : 0) + (y > t2 ? 1 : 0)]++;
      }
      const r = tetrachoric(
        normalQuantile(1 - (c[2] + c[3]) / n),
        normalQuantile(1 - (c[1] + c[3]) / n),
        c[3],
        c[2],
        c[1],
        c[0],
      );
      expect(Math.abs(r - rho)).toBeLessThan(0.02);
    }
  });
});

describe("analytic derivatives", () => {
  const truth = generateTirtParams(design, {
    seed: 7,
    traitCorrelations: [
      [1, 0.4, -0.3],
      [0.4, 1, 0.2],
      [-0.3, 0.2, 1],
    ],
  });
  const layout = layoutOf(design);

  it("ULS discrepancy gradient equals central finite differences (λ, free ψ², Φ angles)", () => {
    const sim = simulateTirt(truth, { persons: 3000, seed: 8, format: "mostLeast" });
    const stats = pairStatistics(sim.outcomes, 3000, layout.pairs.length);
    const fixed = identifyingUniquenesses(layout, 1);
    fixed[5] = 0.05; // a Heywood-fixed statement as well
    const obj = ulsObjective(layout, stats, fixed, 1);
    const rng = createRng(9);
    const x = obj.start().map((v) => v + 0.3 * (rng.uniform() - 0.5));
    const g = new Float64Array(obj.size);
    obj.value(x, g);
    const scratch = new Float64Array(obj.size);
    const h = 1e-6;
    for (let k = 0; k < obj.size; k++) {
      const xp = Float64Array.from(x);
      const xm = Float64Array.from(x);
      xp[k] += h;
      xm[k] -= h;
      const fd = (obj.value(xp, scratch) - obj.value(xm, scratch)) / (2 * h);
      expect(Math.abs(fd - g[k])).toBeLessThan(1e-6 * Math.max(1, Math.abs(fd)));
    }
  });

  it("log-posterior gradient and Hessian equal finite differences, with skipped pairs", () => {
    const sim = simulateTirt(truth, { persons: 5, seed: 10, format: "mostLeast", skipRate: 0.3 });
    const c = pairCoefficients(truth);
    const T = 3;
    const grad = new Float64Array(T);
    const neg = new Float64Array(T * T);
    const gp = new Float64Array(T);
    const gm = new Float64Array(T);
    const scratch = new Float64Array(T * T);
    const h = 1e-5;
    for (let p = 0; p < 5; p++) {
      const off = p * c.P;
      const eta = Float64Array.from([0.4, -1.1, 2.3].map((v) => v * (p - 2)));
      posteriorDerivatives(c, sim.outcomes, off, eta, grad, neg);
      for (let a = 0; a < T; a++) {
        const ep = Float64Array.from(eta);
        const em = Float64Array.from(eta);
        ep[a] += h;
        em[a] -= h;
        const fd =
          (logPosterior(c, sim.outcomes, off, ep) - logPosterior(c, sim.outcomes, off, em)) / (2 * h);
        expect(Math.abs(fd - grad[a])).toBeLessThan(1e-6 * Math.max(1, Math.abs(fd)));
        posteriorDerivatives(c, sim.outcomes, off, ep, gp, scratch);
        posteriorDerivatives(c, sim.outcomes, off, em, gm, scratch);
        for (let b = 0; b < T; b++) {
          const fdh = -(gp[b] - gm[b]) / (2 * h);
          expect(Math.abs(fdh - neg[b * T + a])).toBeLessThan(1e-5 * Math.max(1, Math.abs(fdh)));
        }
      }
    }
  });
});
