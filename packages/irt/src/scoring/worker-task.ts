/** Scores slices of persons on request (see parallel.ts): one message in, one out. */
import { parentPort } from "node:worker_threads";
import type { ItemParams } from "../models/types.ts";
import { type ScoreOptions, scorePersons } from "./scores.ts";

interface Job {
  id: number;
  items: ItemParams[];
  nPersons: number;
  nItems: number;
  x: Int16Array;
  opts: ScoreOptions;
}

parentPort?.on("message", (job: Job) => {
  const data = { nPersons: job.nPersons, nItems: job.nItems, x: job.x, itemNames: [] };
  const s = scorePersons(job.items, data, job.opts);
  parentPort?.postMessage({ id: job.id, theta: s.theta, se: s.se }, [
    s.theta.buffer as ArrayBuffer,
    s.se.buffer as ArrayBuffer,
  ]);
});
parentPort?.postMessage({ ready: true });
