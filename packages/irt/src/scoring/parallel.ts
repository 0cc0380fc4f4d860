/**
 * Scoring on several worker threads: the persons are split into contiguous
 * slices, each worker scores its slice with `scorePersons`, results are
 * concatenated in order (identical to single-threaded scoring). Workers
 * start from worker-entry.js, which registers tsx to load TypeScript.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { ResponseData } from "../estimation/data.ts";
import type { ItemParams } from "../models/types.ts";
import { type ScoreOptions, type Scores, scorePersons } from "./scores.ts";

export async function scorePersonsParallel(
  items: readonly ItemParams[],
  data: ResponseData,
  opts: ScoreOptions,
  workers = Math.min(2, availableParallelism()),
): Promise<Scores> {
  const n = Math.max(1, Math.min(workers, Math.ceil(data.nPersons / 500)));
  if (n === 1) return scorePersons(items, data, opts);
  const J = data.nItems;
  const bounds = Array.from({ length: n + 1 }, (_, w) => Math.round((w * data.nPersons) / n));
  const parts = await Promise.all(
    bounds.slice(0, n).map(
      (from, w) =>
        new Promise<Scores>((resolve, reject) => {
          const to = bounds[w + 1];
          const x = data.x.slice(from * J, to * J);
          const worker = new Worker(new URL("./worker-entry.js", import.meta.url), {
            workerData: { items, nPersons: to - from, nItems: J, x, opts },
            transferList: [x.buffer],
          });
          worker.once("message", (m: Scores) => {
            resolve(m);
            void worker.terminate();
          });
          worker.once("error", reject);
        }),
    ),
  );
  const theta = new Float64Array(data.nPersons);
  const se = new Float64Array(data.nPersons);
  parts.forEach((p, w) => {
    theta.set(p.theta, bounds[w]);
    se.set(p.se, bounds[w]);
  });
  return { theta, se };
}
