/**
 * The normal distribution of the numeric layer (src/numeric/normal.ts)
 * against R 4 (`pnorm`, `pnorm(log.p = TRUE)`, `qnorm`, and the inverse Mills
 * ratio as exp(dnorm(log = TRUE) − pnorm(log.p = TRUE))), printed with 17
 * significant digits.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  bivariateNormalUpper,
  logNormalCdf,
  logNormalCdfMills,
  mills,
  millsRatio,
  normalCdf,
  normalDensity,
  normalQuantile,
} from "../src/numeric/normal.ts";

// x, Φ(x), log Φ(x), φ(x)/Φ(x)
const R_VALUES: [number, number, number, number][] = [
  [-200, 0, -20006.217280898189, 200.00499975003109],
  [-40, 0, -804.6084420137538, 40.024968847206338],
  [-30, 4.9067139271481872e-198, -454.32124395634321, 30.033259667434663],
  [-10, 7.6198530241605269e-24, -53.23128515051247, 10.098093233962491],
  [-5, 2.8665157187919391e-7, -15.064998393988725, 5.1865039671258426],
  [-3.0000000999999998, 0.0013498975884453205, -6.6077265498202191, 3.2830987478745168],
  [-2.9999999000000002, 0.0013498984748150015, -6.607725893200489, 3.2830985619863537],
  [-1.96, 0.024997895148220428, -3.6889636517296385, 2.3378346051512175],
  [-1, 0.15865525393145705, -1.8410216450092636, 1.5251352761609813],
  [0, 0.5, -Math.LN2, 0.79788456080286529],
  [1, 0.84134474606854293, -0.17275377902344988, 0.28759997093917838],
  [3.5, 0.99976737092096446, -0.00023265614137680445, 0.00087288575365473606],
  [5, 0.99999971334842808, -2.8665161296376358e-7, 1.4867199409049061e-6],
  [8, 0.99999999999999933, -6.2209605742717868e-16, 5.0522710835368856e-15],
];

// p, Φ⁻¹(p)
const R_QUANTILES: [number, number][] = [
  [1e-300, -37.047096299361201],
  [1e-100, -21.273453560965319],
  [1e-20, -9.2623400897984052],
  [1e-10, -6.3613409024040557],
  [1e-5, -4.2648907939228256],
  [0.001, -3.0902323061678132],
  [0.025, -1.9599639845400538],
  [0.1, -1.2815515655446008],
  [0.3, -0.52440051270804067],
  [0.5, 0],
  [0.7, 0.52440051270804067],
  [0.975, 1.9599639845400536],
  [0.999, 3.0902323061678132],
];

const relErr = (a: number, b: number) => (b === 0 ? Math.abs(a) : Math.abs(a / b - 1));

describe("normal distribution against R", () => {
  it("Φ keeps relative accuracy in the lower tail and absolute accuracy above 0", () => {
    for (const [x, p] of R_VALUES) {
      if (x <= 0 && p > 0) expect(relErr(normalCdf(x), p), `Φ(${x})`).toBeLessThan(1e-13);
      else expect(Math.abs(normalCdf(x) - p), `Φ(${x})`).toBeLessThan(2e-16);
    }
  });

  it("log Φ is accurate to 1e-13 relative from x = −200 to the upper tail, where Φ itself rounds to 1", () => {
    for (const [x, , logP] of R_VALUES)
      expect(relErr(logNormalCdf(x), logP), `log Φ(${x})`).toBeLessThan(1e-13);
  });

  it("gives the inverse Mills ratio φ/Φ, alone and alongside log Φ", () => {
    for (const [x, , logP, m] of R_VALUES) {
      expect(relErr(millsRatio(x), m), `φ/Φ(${x})`).toBeLessThan(1e-13);
      expect(logNormalCdfMills(x)).toBe(logNormalCdf(x));
      expect(mills.value).toBeCloseTo(millsRatio(x), 12);
      expect(relErr(logNormalCdfMills(x), logP)).toBeLessThan(1e-13);
    }
  });

  it("Φ⁻¹ matches R to 1e-13 relative down to p = 1e-300", () => {
    for (const [p, q] of R_QUANTILES) {
      if (q === 0) expect(normalQuantile(p)).toBe(0);
      else expect(relErr(normalQuantile(p), q), `Φ⁻¹(${p})`).toBeLessThan(1e-13);
    }
  });

  it("Φ⁻¹ inverts Φ: to 1e-12 relative for x ≤ 0, to the resolution of doubles near 1 for x > 0", () => {
    fc.assert(
      fc.property(fc.double({ min: -37, max: 8, noNaN: true }), (x) => {
        // Above 0, Φ(x) is known only to ±1.1e-16 (the spacing of doubles below 1), i.e. x to ±1.1e-16/φ(x).
        const bound = 1e-12 * Math.max(1, Math.abs(x)) + (x > 0 ? 2.3e-16 / normalDensity(x) : 0);
        expect(Math.abs(normalQuantile(normalCdf(x)) - x)).toBeLessThanOrEqual(bound);
      }),
    );
  });

  it("is continuous where the tail ratio switches from Hart's rational function to the continued fraction (|x| = 3)", () => {
    const below = normalCdf(-3 - 1e-12);
    const above = normalCdf(-3 + 1e-12);
    // dΦ/dx = φ(3): the two sides differ by 2e-12·φ(3), plus rounding, with no jump between the two approximations.
    expect(Math.abs(above - below - 2e-12 * normalDensity(3)) / normalCdf(-3)).toBeLessThan(1e-13);
  });

  it("handles the edges: ±∞, NaN, p outside [0, 1]", () => {
    expect(normalCdf(Number.NEGATIVE_INFINITY)).toBe(0);
    expect(normalCdf(Number.POSITIVE_INFINITY)).toBe(1);
    expect(normalCdf(Number.NaN)).toBeNaN();
    expect(logNormalCdf(Number.NEGATIVE_INFINITY)).toBe(Number.NEGATIVE_INFINITY);
    expect(normalQuantile(0)).toBe(Number.NEGATIVE_INFINITY);
    expect(normalQuantile(1)).toBe(Number.POSITIVE_INFINITY);
    expect(normalQuantile(-0.1)).toBeNaN();
    expect(normalQuantile(1.1)).toBeNaN();
    expect(normalQuantile(Number.NaN)).toBeNaN();
  });
});

describe("bivariate normal", () => {
  it("computes orthant probabilities like a direct numerical integral", () => {
    const integral = (h: number, k: number, r: number) => {
      const n = 20000;
      const dx = 12 / n;
      let s = 0;
      for (let i = 0; i < n; i++) {
        const x = h + (i + 0.5) * dx;
        s += normalDensity(x) * (1 - normalCdf((k - r * x) / Math.sqrt(1 - r * r))) * dx;
      }
      return s;
    };
    for (const [h, k, r] of [
      [0, 0, 0.5],
      [0.3, -0.7, 0.2],
      [1, 0.5, -0.6],
      [-0.5, 0.4, 0.95],
      [0.2, 0.1, -0.97],
      [1.5, -1, 0.8],
      [-1, -2, -0.93],
    ])
      expect(Math.abs(bivariateNormalUpper(h, k, r) - integral(h, k, r))).toBeLessThan(1e-7);
    // P(X > 0, Y > 0) = 1/4 + asin(r)/(2π): 1/3 at r = 0.5.
    expect(bivariateNormalUpper(0, 0, 0.5)).toBeCloseTo(1 / 3, 12);
  });
});
