import { FAKTOR, KODE_SUBDIMENSI, type KodeFaktor } from "../kerangka/faktor.ts";

/**
 * Composite scores over the 12 sub-dimension traits (docs/penilaian.md
 * "Skor faktor dan skor integritas"): a factor score is the unweighted mean
 * of its four sub-dimension θ (BAB II.C: each factor is built by its four
 * sub-dimensions), the integrity score the unweighted mean of all twelve
 * (BAB III.B.3.a.1: the domain is the three factors together). The variance
 * of a composite wᵀθ is wᵀΣw with Σ the person's posterior covariance.
 */
const T = KODE_SUBDIMENSI.length;

export const BOBOT_FAKTOR: Record<KodeFaktor, Float64Array> = Object.fromEntries(
  FAKTOR.map((f) => {
    const w = new Float64Array(T);
    for (const k of f.subDimensi) w[KODE_SUBDIMENSI.indexOf(k)] = 1 / f.subDimensi.length;
    return [f.kode, w];
  }),
) as Record<KodeFaktor, Float64Array>;

export const BOBOT_INTEGRITAS: Float64Array = new Float64Array(T).fill(1 / T);

/** wᵀθ for the row starting at `off` of a persons × T array. */
export function gabung(w: Float64Array, theta: ArrayLike<number>, off = 0): number {
  let s = 0;
  for (let a = 0; a < T; a++) s += w[a] * theta[off + a];
  return s;
}

/** wᵀΣw for the T × T matrix starting at `off`. */
export function variansGabungan(w: Float64Array, sigma: ArrayLike<number>, off = 0): number {
  let s = 0;
  for (let a = 0; a < T; a++) {
    if (w[a] === 0) continue;
    for (let b = 0; b < T; b++) s += w[a] * w[b] * sigma[off + a * T + b];
  }
  return s;
}
