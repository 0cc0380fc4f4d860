/**
 * Forced-choice computerised adaptive testing: after each answered block the
 * traits are re-estimated by MAP; the next block is the one from the pool
 * that maximises det(Φ⁻¹ + I_administered(η̂) + I_block(η̂)) — D-optimality on
 * the posterior information at the current estimate (Mulder & van der Linden
 * 2009; for forced choice Lin & Brown 2017). Exposure control: the block is
 * drawn at random among the `randomesque` best (Kingsbury & Zara 1989), and
 * blocks whose exposure rate across sessions has reached `maxExposure` are
 * passed over while others remain. Stops when every trait's SE is at most
 * `seTarget` (after `minBlocks`) or after `maxBlocks` blocks.
 */

import { cholesky, choleskyLogDet } from "../numeric/linalg.ts";
import { createRng, type Rng } from "../util/random.ts";
import { informationMatrix } from "./diagnostics.ts";
import { TirtError } from "./errors.ts";
import type { TirtModel } from "./params.ts";
import { MISSING, parseRanking, rankToOutcomes } from "./responses.ts";
import { mapOne, mapWorkspace, type PairCoefficients, pairCoefficients } from "./score.ts";

/** Administration counts shared by all sessions on one pool (persist it between sessions). */
export interface ExposureCounts {
  sessions: number;
  counts: number[];
}

export function createExposureCounts(blocks: number): ExposureCounts {
  return { sessions: 0, counts: new Array<number>(blocks).fill(0) };
}

export interface TirtCatOptions {
  maxBlocks: number;
  minBlocks?: number;
  /** Stop once every trait's posterior SE is at or below this. */
  seTarget?: number;
  /** Choose at random among this many best blocks (default 1 = strictly D-optimal). */
  randomesque?: number;
  /** Maximum share of sessions a block may appear in (default 1 = no cap). */
  maxExposure?: number;
  exposure?: ExposureCounts;
  seed: number;
}

export type CatStopReason = "se" | "length" | "pool";

export interface TirtCatState {
  theta: number[];
  se: number[];
  /** Block indices (of the pool design) in the order given. */
  administered: number[];
  done: boolean;
  reason?: CatStopReason;
}

export class TirtCat {
  private readonly c: PairCoefficients;
  private readonly row: Int8Array;
  private readonly ws;
  private readonly given: boolean[];
  private readonly info: Float64Array;
  private readonly rng: Rng;
  private readonly exposure: ExposureCounts;
  private readonly administered: number[] = [];
  private pending: number | null = null;
  private reason: CatStopReason | undefined;

  constructor(
    private readonly model: TirtModel,
    private readonly opts: TirtCatOptions,
  ) {
    this.c = pairCoefficients(model);
    this.row = new Int8Array(this.c.P).fill(MISSING);
    this.ws = mapWorkspace(this.c.T);
    this.given = new Array<boolean>(model.layout.blockSize.length).fill(false);
    this.info = new Float64Array(this.c.T * this.c.T);
    this.rng = createRng(opts.seed);
    this.exposure = opts.exposure ?? createExposureCounts(model.layout.blockSize.length);
    this.exposure.sessions++;
    this.ws.eta.fill(0);
    this.ws.cov.set(model.phi);
  }

  /** The next block to present (pool index), or null when the test is over. */
  next(): number | null {
    if (this.pending !== null) return this.pending;
    if (this.isDone()) return null;
    const { c } = this;
    const T = c.T;
    const L = new Float64Array(T * T);
    const cap = this.opts.maxExposure ?? 1;
    const scored: { block: number; value: number; capped: boolean }[] = [];
    // Posterior information so far: Φ⁻¹ + Σ administered pair information at η̂.
    this.info.set(c.phiInv);
    for (const b of this.administered) informationMatrix(c, this.pairsOf(b), this.ws.eta, this.info);
    for (let b = 0; b < this.given.length; b++) {
      if (this.given[b]) continue;
      const m = informationMatrix(c, this.pairsOf(b), this.ws.eta, Float64Array.from(this.info));
      const value = cholesky(m, T, L) ? choleskyLogDet(L, T) : Number.NEGATIVE_INFINITY;
      const rate = this.exposure.counts[b] / Math.max(1, this.exposure.sessions);
      scored.push({ block: b, value, capped: rate >= cap });
    }
    const open = scored.filter((s) => !s.capped);
    const candidates = (open.length > 0 ? open : scored).sort((a, b) => b.value - a.value);
    const k = Math.min(this.opts.randomesque ?? 1, candidates.length);
    this.pending = candidates[this.rng.int(k)].block;
    return this.pending;
  }

  /** Records the answer to the pending block (ranking text as in responses.csv; "" = skipped). */
  answer(block: number, ranking: string): TirtCatState {
    if (block !== this.pending)
      throw new TirtError(
        `Blok ${block} bukan blok yang sedang disajikan`,
        `block ${block} is not the block being presented`,
      );
    const rank = parseRanking(ranking, this.model.layout.blockSize[block]);
    rankToOutcomes(this.model.layout, block, rank, this.row);
    this.given[block] = true;
    this.administered.push(block);
    this.exposure.counts[block]++;
    this.pending = null;
    mapOne(this.c, this.row, 0, this.ws);
    return this.state();
  }

  state(): TirtCatState {
    const T = this.c.T;
    const done = this.isDone();
    return {
      theta: Array.from(this.ws.eta),
      se: Array.from({ length: T }, (_, a) => Math.sqrt(this.ws.cov[a * T + a])),
      administered: [...this.administered],
      done,
      ...(done ? { reason: this.reason } : {}),
    };
  }

  private isDone(): boolean {
    const T = this.c.T;
    const n = this.administered.length;
    const maxSe = Math.max(...Array.from({ length: T }, (_, a) => Math.sqrt(this.ws.cov[a * T + a])));
    if (this.opts.seTarget !== undefined && n >= (this.opts.minBlocks ?? 1) && maxSe <= this.opts.seTarget)
      this.reason = "se";
    else if (n >= this.opts.maxBlocks) this.reason = "length";
    else if (n === this.given.length) this.reason = "pool";
    else return false;
    return true;
  }

  private pairsOf(block: number): Int32Array {
    const start = this.model.layout.blockPairStart[block];
    const n = this.model.layout.blockSize[block];
    return Int32Array.from({ length: (n * (n - 1)) / 2 }, (_, j) => start + j);
  }
}
