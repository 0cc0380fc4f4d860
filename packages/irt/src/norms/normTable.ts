/**
 * Norm tables: percentile ranks, T-scores, stanines and the 0–100 "derajat
 * integritas" scale of a score against a reference sample (docs/irt/norms-cat-mfrm-mirt.md "Norms";
 * PermenPANRB 60/2020 BAB III.B.3.a asks that test results be transformed
 * into norms). Pure computation, no I/O; a table serialises to plain JSON and
 * is applied to new scores later (e.g. each campaign against the national
 * reference).
 *
 * Definitions (all weighted when the reference carries weights):
 * - Percentile rank, mid-point definition: PR(x) = 100·(W(<x) + ½·W(=x)) / W,
 *   with W(<x) the reference weight strictly below x and W(=x) the weight of
 *   reference scores equal to x. A score between reference values gets the
 *   share strictly below it; below the minimum PR = 0, above the maximum 100.
 * - Linear T: 50 + 10·(x − m)/s with the reference weighted mean m and
 *   weighted SD s (population form, divisor W).
 * - Normalised T: 50 + 10·Φ⁻¹(PR/100), the proportion first clamped to the
 *   range of the reference's own mid-point proportions so that scores beyond
 *   the reference stay finite.
 * - Stanine from PR with the classical cumulative cuts 4, 11, 23, 40, 60, 77,
 *   89, 96 %: stanine s covers [cut(s−1), cut(s)).
 * - Derajat (0–100): 100·Φ((x − m)/s). See `derajatFromScore`.
 */
import { normalCdf, normalQuantile } from "../numeric/normal.ts";

export const STANINE_CUTS: readonly number[] = [4, 11, 23, 40, 60, 77, 89, 96];

export interface NormTableJson {
  kind: "nurani-norm-table";
  version: 1;
  /** Distinct reference scores, increasing. */
  values: number[];
  /** Reference weight at each distinct score, as a share of the total (sums to 1). */
  shares: number[];
  /** Number of reference observations (rows), whatever the weights. */
  n: number;
  /** Weighted mean and population SD of the reference. */
  mean: number;
  sd: number;
  /** Optional description of the reference group (free text). */
  label?: string;
}

export interface NormedScore {
  score: number;
  percentile: number;
  tLinear: number;
  tNormalised: number;
  stanine: number;
  derajat: number;
}

export class NormError extends Error {
  override name = "NormError";
}

/** Builds a norm table from reference scores and optional non-negative weights. */
export function buildNormTable(
  scores: ArrayLike<number>,
  weights?: ArrayLike<number>,
  label?: string,
): NormTable {
  const n = scores.length;
  if (n < 2)
    throw new NormError("Sampel acuan minimal 2 skor (the reference sample needs at least 2 scores)");
  if (weights && weights.length !== n)
    throw new NormError(
      `Jumlah bobot (${weights.length}) tidak sama dengan jumlah skor (${n}) (weights and scores differ in length)`,
    );
  const order: number[] = [];
  for (let i = 0; i < n; i++) {
    if (!Number.isFinite(scores[i]))
      throw new NormError(
        `Skor acuan ke-${i + 1} bukan angka (reference score ${i + 1} is not a finite number)`,
      );
    const w = weights ? weights[i] : 1;
    if (!(Number.isFinite(w) && w >= 0))
      throw new NormError(`Bobot ke-${i + 1} harus angka ≥ 0 (weight ${i + 1} must be a finite number ≥ 0)`);
    order.push(i);
  }
  order.sort((i, j) => scores[i] - scores[j]);
  const values: number[] = [];
  const mass: number[] = [];
  let total = 0;
  let sum = 0;
  for (const i of order) {
    const w = weights ? weights[i] : 1;
    if (w === 0) continue;
    const x = scores[i];
    if (values.length > 0 && values[values.length - 1] === x) mass[mass.length - 1] += w;
    else {
      values.push(x);
      mass.push(w);
    }
    total += w;
    sum += w * x;
  }
  if (total <= 0) throw new NormError("Total bobot acuan nol (the reference weights sum to zero)");
  const mean = sum / total;
  let ss = 0;
  for (let k = 0; k < values.length; k++) ss += mass[k] * (values[k] - mean) ** 2;
  const sd = Math.sqrt(ss / total);
  if (!(sd > 0))
    throw new NormError("Skor acuan tidak bervariasi (all reference scores are equal; SD is zero)");
  return new NormTable({
    kind: "nurani-norm-table",
    version: 1,
    values,
    shares: mass.map((m) => m / total),
    n,
    mean,
    sd,
    ...(label === undefined ? {} : { label }),
  });
}

