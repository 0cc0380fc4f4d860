/**
 * Source of the worker threads' code. Node 20 cannot load TypeScript in a
 * worker without a loader (loading tsx there took ~1 s per worker on a busy
 * machine), so this file and everything it imports is bundled into plain
 * JavaScript, `worker.generated.js`, by `npm run build:workers -w @nurani/irt`
 * (scripts/build-workers.ts); test/worker-bundle.test.ts fails when the
 * bundle is older than its sources.
 */
import { parentPort, workerData } from "node:worker_threads";
import { type EStepInit, estepTask } from "../estimation/worker-task.ts";
import { scoreTask } from "../scoring/worker-task.ts";
import { tirtMapTask } from "../tirt/worker-task.ts";
import type { TaskHandler, WorkerTaskName } from "./protocol.ts";

const { task, init } = workerData as { task: WorkerTaskName; init: unknown };
// biome-ignore lint/suspicious/noExplicitAny: each task checks its own message shape
const handlers: Record<WorkerTaskName, () => TaskHandler<any>> = {
  estep: () => estepTask(init as EStepInit),
  score: () => scoreTask(),
  "tirt-map": () => tirtMapTask(),
};
const handle = handlers[task]();
parentPort?.on("message", (m: { id: number }) => {
  const { reply, transfer } = handle(m);
  parentPort?.postMessage({ ...reply, id: m.id }, transfer);
});
parentPort?.postMessage({ ready: true });
