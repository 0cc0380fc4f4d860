import { describe, expect, it } from "vitest";
import { difEffectSizes, irtLrDif } from "../src/dif/irtDif.ts";
import { fitMultiGroup, matchNormalMoments } from "../src/dif/multiGroup.ts";
import type { ItemParams } from "../src/models/types.ts";
import { equallySpacedNodes, normalWeights } from "../src/numeric/quadrature.ts";
import { createRng } from "../src/util/random.ts";
import { loadMirtFixture, loadMirtResponses } from "./fit-fixtures.ts";
import { normalThetas, random2pl, randomGrm, simulate } from "./fit-sim.ts";

describe("multiple-group EM", () => {
  it("with a single group reaches mirt's LSAT7 2PL solution", () => {
    const ref = loadMirtFixture("lsat7");
    const start = ref.items.map((it) => ({ ...it, a: 1, d: [0] }));
    const fit = fitMultiGroup([loadMirtResponses("lsat7")], { start, tol: 1e-7 });
    expect(fit.converged).toBe(true);
    expect(Math.abs(fit.logLik - -2658.8051136336)).toBeLessThan(1e-3);
    fit.items[0].forEach((it, j) => {
      expect(Math.abs(it.a - ref.items[j].a)).toBeLessThan(1e-3);
      expect(Math.abs(it.d[0] - ref.items[j].d[0])).toBeLessThan(1e-3);
    });
  }, 60_000);

  it("moment matching on the nodes inverts the discretised normal", () => {
    const nodes = equallySpacedNodes(61, 6);
    const w = normalWeights(nodes, -0.7, 1.3);
    let m1 = 0;
    let m2 = 0;
    nodes.forEach((t, q) => {
      m1 += w[q] * t;
      m2 += w[q] * t * t;
    });
    const got = matchNormalMoments(nodes, m1, m2);
    expect(got.mean).toBeCloseTo(-0.7, 8);
    expect(got.variance).toBeCloseTo(1.69, 8);
  });
});

describe("IRT likelihood-ratio DIF", () => {
  const rng = createRng(99);
  const items = random2pl(10, rng);
  // item 2: uniform DIF (0.8 logit harder for the focal group); item 5: slope 1.5 → 0.5 area
  const focalItems: ItemParams[] = items.map((it, j) =>
    j === 2 ? { ...it, d: [it.d[0] - 0.8] } : j === 5 ? { ...it, a: 0.5 } : it,
  );
  const reference = simulate(items, normalThetas(1000, rng), rng);
  const focal = simulate(focalItems, normalThetas(1000, rng, -0.5, 1.2), rng);

  it("detects planted DIF against clean anchors, recovers the focal distribution, few false positives", () => {
    const res = irtLrDif([reference, focal], { model: "2pl", anchors: [0, 1, 3] });
    const byItem = new Map(res.items.map((r) => [r.item, r]));
    expect(res.items.map((r) => r.item)).toEqual([2, 4, 5, 6, 7, 8, 9]);
    expect(byItem.get(2)?.p).toBeLessThan(0.001);
    expect(byItem.get(5)?.p).toBeLessThan(0.01);
    const clean = res.items.filter((r) => r.item !== 2 && r.item !== 5);
    expect(clean.filter((r) => r.p < 0.05).length).toBeLessThanOrEqual(1);
    expect(res.items.every((r) => r.df === 2 && r.converged)).toBe(true);
    // focal N(−0.5, 1.2²) on the reference scale
    expect(Math.abs(res.baseline.means[1] - -0.5)).toBeLessThan(0.15);
    expect(Math.abs(res.baseline.variances[1] - 1.44)).toBeLessThan(0.3);
    // effect sizes: item 2 is harder for the focal group, clean items barely differ
    const uniform = byItem.get(2);
    expect(uniform?.expectedScoreDiff).toBeLessThan(-0.08);
    expect(Math.abs((uniform?.signedArea ?? 0) - 0.8 / items[2].a)).toBeLessThan(0.3);
    for (const r of clean) expect(Math.abs(r.expectedScoreDiff)).toBeLessThan(0.05);
    expect(byItem.get(5)?.unsignedArea).toBeGreaterThan(0.4);
  }, 60_000);

  it("without anchors, purification re-tests the flagged items against the unflagged ones", () => {
    const res = irtLrDif([reference, focal], { model: "2pl", purify: true });
    // first pass, every other item as anchor: only the planted items reach 5%
    const top = [...res.items].sort((a, b) => b.g2 - a.g2).slice(0, 2);
    expect(top.map((r) => r.item).sort()).toEqual([2, 5]);
    expect(res.anchors).toEqual([0, 1, 3, 4, 6, 7, 8, 9]);
    const retested = res.items.filter((r) => r.stage === 2);
    expect(retested.map((r) => r.item)).toEqual([2, 5]);
    expect(retested.every((r) => r.p < 0.01)).toBe(true);
    // the focal distribution is now estimated with the DIF items free
    expect(Math.abs(res.baseline.means[1] - -0.5)).toBeLessThan(0.15);
  }, 60_000);
});

describe("IRT likelihood-ratio DIF, graded response model", () => {
  it("flags a GRM item whose thresholds are shifted for the focal group", () => {
    const rng = createRng(31);
    const items = randomGrm(6, rng);
    const shifted = items.map((it, j) => (j === 1 ? { ...it, d: it.d.map((d) => d - 0.7) } : it));
    const reference = simulate(items, normalThetas(800, rng), rng);
    const focal = simulate(shifted, normalThetas(800, rng, 0.3, 1), rng);
    const res = irtLrDif([reference, focal], { model: "grm", anchors: [3, 4, 5] });
    // measured: G2 52.6 (p 1e-10), score difference −0.34; clean items p 0.84 and 0.87
    const [g1, g2, g3] = res.items;
    expect(g2.df).toBe(4);
    expect(g2.p).toBeLessThan(1e-4);
    expect(g2.expectedScoreDiff).toBeLessThan(-0.2);
    expect(g1.p).toBeGreaterThan(0.05);
    expect(g3.p).toBeGreaterThan(0.05);
  }, 60_000);
});

describe("DIF effect sizes", () => {
  it("signed area equals b_F − b_R for 2PL items with a common slope (Raju 1988)", () => {
    const ref: ItemParams = { model: "2pl", a: 1.2, d: [0.5] };
    const foc: ItemParams = { model: "2pl", a: 1.2, d: [-0.3] };
    const es = difEffectSizes(ref, foc, 0, 1);
    expect(es.signedArea).toBeCloseTo(0.8 / 1.2, 3);
    expect(es.unsignedArea).toBeCloseTo(0.8 / 1.2, 3);
    expect(es.expectedScoreDiff).toBeLessThan(0);
    expect(difEffectSizes(ref, ref, 0, 1).unsignedScoreDiff).toBe(0);
  });
});
