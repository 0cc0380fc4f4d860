import { buildNormTable, NormTable } from "@nurani/irt";
import { describe, expect, it } from "vitest";
import { gabungBatasHakim, NORMA_MIN_KELOMPOK, PenilaianError, tabelNormaRingkas } from "../src/index.ts";

describe("gabungBatasHakim (national standard setting)", () => {
  const hakim: [number, number, number][] = [
    [-1, 0, 1],
    [-0.6, 0.2, 1.4],
    [-0.8, 0.1, 0.9],
  ];

  it("mean cuts with SE = SD/√n, checked against hand-computed values", () => {
    const g = gabungBatasHakim(hakim);
    // cut 1: mean −0.8, deviations −0.2, +0.2, 0 → SD √(0.08/2) = 0.2, SE 0.2/√3
    // cut 2: mean 0.1, deviations −0.1, +0.1, 0 → SD 0.1
    // cut 3: mean 1.1, deviations −0.1, +0.3, −0.2 → SD √(0.14/2)
    expect(g.n).toBe(3);
    expect(g.batas[0]).toBeCloseTo(-0.8, 12);
    expect(g.batas[1]).toBeCloseTo(0.1, 12);
    expect(g.batas[2]).toBeCloseTo(1.1, 12);
    expect(g.sd[0]).toBeCloseTo(0.2, 12);
    expect(g.sd[1]).toBeCloseTo(0.1, 12);
    expect(g.sd[2]).toBeCloseTo(Math.sqrt(0.07), 12);
    expect(g.se[0]).toBeCloseTo(0.11547005383792516, 12);
    expect(g.se[1]).toBeCloseTo(0.05773502691896258, 12);
    expect(g.se[2]).toBeCloseTo(0.15275252316519466, 12);
    expect(g.min).toEqual([-1, 0, 0.9]);
    expect(g.max).toEqual([-0.6, 0.2, 1.4]);
  });

  it("median per cut (odd and even number of judges)", () => {
    expect(gabungBatasHakim(hakim, "median").batas).toEqual([-0.8, 0.1, 1]);
    const g = gabungBatasHakim([...hakim, [-0.5, 0.5, 2]], "median");
    expect(g.batas[0]).toBeCloseTo(-0.7, 12);
    expect(g.batas[1]).toBeCloseTo(0.15, 12);
    expect(g.batas[2]).toBeCloseTo(1.2, 12);
  });

  it("refuses one judge and a judge whose cuts do not increase", () => {
    expect(() => gabungBatasHakim([[-1, 0, 1]])).toThrow(PenilaianError);
    expect(() =>
      gabungBatasHakim([
        [-1, 0, 1],
        [0, 0, 1],
      ]),
    ).toThrow(PenilaianError);
  });
});

describe("tabelNormaRingkas (compact norm tables)", () => {
  it("is the exact table up to the number of points", () => {
    const x = [3, 1, 2, 2, 5];
    expect(tabelNormaRingkas(x, "g", 10)).toEqual(buildNormTable(x, undefined, "g").toJSON());
  });

  it("summarises a large group by mid-point quantiles with the exact n, mean and SD", () => {
    // scores 0…9999: mean 4999.5, population SD √((n² − 1)/12); points at ranks ⌊(i + ½)·10⌋ = 5, 15, …
    const n = 10_000;
    const x = Float64Array.from({ length: n }, (_, i) => n - 1 - i);
    const j = tabelNormaRingkas(x, "g", 1000);
    expect(j.values.length).toBe(1000);
    expect(j.values.slice(0, 3)).toEqual([5, 15, 25]);
    expect(j.values[999]).toBe(9995);
    expect(j.n).toBe(n);
    expect(j.mean).toBeCloseTo(4999.5, 9);
    expect(j.sd).toBeCloseTo(Math.sqrt((n * n - 1) / 12), 6);
    const ringkas = new NormTable(j);
    const penuh = buildNormTable(x);
    for (const v of [0, 1234.5, 5000, 7777, 9999])
      expect(Math.abs(ringkas.percentile(v) - penuh.percentile(v))).toBeLessThanOrEqual(0.1);
    // the exact percentile of 5000 in 0…9999 is (5000 + ½)/10,000
    expect(penuh.percentile(5000)).toBeCloseTo(50.005, 9);
  });

  it("the publication minimum is 1,000 persons", () => {
    expect(NORMA_MIN_KELOMPOK).toBe(1000);
  });
});
