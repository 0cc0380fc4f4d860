/**
 * `nurani serve --workers N` (docs/server.md "Several processes"): N server
 * processes on one port (node:cluster: the primary accepts connections and
 * hands them to the workers), all on one PostgreSQL. What must hold across
 * them lives in the database: the login and token-guessing limits
 * (`batas_login`, `batas_tebak`), the write counter that makes kept data stale
 * everywhere (`versi_simpanan`), the job queue with its leases (each job runs
 * once). The embedded PGlite is one process's database: refused.
 */
import cluster from "node:cluster";
import type { Logger } from "pino";
import type { Config } from "../config.ts";
import { migrasiKeTerbaru } from "../db/migrator.ts";
import { bukaBasisdataConfig, jalankanServer, type ServerBerjalan } from "./server.ts";

export class GalatProses extends Error {}

/** Checks that N processes can share the configured database. */
export function periksaBanyakProses(config: Config, n: number): void {
  if (!Number.isInteger(n) || n < 1 || n > 64)
    throw new GalatProses(`--workers harus bilangan bulat 1–64 (diberikan: ${n}).`);
  if (n > 1 && !config.databaseUrl)
    throw new GalatProses(
      "--workers lebih dari 1 hanya dapat dipakai dengan PostgreSQL (isi DATABASE_URL). Basis data bawaan (PGlite) hanya dapat dibuka oleh satu proses; jalankan `nurani serve` tanpa --workers.",
    );
}

interface PesanSiap {
  nurani: "siap";
  url: string;
}

/**
 * The primary: migrates (and seeds the demo) once, then starts N workers and
 * starts a worker again when one dies. Resolves with the URL once all are
 * listening; `tutup` stops them.
 */
export async function jalankanUtama(
  config: Config,
  log: Logger,
  n: number,
): Promise<{ url: string; tutup(): Promise<void> }> {
  const b = await bukaBasisdataConfig(config);
  try {
    const applied = await migrasiKeTerbaru(b.db);
    if (applied.length) log.info({ migrasi: applied }, "migrasi diterapkan");
  } finally {
    await b.tutup();
  }
  let berhenti = false;
  const siap = new Set<number>();
  let urlSiap: ((url: string) => void) | null = null;
  const url = new Promise<string>((r) => {
    urlSiap = r;
  });
  let ke = 0;
  const mulai = () => {
    // the demo is seeded by the first worker only
    const w = cluster.fork({ NURANI_DEMO: ke++ === 0 && config.demo ? "1" : "0" });
    w.on("message", (m: PesanSiap) => {
      if (m?.nurani !== "siap") return;
      siap.add(w.id);
      if (siap.size >= n) urlSiap?.(m.url);
    });
    w.on("exit", (kode, sinyal) => {
      siap.delete(w.id);
      if (berhenti) return;
      log.error({ pid: w.process.pid, kode, sinyal }, "proses server berhenti; dijalankan lagi");
      mulai();
    });
  };
  for (let i = 0; i < n; i++) mulai();
  return {
    url: await url,
    tutup: async () => {
      berhenti = true;
      const semua = Object.values(cluster.workers ?? {}).filter((w) => w !== undefined);
      await Promise.all(
        semua.map(
          (w) =>
            new Promise<void>((r) => {
              w.once("exit", () => r());
              w.process.kill("SIGTERM");
            }),
        ),
      );
    },
  };
}

/** A worker process: a full server (API + its job workers); tells the primary when it listens. */
export async function jalankanPekerjaCluster(config: Config, log: Logger): Promise<ServerBerjalan> {
  const s = await jalankanServer(config, log);
  process.send?.({ nurani: "siap", url: s.url } satisfies PesanSiap);
  return s;
}

export const adalahUtama = () => cluster.isPrimary;
