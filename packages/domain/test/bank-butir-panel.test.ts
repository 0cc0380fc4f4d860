import { describe, expect, it } from "vitest";
import {
  BANK_NASIONAL,
  cvr,
  cvrKritis,
  hitungHasilPanel,
  icc2,
  KRITIS_CVR_AYRE_SCALLY,
  type NilaiAhli,
  simpanganBaku,
  terapkanKeinginanSosialPanel,
} from "../src/bank-butir/index.ts";

/** P(X ≥ x) for X ~ Binomial(n, 1/2), exactly. */
function ekor(n: number, x: number): number {
  let s = 0;
  let c = 1; // C(n, 0)
  for (let i = 0; i <= n; i++) {
    if (i >= x) s += c;
    c = (c * (n - i)) / (i + 1);
  }
  return s / 2 ** n;
}

describe("Lawshe's CVR and Ayre & Scally's critical values", () => {
  it("computes (n_e − N/2)/(N/2) by hand", () => {
    expect(cvr(5, 5)).toBe(1);
    expect(cvr(4, 5)).toBeCloseTo(0.6, 12); // (4 − 2.5)/2.5
    expect(cvr(0, 8)).toBe(-1);
    expect(cvr(7, 8)).toBe(0.75);
  });

  it("every row of the table is the smallest n_e with a one-tailed exact binomial p < .05", () => {
    for (const [nTeks, ne] of Object.entries(KRITIS_CVR_AYRE_SCALLY)) {
      const n = Number(nTeks);
      expect(ekor(n, ne), `N=${n}`).toBeLessThan(0.05);
      expect(ekor(n, ne - 1), `N=${n}`).toBeGreaterThanOrEqual(0.05);
    }
    expect(Object.keys(KRITIS_CVR_AYRE_SCALLY)).toHaveLength(36); // N = 5 … 40
  });

  it("gives the published critical CVRs and none below 5 experts", () => {
    expect(cvrKritis(5)).toBe(1);
    expect(cvrKritis(8)).toBe(0.75);
    expect(cvrKritis(10)).toBeCloseTo(0.8, 12);
    expect(cvrKritis(12)).toBeCloseTo(0.667, 3);
    expect(cvrKritis(20)).toBeCloseTo(0.5, 12);
    expect(cvrKritis(40)).toBeCloseTo(0.3, 12);
    expect(cvrKritis(4)).toBeNull();
  });
});

describe("ICC(2,1) and ICC(2,k)", () => {
  // Shrout & Fleiss (1979), Table 2: 6 targets × 4 judges; published ICC(2,1) = .29, ICC(2,4) = .62.
  const sf = [
    [9, 2, 5, 8],
    [6, 1, 3, 2],
    [8, 4, 6, 8],
    [7, 1, 2, 6],
    [10, 5, 6, 9],
    [6, 2, 4, 7],
  ];

  it("matches the ANOVA formulas computed by hand and R's anova(lm(y ~ target + rater))", () => {
    // by hand: grand mean 127/24 = 5.2917; row means 6, 3, 6.5, 4, 7.5, 4.75; column means 7.667, 2.5, 4.333, 6.667
    const g = 127 / 24;
    const baris = [24 / 4, 12 / 4, 26 / 4, 16 / 4, 30 / 4, 19 / 4];
    const kolom = [46 / 6, 15 / 6, 26 / 6, 40 / 6];
    const ssr = 4 * baris.reduce((a, m) => a + (m - g) ** 2, 0);
    const ssc = 6 * kolom.reduce((a, m) => a + (m - g) ** 2, 0);
    const sst = sf.flat().reduce((a, x) => a + (x - g) ** 2, 0);
    const msr = ssr / 5;
    const msc = ssc / 3;
    const mse = (sst - ssr - ssc) / 15;
    const h = icc2(sf);
    expect(h?.msr).toBeCloseTo(msr, 10);
    expect(h?.msc).toBeCloseTo(msc, 10);
    expect(h?.mse).toBeCloseTo(mse, 10);
    // R 4: anova(lm(y ~ t + r)) mean squares 11.2416666667, 32.4861111111, 1.0194444444
    expect(h?.msr).toBeCloseTo(11.2416666667, 9);
    expect(h?.msc).toBeCloseTo(32.4861111111, 9);
    expect(h?.mse).toBeCloseTo(1.0194444444, 9);
    expect(h?.icc21).toBeCloseTo(0.2897637795, 9);
    expect(h?.icc2k).toBeCloseTo(0.6200505476, 9);
    expect(h?.icc21.toFixed(2)).toBe("0.29");
    expect(h?.icc2k.toFixed(2)).toBe("0.62");
  });

  it("is undefined with fewer than 2 statements or 2 raters", () => {
    expect(icc2([[1, 2, 3]])).toBeNull();
    expect(icc2([[1], [2]])).toBeNull();
  });
});

