import { describe, expect, it } from "vitest";
import { responsesFromRows } from "../src/estimation/data.ts";
import { collapseCells } from "../src/fit/collapse.ts";
import { itemFitSX2 } from "../src/fit/sx2.ts";
import { loadMirtFixture, loadMirtResponses, loadMirtRows } from "./fit-fixtures.ts";

// Same quadrature (61 points on [-6, 6]) and the same collapsing rule as mirt
// 1.47, with mirt's own item parameters as input: the only differences left
// are floating-point order of summation and the 10 significant digits the
// fixtures were written with, so 1e-6 is ample (measured: ≤ 1.4e-9).
const TOL = 1e-6;

describe("S-X2 item fit against R mirt 1.47 itemfit()", () => {
  for (const name of ["lsat7", "sat12", "sim2pl_5000x40", "science_grm"]) {
    it(`${name}: S-X2, df and p agree with mirt`, () => {
      const fixture = loadMirtFixture(name);
      const ref = fixture.itemfit;
      if (!ref) throw new Error(`${name} has no itemfit reference`);
      const report = itemFitSX2(fixture.items, loadMirtResponses(name));
      expect(report.items).toHaveLength(fixture.items.length);
      report.items.forEach((r, i) => {
        expect(r.item).toBe(fixture.items[i].name);
        expect(r.df).toBe(ref.df[i]);
        expect(Math.abs(r.sx2 - (ref.S_X2[i] as number))).toBeLessThan(TOL);
        expect(Math.abs(r.p - (ref.p[i] as number))).toBeLessThan(TOL);
      });
    }, 60_000);
  }

  it("leaves out persons with a missing response and says how many were used", () => {
    const fixture = loadMirtFixture("lsat7");
    const rows = loadMirtRows("lsat7");
    const withGaps = rows.map((r, p) => (p < 10 ? [Number.NaN, ...r.slice(1)] : r));
    const report = itemFitSX2(fixture.items, responsesFromRows(withGaps));
    expect(report.completeCases).toBe(rows.length - 10);
    expect(report.items.every((r) => Number.isFinite(r.sx2))).toBe(true);
  });
});

describe("collapseCells", () => {
  it("pools a score row with a small expected count into the neighbour with fewer observations", () => {
    const out = collapseCells({
      observed: [
        [10, 5],
        [1, 1],
        [6, 12],
        [2, 30],
      ],
      expected: [
        [9, 6],
        [0.5, 1.5],
        [7, 11],
        [3, 29],
      ],
    });
    // row 1 (expected 0.5) joins row 0 (15 observed) rather than row 2 (18)
    expect(out.observed).toEqual([
      [11, 6],
      [6, 12],
      [2, 30],
    ]);
    expect(out.expected).toEqual([
      [9.5, 7.5],
      [7, 11],
      [3, 29],
    ]);
  });

  it("merges the smallest category into its smaller neighbour in a sparse polytomous row", () => {
    const out = collapseCells({
      observed: [
        [5, 0, 4, 9],
        [3, 5, 6, 7],
      ],
      expected: [
        [5, 0.4, 3, 9],
        [3, 5, 6, 7],
      ],
    });
    // the 0.4 cell joins category 2 (3 < 5); the row is left-aligned, its last cell absent
    expect(out.expected[0].slice(0, 3)).toEqual([5, 3.4, 9]);
    expect(Number.isNaN(out.expected[0][3])).toBe(true);
    expect(out.observed[0]).toEqual([5, 4, 9, 0]);
    expect(out.expected[1]).toEqual([3, 5, 6, 7]);
  });
});

describe("S-X2 input checks", () => {
  it("refuses a response outside the model's categories", () => {
    const fixture = loadMirtFixture("lsat7");
    const rows = loadMirtRows("lsat7");
    rows[4][2] = 2;
    expect(() => itemFitSX2(fixture.items, responsesFromRows(rows))).toThrow(
      /Baris 5, butir "Item.3": respons 2/,
    );
  });
});
