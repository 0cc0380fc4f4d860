/**
 * One adaptive test: choose the next item, take the answer, update the
 * provisional θ, decide when to stop. Deterministic given its Rng.
 *
 * Selection: maximum Fisher information at the provisional θ ("mfi"),
 * posterior-weighted Kullback–Leibler information ("kl": Σ_q π(θ_q)·KL_j(θ̂‖θ_q)
 * with KL_j(θ̂‖θ) = Σ_k P_jk(θ̂)·log(P_jk(θ̂)/P_jk(θ)); more robust than MFI
 * early in the test, when θ̂ is poor), or a random baseline. Eligible items
 * are those not yet given, not withheld, passing the `eligible` hook and, with
 * content targets, in the area furthest below its target share.
 */
import {
  categoryProbs,
  itemInfo,
  makeScratch,
  maxCategories,
  nCategories,
  PROB_FLOOR,
} from "../models/items.ts";
import type { Rng } from "../util/random.ts";
import { GridPosterior } from "./posterior.ts";
import type { CatEndReason, CatItem, CatOptions, CatResult } from "./types.ts";

export class CatError extends Error {
  override name = "CatError";
}

export class CatSession {
  private readonly posterior: GridPosterior;
  private readonly used: Uint8Array;
  private readonly items: number[] = [];
  private readonly responses: number[] = [];
  private readonly withheld: number[] = [];
  private readonly scratch;
  private readonly p0: Float64Array;
  private pending: number | null = null;
  private estimate: { theta: number; se: number };
  private readonly opts: Required<Omit<CatOptions, "contentTargets" | "eligible">> &
    Pick<CatOptions, "contentTargets" | "eligible">;

  constructor(
    private readonly pool: readonly CatItem[],
    options: CatOptions,
    private readonly rng: Rng,
  ) {
    if (pool.length === 0) throw new CatError("Bank butir kosong (the item pool is empty)");
    this.opts = {
      selection: options.selection ?? "mfi",
      estimator: options.estimator ?? "eap",
      prior: options.prior ?? { mean: 0, sd: 1 },
      seTarget: options.seTarget ?? 0.3,
      minItems: options.minItems ?? 1,
      maxItems: Math.min(options.maxItems ?? 30, pool.length),
      exposure: options.exposure ?? { method: "none" },
      contentTargets: options.contentTargets,
      eligible: options.eligible,
    };
    const ex = this.opts.exposure;
    if (ex.method === "sympson-hetter" && ex.k.length !== pool.length)
      throw new CatError(
        "Parameter Sympson–Hetter harus satu per butir (one Sympson–Hetter parameter per item)",
      );
    if (ex.method === "restricted") {
      if (ex.tracker.counts.length !== pool.length)
        throw new CatError(
          "Pencatat paparan tidak cocok dengan bank butir (exposure tracker does not match the pool)",
        );
      ex.tracker.examinees++;
    }
    if (ex.method === "randomesque" && !(Number.isInteger(ex.size) && ex.size >= 1))
      throw new CatError(
        "Ukuran randomesque harus bilangan bulat ≥ 1 (randomesque size must be an integer ≥ 1)",
      );
    const maxCat = maxCategories(pool);
    this.posterior = new GridPosterior(this.opts.prior, maxCat);
    this.scratch = makeScratch(maxCat);
    this.p0 = new Float64Array(maxCat);
    this.used = new Uint8Array(pool.length);
    this.estimate = { theta: this.opts.prior.mean, se: this.opts.prior.sd };
  }

  get theta(): number {
    return this.estimate.theta;
  }

  get se(): number {
    return this.estimate.se;
  }

  /** Why the test stops now, or null while it should go on. */
  stopReason(): CatEndReason | null {
    const n = this.items.length;
    if (n >= this.opts.maxItems) return "max-items";
    if (n >= this.opts.minItems && this.estimate.se <= this.opts.seTarget) return "se";
    if (this.candidates().length === 0) return "pool-exhausted";
    return null;
  }

  /** The next item's index in the pool, or null when the test is over. */
  nextItem(): number | null {
    if (this.pending !== null) return this.pending;
    if (this.stopReason() !== null) return null;
    const ex = this.opts.exposure;
    for (;;) {
      const cands = this.candidates();
      if (cands.length === 0) return null;
      let pick = -1;
      if (ex.method === "none" || ex.method === "restricted") pick = this.best(cands);
      else if (ex.method === "randomesque") {
        const ranked = this.rank(cands);
        pick = ranked[this.rng.int(Math.min(ex.size, ranked.length))];
      } else {
        for (const j of this.rank(cands)) {
          if (this.rng.uniform() < ex.k[j]) {
            pick = j;
            break;
          }
          this.used[j] = 1;
          this.withheld.push(j);
        }
        if (pick < 0) continue;
      }
      this.pending = pick;
      return pick;
    }
  }

