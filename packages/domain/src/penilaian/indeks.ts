import { normalQuantile } from "@nurani/irt";
import { PenilaianError } from "./galat.ts";

/**
 * The integrity index of a group (BAB III.B.3.a: test results "dapat
 * diagregasikan dalam bentuk indeks Integritas pada level organisasi"): the
 * mean latent derajat integritas of its members, estimated from plausible
 * values and combined by Rubin's rules (Rubin 1987, ch. 3; small-sample
 * degrees of freedom of Barnard & Rubin 1999), so the interval carries both
 * each person's measurement error (between-imputation variance B) and the
 * sampling error (within-imputation variance Ū = mean over PV sets of s²/n,
 * times the finite population correction 1 − n/N when the group's size N
 * is given). Total variance T = Ū + (1 + 1/m)·B.
 *
 * When every member is scored (n = N) there is no sampling error (Ū = 0)
 * but the measurement error still counts: T = (1 + 1/m)·B with Rubin's
 * m − 1 degrees of freedom. A group of one person is accepted only then.
 */
export interface Estimasi {
  nilai: number;
  se: number;
  df: number;
  bawah: number;
  atas: number;
  tingkat: number;
  /** Within (sampling) and between (measurement) parts of the variance. */
  variansSampel: number;
  variansUkur: number;
}

export interface OpsiIndeks {
  /** Confidence level (default 0.95). */
  tingkat?: number;
  /** Number of employees of the group, for the finite population correction; omit to treat them as a sample of an unbounded population. */
  jumlahPopulasi?: number;
}

/**
 * Index from per-PV sums over n persons: S[v] = Σ_i D_iv, SS[v] = Σ_i D_iv².
 * Sums make the index additive over a unit tree (peta.ts).
 */
export function indeksDariJumlah(
  n: number,
  S: ArrayLike<number>,
  SS: ArrayLike<number>,
  opsi: OpsiIndeks = {},
): Estimasi {
  const m = S.length;
  const N = opsi.jumlahPopulasi;
  if (N !== undefined && !(N >= n))
    throw new PenilaianError(
      `Jumlah pegawai (${N}) lebih kecil dari jumlah yang dinilai (${n}).`,
      "population size is smaller than the number assessed",
    );
  const semuaDinilai = N !== undefined && n === N;
  if (n < (semuaDinilai ? 1 : 2) || m < 2)
    throw new PenilaianError(
      "Indeks memerlukan minimal 2 orang dan 2 nilai plausibel.",
      "the index needs at least 2 persons and 2 plausible values",
    );
  const fpc = N === undefined ? 1 : 1 - n / N;
  const q = new Float64Array(m);
  // Within-imputation variance before the correction (Ū₀); Ū = fpc·Ū₀.
  let uBar0 = 0;
  for (let v = 0; v < m; v++) {
    q[v] = S[v] / n;
    const s2 = n < 2 ? 0 : Math.max(0, (SS[v] - (S[v] * S[v]) / n) / (n - 1));
    uBar0 += s2 / n / m;
  }
  const uBar = fpc * uBar0;
  const qBar = q.reduce((a, b) => a + b, 0) / m;
  let B = 0;
  for (let v = 0; v < m; v++) B += (q[v] - qBar) ** 2 / (m - 1);
  const total = uBar + (1 + 1 / m) * B;
  const df = dfBarnardRubin(uBar0, fpc, B, m, n - 1);
  const tingkat = opsi.tingkat ?? 0.95;
  const t = kuantilT(1 - (1 - tingkat) / 2, df);
  const se = Math.sqrt(total);
  return {
    nilai: qBar,
    se,
    df,
    bawah: qBar - t * se,
    atas: qBar + t * se,
    tingkat,
    variansSampel: uBar,
    variansUkur: (1 + 1 / m) * B,
  };
}

/** Index of a group from its members' plausible values (persons × m, row-major). */
export function indeksIntegritas(derajat: Float64Array, m: number, opsi: OpsiIndeks = {}): Estimasi {
  const n = derajat.length / m;
  const S = new Float64Array(m);
  const SS = new Float64Array(m);
  for (let i = 0; i < n; i++)
    for (let v = 0; v < m; v++) {
      const d = derajat[i * m + v];
      S[v] += d;
      SS[v] += d * d;
    }
  return indeksDariJumlah(n, S, SS, opsi);
}

