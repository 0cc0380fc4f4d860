/** Runs one slice of a parallel scoring job (see parallel.ts). */
import { parentPort, workerData } from "node:worker_threads";
import type { ItemParams } from "../models/types.ts";
import { type ScoreOptions, scorePersons } from "./scores.ts";

interface Job {
  items: ItemParams[];
  nPersons: number;
  nItems: number;
  x: Int16Array;
  opts: ScoreOptions;
}

const job = workerData as Job;
const s = scorePersons(
  job.items,
  { nPersons: job.nPersons, nItems: job.nItems, x: job.x, itemNames: [] },
  job.opts,
);
parentPort?.postMessage({ theta: s.theta, se: s.se }, [
  s.theta.buffer as ArrayBuffer,
  s.se.buffer as ArrayBuffer,
]);
