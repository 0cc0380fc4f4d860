/**
 * Rater-mediated ratings (persons × raters × items) calibrated by the
 * many-facet rating-scale model of estimate.ts, with string ids in and out:
 * the form `nurani-irt calibrate --model mfrm` writes (docs/irt/mfrm.md) and
 * a server job can store as it is.
 *
 *   log P(X = k) / P(X = k−1) = θ_person − δ_item − λ_rater − τ_k
 *
 * Logits; a larger rater severity λ means lower expected scores (a harsher
 * rater), a larger item difficulty δ likewise. Severities and difficulties
 * are each centred at 0 (Σλ = Σδ = 0), the thresholds τ sum to 0, and the
 * persons follow N(μ, σ²) with μ and σ estimated (so μ carries the overall
 * level). Person measures are EAP under that fitted distribution, their SE
 * the posterior SD: finite for every person, extreme scores included.
 *
 * Scores are integers from 0. The lowest score observed is the model's
 * first category; `categories` lists the score of each category. A score
 * value inside the observed range that nobody used cannot have a threshold
 * and is refused (collapse it with its neighbour).
 */
import { fitMfrm } from "./estimate.ts";
import { MfrmError } from "./prepare.ts";
import type { MfrmOptions } from "./types.ts";

/** One rating: `rater` rated `person` on `item` with `score` (integer ≥ 0). */
export interface Rating {
  person: string;
  rater: string;
  item: string;
  score: number;
}

export interface RatingCalibration {
  model: "mfrm";
  /** Score of each category of the model, lowest first (consecutive integers). */
  categories: number[];
  persons: { id: string; measure: number; se: number }[];
  raters: { id: string; severity: number; se: number; infit: number; outfit: number }[];
  items: { id: string; difficulty: number; se: number }[];
  /** Rasch–Andrich thresholds τ_1..τ_{K−1} shared by all items (sum 0): τ_k is the step into `categories[k]`. */
  thresholds: number[];
  converged: boolean;
  /** False when persons, raters and items fall into unlinked subsets (their measures are then not comparable). */
  connected: boolean;
  estimation: {
    method: string;
    iterations: number;
    logLik: number;
    /** Fitted person distribution N(mean, sd²). */
    population: { mean: number; sd: number };
    thresholdSe: number[];
    /** Separation reliability of the rater severities and the item difficulties; EAP reliability of the persons. */
    reliability: { persons: number; raters: number; items: number };
  };
}

/** Indices of the distinct ids, in order of first appearance. */
class Ids {
  readonly list: string[] = [];
  private readonly index = new Map<string, number>();
  of(id: string): number {
    let i = this.index.get(id);
    if (i === undefined) {
      i = this.list.length;
      this.index.set(id, i);
      this.list.push(id);
    }
    return i;
  }
}

