/**
 * Validation of many-facet data and its packing into typed arrays, with the
 * map from free parameters to the centred facet measures and thresholds.
 */
import type { MfrmData } from "./types.ts";

/** Bad many-facet data. `message` is Bahasa Indonesia (with English in parentheses when `en` is absent). */
export class MfrmError extends Error {
  override name = "MfrmError";
  /** The message in English, when given separately. */
  readonly en: string | undefined;
  constructor(message: string, en?: string) {
    super(message);
    this.en = en;
  }
}

export interface PackedMfrm {
  nPersons: number;
  nFacets: number;
  K: number;
  /** Start of each facet's elements in the full parameter vector. */
  facetStart: number[];
  /** Full vector: all facet elements, then τ_1..τ_{K−1}. */
  nFull: number;
  nFree: number;
  /**
   * Full = T·free with T sparse: free column j is +1 on full row `freeRow[j]`
   * and −1 on `freeLast[j]`, the last element of its facet (or τ_{K−1}), so
   * every facet and the thresholds sum to zero (see `expandFree`, `reduceFull`).
   */
  freeRow: Int32Array;
  freeLast: Int32Array;
  /** Observations sorted by person: person-wise ranges in `personStart`. */
  personStart: Int32Array;
  obsScore: Int32Array;
  /** Full-vector index of each observation's element in every facet (nObs × nFacets). */
  obsElem: Int32Array;
  /** Observation counts per full facet index. */
  elementCount: Int32Array;
  /** Distinct combinations of facet elements ("cells" of the design). */
  nCombos: number;
  /** Full-vector element indices of each combination (nCombos × nFacets). */
  comboElem: Int32Array;
  /** Combination of each observation. */
  obsCombo: Int32Array;
}

export function packMfrm(data: MfrmData): PackedMfrm {
  const { facets, categories: K, observations, personIds } = data;
  const nPersons = personIds.length;
  const nFacets = facets.length;
  if (!(Number.isInteger(K) && K >= 2))
    throw new MfrmError(`Jumlah kategori harus bilangan bulat ≥ 2: ${K} (categories must be an integer ≥ 2)`);
  if (nFacets < 1)
    throw new MfrmError("Minimal satu faset selain pegawai (at least one facet besides persons)");
  const facetStart: number[] = [];
  let nElem = 0;
  for (const f of facets) {
    if (f.levels.length < 1)
      throw new MfrmError(`Faset "${f.name}" tidak punya elemen (facet has no elements)`);
    facetStart.push(nElem);
    nElem += f.levels.length;
  }
  const nFull = nElem + K - 1;
  const nFree = nElem - nFacets + Math.max(0, K - 2);
  const freeRow = new Int32Array(nFree);
  const freeLast = new Int32Array(nFree);
  let col = 0;
  facets.forEach((f, fi) => {
    const L = f.levels.length;
    for (let e = 0; e < L - 1; e++) {
      freeRow[col + e] = facetStart[fi] + e;
      freeLast[col + e] = facetStart[fi] + L - 1;
    }
    col += L - 1;
  });
  for (let h = 0; h < K - 2; h++) {
    freeRow[col + h] = nElem + h;
    freeLast[col + h] = nElem + K - 2;
  }

  const nObs = observations.length;
  const order = Array.from({ length: nObs }, (_, i) => i);
  const counts = new Int32Array(nPersons);
  const categoryUsed = new Array<boolean>(K).fill(false);
  const elementCount = new Int32Array(nElem);
  observations.forEach((o, i) => {
    const where = `Observasi ke-${i + 1} (observation ${i + 1})`;
    if (!(Number.isInteger(o.person) && o.person >= 0 && o.person < nPersons))
      throw new MfrmError(`${where}: indeks pegawai tidak sah (invalid person index ${o.person})`);
    if (o.elements.length !== nFacets)
      throw new MfrmError(`${where}: perlu ${nFacets} elemen faset (needs one element per facet)`);
    if (!(Number.isInteger(o.score) && o.score >= 0 && o.score < K))
      throw new MfrmError(`${where}: skor ${o.score} di luar 0..${K - 1} (score out of range)`);
    o.elements.forEach((e, f) => {
      if (!(Number.isInteger(e) && e >= 0 && e < facets[f].levels.length))
        throw new MfrmError(`${where}: elemen ${e} tidak ada di faset "${facets[f].name}" (no such element)`);
      elementCount[facetStart[f] + e]++;
    });
    counts[o.person]++;
    categoryUsed[o.score] = true;
  });
  counts.forEach((c, n) => {
    if (c === 0)
      throw new MfrmError(
        `Pegawai "${personIds[n]}" tidak punya penilaian (person has no ratings); hapus dari data`,
      );
  });
  facets.forEach((f, fi) => {
    f.levels.forEach((label, e) => {
      if (elementCount[facetStart[fi] + e] === 0)
        throw new MfrmError(
          `Elemen "${label}" faset "${f.name}" tidak pernah dinilai (element has no observations)`,
        );
    });
  });
  categoryUsed.forEach((used, k) => {
    if (!used)
      throw new MfrmError(
        `Kategori ${k} tidak pernah dipakai; gabungkan kategori (category ${k} is never used; collapse categories)`,
      );
  });

  order.sort((i, j) => observations[i].person - observations[j].person);
  const personStart = new Int32Array(nPersons + 1);
  for (let n = 0; n < nPersons; n++) personStart[n + 1] = personStart[n] + counts[n];
  const obsScore = new Int32Array(nObs);
  const obsElem = new Int32Array(nObs * nFacets);
  order.forEach((src, dst) => {
    const o = observations[src];
    obsScore[dst] = o.score;
    for (let f = 0; f < nFacets; f++) obsElem[dst * nFacets + f] = facetStart[f] + o.elements[f];
  });
  const comboIndex = new Map<string, number>();
  const comboList: number[] = [];
  const obsCombo = new Int32Array(nObs);
  for (let o = 0; o < nObs; o++) {
    const elems = obsElem.subarray(o * nFacets, (o + 1) * nFacets);
    const key = elems.join(",");
    let c = comboIndex.get(key);
    if (c === undefined) {
      c = comboIndex.size;
      comboIndex.set(key, c);
      comboList.push(...elems);
    }
    obsCombo[o] = c;
  }
  return {
    nPersons,
    nFacets,
    K,
    facetStart,
    nFull,
    nFree,
    freeRow,
    freeLast,
    personStart,
    obsScore,
    obsElem,
    elementCount,
    nCombos: comboIndex.size,
    comboElem: Int32Array.from(comboList),
    obsCombo,
  };
}

/** full = T·free (centred facet measures and thresholds from the free parameters). */
export function expandFree(pk: PackedMfrm, free: ArrayLike<number>, full: Float64Array): void {
  full.fill(0);
  for (let j = 0; j < pk.nFree; j++) {
    full[pk.freeRow[j]] += free[j];
    full[pk.freeLast[j]] -= free[j];
  }
}

/** out = Tᵀ·v (a gradient or a product over the full vector mapped to the free parameters). */
export function reduceFull(pk: PackedMfrm, v: ArrayLike<number>, out: Float64Array): void {
  for (let j = 0; j < pk.nFree; j++) out[j] = v[pk.freeRow[j]] - v[pk.freeLast[j]];
}
