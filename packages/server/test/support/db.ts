import { randomBytes } from "node:crypto";
import pg from "pg";
import { type Basisdata, bukaBasisdata } from "../../src/db/factory.ts";
import { migrasiKeTerbaru } from "../../src/db/migrator.ts";

export type JenisBasisdata = "pglite" | "postgres";

/** `TEST_DATABASE_URL` (a PostgreSQL the tests may create databases on), or null. */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL || null;

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
    const b = await bukaBasisdata({ databaseUrl: null, pgliteDir: null });
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
