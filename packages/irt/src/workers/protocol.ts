/**
 * Message protocol shared by the worker threads and the code that starts
 * them. A worker is started for one task (`workerData.task`, with the
 * task's one-off `workerData.init`), posts `{ ready: true }` once loaded,
 * then answers every request `{ id, … }` with `{ id, … }`.
 */
export type WorkerTaskName = "estep" | "score" | "tirt-map";

export interface TaskResult {
  reply: object;
  transfer: ArrayBuffer[];
}

export type TaskHandler<M> = (message: M) => TaskResult;
