import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe } from "vitest";
import type { Config } from "../../src/config.ts";
import { loadConfig } from "../../src/config.ts";
import type { Basisdata, Db } from "../../src/db/factory.ts";
import { buatApp } from "../../src/http/app.ts";
import { buatLogger } from "../../src/http/logger.ts";
import { basisdataUji, type JenisBasisdata, TEST_DATABASE_URL } from "./db.ts";

export interface KonteksUji {
  readonly jenis: JenisBasisdata;
  /** The app (use `app.inject`); built in `beforeAll`. */
  readonly app: FastifyInstance;
  readonly db: Db;
  readonly basisdata: Basisdata;
  readonly config: Config;
}

export interface OpsiSuite {
  /** Config overrides (e.g. OIDC). */
  config?: Partial<Config>;
  /** Serve the web app too (default false: API only). */
  web?: boolean;
}

/**
 * Runs the same suite on a fresh embedded PGlite database and, when
 * `TEST_DATABASE_URL` is set, on a fresh PostgreSQL database (created for this
 * file and dropped after). Prints a SKIPPED line when PostgreSQL is not set.
 */
export function describeOnDatabases(
  nama: string,
  isi: (ctx: KonteksUji) => void,
  opsi: OpsiSuite = {},
): void {
  const jenisList: JenisBasisdata[] = TEST_DATABASE_URL ? ["pglite", "postgres"] : ["pglite"];
  if (!TEST_DATABASE_URL) console.log(`SKIPPED: PostgreSQL suite (TEST_DATABASE_URL not set) — ${nama}`);
  for (const jenis of jenisList) {
    describe(`${nama} [${jenis}]`, () => {
      let app: FastifyInstance | undefined;
      let basisdata: Basisdata | undefined;
      const config: Config = { ...loadConfig({}), workers: 0, ...opsi.config };
      const ctx: KonteksUji = {
        jenis,
        config,
        get app() {
          if (!app) throw new Error("app belum dibangun (beforeAll)");
          return app;
        },
        get db() {
          if (!basisdata) throw new Error("basis data belum dibuka (beforeAll)");
          return basisdata.db;
        },
        get basisdata() {
          if (!basisdata) throw new Error("basis data belum dibuka (beforeAll)");
          return basisdata;
        },
      };
      beforeAll(async () => {
        basisdata = await basisdataUji(jenis);
        app = await buatApp({
          config,
          db: basisdata.db,
          logger: buatLogger(process.env.LOG_LEVEL_UJI ?? "silent"),
          web: opsi.web ?? false,
        });
        await app.ready();
      });
      afterAll(async () => {
        await app?.close();
        await basisdata?.tutup();
      });
      isi(ctx);
    });
  }
}
