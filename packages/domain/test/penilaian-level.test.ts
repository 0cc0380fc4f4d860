import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type BatasLevel,
  batasKelompokKontras,
  batasNormatif,
  type LevelKematangan,
  levelAkhir,
  levelDariSkor,
  PenilaianError,
  type PenilaianPanel,
} from "../src/index.ts";

const batas: BatasLevel = { skala: "derajat", batas: [25, 50, 75], metode: "uji" };

describe("levelDariSkor", () => {
  it("puts a score exactly on a cut in the upper level", () => {
    expect([0, 24.99, 25, 49.99, 50, 74.99, 75, 100].map((s) => levelDariSkor(s, batas))).toEqual([
      1, 1, 2, 2, 3, 3, 4, 4,
    ]);
  });

  it("is non-decreasing in the score and respects every cut, for any increasing cuts", () => {
    const cuts = fc
      .uniqueArray(fc.double({ min: -3, max: 3, noNaN: true }), { minLength: 3, maxLength: 3 })
      .map((c) => [...c].sort((a, b) => a - b) as [number, number, number]);
    fc.assert(
      fc.property(
        cuts,
        fc.double({ min: -4, max: 4, noNaN: true }),
        fc.double({ min: -4, max: 4, noNaN: true }),
        (c, x, y) => {
          const b: BatasLevel = { skala: "theta", batas: c, metode: "uji" };
          const [lo, hi] = x <= y ? [x, y] : [y, x];
          expect(levelDariSkor(lo, b)).toBeLessThanOrEqual(levelDariSkor(hi, b));
          const l = levelDariSkor(x, b);
          if (l > 1) expect(x).toBeGreaterThanOrEqual(c[l - 2]);
          if (l < 4) expect(x).toBeLessThan(c[l - 1]);
        },
      ),
    );
  });
});

describe("batasNormatif (default provisional standard setting)", () => {
  it("puts a quarter of the reference sample in each level", () => {
    const derajat = Array.from({ length: 400 }, (_, i) => (i + 0.5) / 4);
    const b = batasNormatif(derajat);
    expect(b.skala).toBe("derajat");
    const per = [1, 2, 3, 4].map((l) => derajat.filter((d) => levelDariSkor(d, b) === l).length);
    expect(per).toEqual([100, 100, 100, 100]);
    expect(b.metode).toContain("normatif sementara");
  });

  it("refuses a sample too small to set cuts", () => {
    expect(() => batasNormatif([10, 20, 30])).toThrow(PenilaianError);
  });
});

describe("batasKelompokKontras (guided procedure)", () => {
  it("recovers planted cuts from a panel whose judgements follow the score", () => {
    const benar = [30, 55, 80];
    const panel: PenilaianPanel[] = Array.from({ length: 200 }, (_, i) => {
      const skor = (i * 97) % 100;
      return { skor, level: (1 + benar.filter((c) => skor >= c).length) as LevelKematangan };
    });
    const { batas: b, salahKlasifikasi } = batasKelompokKontras(panel, "derajat");
    expect(salahKlasifikasi).toEqual([0, 0, 0]);
    b.batas.forEach((c, i) => {
      expect(Math.abs(c - benar[i])).toBeLessThanOrEqual(1);
    });
    for (const p of panel) expect(levelDariSkor(p.skor, b)).toBe(p.level);
  });

  it("minimises misclassification when the panel disagrees with the test near a cut", () => {
    const panel: PenilaianPanel[] = [
      ...[10, 20, 30, 40].map((skor) => ({ skor, level: 1 as const })),
      { skor: 45, level: 2 as const },
      { skor: 35, level: 2 as const },
      ...[50, 60].map((skor) => ({ skor, level: 2 as const })),
      ...[70, 72].map((skor) => ({ skor, level: 3 as const })),
      ...[90, 95].map((skor) => ({ skor, level: 4 as const })),
    ];
    const r = batasKelompokKontras(panel, "derajat");
    // Between 1 and 2 the best cut leaves exactly one person misclassified (the 40 or the 35).
    expect(r.salahKlasifikasi[0]).toBe(1);
    expect(r.batas.batas[1]).toBeCloseTo(65, 10);
    expect(r.batas.batas[2]).toBeCloseTo(81, 10);
  });

  it("refuses a panel with no example of some level", () => {
    const panel: PenilaianPanel[] = [
      { skor: 10, level: 1 },
      { skor: 50, level: 2 },
      { skor: 90, level: 4 },
    ];
    expect(() => batasKelompokKontras(panel, "derajat")).toThrow(/level 3/);
  });
});

describe("levelAkhir (seam for non-test evidence)", () => {
  it("is the test level without evidence and the lower level by the default rule", () => {
    expect(levelAkhir(3)).toBe(3);
    expect(levelAkhir(3, [{ level: 2, sumber: "observasi" }])).toBe(2);
    expect(levelAkhir(2, [{ level: 4, sumber: "wawancara" }])).toBe(2);
    expect(levelAkhir(2, [{ level: 4, sumber: "wawancara" }], (_t, b) => b[0].level)).toBe(4);
  });
});
