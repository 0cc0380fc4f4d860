import {
  cholesky,
  choleskySolve,
  createRng,
  normalCdf,
  scoreTirtMap,
  type TirtModel,
  type TirtScores,
} from "@nurani/irt";
import type { Formulir, Pernyataan } from "../bank-butir/tipe.ts";
import { KODE_SUBDIMENSI } from "../kerangka/faktor.ts";
import type { ParameterAcuan } from "./acuan.ts";
import { PenilaianError } from "./galat.ts";
import type { JawabanPegawai } from "./jawaban.ts";
import { BOBOT_INTEGRITAS, gabung, variansGabungan } from "./komposit.ts";
import { posteriorEp } from "./posterior.ts";
import { hasilPasangan } from "./skor.ts";

/**
 * Plausible values of the latent derajat integritas, for group statistics
 * that carry each person's measurement error (Mislevy 1991; von Davier,
 * Gonzalez & Mislevy 2009). A plausible value is a draw of the integrity
 * composite c = mean of the 12 traits from the person's posterior, mapped to
 * D = 100·Φ(c / σ_ref), σ_ref = `sdLatenIntegritas` (the latent reference
 * has mean 0), so D = 50 at the reference mean.
 *
 * Posterior: the Gaussian N(m_i, C_i) of expectation propagation under the
 * reference prior N(0, Φ) (posterior.ts), started from the MAP pass of
 * `skorPegawai`, which is reused (`opsi.skor`). The Laplace normal at the
 * mode alone is not used: the composite's posterior is skewed, its mode
 * lies ~0.06 from its mean (the EAP), and on the national forms the
 * plausible values of a shifted group then miss the group's composite mean
 * by ~0.05–0.1 and its SD by ~10 %; EP recovers both
 * (test/penilaian-plausible.test.ts).
 *
 * Conditioning: plausible values drawn under the reference prior shrink a
 * group's mean towards the reference, so the prior is N(μ, Φ) with μ the
 * group's own mean vector. Under N(μ, Φ) the posterior is N(m_i + C_iΦ⁻¹μ,
 * C_i), so the EM fixed point μ = mean_i(m_i + C_iΦ⁻¹μ) is the linear system
 * (nΦ − ΣC_i) ν = Σm_i, μ = Φν (positive definite: each C_i ≤ Φ). If the
 * answers fix too little for that (a handful of persons with few blocks), a
 * weak prior on μ worth one person at the reference mean is added:
 * ((n + 1)Φ − ΣC_i) ν = Σm_i. The sums can be carried across batches
 * (`opsi.kelompok`): a campaign scored in batches is then conditioned, for
 * each batch, on everyone scored so far.
 *
 * Only the composite is reported, and the composite of a N(a, C) draw is
 * exactly N(wᵀa, wᵀCw): each plausible value is one normal draw.
 * Subgroups of the group (units) are not conditioned on separately, so their
 * means are shrunk slightly towards the group mean (docs/penilaian.md).
 */
export interface NilaiPlausible {
  /** persons × m derajat values. */
  derajat: Float64Array;
  persons: number;
  m: number;
  /** Estimated group mean of the 12 traits used as the prior mean. */
  rerataKelompok: Float64Array;
}

/** Sums over the persons of a group that fix its mean: n, Σ m_i, Σ C_i. */
export interface KelompokPlausible {
  n: number;
  jumlahRerata: Float64Array;
  jumlahKovarians: Float64Array;
}

/** What `skorPegawaiLengkap` already computed for the same persons. */
export interface SkorUntukPlausible {
  model: TirtModel;
  outcomes: Int8Array;
  map: Pick<TirtScores, "persons" | "theta" | "covariance">;
}

export interface OpsiPlausible {
  /** Plausible values per person (default 10). */
  m?: number;
  benih: number;
  /** Condition on the group mean (default true); false = the reference prior N(0, Φ). */
  kondisikan?: boolean;
  pernyataan?: readonly Pernyataan[];
  /** The scoring of these same persons, reused (computed here when absent). */
  skor?: SkorUntukPlausible;
  /** Sums of the earlier batches of the same group; this batch is added (in place) before μ is solved. */
  kelompok?: KelompokPlausible;
}

