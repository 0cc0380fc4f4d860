/**
 * Starting worker threads and talking to them (protocol.ts). The workers
 * run the pre-built plain-JavaScript bundle `worker.generated.js` with no
 * loader flags, so a worker starts about as fast as an empty one (tens of
 * ms of CPU) whether the caller runs under tsx, Vitest or plain Node.
 */
import { Worker } from "node:worker_threads";
import type { WorkerTaskName } from "./protocol.ts";

const BUNDLE = new URL("./worker.generated.js", import.meta.url);

/** Starts a worker for `task` and resolves once it has loaded its code. */
export function startWorker(
  task: WorkerTaskName,
  init?: unknown,
  transfer: ArrayBuffer[] = [],
): Promise<Worker> {
  return new Promise((resolve, reject) => {
    const w = new Worker(BUNDLE, { workerData: { task, init }, transferList: transfer, execArgv: [] });
    w.once("message", () => {
      w.off("error", reject);
      resolve(w);
    });
    w.once("error", reject);
  });
}

let nextId = 0;

/** Sends one request to a worker and resolves with its answer. */
export function request<R>(w: Worker, message: object, transfer: ArrayBuffer[] = []): Promise<R> {
  return new Promise<R>((resolve, reject) => {
    const id = nextId++;
    const onMessage = (m: R & { id: number }) => {
      if (m.id !== id) return;
      w.off("message", onMessage);
      w.off("error", reject);
      resolve(m);
    };
    w.on("message", onMessage);
    w.once("error", reject);
    w.postMessage({ ...message, id }, transfer);
  });
}

/** Contiguous slice bounds splitting `n` into `parts` nearly equal parts. */
export function sliceBounds(n: number, parts: number): number[] {
  return Array.from({ length: parts + 1 }, (_, k) => Math.round((k * n) / parts));
}
