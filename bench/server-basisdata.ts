/**
 * Shared by the server benchmarks: a fresh, migrated database — embedded
 * PGlite in a temporary directory, or (with DATABASE_URL / TEST_DATABASE_URL)
 * a new database on that PostgreSQL server, dropped afterwards.
 */
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { type Basisdata, bukaBasisdata } from "../packages/server/src/db/factory.ts";
import { migrasiKeTerbaru } from "../packages/server/src/db/migrator.ts";

export const URL_PG = process.env.DATABASE_URL || process.env.TEST_DATABASE_URL || null;

export async function basisdataBench(jenis: "pglite" | "postgres"): Promise<Basisdata> {
  if (jenis === "pglite") {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nurani-bench-"));
    const b = await bukaBasisdata({ databaseUrl: null, pgliteDir: path.join(dir, "pglite") });
    await migrasiKeTerbaru(b.db);
    return {
      ...b,
      tutup: async () => {
        await b.tutup();
        fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  if (!URL_PG) throw new Error("DATABASE_URL / TEST_DATABASE_URL belum diisi");
  const nama = `nurani_bench_${randomBytes(5).toString("hex")}`;
  const admin = new pg.Client({ connectionString: URL_PG });
  await admin.connect();
  await admin.query(`create database ${nama}`);
  await admin.end();
  const u = new URL(URL_PG);
  u.pathname = `/${nama}`;
  const b = await bukaBasisdata({ databaseUrl: u.href, pgliteDir: null, poolMaks: 10 });
  await migrasiKeTerbaru(b.db);
  return {
    ...b,
    tutup: async () => {
      await b.tutup();
      const a = new pg.Client({ connectionString: URL_PG });
      await a.connect();
      await a.query(`drop database if exists ${nama} with (force)`);
      await a.end();
    },
  };
}

/** Which databases to measure: PGlite always, PostgreSQL when a URL is set (or only one with BENCH_DB=pglite|postgres). */
export function daftarBasisdata(): ("pglite" | "postgres")[] {
  const pilih = process.env.BENCH_DB;
  if (pilih === "pglite" || pilih === "postgres") return [pilih];
  return URL_PG ? ["pglite", "postgres"] : ["pglite"];
}
