/**
 * Scoring on worker threads. A pool keeps its workers (and their loaded
 * code) between jobs: a server should create one pool and reuse it rather
 * than start workers per request (see ../workers/start.ts).
 * Each job splits the persons into contiguous slices, one per worker; the
 * result is identical to single-threaded `scorePersons`.
 */
import { availableParallelism } from "node:os";
import type { ResponseData } from "../estimation/data.ts";
import type { ItemParams } from "../models/types.ts";
import { request, sliceBounds, startWorker } from "../workers/start.ts";
import { type ScoreOptions, type Scores, scorePersons } from "./scores.ts";

interface Reply {
  theta: Float64Array;
  se: Float64Array;
}

export interface ScoringPool {
  readonly size: number;
  score(items: readonly ItemParams[], data: ResponseData, opts: ScoreOptions): Promise<Scores>;
  close(): Promise<void>;
}

/** Starts `size` workers (default: min(2, cores)) and waits until they are ready. */
export async function createScoringPool(size = Math.min(2, availableParallelism())): Promise<ScoringPool> {
  const workers = await Promise.all(Array.from({ length: size }, () => startWorker("score")));
  return {
    size,
    async score(items, data, opts) {
      const n = Math.max(1, Math.min(size, Math.ceil(data.nPersons / 200)));
      if (n === 1) return scorePersons(items, data, opts);
      const J = data.nItems;
      const bounds = sliceBounds(data.nPersons, n);
      const parts = await Promise.all(
        workers.slice(0, n).map((w, k) => {
          const x = data.x.slice(bounds[k] * J, bounds[k + 1] * J);
          return request<Reply>(w, { items, nPersons: bounds[k + 1] - bounds[k], nItems: J, x, opts }, [
            x.buffer,
          ]);
        }),
      );
      const theta = new Float64Array(data.nPersons);
      const se = new Float64Array(data.nPersons);
      parts.forEach((p, k) => {
        theta.set(p.theta, bounds[k]);
        se.set(p.se, bounds[k]);
      });
      return { theta, se };
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}

/** One-off parallel scoring (starts and stops a pool). */
export async function scorePersonsParallel(
  items: readonly ItemParams[],
  data: ResponseData,
  opts: ScoreOptions,
  workers = Math.min(2, availableParallelism()),
): Promise<Scores> {
  if (workers <= 1 || data.nPersons < 400) return scorePersons(items, data, opts);
  const pool = await createScoringPool(workers);
  try {
    return await pool.score(items, data, opts);
  } finally {
    await pool.close();
  }
}
