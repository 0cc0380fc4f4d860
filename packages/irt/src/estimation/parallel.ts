/**
 * Calibration with the E-step spread over worker threads: the (compressed)
 * response rows are split into contiguous slices, each worker keeps its
 * slice and returns its part of the expected counts; the parts are summed
 * (exactly the single-thread E-step, up to floating-point summation order)
 * and the M-step runs in the main thread. Worth it for large N only: each
 * cycle posts the item parameters to every worker and sums their counts.
 */
import { availableParallelism } from "node:os";
import { request, sliceBounds, startWorker } from "../workers/start.ts";
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
  const bounds = sliceBounds(nRows, n);
  const workers = await Promise.all(
    bounds.slice(0, n).map((from, w) => {
      const to = bounds[w + 1];
      const rows = {
        nRows: to - from,
        nItems: J,
        x: x.slice(from * J, to * J),
        weights: weights ? weights.slice(from, to) : null,
      };
      const transfer = [rows.x.buffer, ...(rows.weights ? [rows.weights.buffer] : [])] as ArrayBuffer[];
      return startWorker("estep", { templates: start, nodes: problem.nodes, rows }, transfer);
    }),
  );
  try {
    const fit = await runEmAsync(problem, start, opts, async (req): Promise<EStepOutput> => {
      const parts = await Promise.all(workers.map((w) => request<Part>(w, req)));
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