/**
 * Barnard & Rubin (1999) degrees of freedom with complete-data df `dfLengkap`:
 * 1/ν = 1/ν_m + 1/ν_obs, ν_m = (m − 1)/γ², ν_obs = ν̃·(1 − γ), γ the share of
 * the measurement part in T.
 *
 * With a finite population correction the within part Ū = fpc·Ū₀ shrinks
 * while its relative uncertainty (df n − 1) does not; γ then rises because
 * sampling error is removed, not because information is missing, and ν_obs
 * = ν̃·(1 − γ) would fall to 0 at n = N (a t with 0 df: the Cauchy quantile,
 * an interval ~5× too wide). So ν_obs is taken without the correction (γ₀
 * from Ū₀) and the within part enters in proportion to its squared share of
 * T, as in Satterthwaite's rule: 1/ν_obs = ((1 − γ)/(1 − γ₀))² / ν_obs₀.
 * fpc = 1 gives Barnard–Rubin exactly; fpc = 0 (n = N) gives ν = m − 1.
 */
function dfBarnardRubin(uBar0: number, fpc: number, B: number, m: number, dfLengkap: number): number {
  if (B <= 0) return dfLengkap;
  const ukur = (1 + 1 / m) * B;
  const total = fpc * uBar0 + ukur;
  const gamma = ukur / total;
  const dfRubin = (m - 1) / (gamma * gamma);
  if (fpc * uBar0 <= 0) return dfRubin;
  const total0 = uBar0 + ukur;
  const dfObs0 = ((dfLengkap + 1) / (dfLengkap + 3)) * dfLengkap * (uBar0 / total0);
  const bagian = (fpc * uBar0) / total / (uBar0 / total0);
  return 1 / (1 / dfRubin + (bagian * bagian) / dfObs0);
}

/**
 * Student t quantile: for df ≥ 3 the Cornish–Fisher expansion of
 * Abramowitz & Stegun 26.7.5 (four terms); below 3 the exact quantile of
 * df rounded down to 1 or 2 (a slightly wider, conservative interval).
 */
export function kuantilT(p: number, df: number): number {
  const x = normalQuantile(p);
  if (!Number.isFinite(df)) return x;
  if (df < 2) return Math.tan(Math.PI * (p - 0.5));
  if (df < 3) return (2 * p - 1) / Math.sqrt(2 * p * (1 - p));
  const x2 = x * x;
  const g1 = (x * (x2 + 1)) / 4;
  const g2 = (x * ((5 * x2 + 16) * x2 + 3)) / 96;
  const g3 = (x * (((3 * x2 + 19) * x2 + 17) * x2 - 15)) / 384;
  const g4 = (x * ((((79 * x2 + 776) * x2 + 1482) * x2 - 1920) * x2 - 945)) / 92160;
  return x + g1 / df + g2 / df ** 2 + g3 / df ** 3 + g4 / df ** 4;
}

/**
 * Pre/post change between two campaigns (docs/penilaian.md "Pre/post"):
 * Δ = post − pre with variance T_pre + T_post and Welch–Satterthwaite df.
 * Treats the two campaigns as independent samples; when the same pegawai
 * took both, the positive covariance is ignored and the interval is wider
 * than necessary (conservative).
 */
export function bandingkanIndeks(pre: Estimasi, post: Estimasi): Estimasi {
  const v1 = pre.se ** 2;
  const v2 = post.se ** 2;
  // A side without error (se 0, e.g. everyone scored with identical PVs) adds nothing to the df;
  // both exact: the change is exact too, and any df gives the same point interval.
  const suku = (v: number, df: number) => (v > 0 ? v ** 2 / df : 0);
  const df =
    v1 + v2 > 0 ? (v1 + v2) ** 2 / (suku(v1, pre.df) + suku(v2, post.df)) : Math.min(pre.df, post.df);
  v1 + v2 > 0 ? (v1 + v2) ** 2 / (v1 ** 2 / pre.df + v2 ** 2 / post.df) : Math.min(pre.df, post.df);
  const tingkat = post.tingkat;
  const se = Math.sqrt(v1 + v2);
  const t = kuantilT(1 - (1 - tingkat) / 2, df);
  const nilai = post.nilai - pre.nilai;
  return {
    nilai,
    se,
    df,
    bawah: nilai - t * se,
    atas: nilai + t * se,
    tingkat,
    variansSampel: pre.variansSampel + post.variansSampel,
    variansUkur: pre.variansUkur + post.variansUkur,
  };
}
