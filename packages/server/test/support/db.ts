import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { type Basisdata, bukaBasisdata } from "../../src/db/factory.ts";
import { migrasiKeTerbaru } from "../../src/db/migrator.ts";

export type JenisBasisdata = "pglite" | "postgres";

/** `TEST_DATABASE_URL` (a PostgreSQL the tests may create databases on), or null. */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL || null;

const MIGRASI_DIR = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  "..",
  "..",
  "src",
  "db",
  "migrations",
);

/** Identity of the current migrations (names and contents): a template is valid for exactly these. */
function sidikMigrasi(): string {
  const h = createHash("sha256");
  for (const f of fs.readdirSync(MIGRASI_DIR).sort()) {
    h.update(f);
    h.update(fs.readFileSync(path.join(MIGRASI_DIR, f)));
  }
  return h.digest("hex").slice(0, 16);
}

/**
 * A migrated, empty PGlite cluster as a tarball, cached in the temp dir and
 * shared by test files: loading it costs a fraction of initdb + migrations.
 */
export async function templatPglite(): Promise<Blob> {
  const file = path.join(os.tmpdir(), `nurani-pglite-templat-${sidikMigrasi()}.tar`);
  if (fs.existsSync(file)) return new Blob([fs.readFileSync(file)]);
  const b = await bukaBasisdata({ databaseUrl: null, pgliteDir: null });
  try {
    await migrasiKeTerbaru(b.db);
    const dump = await (b.pglite as PGlite).dumpDataDir("none");
    const sementara = `${file}.${process.pid}.${randomBytes(4).toString("hex")}`;
    fs.writeFileSync(sementara, Buffer.from(await dump.arrayBuffer()));
    fs.renameSync(sementara, file); // atomic: a parallel test file reads all or nothing
    return dump;
  } finally {
    await b.tutup();
  }
}

function urlDenganDb(url: string, nama: string): string {
  const u = new URL(url);
  u.pathname = `/${nama}`;
  return u.href;
}

/**
 * A fresh, migrated database: in-memory PGlite, or a new PostgreSQL database
 * `nurani_t_<random>` on `TEST_DATABASE_URL` that `tutup()` drops again.
 */
export async function basisdataUji(jenis: JenisBasisdata): Promise<Basisdata> {
  if (jenis === "pglite") {
    const b = await bukaBasisdata({ databaseUrl: null, pgliteDir: null, pgliteDump: await templatPglite() });
    await migrasiKeTerbaru(b.db);
    return b;
  }
  if (!TEST_DATABASE_URL) throw new Error("TEST_DATABASE_URL belum diisi");
  const nama = `nurani_t_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await admin.connect();
  await admin.query(`create database ${nama}`);
  await admin.end();
  const b = await bukaBasisdata({
    databaseUrl: urlDenganDb(TEST_DATABASE_URL, nama),
    pgliteDir: null,
    poolMaks: 5,
  });
  await migrasiKeTerbaru(b.db);
  return {
    ...b,
    tutup: async () => {
      await b.tutup();
      const a = new pg.Client({ connectionString: TEST_DATABASE_URL });
      await a.connect();
      await a.query(`drop database if exists ${nama} with (force)`);
      await a.end();
    },
  };
}