export class NormTable {
  readonly json: NormTableJson;
  /** below[k] = share of reference weight strictly below values[k]; below[K] = 1. */
  private readonly below: Float64Array;
  private readonly pMin: number;
  private readonly pMax: number;

  constructor(json: NormTableJson) {
    validate(json);
    this.json = json;
    const K = json.values.length;
    this.below = new Float64Array(K + 1);
    for (let k = 0; k < K; k++) this.below[k + 1] = this.below[k] + json.shares[k];
    const scale = this.below[K];
    for (let k = 0; k <= K; k++) this.below[k] /= scale;
    this.pMin = this.below[0] + json.shares[0] / scale / 2;
    this.pMax = this.below[K - 1] + json.shares[K - 1] / scale / 2;
  }

  static fromJSON(value: unknown): NormTable {
    return new NormTable(value as NormTableJson);
  }

  toJSON(): NormTableJson {
    return this.json;
  }

  /** Mid-point percentile rank in [0, 100]. */
  percentile(x: number): number {
    const v = this.json.values;
    // first index with v[k] >= x
    let lo = 0;
    let hi = v.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (v[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    let p = this.below[lo];
    if (lo < v.length && v[lo] === x) p += (this.below[lo + 1] - this.below[lo]) / 2;
    return 100 * Math.min(1, Math.max(0, p));
  }

  tLinear(x: number): number {
    return 50 + (10 * (x - this.json.mean)) / this.json.sd;
  }

  tNormalised(x: number): number {
    const p = Math.min(this.pMax, Math.max(this.pMin, this.percentile(x) / 100));
    return 50 + 10 * normalQuantile(p);
  }

  stanine(x: number): number {
    return stanineFromPercentile(this.percentile(x));
  }

  derajat(x: number): number {
    return derajatFromScore(x, this.json.mean, this.json.sd);
  }

  /** Inverse of `derajat`: the score whose derajat is `d` (0 < d < 100). */
  scoreFromDerajat(d: number): number {
    return scoreFromDerajat(d, this.json.mean, this.json.sd);
  }

  apply(x: number): NormedScore {
    if (!Number.isFinite(x)) throw new NormError(`Skor bukan angka: ${x} (score is not a finite number)`);
    return {
      score: x,
      percentile: this.percentile(x),
      tLinear: this.tLinear(x),
      tNormalised: this.tNormalised(x),
      stanine: this.stanine(x),
      derajat: this.derajat(x),
    };
  }
}

/** Stanine 1–9 from a percentile rank, cuts at 4, 11, 23, 40, 60, 77, 89, 96. */
export function stanineFromPercentile(pr: number): number {
  let s = 1;
  for (const cut of STANINE_CUTS) if (pr >= cut) s++;
  return s;
}

/**
 * The 0–100 "derajat integritas" scale (docs/penilaian.md "2. Scoring a pegawai"): D = 100·Φ((θ − m)/s), with
 * m, s the reference mean and SD. Chosen over a clipped linear map because it
 * is strictly increasing and bounded without clipping, hence invertible
 * (θ = m + s·Φ⁻¹(D/100)); D = 50 at the reference mean and D is the share of
 * a normal reference population scoring below θ. In double precision it is
 * strictly increasing while |θ − m|/s < 8 (beyond that Φ rounds to 0 or 1).
 */
export function derajatFromScore(theta: number, mean: number, sd: number): number {
  return 100 * normalCdf((theta - mean) / sd);
}

export function scoreFromDerajat(d: number, mean: number, sd: number): number {
  if (!(d > 0 && d < 100))
    throw new NormError(
      `Derajat harus di antara 0 dan 100 (eksklusif): ${d} (derajat must lie strictly between 0 and 100)`,
    );
  return mean + sd * normalQuantile(d / 100);
}

function validate(json: NormTableJson): void {
  const bad = (why: string) => new NormError(`Tabel norma tidak sah: ${why} (invalid norm table)`);
  if (json?.kind !== "nurani-norm-table" || json.version !== 1) throw bad("jenis/versi (kind/version)");
  const { values, shares } = json;
  if (
    !Array.isArray(values) ||
    !Array.isArray(shares) ||
    values.length < 1 ||
    values.length !== shares.length
  )
    throw bad("values/shares");
  for (let k = 0; k < values.length; k++) {
    if (!Number.isFinite(values[k]) || (k > 0 && !(values[k] > values[k - 1])))
      throw bad("values harus naik (values must increase)");
    if (!(Number.isFinite(shares[k]) && shares[k] > 0))
      throw bad("shares harus > 0 (shares must be positive)");
  }
  if (!(Number.isFinite(json.mean) && Number.isFinite(json.sd) && json.sd > 0)) throw bad("mean/sd");
  if (!(Number.isInteger(json.n) && json.n >= 1)) throw bad("n");
}
