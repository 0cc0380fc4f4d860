/**
 * E-step worker (see parallel.ts): holds a slice of the response rows and
 * answers each request { items, variance } with that slice's expected
 * counts, node totals and log-likelihood.
 */
import { parentPort } from "node:worker_threads";
import type { ItemParams } from "../models/types.ts";
import { type EmProblem, runEStep } from "./em.ts";
import { tableLayout } from "./estep.ts";

interface Init {
  templates: ItemParams[];
  nodes: Float64Array;
  rows: EmProblem["rows"];
}

let problem: EmProblem | null = null;

parentPort?.on("message", (m: { init?: Init; id?: number; items?: ItemParams[]; variance?: number }) => {
  if (m.init) {
    const { templates, nodes, rows } = m.init;
    problem = {
      model: templates[0].model,
      templates,
      nodes,
      layout: tableLayout(templates, nodes.length),
      rows,
      freeVariance: false,
    };
    parentPort?.postMessage({ ready: true });
    return;
  }
  if (!problem || !m.items || m.variance === undefined) return;
  const e = runEStep(problem, m.items, m.variance);
  parentPort?.postMessage({ id: m.id, counts: e.counts, nodeTotals: e.nodeTotals, logLik: e.logLik }, [
    e.counts.buffer as ArrayBuffer,
    e.nodeTotals.buffer as ArrayBuffer,
  ]);
});
