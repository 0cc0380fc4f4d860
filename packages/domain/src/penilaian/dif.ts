/**
 * DIF (differential item functioning) of the forced-choice pairs, for the
 * recalibration comparison (docs/hasil.md "DIF of the forced-choice pairs").
 *
 * The items of the Thurstonian model are the binary pair outcomes y_pj
 * ("statement i preferred to statement k"). For each pair and a grouping of
 * the persons (sex, age group, rank …), logistic-regression DIF in the
 * manner of Swaminathan & Rogers (1990), with the matching variable the
 * model's own prediction from each person's estimated traits instead of a
 * total score (a sum score is not a measure in forced choice):
 *
 *   x_pj = logit Φ(z_pj),  z_pj = (−γ_j + λ_i η̂_a − λ_k η̂_b) / √(ψ²_i + ψ²_k)
 *   M0: logit P(y = 1) = b0 + b1·x
 *   M1: M0 + Σ_g c_g·D_g              (uniform DIF: a shift for group g)
 *   M2: M1 + Σ_g d_g·D_g·x            (non-uniform DIF: a different slope)
 *
 * with D_g the indicator of focal group g (the largest group is the
 * reference). M0 re-estimates intercept and slope so that shrinkage of the
 * MAP traits is absorbed by the conditioning, not attributed to a group.
 * Likelihood-ratio tests: M2 vs M0 (2(G−1) df) decides, M1 vs M0 and M2 vs
 * M1 say whether the DIF is uniform or not. p-values are adjusted by
 * Benjamini–Hochberg over the pairs of one grouping (false discovery rate).
 *
 * Effect sizes: Nagelkerke ΔR² of M2 over M0 (Zumbo 1999; Jodoin & Gierl
 * 2001 classes 0.035 / 0.070) and, easier to read, the mean difference in
 * the probability of the outcome between a focal group and the reference at
 * the focal group's own matching values under M2 (the standardised P-DIF of
 * Dorans & Kulick 1986, unsigned so that crossing DIF counts too). Class A
 * (negligible) < 0.05 ≤ B (moderate) < 0.10 ≤ C (large). A pair is flagged
 * when its adjusted p-value is below α and its class is B or C.
 *
 * Groups with fewer than `minKelompok` persons are not tested and are listed
 * as such; a grouping with fewer than two tested groups is not tested.
 *
 * Purification (`difDimurnikan`): a pair with DIF pulls the focal group's
 * estimated trait towards itself, which hides part of its DIF and lends
 * some to the other pairs on that trait. So the traits are re-estimated
 * with the flagged pairs left out (treated as missing) and every pair is
 * tested again, until the flagged set repeats (at most `putaranMaks`
 * rounds; not when more than half the pairs are flagged).
 *
 * Limit: where groups differ strongly in their trait means, the shrinkage of
 * MAP traits can still show as small uniform DIF (see the tests).
 */
import { chiSquareSurvival, normalCdf, scoreTirtMap, solveSpdRidged, type TirtModel } from "@nurani/irt";

export const DIF_MIN_KELOMPOK = 100;
export const DIF_ALPHA = 0.05;
/** Unsigned P-DIF class bounds (Dorans & Kulick; ETS practice). */
export const DIF_BATAS_BESARAN = { sedang: 0.05, besar: 0.1 } as const;
/** Nagelkerke ΔR² class bounds (Jodoin & Gierl 2001). */
export const DIF_BATAS_R2 = { sedang: 0.035, besar: 0.07 } as const;
const MISSING = -1;

export type KelasDif = "A" | "B" | "C";

export interface OpsiDif {
  /** Minimum persons in a group for it to be tested (default 100). */
  minKelompok?: number;
  /** False discovery rate of the Benjamini–Hochberg procedure (default 0.05). */
  alpha?: number;
}

export interface KelompokDif {
  nama: string;
  n: number;
  /** False when the group is smaller than the minimum (not tested). */
  diuji: boolean;
}

export interface DifPerKelompok {
  kelompok: string;
  /** c_g of M1 (log-odds shift against the reference; positive = the focal group prefers `first` more). */
  geserLogit: number;
  /** d_g of M2 (slope difference on the matching variable). */
  ubahLereng: number;
  /** Mean P(y=1 | x, g) − P(y=1 | x, ref) over the focal group under M2 (signed P-DIF). */
  bedaP: number;
  /** The same mean of absolute differences (unsigned P-DIF). */
  bedaPMutlak: number;
}

