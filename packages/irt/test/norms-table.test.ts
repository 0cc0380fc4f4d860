import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  buildNormTable,
  NormError,
  NormTable,
  STANINE_CUTS,
  scoreFromDerajat,
  stanineFromPercentile,
} from "../src/norms/index.ts";
import { normalCdf, normalQuantile } from "../src/numeric/normal.ts";
import { createRng } from "../src/util/random.ts";

describe("norm table against a known reference distribution", () => {
  const rng = createRng(2026);
  const ref = Array.from({ length: 40_000 }, () => 100 + 15 * rng.normal());
  const table = buildNormTable(ref);

  it("gives T ≈ 50 + 10z, linear and normalised, for a normal reference", () => {
    for (const z of [-2.5, -1.5, -0.5, 0, 0.7, 1.8, 2.4]) {
      const x = 100 + 15 * z;
      expect(Math.abs(table.tLinear(x) - (50 + 10 * z))).toBeLessThan(0.2);
      expect(Math.abs(table.tNormalised(x) - (50 + 10 * z))).toBeLessThan(0.3);
      expect(Math.abs(table.percentile(x) - 100 * normalCdf(z))).toBeLessThan(0.7);
      expect(Math.abs(table.derajat(x) - 100 * normalCdf(z))).toBeLessThan(0.7);
    }
  });

  it("puts stanine boundaries at the 4/11/23/40/60/77/89/96 % points", () => {
    STANINE_CUTS.forEach((cut, s) => {
      const justBelow = 100 + 15 * normalQuantile((cut - 0.8) / 100);
      const justAbove = 100 + 15 * normalQuantile((cut + 0.8) / 100);
      expect(table.stanine(justBelow)).toBe(s + 1);
      expect(table.stanine(justAbove)).toBe(s + 2);
    });
    const counts = new Array(10).fill(0);
    for (const x of ref) counts[table.stanine(x)]++;
    const expected = [0, 4, 7, 12, 17, 20, 17, 12, 7, 4];
    for (let s = 1; s <= 9; s++)
      expect(Math.abs((100 * counts[s]) / ref.length - expected[s])).toBeLessThan(0.1);
  });
});

describe("mid-point percentile rank", () => {
  it("counts half the reference weight at the score itself", () => {
    const t = buildNormTable([1, 2, 2, 3]);
    expect(t.percentile(1)).toBe(12.5);
    expect(t.percentile(2)).toBe(50);
    expect(t.percentile(3)).toBe(87.5);
    expect(t.percentile(1.5)).toBe(25);
    expect(t.percentile(0)).toBe(0);
    expect(t.percentile(4)).toBe(100);
  });

  it("uses weights as frequencies", () => {
    const weighted = buildNormTable([1, 2, 3], [3, 1, 0]);
    const expanded = buildNormTable([1, 1, 1, 2]);
    for (const x of [0, 1, 1.5, 2, 3]) {
      expect(weighted.apply(x)).toEqual(expanded.apply(x));
    }
    expect(weighted.percentile(1)).toBe(37.5);
    expect(weighted.percentile(2)).toBe(87.5);
  });

  it("keeps normalised T finite beyond the reference range", () => {
    const t = buildNormTable([0, 1, 2, 3]);
    expect(t.tNormalised(-100)).toBe(t.tNormalised(0));
    expect(t.tNormalised(100)).toBe(t.tNormalised(3));
    expect(t.tNormalised(-100)).toBeCloseTo(50 + 10 * normalQuantile(0.125), 12);
  });
});

