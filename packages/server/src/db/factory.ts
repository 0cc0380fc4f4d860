import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { Kysely, PostgresDialect } from "kysely";
import { PGliteDialect } from "kysely-pglite-dialect";
import pg from "pg";
import type { Database } from "./schema.ts";

export type Db = Kysely<Database>;

export interface Basisdata {
  db: Db;
  jenis: "pglite" | "postgres";
  /** Connections that can run at the same time (PGlite: 1). */
  koneksiMaks: number;
  /** The embedded engine (PGlite only), e.g. to dump its data directory. */
  pglite?: PGlite;
  /** The connection pool (PostgreSQL only), for what Kysely cannot say, e.g. `COPY … FROM STDIN` (db/salin.ts). */
  pool?: pg.Pool;
  tutup(): Promise<void>;
}

export interface OpsiBasisdata {
  /** `postgres://…`; null = embedded PGlite. */
  databaseUrl: string | null;
  /** PGlite data directory; null = in memory (tests). */
  pgliteDir: string | null;
  poolMaks?: number;
  /** Start PGlite from this data-dir tarball (`dumpDataDir`) instead of an empty cluster (tests). */
  pgliteDump?: Blob;
}

const koneksi = new WeakMap<Db, number>();

/** Connections a database opened by `bukaBasisdata` can run at the same time (unknown: 1). */
export const koneksiMaks = (db: Db): number => koneksi.get(db) ?? 1;

const lewatPg = new WeakSet<Db>();

/**
 * Whether `db` goes through the `pg` driver (PostgreSQL), which sends a Buffer
 * parameter in PostgreSQL's binary format; PGlite's serialisers take text.
 */
export const lewatDriverPg = (db: Db): boolean => lewatPg.has(db);

const DATE_OID = 1082;
const INT8_OID = 20;
const asString = (v: string) => v;
const asNumber = (v: string) => Number(v);

/** Opens the database: embedded PGlite (files on disk or in memory) or PostgreSQL through a `pg` pool. */
export async function bukaBasisdata(opsi: OpsiBasisdata): Promise<Basisdata> {
  if (opsi.databaseUrl) {
    const pool = new pg.Pool({
      connectionString: opsi.databaseUrl,
      max: opsi.poolMaks ?? 10,
      types: {
        getTypeParser: ((oid: number, format?: "text" | "binary") => {
          if (oid === DATE_OID) return asString;
          if (oid === INT8_OID) return asNumber;
          return pg.types.getTypeParser(oid, format);
        }) as typeof pg.types.getTypeParser,
      },
    });
    // An idle connection the server closes (restart, failover, pg_terminate_backend,
    // DROP DATABASE … WITH (FORCE)) is reported on the pool; without a listener
    // Node treats it as an uncaught exception and the process dies. The pool has
    // already discarded that client and opens a new one on the next query.
    pool.on("error", (err) => {
      process.emitWarning(
        `PostgreSQL idle connection closed: ${(err as { code?: string }).code ?? err.message}`,
      );
    });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    koneksi.set(db, opsi.poolMaks ?? 10);
    lewatPg.add(db);
    return { db, jenis: "postgres", koneksiMaks: opsi.poolMaks ?? 10, pool, tutup: () => db.destroy() };
  }
  if (opsi.pgliteDir) fs.mkdirSync(path.dirname(opsi.pgliteDir), { recursive: true });
  const pglite = await PGlite.create({
    dataDir: opsi.pgliteDir ?? undefined,
    loadDataDir: opsi.pgliteDump,
    extensions: { pg_trgm },
    parsers: { [DATE_OID]: asString, [INT8_OID]: asNumber },
  });
  const db = new Kysely<Database>({ dialect: new PGliteDialect(pglite) });
  koneksi.set(db, 1);
  return { db, jenis: "pglite", koneksiMaks: 1, pglite, tutup: () => db.destroy() };
}
