/**
 * Calibration with the E-step spread over worker threads: the (compressed)
 * response rows are split into contiguous slices, each worker keeps its
 * slice and returns its part of the expected counts; the parts are summed
 * (exactly the single-thread E-step, up to floating-point summation order)
 * and the M-step runs in the main thread. Worth it for large N: starting a
 * worker loads the TypeScript through tsx (worker-entry.js), a few hundred
 * milliseconds on an idle machine.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { ResponseData } from "./data.ts";
import {
  buildProblem,
  type CalibrateOptions,
  type Calibration,
  calibrate,
  finish,
  runEmAsync,
} from "./em.ts";
import type { EStepOutput } from "./estep.ts";

interface Part {
  id: number;
  counts: Float64Array;
  nodeTotals: Float64Array;
  logLik: number;
}

/** Rows below which the workers cost more than they save. */
const MIN_ROWS = 5000;

export async function calibrateParallel(
  data: ResponseData,
  opts: CalibrateOptions & { workers?: number },
): Promise<Calibration> {
  const { problem, start } = buildProblem(data, opts);
  const { nRows, nItems: J, x, weights } = problem.rows;
  const n = Math.min(opts.workers ?? Math.min(2, availableParallelism()), Math.floor(nRows / (MIN_ROWS / 2)));
  if (n <= 1 || nRows < MIN_ROWS) return calibrate(data, opts);
  const bounds = Array.from({ length: n + 1 }, (_, w) => Math.round((w * nRows) / n));
  const workers = await Promise.all(
    bounds.slice(0, n).map(
      (from, w) =>
        new Promise<Worker>((resolve, reject) => {
          const to = bounds[w + 1];
          const worker = new Worker(new URL("./worker-entry.js", import.meta.url));
          worker.once("message", () => resolve(worker));
          worker.once("error", reject);
          worker.postMessage({
            init: {
              templates: start,
              nodes: problem.nodes,
              rows: {
                nRows: to - from,
                nItems: J,
                x: x.slice(from * J, to * J),
                weights: weights ? weights.slice(from, to) : null,
              },
            },
          });
        }),
    ),
  );
  let nextId = 0;
  const ask = (w: Worker, msg: object) =>
    new Promise<Part>((resolve, reject) => {
      const id = nextId++;
      const onMessage = (m: Part) => {
        if (m.id !== id) return;
        w.off("message", onMessage);
        w.off("error", reject);
        resolve(m);
      };
      w.on("message", onMessage);
      w.once("error", reject);
      w.postMessage({ ...msg, id });
    });
  try {
    const fit = await runEmAsync(problem, start, opts, async (req): Promise<EStepOutput> => {
      const parts = await Promise.all(workers.map((w) => ask(w, req)));
      const counts = parts[0].counts;
      const nodeTotals = parts[0].nodeTotals;
      let logLik = parts[0].logLik;
      for (const p of parts.slice(1)) {
        for (let i = 0; i < counts.length; i++) counts[i] += p.counts[i];
        for (let q = 0; q < nodeTotals.length; q++) nodeTotals[q] += p.nodeTotals[q];
        logLik += p.logLik;
      }
      return { counts, nodeTotals, logLik };
    });
    return finish(problem, data, fit, opts);
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
