/**
 * Expert panel review of the national item bank (docs/panel-ahli.md).
 * Pure functions: Lawshe's content validity ratio with the exact
 * critical values of Ayre & Scally (2014), social-desirability mean and SD per
 * statement, inter-rater agreement ICC(2,1) and ICC(2,k) (Shrout & Fleiss
 * 1979), the flags, and the replacement of the author's desirability by the
 * panel's in form design.
 */
import type { Pernyataan } from "./tipe.ts";

/** Relevance of a statement to its sub-dimension (Lawshe 1975). */
export type Relevansi = "esensial" | "berguna" | "tidak_perlu";
export const RELEVANSI: readonly Relevansi[] = ["esensial", "berguna", "tidak_perlu"];

/**
 * Critical values of the CVR, one-tailed α = .05, exact binomial (p = .5):
 * Ayre, C. & Scally, A. J. (2014). Critical values for Lawshe's content
 * validity ratio: revisiting the original methods of calculation.
 * Measurement and Evaluation in Counseling and Development, 47(1), 79–86,
 * Table 2 ("Ncritical" = minimum number of experts rating "essential").
 * Below 5 experts no number of "essential" ratings is significant.
 * A test recomputes every row from the binomial distribution.
 */
export const KRITIS_CVR_AYRE_SCALLY: Readonly<Record<number, number>> = {
  5: 5, 6: 6, 7: 7, 8: 7, 9: 8, 10: 9, 11: 9, 12: 10, 13: 10, 14: 11, 15: 12,
  16: 12, 17: 13, 18: 13, 19: 14, 20: 15, 21: 15, 22: 16, 23: 16, 24: 17, 25: 18,
  26: 18, 27: 19, 28: 19, 29: 20, 30: 20, 31: 21, 32: 22, 33: 22, 34: 23, 35: 23,
  36: 24, 37: 24, 38: 25, 39: 26, 40: 26,
}; // biome-ignore format: the table as printed

/** Lawshe's CVR = (n_e − N/2)/(N/2). */
export function cvr(nEsensial: number, n: number): number {
  if (n <= 0) throw new Error("panel kosong");
  return (nEsensial - n / 2) / (n / 2);
}

/** The critical CVR for a panel of `n` (null when the table has no value: n < 5 or n > 40). */
export function cvrKritis(n: number): number | null {
  const ne = KRITIS_CVR_AYRE_SCALLY[n];
  return ne === undefined ? null : cvr(ne, n);
}

/** Above this SD of the desirability ratings (1–5) the experts disagree too much to use the mean. */
export const SD_KEINGINAN_SOSIAL_MAKS = 1;

export function rerata(x: readonly number[]): number {
  return x.reduce((a, b) => a + b, 0) / x.length;
}

/** Sample SD (n − 1); 0 for a single value. */
export function simpanganBaku(x: readonly number[]): number {
  if (x.length < 2) return 0;
  const m = rerata(x);
  return Math.sqrt(x.reduce((a, b) => a + (b - m) ** 2, 0) / (x.length - 1));
}

export interface IccHasil {
  /** Statements (targets) and raters used: complete rows only. */
  n: number;
  k: number;
  msr: number;
  msc: number;
  mse: number;
  /** Single rater, two-way random, absolute agreement. */
  icc21: number;
  /** Mean of k raters, two-way random, absolute agreement. */
  icc2k: number;
}

/**
 * ICC(2,1) and ICC(2,k) of Shrout & Fleiss (1979) from a complete matrix
 * (rows = targets, columns = raters), by the two-way ANOVA mean squares.
 * Null when fewer than 2 targets or 2 raters.
 */
export function icc2(matriks: readonly (readonly number[])[]): IccHasil | null {
  const n = matriks.length;
  const k = n > 0 ? (matriks[0]?.length ?? 0) : 0;
  if (n < 2 || k < 2) return null;
  if (matriks.some((r) => r.length !== k)) throw new Error("matriks tidak lengkap");
  const semua = matriks.flat();
  const g = rerata(semua);
  const barisM = matriks.map((r) => rerata(r));
  const kolomM = Array.from({ length: k }, (_, j) => rerata(matriks.map((r) => r[j] as number)));
  const sst = semua.reduce((a, x) => a + (x - g) ** 2, 0);
  const ssr = k * barisM.reduce((a, m) => a + (m - g) ** 2, 0);
  const ssc = n * kolomM.reduce((a, m) => a + (m - g) ** 2, 0);
  const sse = sst - ssr - ssc;
  const msr = ssr / (n - 1);
  const msc = ssc / (k - 1);
  const mse = sse / ((n - 1) * (k - 1));
  const icc21 = (msr - mse) / (msr + (k - 1) * mse + (k * (msc - mse)) / n);
  const icc2k = (msr - mse) / (msr + (msc - mse) / n);
  return { n, k, msr, msc, mse, icc21, icc2k };
}

