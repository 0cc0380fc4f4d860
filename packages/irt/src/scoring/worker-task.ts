/** Scoring worker task (see parallel.ts): scores one slice of persons per request. */
import type { ItemParams } from "../models/types.ts";
import type { TaskHandler } from "../workers/protocol.ts";
import { type ScoreOptions, scorePersons } from "./scores.ts";

interface Job {
  items: ItemParams[];
  nPersons: number;
  nItems: number;
  x: Int16Array;
  opts: ScoreOptions;
}

export function scoreTask(): TaskHandler<Job> {
  return (job) => {
    const data = { nPersons: job.nPersons, nItems: job.nItems, x: job.x, itemNames: [] };
    const s = scorePersons(job.items, data, job.opts);
    return {
      reply: { theta: s.theta, se: s.se },
      transfer: [s.theta.buffer as ArrayBuffer, s.se.buffer as ArrayBuffer],
    };
  };
}
