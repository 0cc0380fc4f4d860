/**
 * Rater effects from a many-facet calibration (docs/irt/mfrm.md): severity
 * with its SE, infit/outfit and a misfit verdict, halo, central tendency and
 * agreement with the other raters, each judged against what the fitted
 * model expects for the same persons, items and rater.
 *
 * - Misfit: infit or outfit mean-square above 1.5 is "underfit" (ratings
 *   more erratic than the model allows), below 0.5 "overfit" (more
 *   predictable: often halo or central tendency); 0.5–1.5 is productive for
 *   measurement (Linacre 2002; Wright & Linacre 1994).
 * - Halo: over the persons the rater rated on two or more items, the share
 *   of the rater's score variation (sum of squares) that lies within persons,
 *   across items, against the share the model expects for the same ratings
 *   (each rating's model mean μ and variance σ²; a sum of squares around the
 *   mean of n ratings has expectation Σ(μ − μ̄)² + (1 − 1/n)Σσ²). Flagged
 *   below 0.5: the rater separates the items of one person by less than half
 *   of what the items' difficulties and the rating noise imply, relative to
 *   how the rater separates persons.
 * - Central tendency: the rater's share of ratings in the two extreme
 *   categories against the share the model expects for the same ratings.
 *   Flagged below 0.5; not judged (null) with fewer than three categories
 *   or fewer than 5 expected extreme ratings.
 * - Agreement (agreement.ts): exact/adjacent agreement with the other raters
 *   on the same person × item and the agreement the model expects.
 */
import { AgreementCounter, type AgreementTally, iccOneWay, type TargetRating } from "./agreement.ts";
import { ratingScaleProbs } from "./ratingScale.ts";
import type { Rating, RatingCalibration } from "./ratings.ts";

/** The thresholds of the flags (docs/irt/mfrm.md). */
export const RATER_RULES = {
  /** Infit/outfit mean-squares inside this range fit. */
  fit: { low: 0.5, high: 1.5 },
  /** Halo: observed / expected spread across items below this. */
  halo: 0.5,
  /** Central tendency: observed / expected share of extreme categories below this. */
  centralTendency: 0.5,
  /** Central tendency is judged only with at least this many expected extreme ratings. */
  centralTendencyMinExpected: 5,
} as const;

export interface RatioCheck {
  observed: number;
  expected: number;
  /** observed / expected (1 under the model). */
  ratio: number;
  flagged: boolean;
}

export interface RaterEffects {
  id: string;
  severity: number;
  se: number;
  infit: number;
  outfit: number;
  ratings: number;
  persons: number;
  /** Outside RATER_RULES.fit: "underfit" (erratic) or "overfit" (too predictable); null when it fits. */
  misfit: "underfit" | "overfit" | null;
  /** Share of the score variation within persons (across items); null when no person was rated on two items. */
  halo: RatioCheck | null;
  /** Shares of ratings in the extreme categories; null when not judged. */
  centralTendency: RatioCheck | null;
  /** Agreement with the other raters on shared person × item targets; null when there is none. */
  agreement: AgreementTally | null;
}

export interface RaterReport {
  raters: RaterEffects[];
  /** Agreement over all pairs of ratings of the same person × item, and ICC(1) over those targets. */
  agreement: (AgreementTally & { icc: number; targets: number }) | null;
  rules: typeof RATER_RULES;
}

interface Scored extends TargetRating {
  person: number;
  mean: number;
  variance: number;
}

function misfitOf(infit: number, outfit: number): RaterEffects["misfit"] {
  const { low, high } = RATER_RULES.fit;
  if (infit > high || outfit > high) return "underfit";
  if (infit < low || outfit < low) return "overfit";
  return null;
}

function ratio(observed: number, expected: number, limit: number): RatioCheck {
  const r = observed / expected;
  return { observed, expected, ratio: r, flagged: r < limit };
}

/**
 * Halo check of one rater's ratings: the share of the rater's score
 * variation that lies within persons (across items), observed against
 * expected. A rater who compresses every score (central tendency) lowers
 * both parts and keeps the share; halo lowers only the within-person part.
 */
