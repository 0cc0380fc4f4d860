import { createRng } from "@nurani/irt";
import { describe, expect, it } from "vitest";
import { bandingkanIndeks, indeksDariJumlah, kuantilT } from "../src/index.ts";

/** Per-PV sums S[v], SS[v] of a persons × m table. */
function jumlah(pv: number[][]): { n: number; S: number[]; SS: number[] } {
  const m = pv[0].length;
  const S = Array.from({ length: m }, (_, v) => pv.reduce((s, r) => s + r[v], 0));
  const SS = Array.from({ length: m }, (_, v) => pv.reduce((s, r) => s + r[v] ** 2, 0));
  return { n: pv.length, S, SS };
}

/** Between-imputation variance B of the group mean, by hand. */
function antarPv(pv: number[][]): number {
  const m = pv[0].length;
  const q = Array.from({ length: m }, (_, v) => pv.reduce((s, r) => s + r[v], 0) / pv.length);
  const qBar = q.reduce((a, b) => a + b, 0) / m;
  return q.reduce((s, x) => s + (x - qBar) ** 2, 0) / (m - 1);
}

const PV = [
  [40, 42, 41],
  [55, 53, 57],
  [60, 61, 59],
  [45, 47, 44],
  [50, 49, 52],
];

describe("finite population correction at its boundaries", () => {
  it("n = N: no sampling error, the measurement error has Rubin's m − 1 degrees of freedom (not 0)", () => {
    const { n, S, SS } = jumlah(PV);
    const m = 3;
    const B = antarPv(PV);
    const e = indeksDariJumlah(n, S, SS, { jumlahPopulasi: n });
    expect(e.variansSampel).toBe(0);
    expect(e.variansUkur).toBeCloseTo((1 + 1 / m) * B, 12);
    expect(e.se ** 2).toBeCloseTo((1 + 1 / m) * B, 12);
    // Only B is uncertain: Rubin (1987) df = (m − 1)/γ² with γ = 1.
    expect(e.df).toBeCloseTo(m - 1, 12);
    expect(e.atas - e.nilai).toBeCloseTo(kuantilT(0.975, m - 1) * e.se, 12);
    expect(e.nilai - e.bawah).toBeCloseTo(kuantilT(0.975, m - 1) * e.se, 12);
  });

  it("n = N = 1: one person, everyone scored, the interval is the person's measurement error", () => {
    const pv = [[61, 58, 64, 60]];
    const { n, S, SS } = jumlah(pv);
    const e = indeksDariJumlah(n, S, SS, { jumlahPopulasi: 1 });
    expect(e.nilai).toBeCloseTo(60.75, 12);
    expect(e.variansSampel).toBe(0);
    expect(e.se ** 2).toBeCloseTo((1 + 1 / 4) * antarPv(pv), 12);
    expect(e.df).toBeCloseTo(3, 12);
    expect(Number.isFinite(e.bawah) && Number.isFinite(e.atas)).toBe(true);
    // Without a population size one person says nothing about sampling error.
    expect(() => indeksDariJumlah(n, S, SS)).toThrow(/minimal 2/);
  });

  it("no population size or N ≫ n keeps the Barnard–Rubin df, and the df never collapses as n → N", () => {
    const { n, S, SS } = jumlah(PV);
    const m = 3;
    const tanpa = indeksDariJumlah(n, S, SS);
    const besar = indeksDariJumlah(n, S, SS, { jumlahPopulasi: 1e12 });
    expect(besar.df).toBeCloseTo(tanpa.df, 6);
    expect(besar.atas).toBeCloseTo(tanpa.atas, 6);
    // Barnard–Rubin observed-data df without correction bounds the within part from below.
    const B = antarPv(PV);
    const gamma0 = ((1 + 1 / m) * B) / tanpa.se ** 2;
    const dfObs0 = ((n - 1 + 1) / (n - 1 + 3)) * (n - 1) * (1 - gamma0);
    const bawahDf = 1 / (1 / (m - 1) + 1 / dfObs0);
    for (const N of [5, 6, 7, 10, 20, 100, 1000]) {
      const e = indeksDariJumlah(n, S, SS, { jumlahPopulasi: N });
      expect(e.df).toBeGreaterThanOrEqual(bawahDf - 1e-9);
      expect(e.df).toBeLessThanOrEqual(Math.max(m - 1, n - 1) + 1e-9);
    }
  });

  it("a pre/post change between two fully scored groups has a finite df and interval", () => {
    const a = jumlah(PV);
    const b = jumlah(PV.map((r) => r.map((x) => x + 3)));
    const pre = indeksDariJumlah(a.n, a.S, a.SS, { jumlahPopulasi: a.n });
    const post = indeksDariJumlah(b.n, b.S, b.SS, { jumlahPopulasi: b.n });
    const d = bandingkanIndeks(pre, post);
    expect(d.nilai).toBeCloseTo(3, 12);
    expect(d.df).toBeGreaterThan(0);
    expect(Number.isFinite(d.atas)).toBe(true);
    // Two groups without any error: the change is exact, not NaN.
    const tepat = { ...pre, se: 0, variansUkur: 0, df: 4 };
    const nol = bandingkanIndeks(tepat, { ...tepat, nilai: pre.nilai + 1 });
    expect(nol.bawah).toBeCloseTo(1, 12);
    expect(nol.atas).toBeCloseTo(1, 12);
    expect(Number.isNaN(nol.df)).toBe(false);
    // one exact side (se 0, df 0 as for n = N = 1 with equal PVs) leaves the other side's df
    const satuTepat = bandingkanIndeks({ ...tepat, df: 0 }, post);
    expect(satuTepat.df).toBeCloseTo(post.df, 12);
    expect(satuTepat.se).toBeCloseTo(post.se, 12);
  });
});

