import { randomUUID } from "node:crypto";
import type { Logger } from "pino";
import type { Db } from "../db/factory.ts";
import {
  catatProgres,
  gagalkanJob,
  type JobHandler,
  klaimJob,
  pulihkanJobMacet,
  selesaikanJob,
} from "./queue.ts";

export interface OpsiPekerja {
  db: Db;
  handlers: Record<string, JobHandler>;
  log: Logger;
  /** Pause between polls when the queue is empty. */
  jedaMs?: number;
  nama?: string;
}

/**
 * A worker loop: claim a job, run its handler, record the outcome, repeat;
 * sleeps `jedaMs` when the queue is empty. Start several for parallelism.
 */
export class PekerjaJob {
  readonly nama: string;
  private readonly abort = new AbortController();
  private loop: Promise<void> | null = null;
  private bangun: (() => void) | null = null;

  constructor(private readonly o: OpsiPekerja) {
    this.nama = o.nama ?? `pekerja-${process.pid}-${randomUUID().slice(0, 8)}`;
  }

  mulai(): void {
    this.loop ??= this.jalan();
  }

  /** Wakes the worker now instead of at the next poll (after enqueueing in the same process). */
  colek(): void {
    this.bangun?.();
  }

  /** Stops after the current job. */
  async berhenti(): Promise<void> {
    this.abort.abort();
    this.bangun?.();
    await this.loop;
  }

  private async jalan(): Promise<void> {
    const jenis = Object.keys(this.o.handlers);
    try {
      const n = await pulihkanJobMacet(this.o.db);
      if (n > 0) this.o.log.warn({ n }, "job macet dikembalikan ke antrean");
    } catch (e) {
      this.o.log.error({ err: e }, "gagal memulihkan job macet");
    }
    while (!this.abort.signal.aborted) {
      let job = null;
      try {
        job = await klaimJob(this.o.db, jenis, this.nama);
      } catch (e) {
        this.o.log.error({ err: e }, "gagal mengklaim job");
      }
      if (!job) {
        await new Promise<void>((res) => {
          const t = setTimeout(res, this.o.jedaMs ?? 1000);
          this.bangun = () => {
            clearTimeout(t);
            res();
          };
        });
        this.bangun = null;
        continue;
      }
      const log = this.o.log.child({ jobId: job.id, jenis: job.jenis });
      try {
        const id = job.id;
        const hasil = await this.o.handlers[job.jenis](job, {
          db: this.o.db,
          progres: (selesai, total) => catatProgres(this.o.db, id, selesai, total),
          signal: this.abort.signal,
        });
        await selesaikanJob(this.o.db, job.id, hasil);
        log.info("job selesai");
      } catch (e) {
        log.error({ err: e }, "job gagal");
        await gagalkanJob(this.o.db, job.id, e instanceof Error ? e.message : String(e)).catch(() => {});
      }
    }
  }
}