function haloOf(mine: readonly Scored[]): RatioCheck | null {
  const byPerson = new Map<number, Scored[]>();
  for (const s of mine) {
    const group = byPerson.get(s.person);
    if (group) group.push(s);
    else byPerson.set(s.person, [s]);
  }
  const groups = [...byPerson.values()].filter((g) => g.length >= 2);
  const all = groups.flat();
  if (all.length === 0) return null;
  // Sum of squares around a mean and its expectation: Σ(μ − μ̄)² + (1 − 1/n)Σσ².
  const spread = (set: readonly Scored[]) => {
    const n = set.length;
    const xBar = set.reduce((a, s) => a + s.score, 0) / n;
    const muBar = set.reduce((a, s) => a + s.mean, 0) / n;
    let observed = 0;
    let expected = 0;
    for (const s of set) {
      observed += (s.score - xBar) ** 2;
      expected += (s.mean - muBar) ** 2 + (1 - 1 / n) * s.variance;
    }
    return { observed, expected };
  };
  let withinObserved = 0;
  let withinExpected = 0;
  for (const g of groups) {
    const w = spread(g);
    withinObserved += w.observed;
    withinExpected += w.expected;
  }
  const total = spread(all);
  if (!(total.observed > 0 && total.expected > 0 && withinExpected > 0)) return null;
  return ratio(withinObserved / total.observed, withinExpected / total.expected, RATER_RULES.halo);
}

/** Central-tendency check of one rater's ratings (K categories, scores 0..K−1). */
function centralTendencyOf(mine: readonly Scored[], K: number): RatioCheck | null {
  if (K < 3) return null;
  let observed = 0;
  let expected = 0;
  for (const s of mine) {
    if (s.score === 0 || s.score === K - 1) observed++;
    expected += s.probs[0] + s.probs[K - 1];
  }
  if (expected < RATER_RULES.centralTendencyMinExpected) return null;
  return ratio(observed / mine.length, expected / mine.length, RATER_RULES.centralTendency);
}

/**
 * Rater effects of `ratings` under `calibration` (from `calibrateRatings` on
 * the same ratings).
 */
export function raterEffects(ratings: readonly Rating[], calibration: RatingCalibration): RaterReport {
  const K = calibration.categories.length;
  const lowest = calibration.categories[0];
  const index = <T extends { id: string }>(list: readonly T[]) => new Map(list.map((e, i) => [e.id, i]));
  const personIndex = index(calibration.persons);
  const raterIndex = index(calibration.raters);
  const itemIndex = index(calibration.items);
  const at = (map: Map<string, number>, id: string, what: string) => {
    const i = map.get(id);
    if (i === undefined) throw new Error(`${what} "${id}" tidak ada di kalibrasi (not in the calibration)`);
    return i;
  };
  const byRater: Scored[][] = calibration.raters.map(() => []);
  const targets = new Map<string, Scored[]>();
  for (const r of ratings) {
    const person = at(personIndex, r.person, "person");
    const rater = at(raterIndex, r.rater, "rater");
    const eta =
      calibration.persons[person].measure -
      calibration.items[at(itemIndex, r.item, "item")].difficulty -
      calibration.raters[rater].severity;
    const probs = ratingScaleProbs(eta, calibration.thresholds, new Float64Array(K));
    let mean = 0;
    let second = 0;
    for (let k = 1; k < K; k++) {
      mean += k * probs[k];
      second += k * k * probs[k];
    }
    const s: Scored = { person, rater, score: r.score - lowest, probs, mean, variance: second - mean * mean };
    byRater[rater].push(s);
    const key = `${r.person}\u0000${r.item}`;
    const group = targets.get(key);
    if (group) group.push(s);
    else targets.set(key, [s]);
  }

  const perRater = calibration.raters.map(() => new AgreementCounter());
  const overall = new AgreementCounter();
  for (const group of targets.values())
    for (let a = 0; a < group.length; a++)
      for (let b = a + 1; b < group.length; b++) {
        overall.add(group[a], group[b]);
        perRater[group[a].rater].add(group[a], group[b]);
        perRater[group[b].rater].add(group[a], group[b]);
      }
  const tally = overall.tally();
  const icc = iccOneWay([...targets.values()].map((g) => g.map((s) => s.score)));

  return {
    raters: calibration.raters.map((r, j) => {
      const mine = byRater[j];
      return {
        ...r,
        ratings: mine.length,
        persons: new Set(mine.map((s) => s.person)).size,
        misfit: misfitOf(r.infit, r.outfit),
        halo: haloOf(mine),
        centralTendency: centralTendencyOf(mine, K),
        agreement: perRater[j].tally(),
      };
    }),
    agreement: tally && icc ? { ...tally, ...icc } : null,
    rules: RATER_RULES,
  };
}
