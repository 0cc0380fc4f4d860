import {
  createRng,
  normalQuantile,
  scoreTirtEap,
  scoreTirtMap,
  simulateTirt,
  tirtModelFromParams,
} from "@nurani/irt";
import { beforeAll, describe, expect, it } from "vitest";
import {
  BANK_NASIONAL,
  derajatPlausible,
  type Formulir,
  hasilPasangan,
  kalibrasiAcuan,
  kelompokPlausible,
  korelasiAcuan,
  type ParameterAcuan,
  parameterAcuan,
  simulasikanJawaban,
  skorPegawaiLengkap,
  toTirtDesign,
} from "../src/index.ts";
import { posteriorEp } from "../src/penilaian/posterior.ts";

/**
 * Plausible values from the EP posterior (plausible.ts, posterior.ts):
 * checked against the engine's importance-sampling EAP as an independent
 * reference, and by simulation with known truth (group mean and SD of the
 * latent integrity composite). The screening form (16 blocks) is used: the
 * least information per person, so the furthest from a normal posterior.
 */
const formS = BANK_NASIONAL.formulir.find((f) => f.id === "NAS-1-S") as Formulir;
const generator = tirtModelFromParams(toTirtDesign(formS), parameterAcuan(formS, BANK_NASIONAL.pernyataan));
const T = 12;
const PHI = korelasiAcuan();
const L = (() => {
  const l = PHI.map((r) => r.map(() => 0));
  for (let i = 0; i < T; i++)
    for (let j = 0; j <= i; j++) {
      let s = PHI[i][j];
      for (let k = 0; k < j; k++) s -= l[i][k] * l[j][k];
      l[i][j] = i === j ? Math.sqrt(s) : s / l[j][j];
    }
  return l;
})();

function traitInstansi(n: number, delta: number, benih: number): Float64Array {
  const rng = createRng(benih);
  const eta = new Float64Array(n * T);
  for (let p = 0; p < n; p++) {
    const z = Array.from({ length: T }, () => rng.normal());
    for (let a = 0; a < T; a++) {
      let s = delta;
      for (let b = 0; b <= a; b++) s += L[a][b] * z[b];
      eta[p * T + a] = s;
    }
  }
  return eta;
}

/** Composite mean and SD of row p (w = 1/12). */
function komposit(theta: Float64Array, cov: Float64Array, p: number): [number, number] {
  let r = 0;
  let v = 0;
  for (let a = 0; a < T; a++) {
    r += theta[p * T + a] / T;
    for (let b = 0; b < T; b++) v += cov[p * T * T + a * T + b] / (T * T);
  }
  return [r, Math.sqrt(v)];
}

const rerataSd = (x: ArrayLike<number>): [number, number] => {
  const a = Array.from(x);
  const m = a.reduce((s, v) => s + v, 0) / a.length;
  return [m, Math.sqrt(a.reduce((s, v) => s + (v - m) ** 2, 0) / (a.length - 1))];
};

let acuan: ParameterAcuan;
let nolAcuan: number;

beforeAll(() => {
  acuan = kalibrasiAcuan(formS, { n: 1000, benih: 7 }).acuan;
  const ref = simulateTirt(generator, { persons: 1000, seed: 7 });
  nolAcuan = ref.eta.reduce((s, v) => s + v, 0) / ref.eta.length;
}, 60_000);

describe("EP posterior of the traits", () => {
  it("matches the importance-sampling EAP (4,000 draws) on the composite; the Laplace normal at the mode misplaces its mean", () => {
    const { data } = simulasikanJawaban(formS, generator, { n: 40, benih: 41 });
    const { model, outcomes } = hasilPasangan(acuan, formS, data);
    const map = scoreTirtMap(model, outcomes, 40);
    const eap = scoreTirtEap(model, outcomes, 40, { draws: 4000, seed: 3 });
    const ep = posteriorEp(model, outcomes, 40, map);
    expect(ep.gagal).toEqual([]);
    let galatEp = 0;
    let galatLaplace = 0;
    let sdEp = 0;
    let sdLaplace = 0;
    for (let p = 0; p < 40; p++) {
      const [mr, ms] = komposit(eap.theta, eap.covariance, p);
      const [er, es] = komposit(ep.rerata, ep.kovarians, p);
      const [lr, ls] = komposit(map.theta, map.covariance, p);
      galatEp += Math.abs(er - mr) / 40;
      galatLaplace += Math.abs(lr - mr) / 40;
      sdEp += Math.abs(es / ms - 1) / 40;
      sdLaplace += Math.abs(ls / ms - 1) / 40;
    }
    console.log(
      `[penilaian] composite vs EAP: mean |Δ| EP ${galatEp.toFixed(4)}, Laplace ${galatLaplace.toFixed(4)}; mean |SD ratio − 1| EP ${sdEp.toFixed(3)}, Laplace ${sdLaplace.toFixed(3)}`,
    );
    expect(galatEp).toBeLessThan(0.02);
    expect(sdEp).toBeLessThan(0.04);
    expect(galatEp).toBeLessThan(galatLaplace / 2);
  }, 60_000);
});

