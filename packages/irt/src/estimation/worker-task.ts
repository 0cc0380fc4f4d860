/**
 * E-step worker task (see parallel.ts): holds a slice of the response rows
 * and answers each request { items, variance } with that slice's expected
 * counts, node totals and log-likelihood.
 */
import type { ItemParams } from "../models/types.ts";
import type { TaskHandler } from "../workers/protocol.ts";
import { tableLayout } from "./estep.ts";
import { type EmProblem, runEStep } from "./problem.ts";

export interface EStepInit {
  templates: ItemParams[];
  nodes: Float64Array;
  rows: EmProblem["rows"];
}

export function estepTask(init: EStepInit): TaskHandler<{ items: ItemParams[]; variance: number }> {
  const { templates, nodes, rows } = init;
  const problem: EmProblem = {
    model: templates[0].model,
    templates,
    nodes,
    layout: tableLayout(templates, nodes.length),
    rows,
    freeVariance: false,
  };
  return (m) => {
    const e = runEStep(problem, m.items, m.variance);
    return {
      reply: { counts: e.counts, nodeTotals: e.nodeTotals, logLik: e.logLik },
      transfer: [e.counts.buffer as ArrayBuffer, e.nodeTotals.buffer as ArrayBuffer],
    };
  };
}
