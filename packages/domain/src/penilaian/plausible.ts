import { normalCdf, scoreTirtEap, scoreTirtMap, type TirtModel } from "@nurani/irt";
import type { Formulir, Pernyataan } from "../bank-butir/tipe.ts";
import { KODE_SUBDIMENSI } from "../kerangka/faktor.ts";
import type { ParameterAcuan } from "./acuan.ts";
import type { JawabanPegawai } from "./jawaban.ts";
import { BOBOT_INTEGRITAS, gabung } from "./komposit.ts";
import { hasilPasangan } from "./skor.ts";

/**
 * Plausible values of the latent derajat integritas, for group statistics
 * that carry each person's measurement error (Mislevy 1991; von Davier,
 * Gonzalez & Mislevy 2009). For each person, `m` draws of the 12 traits
 * from their posterior (engine EAP importance sampling + SIR), reduced to
 * the integrity composite c = mean of the 12 and mapped to
 * D = 100·Φ(c / σ_ref), σ_ref = `sdLatenIntegritas` (the latent reference
 * has mean 0), so D = 50 at the reference mean.
 *
 * Conditioning: plausible values drawn under the reference prior N(0, Φ)
 * shrink a group's mean towards the reference. The prior mean is therefore
 * the group's own mean vector μ, estimated by the fixed point
 * μ ← mean of the MAP posterior modes under N(μ, Φ) (an EM step for the
 * population mean with the Laplace approximation of the posterior mean).
 * A prior mean μ is implemented by shifting the pair thresholds,
 * γ'_ik = γ_ik − λ_i μ_a + λ_k μ_b, scoring η − μ and adding μ back.
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

export interface OpsiPlausible {
  /** Plausible values per person (default 10). */
  m?: number;
  benih: number;
  /** Fixed-point iterations for the group mean (default 10; 0 = reference prior). */
  iterasiRerata?: number;
  pernyataan?: readonly Pernyataan[];
}

function geser(model: TirtModel, mu: Float64Array): TirtModel {
  const { layout, lambda } = model;
  const gamma = Float64Array.from(
    layout.pairs,
    (q, j) =>
      model.gamma[j] -
      lambda[q.first] * mu[layout.statementTrait[q.first]] +
      lambda[q.second] * mu[layout.statementTrait[q.second]],
  );
  return { ...model, gamma };
}

export function derajatPlausible(
  acuan: ParameterAcuan,
  formulir: Formulir,
  data: readonly JawabanPegawai[],
  opsi: OpsiPlausible,
): NilaiPlausible {
  const { model, outcomes } = hasilPasangan(acuan, formulir, data, opsi.pernyataan);
  const n = data.length;
  const T = KODE_SUBDIMENSI.length;
  const m = opsi.m ?? 10;
  const mu = new Float64Array(T);
  for (let it = 0; it < (opsi.iterasiRerata ?? 10); it++) {
    const s = scoreTirtMap(geser(model, mu), outcomes, n);
    const langkah = new Float64Array(T);
    for (let p = 0; p < n; p++) for (let a = 0; a < T; a++) langkah[a] += s.theta[p * T + a] / n;
    let maks = 0;
    for (let a = 0; a < T; a++) {
      mu[a] += langkah[a];
      maks = Math.max(maks, Math.abs(langkah[a]));
    }
    if (maks < 1e-4) break;
  }
  const eap = scoreTirtEap(geser(model, mu), outcomes, n, { seed: opsi.benih, plausibleValues: m });
  const pv = eap.plausible as Float64Array;
  const derajat = new Float64Array(n * m);
  const geserIntegritas = gabung(BOBOT_INTEGRITAS, mu);
  for (let i = 0; i < n * m; i++)
    derajat[i] =
      100 * normalCdf((gabung(BOBOT_INTEGRITAS, pv, i * T) + geserIntegritas) / acuan.sdLatenIntegritas);
  return { derajat, persons: n, m, rerataKelompok: mu };
}