describe("hitungHasilPanel", () => {
  const ahli = ["a", "b", "c", "d", "e"];
  const buat = (p: string, rel: NilaiAhli["relevansi"][], ks: number[]): NilaiAhli[] =>
    ahli.map((a, i) => ({
      ahli: a,
      pernyataan: p,
      relevansi: rel[i] as never,
      keinginanSosial: ks[i] as number,
    }));
  const nilai = [
    ...buat("X1", ["esensial", "esensial", "esensial", "esensial", "esensial"], [4, 4, 4, 3, 4]),
    ...buat("X2", ["esensial", "esensial", "esensial", "esensial", "berguna"], [2, 3, 2, 2, 3]),
    ...buat("X3", ["esensial", "tidak_perlu", "berguna", "esensial", "esensial"], [1, 5, 3, 2, 5]),
    // an expert not counted (did not finish): ignored
    { ahli: "z", pernyataan: "X1", relevansi: "tidak_perlu" as const, keinginanSosial: 1 },
  ];
  const h = hitungHasilPanel(["X1", "X2", "X3"], ahli, nilai);

  it("gives CVR, the critical value for N = 5, pass/fail and desirability mean and SD", () => {
    const [x1, x2, x3] = h.pernyataan;
    expect(x1).toMatchObject({ n: 5, nEsensial: 5, cvr: 1, cvrKritis: 1, lulusCvr: true, bendera: [] });
    expect(x1?.keinginanSosialRerata).toBeCloseTo(3.8, 12);
    expect(x1?.keinginanSosialSb).toBeCloseTo(Math.sqrt(0.2), 12); // deviations .2 .2 .2 −.8 .2 → .8/4
    expect(x2).toMatchObject({ nEsensial: 4, nBerguna: 1, lulusCvr: false, bendera: ["CVR_GAGAL"] });
    expect(x2?.cvr).toBeCloseTo(0.6, 12);
    expect(x3).toMatchObject({ nEsensial: 3, nBerguna: 1, nTidakPerlu: 1 });
    expect(x3?.cvr).toBeCloseTo(0.2, 12);
    expect(x3?.keinginanSosialSb).toBeCloseTo(simpanganBaku([1, 5, 3, 2, 5]), 12);
    expect(x3?.bendera).toEqual(["CVR_GAGAL", "KEINGINAN_SOSIAL_TIDAK_SEPAKAT"]); // SD 1.79 > 1
    expect(h.ahli).toBe(5);
    expect(h.icc?.n).toBe(3);
    expect(h.icc?.k).toBe(5);
  });

  it("does not judge CVR for a panel smaller than 5", () => {
    const kecil = hitungHasilPanel(["X1"], ["a", "b", "c"], nilai);
    expect(kecil.pernyataan[0]).toMatchObject({ n: 3, cvr: 1, cvrKritis: null, lulusCvr: null });
  });
});

describe("terapkanKeinginanSosialPanel", () => {
  it("replaces the author's desirability with the panel mean where the text is the one rated", () => {
    const [a, b] = BANK_NASIONAL.pernyataan;
    if (!a || !b) throw new Error("bank kosong");
    const baru = terapkanKeinginanSosialPanel([a, b], {
      nama: "Panel 1",
      ahli: 5,
      nilai: new Map([
        [a.id, { teks: a.teks, rerata: 2.3333 }],
        [b.id, { teks: "teks lain", rerata: 1 }],
      ]),
    });
    expect(baru[0]?.keinginanSosial).toBe(2.33);
    expect(baru[0]?.penilaiKeinginanSosial).toBe("Panel 1 (rerata 5 ahli)");
    expect(baru[1]).toBe(b);
  });
});
