import { randomUUID } from "node:crypto";
import type { Logger } from "pino";
import type { Db } from "../db/factory.ts";
import type { Job } from "../db/schema.ts";
import {
  catatProgresPekerja,
  gagalkanJob,
  type JobHandler,
  klaimJob,
  lepaskanJob,
  perbaruiSewa,
  SEWA_DETIK,
  SewaHilang,
  selesaikanJob,
  simpanTitikJob,
} from "./queue.ts";

export interface OpsiPekerja {
  db: Db;
  handlers: Record<string, JobHandler>;
  log: Logger;
  /** Pause between polls when the queue is empty. */
  jedaMs?: number;
  nama?: string;
  /** Lease length (default SEWA_DETIK); the heartbeat renews it every quarter of it. */
  sewaDetik?: number;
  maksPercobaan?: number;
}

/**
 * A worker loop: claim a job, run its handler under a lease renewed by a
 * heartbeat, record the outcome, repeat; sleeps `jedaMs` when the queue is
 * empty. Start several for parallelism, in any number of processes.
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

  /** Stops: a running job is asked to stop and handed back to the queue (another worker resumes it). */
  async berhenti(): Promise<void> {
    this.abort.abort();
    this.bangun?.();
    await this.loop;
  }

  private async jalan(): Promise<void> {
    const jenis = Object.keys(this.o.handlers);
    while (!this.abort.signal.aborted) {
      let job: Job | null = null;
      try {
        job = await klaimJob(this.o.db, jenis, this.nama, {
          sewaDetik: this.o.sewaDetik,
          maksPercobaan: this.o.maksPercobaan,
        });
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
      await this.jalankanJob(job);
    }
  }

  private async jalankanJob(job: Job): Promise<void> {
    const { db } = this.o;
    const id = job.id;
    const log = this.o.log.child({ jobId: id, jenis: job.jenis, percobaan: job.percobaan });
    const sewa = this.o.sewaDetik ?? SEWA_DETIK;
    const lepas = new AbortController(); // this worker no longer holds the job
    const signal = AbortSignal.any([this.abort.signal, lepas.signal]);
    const hilang = () => {
      if (!lepas.signal.aborted) log.warn("job tidak lagi dipegang (dibatalkan atau sewa habis); berhenti");
      lepas.abort();
    };
    const detak = setInterval(
      () => {
        perbaruiSewa(db, id, this.nama, sewa)
          .then((masih) => masih || hilang())
          .catch((e) => log.error({ err: e }, "gagal memperbarui sewa job"));
      },
      Math.max(50, (sewa * 1000) / 4),
    );
    try {
      const hasil = await this.o.handlers[job.jenis](job, {
        db,
        titik: job.titik ?? null,
        progres: async (selesai, total) => {
          if (!(await catatProgresPekerja(db, id, selesai, total, this.nama))) hilang();
        },
        simpanTitik: async (titik, kerja) => {
          if (lepas.signal.aborted) throw new SewaHilang();
          if (!kerja) {
            await simpanTitikJob(db, id, this.nama, titik);
            return undefined;
          }
          return db.transaction().execute(async (trx) => {
            const r = await kerja(trx);
            await simpanTitikJob(trx, id, this.nama, titik);
            return r;
          });
        },
        signal,
      });
      if (await selesaikanJob(db, id, hasil, this.nama)) log.info("job selesai");
      else log.warn("job selesai tetapi tidak lagi dipegang pekerja ini; hasilnya tidak dicatat");
    } catch (e) {
      if (this.abort.signal.aborted && !lepas.signal.aborted) {
        log.info("pekerja berhenti; job dikembalikan ke antrean");
        await lepaskanJob(db, id, this.nama).catch(() => {});
      } else if (lepas.signal.aborted || e instanceof SewaHilang) {
        log.warn("job dihentikan: tidak lagi dipegang pekerja ini");
      } else {
        log.error({ err: e }, "job gagal");
        await gagalkanJob(db, id, e instanceof Error ? e.message : String(e), this.nama).catch(() => {});
      }
    } finally {
      clearInterval(detak);
    }
  }
}
