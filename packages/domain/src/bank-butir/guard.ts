import {
  pearson,
  scoreTirtMap,
  simulateFormReliability,
  simulateTirt,
  type TirtModel,
  type TirtParams,
  tirtLayout,
  tirtModelFromParams,
  tirtParamsFromModel,
} from "@nurani/irt";
import { FAKTOR, KODE_SUBDIMENSI, type KodeFaktor, type KodeSubDimensi } from "../kerangka/faktor.ts";
import type { Formulir, Pernyataan } from "./tipe.ts";
import { toTirtDesign } from "./tirt.ts";

/**
 * Design guard (docs/item-bank.md "Design guard"): before a form is fielded, simulate it with the
 * Thurstonian IRT engine at reference parameters and refuse publication when
 * the expected reliability is below the floor or an inter-trait correlation
 * reverses sign. A full form is judged per sub-dimension; the screening form
 * (3 statements per sub-dimension) reports factors only, so it is judged on
 * the reliability of the three factor scores.
 *
 * PROVISIONAL reference parameters, until the bank is calibrated on real
 * responses (docs/item-bank.md):
 *  - standardised utilities with |λ| = 0.8 for every statement (the middle of
 *    the engine's default generating range 0.65–0.95), sign = keying,
 *    ψ² = 1 − λ²;
 *  - mean utility μ = 0.5 × (desirability − 3), so blocks matched on
 *    desirability have small thresholds γ_ik = μ_k − μ_i;
 *  - trait correlations 0.4 within a factor and 0.2 between factors
 *    (integrity facets assumed positively related; no national data yet).
 */
export const ACUAN_SEMENTARA = {
  muatan: 0.8,
  skalaUtilitas: 0.5,
  korelasiDalamFaktor: 0.4,
  korelasiAntarFaktor: 0.2,
} as const;

export interface AmbangTerbit {
  /** Minimum expected reliability of every sub-dimension (full form) or factor (screening form); default 0.70. */
  reliabilitasMin: number;
  /** Sign reversals of inter-trait correlations allowed; default 0. */
  pembalikanTandaMaks: number;
}

export const AMBANG_BAKU: AmbangTerbit = { reliabilitasMin: 0.7, pembalikanTandaMaks: 0 };

/** Reference trait correlation matrix over the 12 sub-dimensions. */
export function korelasiAcuan(): number[][] {
  const faktor = (k: KodeSubDimensi) => k.slice(0, 2);
  return KODE_SUBDIMENSI.map((a) =>
    KODE_SUBDIMENSI.map((b) =>
      a === b
        ? 1
        : faktor(a) === faktor(b)
          ? ACUAN_SEMENTARA.korelasiDalamFaktor
          : ACUAN_SEMENTARA.korelasiAntarFaktor,
    ),
  );
}

/** The provisional reference parameters of a form, in the engine's `params.json` format. */
export function parameterAcuan(form: Formulir, pernyataan: readonly Pernyataan[]): TirtParams {
  const design = toTirtDesign(form, pernyataan);
  const layout = tirtLayout(design);
  const indeks = new Map(pernyataan.map((p) => [p.id, p]));
  const urut = design.blocks.flatMap((b) => b.statements.map((s) => indeks.get(s.id) as Pernyataan));
  const { muatan, skalaUtilitas } = ACUAN_SEMENTARA;
  const mu = urut.map((p) => skalaUtilitas * (p.keinginanSosial - 3));
  const model: TirtModel = {
    layout,
    lambda: Float64Array.from(urut, (p) => p.kunci * muatan),
    psi2: Float64Array.from(urut, () => 1 - muatan * muatan),
    gamma: Float64Array.from(layout.pairs, (q) => mu[q.second] - mu[q.first]),
    phi: Float64Array.from(korelasiAcuan().flat()),
    traits: KODE_SUBDIMENSI.length,
  };
  return tirtParamsFromModel(model);
}