  answer(item: number, response: number): void {
    if (item !== this.pending)
      throw new CatError(
        `Butir ${item} bukan butir yang sedang diberikan (item ${item} was not the one administered)`,
      );
    const K = nCategories(this.pool[item]);
    if (!(Number.isInteger(response) && response >= 0 && response < K))
      throw new CatError(`Jawaban tidak sah: ${response} (invalid response)`);
    this.pending = null;
    this.used[item] = 1;
    this.items.push(item);
    this.responses.push(response);
    this.posterior.update(this.pool[item], response);
    const ex = this.opts.exposure;
    if (ex.method === "restricted") ex.tracker.counts[item]++;
    this.estimate = this.opts.estimator === "map" ? this.posterior.map() : this.posterior.eap();
  }

  /** The final result; only once `nextItem()` has returned null. */
  result(): CatResult {
    const stopReason = this.stopReason();
    if (stopReason === null || this.pending !== null)
      throw new CatError("Tes belum selesai (the test has not finished)");
    return {
      theta: this.estimate.theta,
      se: this.estimate.se,
      items: [...this.items],
      responses: [...this.responses],
      stopReason,
      withheld: [...this.withheld],
    };
  }

  private candidates(): number[] {
    const out: number[] = [];
    const hook = this.opts.eligible;
    const ex = this.opts.exposure;
    for (let j = 0; j < this.pool.length; j++)
      if (
        !this.used[j] &&
        (ex.method !== "restricted" || ex.tracker.allows(j, ex.rMax)) &&
        (!hook || hook(j, this.items))
      )
        out.push(j);
    const targets = this.opts.contentTargets;
    if (!targets) return out;
    const n = this.items.length;
    const given = new Map<string, number>();
    for (const j of this.items) {
      const c = this.pool[j].content;
      if (c !== undefined) given.set(c, (given.get(c) ?? 0) + 1);
    }
    let best: string | null = null;
    let bestGap = Number.NEGATIVE_INFINITY;
    for (const [area, target] of Object.entries(targets)) {
      if (!out.some((j) => this.pool[j].content === area)) continue;
      const gap = target - (n === 0 ? 0 : (given.get(area) ?? 0) / n);
      if (gap > bestGap) {
        bestGap = gap;
        best = area;
      }
    }
    return best === null ? [] : out.filter((j) => this.pool[j].content === best);
  }

  private criterion(j: number): number {
    return this.opts.selection === "kl"
      ? this.klp(j)
      : itemInfo(this.pool[j], this.estimate.theta, this.scratch);
  }

  /** The best candidate (random under the "random" baseline). */
  private best(cands: number[]): number {
    if (this.opts.selection === "random") return cands[this.rng.int(cands.length)];
    let pick = cands[0];
    let top = Number.NEGATIVE_INFINITY;
    for (const j of cands) {
      const v = this.criterion(j);
      if (v > top) {
        top = v;
        pick = j;
      }
    }
    return pick;
  }

  /** Candidates ordered from the best to the worst by the selection criterion. */
  private rank(cands: number[]): number[] {
    if (this.opts.selection === "random") {
      for (let i = cands.length - 1; i > 0; i--) {
        const r = this.rng.int(i + 1);
        [cands[i], cands[r]] = [cands[r], cands[i]];
      }
      return cands;
    }
    const value = new Float64Array(this.pool.length);
    for (const j of cands) value[j] = this.criterion(j);
    return cands.sort((a, b) => value[b] - value[a] || a - b);
  }

  /**
   * KLP_j = Σ_q π_q Σ_k P_jk(θ̂)·(log P_jk(θ̂) − log P_jk(θ_q)), with the
   * log-probabilities at the grid nodes taken from a table shared by all
   * sessions on the same pool and prior.
   */
  private klp(j: number): number {
    const item = this.pool[j];
    const K = nCategories(item);
    const table = logProbTable(this.pool, this.posterior.nodes, this.opts.prior)[j];
    const w = this.posterior.weights();
    const Q = w.length;
    categoryProbs(item, this.estimate.theta, this.p0);
    let s = 0;
    for (let k = 0; k < K; k++) {
      const pk = this.p0[k];
      if (pk <= PROB_FLOOR) continue;
      let expected = 0;
      for (let q = 0; q < Q; q++) expected += w[q] * table[k * Q + q];
      s += pk * (Math.log(pk) - expected);
    }
    return s;
  }
}

const tableCache = new WeakMap<readonly CatItem[], Map<string, Float64Array[]>>();

/** log P_jk(θ_q) for every pool item (table[j][k·Q + q]), cached per pool and prior. */
function logProbTable(
  pool: readonly CatItem[],
  nodes: Float64Array,
  prior: { mean: number; sd: number },
): Float64Array[] {
  let byPrior = tableCache.get(pool);
  if (!byPrior) {
    byPrior = new Map();
    tableCache.set(pool, byPrior);
  }
  const key = `${prior.mean}:${prior.sd}`;
  let tables = byPrior.get(key);
  if (!tables) {
    const p = new Float64Array(maxCategories(pool));
    const Q = nodes.length;
    tables = pool.map((item) => {
      const K = nCategories(item);
      const t = new Float64Array(K * Q);
      for (let q = 0; q < Q; q++) {
        categoryProbs(item, nodes[q], p);
        for (let k = 0; k < K; k++) t[k * Q + q] = Math.log(Math.max(p[k], PROB_FLOOR));
      }
      return t;
    });
    byPrior.set(key, tables);
  }
  return tables;
}
