import { createRng, normalCdf, simulateTirt, tirtModelFromParams } from "@nurani/irt";
import { beforeAll, describe, expect, it } from "vitest";
import {
  BANK_NASIONAL,
  bandingkanIndeks,
  derajatPlausible,
  type Formulir,
  type HasilUntukPeta,
  indeksDariJumlah,
  indeksIntegritas,
  KODE_FAKTOR,
  kalibrasiAcuan,
  korelasiAcuan,
  kuantilT,
  type ParameterAcuan,
  parameterAcuan,
  simulasikanJawaban,
  skorPegawai,
  susunPetaAsesmen,
  toTirtDesign,
} from "../src/index.ts";

describe("kuantilT", () => {
  it("matches printed Student t tables", () => {
    const tabel: [number, number, number][] = [
      [0.975, 1, 12.706],
      [0.975, 2, 4.303],
      [0.975, 4, 2.776],
      [0.975, 10, 2.228],
      [0.975, 30, 2.042],
      [0.975, 100, 1.984],
      [0.95, 5, 2.015],
      [0.995, 20, 2.845],
    ];
    for (const [p, df, t] of tabel) expect(kuantilT(p, df)).toBeCloseTo(t, 2);
    expect(kuantilT(0.975, Number.POSITIVE_INFINITY)).toBeCloseTo(1.96, 2);
  });
});

describe("indeksDariJumlah (Rubin's rules)", () => {
  it("combines plausible value sets as Rubin (1987) does, worked by hand", () => {
    // 4 persons × 3 plausible values.
    const pv = [
      [40, 42, 41],
      [55, 53, 57],
      [60, 61, 59],
      [45, 47, 44],
    ];
    const m = 3;
    const n = 4;
    const q = [0, 1, 2].map((v) => pv.reduce((s, r) => s + r[v], 0) / n);
    const u = [0, 1, 2].map((v) => pv.reduce((s, r) => s + (r[v] - q[v]) ** 2, 0) / (n - 1) / n);
    const qBar = (q[0] + q[1] + q[2]) / m;
    const uBar = (u[0] + u[1] + u[2]) / m;
    const B = q.reduce((s, x) => s + (x - qBar) ** 2, 0) / (m - 1);
    const e = indeksIntegritas(Float64Array.from(pv.flat()), m);
    expect(e.nilai).toBeCloseTo(qBar, 12);
    expect(e.se ** 2).toBeCloseTo(uBar + (1 + 1 / m) * B, 12);
    expect(e.variansSampel).toBeCloseTo(uBar, 12);
    expect(e.variansUkur).toBeCloseTo((1 + 1 / m) * B, 12);
    // Barnard–Rubin df lies below both the complete-data df and Rubin's large-sample df.
    const gamma = ((1 + 1 / m) * B) / e.se ** 2;
    expect(e.df).toBeLessThan(n - 1);
    expect(e.df).toBeLessThan((m - 1) / gamma ** 2);
    expect(e.atas - e.nilai).toBeCloseTo(kuantilT(0.975, e.df) * e.se, 12);
  });

  it("refuses fewer than 2 persons or plausible values and a population smaller than the sample", () => {
    expect(() => indeksDariJumlah(1, [1, 2], [1, 4])).toThrow(/minimal 2/);
    expect(() => indeksDariJumlah(3, [1], [1])).toThrow(/minimal 2/);
    expect(() => indeksDariJumlah(3, [1, 2], [1, 4], { jumlahPopulasi: 2 })).toThrow(/lebih kecil/);
  });
});

const formS = BANK_NASIONAL.formulir.find((f) => f.id === "NAS-1-S") as Formulir;
const generator = tirtModelFromParams(toTirtDesign(formS), parameterAcuan(formS, BANK_NASIONAL.pernyataan));
const PHI = korelasiAcuan();
const SD_KOMPOSIT = Math.sqrt(PHI.flat().reduce((a, b) => a + b, 0)) / 12;
const L = (() => {
  const l = PHI.map((r) => r.map(() => 0));
  for (let i = 0; i < 12; i++)
    for (let j = 0; j <= i; j++) {
      let s = PHI[i][j];
      for (let k = 0; k < j; k++) s -= l[i][k] * l[j][k];
      l[i][j] = i === j ? Math.sqrt(s) : s / l[j][j];
    }
  return l;
})();

/** True traits of an agency whose every trait mean is `delta` above the reference, correlations Φ_ref. */
function traitInstansi(n: number, delta: number, benih: number): Float64Array {
  const rng = createRng(benih);
  const eta = new Float64Array(n * 12);
  for (let p = 0; p < n; p++) {
    const z = Array.from({ length: 12 }, () => rng.normal());
    for (let a = 0; a < 12; a++) {
      let s = delta;
      for (let b = 0; b <= a; b++) s += L[a][b] * z[b];
      eta[p * 12 + a] = s;
    }
  }
  return eta;
}

let acuan: ParameterAcuan;
/** Mean true integrity composite of the simulated reference sample: the calibrated scale's zero. */
let nolAcuan: number;

beforeAll(() => {
  acuan = kalibrasiAcuan(formS, { n: 1000, benih: 7 }).acuan;
  const ref = simulateTirt(generator, { persons: 1000, seed: 7 });
  nolAcuan = ref.eta.reduce((s, v) => s + v, 0) / ref.eta.length;
}, 60_000);