export interface PenilaianDesain {
  formulir: string;
  layakTerbit: boolean;
  /** Expected reliability (squared correlation of MAP score with the true trait) per sub-dimension. */
  reliabilitas: Record<KodeSubDimensi, number>;
  /** Expected reliability of each factor score (mean of its four sub-dimension scores). */
  reliabilitasFaktor: Record<KodeFaktor, number>;
  biasKorelasiRataRata: number;
  biasKorelasiMaks: number;
  pembalikanTanda: number;
  /** Why publication is refused, in Bahasa Indonesia; empty when the form passes. */
  alasan: string[];
  /** Which parameters the simulation used. */
  parameter: "acuan sementara" | "diberikan";
}

/**
 * Reliability of factor scores: squared correlation between the mean of a
 * factor's four estimated sub-dimension scores and the mean of the true ones,
 * on the same simulated persons as `simulateFormReliability` (same seed).
 */
function reliabilitasSkorFaktor(model: TirtModel, n: number, benih: number): Record<KodeFaktor, number> {
  const sim = simulateTirt(model, { persons: n, seed: benih });
  const skor = scoreTirtMap(model, sim.outcomes, n);
  const T = KODE_SUBDIMENSI.length;
  const hasil = {} as Record<KodeFaktor, number>;
  for (const f of FAKTOR) {
    const kolom = f.subDimensi.map((k) => KODE_SUBDIMENSI.indexOf(k));
    const est = new Float64Array(n);
    const benar = new Float64Array(n);
    for (let p = 0; p < n; p++) {
      for (const a of kolom) {
        est[p] += skor.theta[p * T + a] / kolom.length;
        benar[p] += sim.eta[p * T + a] / kolom.length;
      }
    }
    hasil[f.kode] = pearson(est, benar) ** 2;
  }
  return hasil;
}

/**
 * Simulate `n` test takers on the form and judge it against the floor. Uses
 * the provisional reference parameters unless `parameter` (e.g. calibrated
 * ones, in the engine's `params.json` format for this form) is given.
 */
export function periksaDesainFormulir(
  form: Formulir,
  pernyataan: readonly Pernyataan[],
  opsi: { n: number; benih: number; ambang?: AmbangTerbit; parameter?: TirtParams },
): PenilaianDesain {
  const ambang = opsi.ambang ?? AMBANG_BAKU;
  const design = toTirtDesign(form, pernyataan);
  const params = opsi.parameter ?? parameterAcuan(form, pernyataan);
  const hasil = simulateFormReliability(design, params, { n: opsi.n, seed: opsi.benih });
  const reliabilitasFaktor = reliabilitasSkorFaktor(tirtModelFromParams(design, params), opsi.n, opsi.benih);
  const reliabilitas = Object.fromEntries(KODE_SUBDIMENSI.map((k, i) => [k, hasil.reliability[i]])) as Record<
    KodeSubDimensi,
    number
  >;
  const alasan: string[] = [];
  const dinilai: [string, number][] =
    form.jenis === "lengkap" ? Object.entries(reliabilitas) : Object.entries(reliabilitasFaktor);
  for (const [kode, r] of dinilai) {
    if (r < ambang.reliabilitasMin) {
      alasan.push(
        `Reliabilitas harapan ${kode} ${r.toFixed(2)} di bawah ambang ${ambang.reliabilitasMin.toFixed(2)}.`,
      );
    }
  }
  if (hasil.signReversals > ambang.pembalikanTandaMaks) {
    alasan.push(`${hasil.signReversals} korelasi antar-sub-dimensi berbalik tanda dalam simulasi.`);
  }
  return {
    formulir: form.id,
    layakTerbit: alasan.length === 0,
    reliabilitas,
    reliabilitasFaktor,
    biasKorelasiRataRata: hasil.meanAbsCorrelationBias,
    biasKorelasiMaks: hasil.maxAbsCorrelationBias,
    pembalikanTanda: hasil.signReversals,
    alasan,
    parameter: opsi.parameter ? "diberikan" : "acuan sementara",
  };
}
