/**
 * Agreement between raters who rated the same person on the same item
 * (a "target"): exact and adjacent agreement over all pairs of their
 * ratings, the exact agreement the many-facet model expects for those pairs
 * (Linacre's "Exp %": Σ_k P_a(k)·P_b(k)), and the one-way random-effects
 * intraclass correlation ICC(1) over the targets with two or more ratings
 * (Shrout & Fleiss 1979 case 1; McGraw & Wong 1996), which counts rater
 * severity differences as disagreement, as it must when different targets
 * have different raters. For the unbalanced case the number of raters per
 * target is n₀ = (N − Σ n_t²/N)/(k − 1).
 */

/** Agreement counts over pairs of ratings of the same target. */
export interface AgreementTally {
  /** Pairs of ratings by two different raters of the same person × item. */
  pairs: number;
  /** Share of pairs with the same score. */
  exact: number;
  /** Share of pairs whose scores differ by at most one category (exact included). */
  adjacent: number;
  /** Share of exact agreement the model expects for the same pairs. */
  expectedExact: number;
}

export interface TargetRating {
  rater: number;
  score: number;
  /** Model probabilities of the categories for this rating. */
  probs: Float64Array;
}

export class AgreementCounter {
  pairs = 0;
  exact = 0;
  adjacent = 0;
  expected = 0;
  add(a: TargetRating, b: TargetRating): void {
    this.pairs++;
    if (a.score === b.score) this.exact++;
    if (Math.abs(a.score - b.score) <= 1) this.adjacent++;
    let e = 0;
    for (let k = 0; k < a.probs.length; k++) e += a.probs[k] * b.probs[k];
    this.expected += e;
  }
  tally(): AgreementTally | null {
    if (this.pairs === 0) return null;
    return {
      pairs: this.pairs,
      exact: this.exact / this.pairs,
      adjacent: this.adjacent / this.pairs,
      expectedExact: this.expected / this.pairs,
    };
  }
}

/** ICC(1) of the scores of the targets with two or more ratings; null when fewer than two such targets. */
export function iccOneWay(targets: readonly (readonly number[])[]): { icc: number; targets: number } | null {
  const rated = targets.filter((t) => t.length >= 2);
  const k = rated.length;
  if (k < 2) return null;
  let n = 0;
  let sum = 0;
  let sumSq = 0;
  for (const t of rated) {
    n += t.length;
    sumSq += t.length * t.length;
    for (const x of t) sum += x;
  }
  const grand = sum / n;
  let between = 0;
  let within = 0;
  for (const t of rated) {
    const m = t.reduce((a, b) => a + b, 0) / t.length;
    between += t.length * (m - grand) ** 2;
    for (const x of t) within += (x - m) ** 2;
  }
  const msb = between / (k - 1);
  const msw = within / (n - k);
  const n0 = (n - sumSq / n) / (k - 1);
  const denominator = msb + (n0 - 1) * msw;
  return { icc: denominator > 0 ? (msb - msw) / denominator : Number.NaN, targets: k };
}
