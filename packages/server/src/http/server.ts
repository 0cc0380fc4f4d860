import fs from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { FastifyInstance } from "fastify";
import type { Logger } from "pino";
import type { Config } from "../config.ts";
import { type Basisdata, bukaBasisdata } from "../db/factory.ts";
import { migrasiKeTerbaru } from "../db/migrator.ts";
import { jadwalkanHarian } from "../jobs/harian.ts";
import { PekerjaJob } from "../jobs/worker.ts";
import { buatApp } from "./app.ts";
import { muatJobHandlers } from "./route-table.ts";

export interface ServerBerjalan {
  app: FastifyInstance;
  basisdata: Basisdata;
  url: string;
  tutup(): Promise<void>;
}

/** Opens the configured database (embedded PGlite in `<dataDir>/pglite` unless `DATABASE_URL`). */
export function bukaBasisdataConfig(config: Config): Promise<Basisdata> {
  return bukaBasisdata({ databaseUrl: config.databaseUrl, pgliteDir: path.join(config.dataDir, "pglite") });
}

/**
 * Demo seeding is provided by `src/demo/index.ts` (`seedDemo(db, log)`), when
 * that module exists; it must do nothing when the demo is already there.
 */
async function seedDemoBilaDiminta(config: Config, b: Basisdata, log: Logger): Promise<void> {
  if (!config.demo) return;
  const file = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "demo", "index.ts");
  if (!fs.existsSync(file)) {
    log.warn("NURANI_DEMO aktif tetapi modul demo (src/demo/index.ts) tidak ada");
    return;
  }
  const mod = (await import(pathToFileURL(file).href)) as {
    seedDemo?: (db: Basisdata["db"], log: Logger, dataDir?: string) => Promise<void>;
  };
  await mod.seedDemo?.(b.db, log, config.dataDir);
}

/** `nurani serve`: migrate, seed the demo when asked, start the job workers, listen. */
export async function jalankanServer(config: Config, log: Logger): Promise<ServerBerjalan> {
  const basisdata = await bukaBasisdataConfig(config);
  const applied = await migrasiKeTerbaru(basisdata.db);
  if (applied.length) log.info({ migrasi: applied }, "migrasi diterapkan");
  await seedDemoBilaDiminta(config, basisdata, log);
  const handlers = await muatJobHandlers();
  // PGlite has one connection: a single worker; PostgreSQL: as configured.
  const nWorker = basisdata.jenis === "pglite" ? Math.min(1, config.workers) : config.workers;
  const pekerja = Array.from(
    { length: Object.keys(handlers).length > 0 ? nWorker : 0 },
    () => new PekerjaJob({ db: basisdata.db, handlers, log: log.child({ komponen: "pekerja" }) }),
  );
  for (const p of pekerja) p.mulai();
  // daily jobs (every handler named `*.harian`: reminders, retention), when a worker runs them
  const harian = Object.keys(handlers).filter((j) => j.endsWith(".harian"));
  const hentiHarian =
    pekerja.length > 0 && harian.length > 0 ? jadwalkanHarian(basisdata.db, harian, log) : () => {};
  const app = await buatApp({ config, db: basisdata.db, logger: log });
  await app.listen({ port: config.port, host: config.host });
  const addr = app.server.address();
  const port = typeof addr === "object" && addr ? addr.port : config.port;
  const host = config.host === "0.0.0.0" || config.host === "::" ? "localhost" : config.host;
  return {
    app,
    basisdata,
    url: `http://${host.includes(":") ? `[${host}]` : host}:${port}`,
    tutup: async () => {
      hentiHarian();
      await app.close();
      await Promise.all(pekerja.map((p) => p.berhenti()));
      await basisdata.tutup();
    },
  };
}