const T = KODE_SUBDIMENSI.length;

export function kelompokPlausible(): KelompokPlausible {
  return { n: 0, jumlahRerata: new Float64Array(T), jumlahKovarians: new Float64Array(T * T) };
}

/** ν = Φ⁻¹μ from ((n + κ)Φ − ΣC) ν = Σm, κ = 0, else κ = 1 if that is not (numerically) positive definite. */
function nuKelompok(k: KelompokPlausible, phi: Float64Array): Float64Array {
  const nu = new Float64Array(T);
  const a = new Float64Array(T * T);
  const l = new Float64Array(T * T);
  for (const kappa of [0, 1]) {
    for (let e = 0; e < T * T; e++) a[e] = (k.n + kappa) * phi[e] - k.jumlahKovarians[e];
    let pd = cholesky(a, T, l) !== null;
    for (let i = 0; pd && i < T; i++) pd = l[i * T + i] ** 2 > 1e-6;
    if (pd) {
      choleskySolve(l, T, k.jumlahRerata, nu);
      return nu;
    }
  }
  throw new PenilaianError(
    "Rerata kelompok untuk nilai plausibel tidak dapat dihitung.",
    "the group mean for plausible values could not be solved",
  );
}

export function derajatPlausible(
  acuan: ParameterAcuan,
  formulir: Formulir,
  data: readonly JawabanPegawai[],
  opsi: OpsiPlausible,
): NilaiPlausible {
  const n = data.length;
  const { model, outcomes, map } = opsi.skor ?? skorSendiri(acuan, formulir, data, opsi.pernyataan);
  if (map.persons !== n)
    throw new PenilaianError(
      `Skor berisi ${map.persons} orang, jawaban ${n} orang.`,
      `the scores hold ${map.persons} persons, the answers ${n}`,
    );
  const post = posteriorEp(model, outcomes, n, map);
  const kelompok = opsi.kelompok ?? kelompokPlausible();
  for (let p = 0; p < n; p++) {
    for (let a = 0; a < T; a++) kelompok.jumlahRerata[a] += post.rerata[p * T + a];
    for (let e = 0; e < T * T; e++) kelompok.jumlahKovarians[e] += post.kovarians[p * T * T + e];
  }
  kelompok.n += n;
  const phi = model.phi;
  const nu = opsi.kondisikan === false ? new Float64Array(T) : nuKelompok(kelompok, phi);
  const mu = new Float64Array(T);
  for (let a = 0; a < T; a++) for (let b = 0; b < T; b++) mu[a] += phi[a * T + b] * nu[b];

  const m = opsi.m ?? 10;
  const rng = createRng(opsi.benih);
  const derajat = new Float64Array(n * m);
  const w = BOBOT_INTEGRITAS;
  for (let p = 0; p < n; p++) {
    const off = p * T * T;
    // wᵀ(m + Cν) and √(wᵀCw)
    let rerata = gabung(w, post.rerata, p * T);
    for (let a = 0; a < T; a++) {
      let cw = 0;
      for (let b = 0; b < T; b++) cw += post.kovarians[off + a * T + b] * w[b];
      rerata += cw * nu[a];
    }
    const sd = Math.sqrt(variansGabungan(w, post.kovarians, off));
    for (let v = 0; v < m; v++)
      derajat[p * m + v] = 100 * normalCdf((rerata + sd * rng.normal()) / acuan.sdLatenIntegritas);
  }
  return { derajat, persons: n, m, rerataKelompok: mu };
}

/** The scoring of the batch when the caller has none to reuse. */
function skorSendiri(
  acuan: ParameterAcuan,
  formulir: Formulir,
  data: readonly JawabanPegawai[],
  pernyataan?: readonly Pernyataan[],
): SkorUntukPlausible {
  const { model, outcomes } = hasilPasangan(acuan, formulir, data, pernyataan);
  return { model, outcomes, map: scoreTirtMap(model, outcomes, data.length) };
}