export interface NilaiAhli {
  ahli: string;
  pernyataan: string;
  relevansi: Relevansi;
  keinginanSosial: number;
}

export type BenderaPanel = "CVR_GAGAL" | "KEINGINAN_SOSIAL_TIDAK_SEPAKAT";

export interface HasilPernyataanPanel {
  pernyataan: string;
  n: number;
  nEsensial: number;
  nBerguna: number;
  nTidakPerlu: number;
  cvr: number | null;
  cvrKritis: number | null;
  /** null when the panel is too small for a critical value. */
  lulusCvr: boolean | null;
  keinginanSosialRerata: number | null;
  keinginanSosialSb: number | null;
  bendera: BenderaPanel[];
}

export interface HasilPanel {
  pernyataan: HasilPernyataanPanel[];
  /** On desirability, experts × statements rated by every counted expert. */
  icc: IccHasil | null;
  ahli: number;
}

/**
 * The panel's results. `ahli` are the experts counted (those who rated every
 * statement); ratings of others are ignored so every statement has the same N.
 */
export function hitungHasilPanel(
  pernyataanIds: readonly string[],
  ahli: readonly string[],
  nilai: readonly NilaiAhli[],
  opsi: { sdMaks?: number } = {},
): HasilPanel {
  const sdMaks = opsi.sdMaks ?? SD_KEINGINAN_SOSIAL_MAKS;
  const dihitung = new Set(ahli);
  const per = new Map<string, Map<string, NilaiAhli>>();
  for (const v of nilai) {
    if (!dihitung.has(v.ahli)) continue;
    let m = per.get(v.pernyataan);
    if (!m) {
      m = new Map();
      per.set(v.pernyataan, m);
    }
    m.set(v.ahli, v);
  }
  const hasil = pernyataanIds.map((id): HasilPernyataanPanel => {
    const vs = [...(per.get(id)?.values() ?? [])];
    const n = vs.length;
    const nEsensial = vs.filter((v) => v.relevansi === "esensial").length;
    const nBerguna = vs.filter((v) => v.relevansi === "berguna").length;
    const ks = vs.map((v) => v.keinginanSosial);
    const nilaiCvr = n > 0 ? cvr(nEsensial, n) : null;
    const kritis = n > 0 ? cvrKritis(n) : null;
    const lulus = nilaiCvr === null || kritis === null ? null : nilaiCvr >= kritis - 1e-12;
    const sb = n > 0 ? simpanganBaku(ks) : null;
    const bendera: BenderaPanel[] = [];
    if (lulus === false) bendera.push("CVR_GAGAL");
    if (sb !== null && sb > sdMaks) bendera.push("KEINGINAN_SOSIAL_TIDAK_SEPAKAT");
    return {
      pernyataan: id,
      n,
      nEsensial,
      nBerguna,
      nTidakPerlu: n - nEsensial - nBerguna,
      cvr: nilaiCvr,
      cvrKritis: kritis,
      lulusCvr: lulus,
      keinginanSosialRerata: n > 0 ? rerata(ks) : null,
      keinginanSosialSb: sb,
      bendera,
    };
  });
  const urutAhli = [...dihitung];
  const baris = pernyataanIds
    .map((id) => urutAhli.map((a) => per.get(id)?.get(a)?.keinginanSosial))
    .filter((r): r is number[] => r.every((x) => x !== undefined));
  return { pernyataan: hasil, icc: icc2(baris), ahli: urutAhli.length };
}

/**
 * Form design uses the panel's desirability instead of the author's: each
 * statement the panel rated (same id and same text) takes the panel mean
 * (two decimals) and names the panel as its rater. Others are unchanged.
 */
export function terapkanKeinginanSosialPanel(
  pernyataan: readonly Pernyataan[],
  panel: { nama: string; ahli: number; nilai: ReadonlyMap<string, { teks: string; rerata: number }> },
): Pernyataan[] {
  return pernyataan.map((p) => {
    const v = panel.nilai.get(p.id);
    if (!v || v.teks !== p.teks) return p;
    return {
      ...p,
      keinginanSosial: Math.round(v.rerata * 100) / 100,
      penilaiKeinginanSosial: `${panel.nama} (rerata ${panel.ahli} ahli)`,
    };
  });
}
