/** Thurstonian MAP scoring worker task (see parallel.ts): scores one slice of persons per request. */
import type { TaskHandler } from "../workers/protocol.ts";
import type { TirtModel } from "./params.ts";
import { scoreMap } from "./score.ts";

interface Job {
  model: TirtModel;
  outcomes: Int8Array;
  persons: number;
}

export function tirtMapTask(): TaskHandler<Job> {
  return (job) => {
    const s = scoreMap(job.model, job.outcomes, job.persons);
    return {
      reply: s,
      transfer: [s.theta, s.se, s.covariance, s.converged].map((a) => a.buffer as ArrayBuffer),
    };
  };
}
