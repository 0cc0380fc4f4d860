/**
 * Mantel–Haenszel DIF for dichotomous items (Holland & Thayer 1988), with
 * the ETS delta-scale effect size and A/B/C classification (Zwick 2012,
 * ETS RR-12-08).
 *
 * Persons are matched on the total score (studied item included, as Holland
 * & Thayer recommend). In stratum k, A/B are the reference group's correct/
 * incorrect counts and C/D the focal group's:
 *   α_MH   = Σ A_k D_k / N_k  ÷  Σ B_k C_k / N_k    (common odds ratio)
 *   MH D-DIF = −2.35 ln α_MH    (negative: the item favours the reference group)
 *   χ²_MH  = (|Σ A_k − Σ E(A_k)| − ½)² / Σ Var(A_k)   (1 df, continuity corrected)
 * with the Robins–Breslow–Greenland (1986) variance of ln α_MH for the SE.
 * ETS classes: A when |D| < 1 or χ²_MH is not significant at 5%; C when
 * |D| ≥ 1.5 and |D| is significantly above 1 (one-sided 5%:
 * (|D| − 1)/SE > 1.645); B otherwise.
 * Optional purification (Holland & Thayer 1988, two-stage): the matching
 * score is recomputed without the items classified B or C in the first
 * stage (the studied item always stays in its own matching score).
 * Persons with a missing response are left out (the total score needs all items).
 */
import { MISSING, type ResponseData } from "../estimation/data.ts";
import { chiSquareSurvival } from "../numeric/chiSquare.ts";

export type EtsClass = "A" | "B" | "C";

export interface MantelHaenszelItem {
  item: number;
  name: string;
  alphaMH: number;
  /** MH D-DIF = −2.35 ln α_MH. */
  deltaMH: number;
  seDelta: number;
  chi2: number;
  p: number;
  ets: EtsClass;
}

export interface MantelHaenszelResult {
  items: MantelHaenszelItem[];
  /** Persons used (complete responses, in the reference or focal group). */
  persons: number;
  /** Items left out of the matching score after purification. */
  purifiedOut: number[];
}

export interface MantelHaenszelOptions {
  /** Two-stage purification of the matching score (default true). */
  purify?: boolean;
}

/** group[p]: 0 = reference, 1 = focal, anything else = not used. */
export function mantelHaenszel(
  data: ResponseData,
  group: ArrayLike<number>,
  options: MantelHaenszelOptions = {},
): MantelHaenszelResult {
  const J = data.nItems;
  const persons: number[] = [];
  for (let p = 0; p < data.nPersons; p++) {
    if (group[p] !== 0 && group[p] !== 1) continue;
    let complete = true;
    for (let j = 0; j < J && complete; j++) {
      const x = data.x[p * J + j];
      if (x === MISSING) complete = false;
      else if (x > 1)
        throw new Error(
          `Butir "${data.itemNames[j]}" bukan dikotomis (0/1); Mantel–Haenszel hanya untuk butir 0/1.`,
        );
    }
    if (complete) persons.push(p);
  }
  const inMatching = new Array<boolean>(J).fill(true);
  let items = stage(data, group, persons, inMatching);
  const purifiedOut: number[] = [];
  if (options.purify ?? true) {
    for (const it of items) {
      if (it.ets !== "A") {
        inMatching[it.item] = false;
        purifiedOut.push(it.item);
      }
    }
    if (purifiedOut.length > 0 && purifiedOut.length < J) items = stage(data, group, persons, inMatching);
  }
  return { items, persons: persons.length, purifiedOut };
}

function stage(
  data: ResponseData,
  group: ArrayLike<number>,
  persons: number[],
  inMatching: boolean[],
): MantelHaenszelItem[] {
  const J = data.nItems;
  const base = persons.map((p) => {
    let s = 0;
    for (let j = 0; j < J; j++) if (inMatching[j]) s += data.x[p * J + j];
    return s;
  });
  const out: MantelHaenszelItem[] = [];
  for (let j = 0; j < J; j++) {
    // per stratum: [A, B, C, D]
    const strata = new Map<number, [number, number, number, number]>();
    persons.forEach((p, n) => {
      const x = data.x[p * J + j];
      const score = base[n] + (inMatching[j] ? 0 : x);
      let cell = strata.get(score);
      if (!cell) {
        cell = [0, 0, 0, 0];
        strata.set(score, cell);
      }
      cell[(group[p] === 0 ? 0 : 2) + (x === 1 ? 0 : 1)]++;
    });
    let num = 0;
    let den = 0;
    let sumA = 0;
    let sumEA = 0;
    let sumVar = 0;
    let rbg1 = 0;
    let rbg2 = 0;
    let rbg3 = 0;
    for (const [A, B, C, D] of strata.values()) {
      const N = A + B + C + D;
      if (N < 2) continue;
      const R = (A * D) / N;
      const S = (B * C) / N;
      const P = (A + D) / N;
      const Qk = (B + C) / N;
      num += R;
      den += S;
      rbg1 += P * R;
      rbg2 += P * S + Qk * R;
      rbg3 += Qk * S;
      const nR = A + B;
      const nF = C + D;
      const m1 = A + C;
      const m0 = B + D;
      sumA += A;
      sumEA += (nR * m1) / N;
      sumVar += (nR * nF * m1 * m0) / (N * N * (N - 1));
    }
    const alpha = num / den;
    const varLog = rbg1 / (2 * num * num) + rbg2 / (2 * num * den) + rbg3 / (2 * den * den);
    const delta = -2.35 * Math.log(alpha);
    const seDelta = 2.35 * Math.sqrt(varLog);
    const chi2 = sumVar > 0 ? Math.max(Math.abs(sumA - sumEA) - 0.5, 0) ** 2 / sumVar : Number.NaN;
    const p = chiSquareSurvival(chi2, 1);
    out.push({
      item: j,
      name: data.itemNames[j],
      alphaMH: alpha,
      deltaMH: delta,
      seDelta,
      chi2,
      p,
      ets: etsClass(delta, seDelta, p),
    });
  }
  return out;
}

export function etsClass(delta: number, seDelta: number, p: number): EtsClass {
  const size = Math.abs(delta);
  if (!(p < 0.05) || size < 1) return "A";
  if (size >= 1.5 && (size - 1) / seDelta > 1.645) return "C";
  return "B";
}