export interface DifPasangan {
  /** Pair index in layout order. */
  pasangan: number;
  n: number;
  /** LR statistic M2 vs M0, its df and p-value. */
  g2: number;
  df: number;
  p: number;
  /** Benjamini–Hochberg adjusted p-value over the pairs of this grouping. */
  q: number;
  pSeragam: number;
  pTidakSeragam: number;
  deltaR2: number;
  /** Largest unsigned P-DIF over the focal groups. */
  besaran: number;
  kelas: KelasDif;
  jenis: "seragam" | "tidakSeragam";
  ditandai: boolean;
  perKelompok: DifPerKelompok[];
}

export interface HasilDif {
  kelompok: KelompokDif[];
  /** Reference group (the largest tested group), or null when not tested. */
  acuan: string | null;
  /** Why the grouping was not tested, when it was not. */
  tidakDiuji: string | null;
  pasangan: DifPasangan[];
}

/** Matching variable x = logit Φ(z) of every person × pair from estimated traits (persons × traits). */
export function prediktorPasangan(model: TirtModel, theta: Float64Array, persons: number): Float64Array {
  const { layout, lambda, psi2, gamma, traits: T } = model;
  const P = layout.pairs.length;
  const x = new Float64Array(persons * P);
  for (let j = 0; j < P; j++) {
    const pr = layout.pairs[j];
    const s = Math.sqrt(psi2[pr.first] + psi2[pr.second]);
    const a = layout.statementTrait[pr.first];
    const b = layout.statementTrait[pr.second];
    for (let p = 0; p < persons; p++) {
      const z = (-gamma[j] + lambda[pr.first] * theta[p * T + a] - lambda[pr.second] * theta[p * T + b]) / s;
      const pr1 = Math.min(1 - 1e-9, Math.max(1e-9, normalCdf(z)));
      x[p * P + j] = Math.log(pr1 / (1 - pr1));
    }
  }
  return x;
}

interface FitLogistik {
  beta: Float64Array;
  logLik: number;
}

const sigmoid = (t: number) => (t >= 0 ? 1 / (1 + Math.exp(-t)) : Math.exp(t) / (1 + Math.exp(t)));

function logLikLogistik(X: Float64Array, y: Uint8Array, n: number, k: number, beta: Float64Array): number {
  let ll = 0;
  for (let r = 0; r < n; r++) {
    let t = 0;
    for (let c = 0; c < k; c++) t += X[r * k + c] * beta[c];
    // log σ(t) = −log(1 + e^−t), stable for both signs
    const lse = t > 0 ? Math.log1p(Math.exp(-t)) : -t + Math.log1p(Math.exp(t));
    ll += y[r] ? -lse : -t - lse;
  }
  return ll;
}

/**
 * Maximum-likelihood logistic regression by Newton–Raphson with step
 * halving (X is n × k row-major). Under separation the coefficients stop
 * growing after 50 iterations; the log-likelihood is then near its supremum.
 */
export function regresiLogistik(
  X: Float64Array,
  y: Uint8Array,
  n: number,
  k: number,
  awal?: Float64Array,
): FitLogistik {
  const beta = new Float64Array(k);
  if (awal) beta.set(awal.subarray(0, Math.min(k, awal.length)));
  let ll = logLikLogistik(X, y, n, k, beta);
  const grad = new Float64Array(k);
  const H = new Float64Array(k * k);
  for (let it = 0; it < 50; it++) {
    grad.fill(0);
    H.fill(0);
    for (let r = 0; r < n; r++) {
      let t = 0;
      for (let c = 0; c < k; c++) t += X[r * k + c] * beta[c];
      const pr = sigmoid(t);
      const w = pr * (1 - pr);
      const e = y[r] - pr;
      for (let c = 0; c < k; c++) {
        const xc = X[r * k + c];
        grad[c] += e * xc;
        for (let m = 0; m <= c; m++) H[c * k + m] += w * xc * X[r * k + m];
      }
    }
    for (let c = 0; c < k; c++) for (let m = 0; m < c; m++) H[m * k + c] = H[c * k + m];
    // X'WX is positive definite unless a group's outcomes are (nearly) separated; then the smallest ridge that works.
    const step = solveSpdRidged(H, k, grad);
    if (step === null) break;
    let t = 1;
    const coba = new Float64Array(k);
    let llBaru = ll;
    for (let h = 0; h < 30; h++) {
      for (let c = 0; c < k; c++) coba[c] = beta[c] + t * step[c];
      llBaru = logLikLogistik(X, y, n, k, coba);
      if (llBaru >= ll - 1e-10) break;
      t /= 2;
    }
    if (llBaru < ll - 1e-10) break;
    beta.set(coba);
    const naik = llBaru - ll;
    ll = llBaru;
    if (naik < 1e-9 && Math.max(...Array.from(step, Math.abs)) * t < 1e-6) break;
  }
  return { beta, logLik: ll };
}