/** Checks the ratings and finds the categories; throws MfrmError (Bahasa Indonesia, English in `en`). */
function checkRatings(ratings: readonly Rating[]): { lowest: number; highest: number } {
  if (ratings.length === 0)
    throw new MfrmError("Tidak ada penilaian untuk dikalibrasi.", "There are no ratings to calibrate.");
  const seen = new Map<string, number>();
  let lowest = Number.POSITIVE_INFINITY;
  let highest = Number.NEGATIVE_INFINITY;
  ratings.forEach((r, i) => {
    const at = `Penilaian ke-${i + 1}`;
    const atEn = `Rating ${i + 1}`;
    for (const key of ["person", "rater", "item"] as const)
      if (typeof r[key] !== "string" || r[key] === "")
        throw new MfrmError(`${at}: ${key} kosong.`, `${atEn}: ${key} is empty.`);
    if (!(Number.isInteger(r.score) && r.score >= 0))
      throw new MfrmError(
        `${at}: skor ${r.score} bukan bilangan bulat ≥ 0.`,
        `${atEn}: score ${r.score} is not an integer ≥ 0.`,
      );
    const key = `${r.person}\u0000${r.rater}\u0000${r.item}`;
    const before = seen.get(key);
    if (before !== undefined)
      throw new MfrmError(
        `${at}: penilai "${r.rater}" sudah menilai "${r.person}" pada butir "${r.item}" (penilaian ke-${before + 1}).`,
        `${atEn}: rater "${r.rater}" already rated "${r.person}" on item "${r.item}" (rating ${before + 1}).`,
      );
    seen.set(key, i);
    lowest = Math.min(lowest, r.score);
    highest = Math.max(highest, r.score);
  });
  if (highest === lowest)
    throw new MfrmError(
      `Semua skor sama (${lowest}); tidak ada yang dapat diukur.`,
      `Every score is the same (${lowest}); there is nothing to measure.`,
    );
  const used = new Set(ratings.map((r) => r.score));
  for (let s = lowest + 1; s < highest; s++)
    if (!used.has(s))
      throw new MfrmError(
        `Skor ${s} tidak pernah dipakai di antara ${lowest} dan ${highest}; gabungkan dengan kategori di sebelahnya.`,
        `Score ${s} is never used between ${lowest} and ${highest}; collapse it with a neighbouring category.`,
      );
  return { lowest, highest };
}

/** Number of linked subsets of persons, raters and items (union–find over the ratings). */
function subsets(persons: number, raters: number, items: number, links: Int32Array): number {
  const parent = Int32Array.from({ length: persons + raters + items }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  };
  for (let o = 0; o < links.length; o += 3) {
    const p = find(links[o]);
    parent[find(persons + links[o + 1])] = p;
    parent[find(persons + raters + links[o + 2])] = p;
  }
  let roots = 0;
  for (let i = 0; i < parent.length; i++) if (find(i) === i) roots++;
  return roots;
}

/** Calibrates ratings by the many-facet rating-scale model (MML-EM; EAP person measures). */
export function calibrateRatings(ratings: readonly Rating[], options: MfrmOptions = {}): RatingCalibration {
  const { lowest, highest } = checkRatings(ratings);
  const persons = new Ids();
  const raters = new Ids();
  const items = new Ids();
  const links = new Int32Array(ratings.length * 3);
  const observations = ratings.map((r, o) => {
    const person = persons.of(r.person);
    const rater = raters.of(r.rater);
    const item = items.of(r.item);
    links[3 * o] = person;
    links[3 * o + 1] = rater;
    links[3 * o + 2] = item;
    return { person, elements: [item, rater], score: r.score - lowest };
  });
  const fit = fitMfrm(
    {
      personIds: persons.list,
      facets: [
        { name: "item", levels: items.list },
        { name: "rater", levels: raters.list },
      ],
      categories: highest - lowest + 1,
      observations,
    },
    options,
  );
  const [itemFacet, raterFacet] = fit.facets;
  return {
    model: "mfrm",
    categories: Array.from({ length: highest - lowest + 1 }, (_, k) => lowest + k),
    persons: fit.persons.map((p) => ({ id: p.id, measure: p.measure, se: p.se })),
    raters: raterFacet.elements.map((e) => ({
      id: e.label,
      severity: e.measure,
      se: e.se,
      infit: e.infit,
      outfit: e.outfit,
    })),
    items: itemFacet.elements.map((e) => ({ id: e.label, difficulty: e.measure, se: e.se })),
    thresholds: fit.thresholds,
    converged: fit.converged,
    connected: subsets(persons.list.length, raters.list.length, items.list.length, links) === 1,
    estimation: {
      method: "MML-EM, persons ~ N(μ, σ²); EAP person measures; XPD standard errors",
      iterations: fit.iterations,
      logLik: fit.logLik,
      population: { mean: fit.population.mean, sd: fit.population.sd },
      thresholdSe: fit.thresholdSe,
      reliability: {
        persons: fit.personReliability,
        raters: raterFacet.separation.reliability,
        items: itemFacet.separation.reliability,
      },
    },
  };
}
