/**
 * Thurstonian MAP scoring on worker threads. A pool keeps its workers
 * between jobs (a server creates one and reuses it); each job splits the
 * persons into contiguous slices, one per worker, and the result is
 * identical to single-threaded `scoreMap` (each person is scored on its own
 * by the same code). Below a few hundred persons a job runs in the calling
 * thread, where the message passing would cost more than it saves.
 */
import { availableParallelism } from "node:os";
import type { Worker } from "node:worker_threads";
import { request, sliceBounds, startWorker } from "../workers/start.ts";
import type { TirtModel } from "./params.ts";
import { scoreMap, type TirtScores } from "./score.ts";

/** Persons per worker below which a job stays in the calling thread. */
const MIN_PERSONS_PER_WORKER = 250;

export interface TirtScoringPool {
  readonly size: number;
  scoreMap(model: TirtModel, outcomes: Int8Array, persons: number): Promise<TirtScores>;
  close(): Promise<void>;
}

/** Starts `size` workers (default: min(2, cores)) and waits until they are ready. */
export async function createTirtScoringPool(
  size = Math.min(2, availableParallelism()),
): Promise<TirtScoringPool> {
  const workers: Worker[] = await Promise.all(Array.from({ length: size }, () => startWorker("tirt-map")));
  return {
    size,
    async scoreMap(model, outcomes, persons) {
      const n = Math.max(1, Math.min(size, Math.floor(persons / MIN_PERSONS_PER_WORKER)));
      if (n === 1) return scoreMap(model, outcomes, persons);
      const P = model.layout.pairs.length;
      const T = model.traits;
      const bounds = sliceBounds(persons, n);
      const parts = await Promise.all(
        workers.slice(0, n).map((w, k) => {
          const slice = outcomes.slice(bounds[k] * P, bounds[k + 1] * P);
          return request<TirtScores>(w, { model, outcomes: slice, persons: bounds[k + 1] - bounds[k] }, [
            slice.buffer,
          ]);
        }),
      );
      const out: TirtScores = {
        persons,
        traits: T,
        theta: new Float64Array(persons * T),
        se: new Float64Array(persons * T),
        covariance: new Float64Array(persons * T * T),
        converged: new Uint8Array(persons),
      };
      parts.forEach((p, k) => {
        out.theta.set(p.theta, bounds[k] * T);
        out.se.set(p.se, bounds[k] * T);
        out.covariance.set(p.covariance, bounds[k] * T * T);
        out.converged.set(p.converged, bounds[k]);
      });
      return out;
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}

/** One-off parallel MAP scoring (starts and stops a pool; small jobs stay single-threaded). */
export async function scoreMapParallel(
  model: TirtModel,
  outcomes: Int8Array,
  persons: number,
  workers = Math.min(2, availableParallelism()),
): Promise<TirtScores> {
  if (workers <= 1 || persons < 2 * MIN_PERSONS_PER_WORKER) return scoreMap(model, outcomes, persons);
  const pool = await createTirtScoringPool(workers);
  try {
    return await pool.scoreMap(model, outcomes, persons);
  } finally {
    await pool.close();
  }
}