describe("plausible values (known truth)", () => {
  it("recover the group mean and SD of the latent composite of shifted agencies", () => {
    for (const delta of [0.6, -0.6]) {
      const n = 1000;
      const eta = traitInstansi(n, delta, 78);
      const { data } = simulasikanJawaban(formS, generator, { n, benih: 77, eta });
      const benar = rerataSd(
        Array.from(
          { length: n },
          (_, p) => eta.subarray(p * T, (p + 1) * T).reduce((s, v) => s + v, 0) / T - nolAcuan,
        ),
      );
      const keC = (d: Float64Array) =>
        Array.from(d, (x) => acuan.sdLatenIntegritas * normalQuantile(x / 100));
      const pv = derajatPlausible(acuan, formS, data, { m: 10, benih: 1 });
      const tanpa = derajatPlausible(acuan, formS, data, { m: 10, benih: 1, kondisikan: false });
      const [rerata, sd] = rerataSd(keC(pv.derajat));
      const [rerataTanpa] = rerataSd(keC(tanpa.derajat));
      console.log(
        `[penilaian] δ ${delta}: true composite ${benar[0].toFixed(3)} ± ${benar[1].toFixed(3)}, PV ${rerata.toFixed(3)} ± ${sd.toFixed(3)}, reference prior ${rerataTanpa.toFixed(3)}`,
      );
      expect(Math.abs(rerata - benar[0])).toBeLessThan(0.04);
      expect(Math.abs(sd / benar[1] - 1)).toBeLessThan(0.07);
      // the reference prior alone shrinks the mean visibly: the check above can fail
      expect(Math.abs(rerataTanpa - benar[0])).toBeGreaterThan(0.05);
    }
  }, 60_000);
});

describe("conditioning sums and reuse of the scoring", () => {
  it("a batch conditioned with the earlier batches' sums gets the group mean of them all", () => {
    const { data } = simulasikanJawaban(formS, generator, {
      n: 300,
      benih: 9,
      eta: traitInstansi(300, 0.3, 10),
    });
    const semua = derajatPlausible(acuan, formS, data, { m: 2, benih: 1 });
    const k = kelompokPlausible();
    const satu = derajatPlausible(acuan, formS, data.slice(0, 200), { m: 2, benih: 1, kelompok: k });
    const dua = derajatPlausible(acuan, formS, data.slice(200), { m: 2, benih: 2, kelompok: k });
    expect(k.n).toBe(300);
    for (let a = 0; a < T; a++) expect(dua.rerataKelompok[a]).toBeCloseTo(semua.rerataKelompok[a], 10);
    // the first batch saw only itself
    expect(satu.rerataKelompok.some((x, a) => Math.abs(x - semua.rerataKelompok[a]) > 1e-4)).toBe(true);
  });

  it("reusing skorPegawaiLengkap's MAP pass gives the same values as scoring afresh", () => {
    const { data } = simulasikanJawaban(formS, generator, { n: 50, benih: 12 });
    const s = skorPegawaiLengkap(acuan, formS, data);
    const a = derajatPlausible(acuan, formS, data, { m: 3, benih: 5, skor: s });
    const b = derajatPlausible(acuan, formS, data, { m: 3, benih: 5 });
    expect(Array.from(a.derajat)).toEqual(Array.from(b.derajat));
    expect(a.derajat.every((x) => x > 0 && x < 100)).toBe(true);
  });

  it("refuses a scoring of another number of persons", () => {
    const { data } = simulasikanJawaban(formS, generator, { n: 10, benih: 13 });
    const s = skorPegawaiLengkap(acuan, formS, data.slice(0, 5));
    expect(() => derajatPlausible(acuan, formS, data, { benih: 1, skor: s })).toThrow(/5 orang/);
  });
});