/**
 * True index of an agency with trait shift delta: E[100·Φ((c − c₀)/σ_ref)]
 * for c ~ N(δ, σ_c²), i.e. 100·Φ((δ − c₀)/√(σ_ref² + σ_c²)).
 */
const indeksBenar = (delta: number) =>
  100 * normalCdf((delta - nolAcuan) / Math.sqrt(acuan.sdLatenIntegritas ** 2 + SD_KOMPOSIT ** 2));

describe("agency integrity index with plausible values (known truth)", () => {
  it("covers the true agency index at about the nominal 95% over repeated agencies", () => {
    const R = 40;
    const n = 60;
    let cakup = 0;
    let z2 = 0;
    let ukur = 0;
    for (let r = 0; r < R; r++) {
      const delta = r % 2 === 0 ? 0 : 0.4;
      const { data } = simulasikanJawaban(formS, generator, {
        n,
        benih: 5000 + r,
        eta: traitInstansi(n, delta, 1000 + r),
      });
      const pv = derajatPlausible(acuan, formS, data, { m: 10, benih: r });
      const e = indeksIntegritas(pv.derajat, pv.m);
      const benar = indeksBenar(delta);
      if (e.bawah <= benar && benar <= e.atas) cakup++;
      z2 += ((e.nilai - benar) / e.se) ** 2 / R;
      ukur += e.variansUkur / e.se ** 2 / R;
    }
    console.log(
      `[penilaian] index CI coverage ${cakup}/${R}, mean z² ${z2.toFixed(2)}, measurement share of variance ${ukur.toFixed(2)}`,
    );
    expect(cakup / R).toBeGreaterThanOrEqual(0.85);
    expect(z2).toBeGreaterThan(0.5);
    expect(z2).toBeLessThan(1.6);
    expect(ukur).toBeGreaterThan(0.02);
  }, 60_000);

  it("conditions on the group: the plausible values of a shifted agency are not shrunk to the reference", () => {
    const { data } = simulasikanJawaban(formS, generator, {
      n: 300,
      benih: 77,
      eta: traitInstansi(300, 0.6, 78),
    });
    const dengan = indeksIntegritas(derajatPlausible(acuan, formS, data, { m: 5, benih: 1 }).derajat, 5);
    const tanpa = indeksIntegritas(
      derajatPlausible(acuan, formS, data, { m: 5, benih: 1, kondisikan: false }).derajat,
      5,
    );
    const benar = indeksBenar(0.6);
    console.log(
      `[penilaian] shifted agency: true ${benar.toFixed(2)}, conditioned ${dengan.nilai.toFixed(2)}, reference prior ${tanpa.nilai.toFixed(2)}`,
    );
    expect(Math.abs(dengan.nilai - benar)).toBeLessThan(Math.abs(tanpa.nilai - benar));
    expect(tanpa.nilai).toBeLessThan(benar);
  }, 30_000);

  it("detects a pre/post change and its interval covers the true change", () => {
    const kampanye = (delta: number, benih: number) => {
      const { data } = simulasikanJawaban(formS, generator, {
        n: 150,
        benih,
        eta: traitInstansi(150, delta, benih + 1),
      });
      return indeksIntegritas(derajatPlausible(acuan, formS, data, { m: 10, benih }).derajat, 10);
    };
    const d = bandingkanIndeks(kampanye(0, 11), kampanye(0.5, 21));
    const benar = indeksBenar(0.5) - indeksBenar(0);
    expect(d.bawah).toBeGreaterThan(0);
    expect(d.bawah).toBeLessThanOrEqual(benar);
    expect(d.atas).toBeGreaterThanOrEqual(benar);
  }, 30_000);

  it("feeds the assessment map from scored pegawai: the agency row equals the index over everyone", () => {
    const { data } = simulasikanJawaban(formS, generator, { n: 40, benih: 31 });
    const skor = skorPegawai(acuan, formS, data);
    const pv = derajatPlausible(acuan, formS, data, { m: 5, benih: 3 });
    const unit = [
      { id: "I", nama: "Instansi", indukId: null },
      { id: "U1", nama: "Unit 1", indukId: "I" },
      { id: "U2", nama: "Unit 2", indukId: "I" },
    ];
    const hasil: HasilUntukPeta[] = skor.map((h, p) => ({
      unitId: p % 2 === 0 ? "U1" : "U2",
      level: h.levelTes,
      faktorT: Object.fromEntries(KODE_FAKTOR.map((f) => [f, h.faktor[f].t])) as HasilUntukPeta["faktorT"],
      derajatPv: pv.derajat.subarray(p * 5, p * 5 + 5),
    }));
    const peta = susunPetaAsesmen(unit, hasil);
    const semua = indeksIntegritas(pv.derajat, 5);
    expect(peta.instansi.indeks?.nilai).toBeCloseTo(semua.nilai, 10);
    expect(peta.instansi.indeks?.se).toBeCloseTo(semua.se, 10);
    const lv = peta.instansi.distribusiLevel ?? { 1: 0, 2: 0, 3: 0, 4: 0 };
    expect(lv[1] + lv[2] + lv[3] + lv[4]).toBe(40);
  });
});