/** Benjamini–Hochberg adjusted p-values (step-up, monotone, capped at 1). */
export function benjaminiHochberg(p: readonly number[]): number[] {
  const m = p.length;
  const urut = p.map((v, i) => ({ v, i })).sort((a, b) => a.v - b.v);
  const q = new Array<number>(m);
  let min = 1;
  for (let r = m - 1; r >= 0; r--) {
    min = Math.min(min, (urut[r].v * m) / (r + 1));
    q[urut[r].i] = min;
  }
  return q;
}

function nagelkerke(llNol: number, ll: number, n: number): number {
  const cs = 1 - Math.exp((2 / n) * (llNol - ll));
  const maks = 1 - Math.exp((2 / n) * llNol);
  return maks > 0 ? cs / maks : 0;
}

function kelasDari(besaran: number): KelasDif {
  if (besaran >= DIF_BATAS_BESARAN.besar) return "C";
  if (besaran >= DIF_BATAS_BESARAN.sedang) return "B";
  return "A";
}

/**
 * DIF of every pair for one grouping. `x` is `prediktorPasangan(...)`,
 * `outcomes` persons × pairs (1, 0 or −1 missing), `kelompok` the group
 * name of each person (null = unknown, left out).
 */
export function difPasangan(
  x: Float64Array,
  outcomes: Int8Array,
  persons: number,
  pairs: number,
  kelompok: readonly (string | null)[],
  opsi: OpsiDif = {},
): HasilDif {
  const minK = opsi.minKelompok ?? DIF_MIN_KELOMPOK;
  const alpha = opsi.alpha ?? DIF_ALPHA;
  const hitung = new Map<string, number>();
  for (let p = 0; p < persons; p++) {
    const g = kelompok[p];
    if (g != null) hitung.set(g, (hitung.get(g) ?? 0) + 1);
  }
  const daftar: KelompokDif[] = [...hitung]
    .map(([nama, n]) => ({ nama, n, diuji: n >= minK }))
    .sort((a, b) => b.n - a.n || a.nama.localeCompare(b.nama));
  const diuji = daftar.filter((g) => g.diuji);
  if (diuji.length < 2)
    return {
      kelompok: daftar,
      acuan: null,
      tidakDiuji: `kurang dari dua kelompok dengan sedikitnya ${minK} peserta`,
      pasangan: [],
    };
  const acuan = diuji[0].nama;
  const fokus = diuji.slice(1).map((g) => g.nama);
  const indeks = new Map(fokus.map((g, i) => [g, i]));
  const G1 = fokus.length;
  const orang: number[] = [];
  const gOrang: number[] = [];
  for (let p = 0; p < persons; p++) {
    const g = kelompok[p];
    if (g == null || !hitung.has(g) || (hitung.get(g) ?? 0) < minK) continue;
    orang.push(p);
    gOrang.push(g === acuan ? -1 : (indeks.get(g) ?? -1));
  }
  const k0 = 2;
  const k1 = 2 + G1;
  const k2 = 2 + 2 * G1;
  const hasil: DifPasangan[] = [];
  for (let j = 0; j < pairs; j++) {
    const baris: number[] = [];
    for (let r = 0; r < orang.length; r++) if (outcomes[orang[r] * pairs + j] !== MISSING) baris.push(r);
    const n = baris.length;
    const y = new Uint8Array(n);
    const X2 = new Float64Array(n * k2);
    let n1 = 0;
    baris.forEach((r, i) => {
      const p = orang[r];
      y[i] = outcomes[p * pairs + j] === 1 ? 1 : 0;
      n1 += y[i];
      const xv = x[p * pairs + j];
      X2[i * k2] = 1;
      X2[i * k2 + 1] = xv;
      const g = gOrang[r];
      if (g >= 0) {
        X2[i * k2 + 2 + g] = 1;
        X2[i * k2 + 2 + G1 + g] = xv;
      }
    });
    const sub = (k: number) => {
      const X = new Float64Array(n * k);
      for (let i = 0; i < n; i++) for (let c = 0; c < k; c++) X[i * k + c] = X2[i * k2 + c];
      return X;
    };
    const m0 = regresiLogistik(sub(k0), y, n, k0);
    const m1 = regresiLogistik(sub(k1), y, n, k1, m0.beta);
    const m2 = regresiLogistik(X2, y, n, k2, m1.beta);
    const df = 2 * G1;
    const g2 = Math.max(0, 2 * (m2.logLik - m0.logLik));
    const g2u = Math.max(0, 2 * (m1.logLik - m0.logLik));
    const g2n = Math.max(0, 2 * (m2.logLik - m1.logLik));
    const n0 = n - n1;
    const llNol = (n1 > 0 ? n1 * Math.log(n1 / n) : 0) + (n0 > 0 ? n0 * Math.log(n0 / n) : 0);
    const deltaR2 = nagelkerke(llNol, m2.logLik, n) - nagelkerke(llNol, m0.logLik, n);
    const b = m2.beta;
    const perKelompok: DifPerKelompok[] = fokus.map((nama, g) => {
      let beda = 0;
      let mutlak = 0;
      let m = 0;
      baris.forEach((r, i) => {
        if (gOrang[r] !== g) return;
        const xv = X2[i * k2 + 1];
        const tAcuan = b[0] + b[1] * xv;
        const d = sigmoid(tAcuan + b[2 + g] + b[2 + G1 + g] * xv) - sigmoid(tAcuan);
        beda += d;
        mutlak += Math.abs(d);
        m++;
      });
      return {
        kelompok: nama,
        geserLogit: m1.beta[2 + g],
        ubahLereng: b[2 + G1 + g],
        bedaP: m > 0 ? beda / m : 0,
        bedaPMutlak: m > 0 ? mutlak / m : 0,
      };
    });
    const besaran = Math.max(...perKelompok.map((k) => k.bedaPMutlak));
    const pTidakSeragam = chiSquareSurvival(g2n, G1);
    hasil.push({
      pasangan: j,
      n,
      g2,
      df,
      p: chiSquareSurvival(g2, df),
      q: 1,
      pSeragam: chiSquareSurvival(g2u, G1),
      pTidakSeragam,
      deltaR2,
      besaran,
      kelas: kelasDari(besaran),
      jenis: pTidakSeragam < alpha ? "tidakSeragam" : "seragam",
      ditandai: false,
      perKelompok,
    });
  }
  const q = benjaminiHochberg(hasil.map((h) => h.p));
  hasil.forEach((h, i) => {
    h.q = q[i];
    h.ditandai = h.q < alpha && h.kelas !== "A";
  });
  return { kelompok: daftar, acuan, tidakDiuji: null, pasangan: hasil };
}