/**
 * Known truth: a finite population of N true derajat θ_i ~ N(50, 10²), each
 * measured as x_i = θ_i + N(0, 6²); plausible values are exact posterior
 * draws θ | x (normal–normal). The target is the population's own mean of θ.
 */
function cakupan(
  N: number,
  n: number,
  m: number,
  R: number,
  benih: number,
): { cakup: number; lebar: number } {
  const rng = createRng(benih);
  const tau = 10;
  const sigma = 6;
  const vPost = 1 / (1 / sigma ** 2 + 1 / tau ** 2);
  let cakup = 0;
  let lebar = 0;
  for (let r = 0; r < R; r++) {
    const theta = Array.from({ length: N }, () => 50 + tau * rng.normal());
    const benar = theta.reduce((a, b) => a + b, 0) / N;
    // Simple random sample of n without replacement (partial Fisher–Yates).
    const idx = theta.map((_, i) => i);
    for (let i = 0; i < n; i++) {
      const j = i + rng.int(N - i);
      [idx[i], idx[j]] = [idx[j], idx[i]];
    }
    const pv = idx.slice(0, n).map((i) => {
      const x = theta[i] + sigma * rng.normal();
      const rerata = vPost * (x / sigma ** 2 + 50 / tau ** 2);
      return Array.from({ length: m }, () => rerata + Math.sqrt(vPost) * rng.normal());
    });
    const { S, SS } = jumlah(pv);
    const e = indeksDariJumlah(n, S, SS, { jumlahPopulasi: N });
    if (e.bawah <= benar && benar <= e.atas) cakup++;
    lebar += (e.atas - e.bawah) / R;
  }
  return { cakup: cakup / R, lebar };
}

describe("finite population correction (simulation with known truth)", () => {
  it("covers the population mean at about 95% when everyone is scored (n = N)", () => {
    const { cakup, lebar } = cakupan(8, 8, 5, 600, 11);
    console.log(`[penilaian] n = N = 8, m = 5: coverage ${cakup.toFixed(3)}, mean width ${lebar.toFixed(2)}`);
    expect(cakup).toBeGreaterThan(0.92);
    expect(cakup).toBeLessThan(0.98);
  });

  it("covers the population mean at about 95% when almost everyone is scored (n = 18 of 20)", () => {
    const { cakup, lebar } = cakupan(20, 18, 5, 600, 12);
    console.log(
      `[penilaian] n = 18 of N = 20, m = 5: coverage ${cakup.toFixed(3)}, mean width ${lebar.toFixed(2)}`,
    );
    expect(cakup).toBeGreaterThan(0.92);
    expect(cakup).toBeLessThan(0.98);
  });
});