describe("serialisation", () => {
  it("round-trips through JSON and applies identically", () => {
    const rng = createRng(5);
    const ref = Array.from({ length: 500 }, () => rng.normal());
    const w = Array.from({ length: 500 }, () => 0.5 + rng.uniform());
    const t = buildNormTable(ref, w, "acuan nasional 2026");
    const back = NormTable.fromJSON(JSON.parse(JSON.stringify(t)));
    expect(back.json.label).toBe("acuan nasional 2026");
    for (let i = 0; i < 50; i++) {
      const x = 3 * rng.normal();
      expect(back.apply(x)).toEqual(t.apply(x));
    }
  });

  it("refuses malformed tables and references with a bilingual message", () => {
    expect(() => buildNormTable([1])).toThrow(NormError);
    expect(() => buildNormTable([2, 2, 2])).toThrow(/tidak bervariasi.*SD is zero/);
    expect(() => buildNormTable([1, Number.NaN])).toThrow(/bukan angka/);
    expect(() => buildNormTable([1, 2], [1, -1])).toThrow(/Bobot/);
    expect(() =>
      NormTable.fromJSON({
        kind: "nurani-norm-table",
        version: 1,
        values: [2, 1],
        shares: [0.5, 0.5],
        n: 2,
        mean: 1.5,
        sd: 0.5,
      }),
    ).toThrow(/values must increase/);
    expect(() => NormTable.fromJSON({})).toThrow(NormError);
    expect(() => scoreFromDerajat(100, 0, 1)).toThrow(/derajat/);
  });
});

describe("properties (fast-check)", () => {
  const refArb = fc
    .array(
      fc.integer({ min: -500, max: 500 }).map((k) => k / 100),
      { minLength: 2, maxLength: 60 },
    )
    .filter((a) => new Set(a).size > 1);
  const x = fc.double({ min: -10, max: 10, noNaN: true });

  it("every norm is monotone non-decreasing and bounded", () => {
    fc.assert(
      fc.property(refArb, x, x, (ref, u, v) => {
        const t = buildNormTable(ref);
        const [lo, hi] = u <= v ? [u, v] : [v, u];
        const a = t.apply(lo);
        const b = t.apply(hi);
        expect(a.percentile).toBeLessThanOrEqual(b.percentile);
        expect(a.tLinear).toBeLessThanOrEqual(b.tLinear);
        expect(a.stanine).toBeLessThanOrEqual(b.stanine);
        // Φ and Φ⁻¹ are evaluated by series whose last bits depend on how many
        // terms converge, so two scores a few ulps apart may come out in the
        // wrong order by ~1e-13 relative (seen in CI: 0.13520789571109804 vs
        // …05918). Monotone up to that rounding; strict increase for scores
        // that differ in earnest is the next property's check.
        const ROUNDING = 1e-12;
        expect(a.tNormalised).toBeLessThanOrEqual(b.tNormalised + ROUNDING * Math.abs(b.tNormalised));
        expect(a.derajat).toBeLessThanOrEqual(b.derajat + ROUNDING * Math.abs(b.derajat));
        for (const s of [a, b]) {
          expect(s.percentile).toBeGreaterThanOrEqual(0);
          expect(s.percentile).toBeLessThanOrEqual(100);
          expect(s.stanine).toBeGreaterThanOrEqual(1);
          expect(s.stanine).toBeLessThanOrEqual(9);
          expect(s.derajat).toBeGreaterThanOrEqual(0);
          expect(s.derajat).toBeLessThanOrEqual(100);
          expect(Number.isFinite(s.tNormalised)).toBe(true);
        }
      }),
    );
  });

  it("derajat is strictly increasing and invertible within ±6 reference SDs", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -3, max: 3, noNaN: true }),
        fc.double({ min: 0.2, max: 5, noNaN: true }),
        fc.double({ min: -6, max: 6, noNaN: true }),
        fc.double({ min: 1e-3, max: 1, noNaN: true }),
        (mean, sd, z, dz) => {
          const t = new NormTable({
            kind: "nurani-norm-table",
            version: 1,
            values: [mean - sd, mean + sd],
            shares: [0.5, 0.5],
            n: 2,
            mean,
            sd,
          });
          const theta = mean + sd * z;
          const d = t.derajat(theta);
          expect(d).toBeGreaterThan(0);
          expect(d).toBeLessThan(100);
          if (z + dz <= 6) expect(t.derajat(theta + sd * dz)).toBeGreaterThan(d);
          expect(Math.abs(t.scoreFromDerajat(d) - theta)).toBeLessThan(1e-6 * sd);
        },
      ),
    );
  });

  it("stanine follows the percentile cuts exactly", () => {
    expect(stanineFromPercentile(3.999)).toBe(1);
    expect(stanineFromPercentile(4)).toBe(2);
    expect(stanineFromPercentile(50)).toBe(5);
    expect(stanineFromPercentile(96)).toBe(9);
    expect(stanineFromPercentile(100)).toBe(9);
  });
});