export interface HasilDifMurni extends HasilDif {
  /** Rounds of purification done (0 = none needed). */
  putaran: number;
}

/**
 * `difPasangan` with purification of the matching variable: traits are
 * re-estimated by MAP under `model` without the flagged pairs until the
 * flagged set is stable. `theta` is the first estimate (persons × traits).
 */
export function difDimurnikan(
  model: TirtModel,
  theta: Float64Array,
  outcomes: Int8Array,
  persons: number,
  kelompok: readonly (string | null)[],
  opsi: OpsiDif & { putaranMaks?: number } = {},
): HasilDifMurni {
  const P = model.layout.pairs.length;
  let h = difPasangan(prediktorPasangan(model, theta, persons), outcomes, persons, P, kelompok, opsi);
  let kunci = "";
  let putaran = 0;
  for (; putaran < (opsi.putaranMaks ?? 4); putaran++) {
    const ditandai = h.pasangan.filter((d) => d.ditandai).map((d) => d.pasangan);
    const k = ditandai.join(",");
    if (k === kunci || ditandai.length * 2 > P) break;
    kunci = k;
    const tanpa = Int8Array.from(outcomes);
    for (let p = 0; p < persons; p++) for (const j of ditandai) tanpa[p * P + j] = MISSING;
    const th = scoreTirtMap(model, tanpa, persons).theta;
    h = difPasangan(prediktorPasangan(model, th, persons), outcomes, persons, P, kelompok, opsi);
  }
  return { ...h, putaran };
}
