import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { type Basisdata, bukaBasisdata } from "../../src/db/factory.ts";
import { migrasiKeTerbaru } from "../../src/db/migrator.ts";

export type JenisBasisdata = "pglite" | "postgres";

/** `TEST_DATABASE_URL` (a PostgreSQL the tests may create databases on), or null. */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL || null;

const DB_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "src", "db");

/**
 * Identity of what builds the schema (the migrations, the migrator and the RLS fence the
 * migrations call) and of the PGlite version: a template is valid for exactly these.
 */
function sidikMigrasi(): string {
  const h = createHash("sha256");
  const migrasi = path.join(DB_DIR, "migrations");
  const berkas = [
    ...fs
      .readdirSync(migrasi)
      .sort()
      .map((f) => path.join(migrasi, f)),
    path.join(DB_DIR, "migrator.ts"),
    path.join(DB_DIR, "rls.ts"),
  ];
  for (const f of berkas) {
    h.update(path.basename(f));
    h.update(fs.readFileSync(f));
  }
  h.update(versiPglite());
  return h.digest("hex").slice(0, 16);
}

function versiPglite(): string {
  let dir = path.dirname(createRequire(import.meta.url).resolve("@electric-sql/pglite"));
  for (;;) {
    const pkg = path.join(dir, "package.json");
    if (fs.existsSync(pkg)) {
      const j = JSON.parse(fs.readFileSync(pkg, "utf8")) as { name?: string; version?: string };
      if (j.name === "@electric-sql/pglite") return j.version ?? "";
    }
    const atas = path.dirname(dir);
    if (atas === dir) return "";
    dir = atas;
  }
}

const acak = () => randomBytes(4).toString("hex");

/** Where PGlite data directories live: tmpfs when the machine has one (each file's copy is written to). */
const PGLITE_BASIS = fs.existsSync("/dev/shm") ? "/dev/shm" : os.tmpdir();
const PGLITE_AWALAN = "nurani-pglite-templat-";

/**
 * A migrated, empty PGlite data directory, shared by every test file of every run with the
 * same migrations: built once (by the vitest globalSetup, or by the first file that needs it),
 * then each file starts from a file copy of it instead of initdb + all migrations.
 */
export async function templatPglite(): Promise<string> {
  const dir = path.join(PGLITE_BASIS, `${PGLITE_AWALAN}${sidikMigrasi()}`);
  if (fs.existsSync(dir)) return dir;
  const sementara = `${dir}.${process.pid}.${acak()}`;
  const b = await bukaBasisdata({ databaseUrl: null, pgliteDir: sementara });
  try {
    await migrasiKeTerbaru(b.db);
  } finally {
    await b.tutup();
  }
  try {
    fs.renameSync(sementara, dir); // atomic: a parallel file sees the whole template or none
  } catch (e) {
    fs.rmSync(sementara, { recursive: true, force: true });
    if (!fs.existsSync(dir)) throw e;
  }
  hapusTemplatPgliteLama(dir);
  return dir;
}

/** Templates of other migration sets left from earlier runs (a day old: another branch may still use a newer one). */
function hapusTemplatPgliteLama(kini: string): void {
  const batas = Date.now() - 24 * 3600_000;
  for (const f of fs.readdirSync(PGLITE_BASIS)) {
    const p = path.join(PGLITE_BASIS, f);
    if (!f.startsWith(PGLITE_AWALAN) || p === kini) continue;
    try {
      if (fs.statSync(p).mtimeMs < batas) fs.rmSync(p, { recursive: true, force: true });
    } catch {
      // another run removed it first
    }
  }
}

/** Copies left by a test process that died before `tutup()` (six hours old). */
function hapusSalinanPgliteYatim(): void {
  const batas = Date.now() - 6 * 3600_000;
  for (const f of fs.readdirSync(PGLITE_BASIS)) {
    if (!f.startsWith("nurani-pglite-uji-")) continue;
    const p = path.join(PGLITE_BASIS, f);
    try {
      if (fs.statSync(p).mtimeMs < batas) fs.rmSync(p, { recursive: true, force: true });
    } catch {
      // removed meanwhile
    }
  }
}

function urlDenganDb(url: string, nama: string): string {
  const u = new URL(url);
  u.pathname = `/${nama}`;
  return u.href;
}

/** Runs `f` with a connection to `TEST_DATABASE_URL` (for CREATE/DROP DATABASE). */
async function denganAdmin<T>(f: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: TEST_DATABASE_URL as string });
  await c.connect();
  try {
    return await f(c);
  } finally {
    await c.end();
  }
}

/**
 * Name of the migrated template database on `TEST_DATABASE_URL`'s server:
 * `<database of the URL>_tpl_<migrations>`, so each developer's (and each CI run's)
 * templates are their own and can be dropped with their database.
 */
function namaTemplatPostgres(): string {
  const basis = decodeURIComponent(new URL(TEST_DATABASE_URL as string).pathname.slice(1)) || "postgres";
  const awalan = `${basis
    .replace(/[^a-z0-9_]/gi, "_")
    .toLowerCase()
    .slice(0, 30)}_tpl_`;
  return `${awalan}${sidikMigrasi()}`;
}

/**
 * The migrated template database, built once per migration set: migrated under a temporary
 * name and renamed when complete, so a file never copies a half-migrated template.
 */
async function templatPostgres(): Promise<string> {
  const nama = namaTemplatPostgres();
  const ada = await denganAdmin((c) => c.query("select 1 from pg_database where datname = $1", [nama]));
  if (ada.rowCount) return nama;
  const sementara = `${nama}_${acak()}`;
  await denganAdmin((c) => c.query(`create database ${sementara}`));
  const b = await bukaBasisdata({
    databaseUrl: urlDenganDb(TEST_DATABASE_URL as string, sementara),
    pgliteDir: null,
    poolMaks: 1,
  });
  try {
    await migrasiKeTerbaru(b.db);
  } finally {
    await b.tutup();
  }
  await denganAdmin(async (c) => {
    try {
      await c.query(`alter database ${sementara} rename to ${nama}`);
    } catch (e) {
      await c.query(`drop database if exists ${sementara} with (force)`);
      if ((e as { code?: string }).code !== "42P04") throw e; // another run finished first
      return;
    }
    // Earlier templates of this developer's database (other migration sets).
    const awalan = nama.slice(0, nama.length - 16);
    const lama = await c.query<{ datname: string }>(
      "select datname from pg_database where starts_with(datname, $1) and datname <> $2 and length(datname) = $3",
      [awalan, nama, nama.length],
    );
    for (const r of lama.rows) await c.query(`drop database if exists ${r.datname}`).catch(() => undefined);
  });
  return nama;
}

/**
 * Builds the migrated templates ahead of the test files (vitest globalSetup): PGlite always,
 * PostgreSQL when `TEST_DATABASE_URL` is set. Safe to call again or from parallel processes.
 */
export async function siapkanTemplatUji(): Promise<void> {
  hapusSalinanPgliteYatim();
  await templatPglite();
  if (TEST_DATABASE_URL) await templatPostgres();
}

/** `CREATE DATABASE … TEMPLATE`, retried while another session briefly holds the template. */
async function salinTemplatPostgres(nama: string, templat: string): Promise<void> {
  for (let coba = 0; ; coba++) {
    try {
      await denganAdmin((c) => c.query(`create database ${nama} template ${templat}`));
      return;
    } catch (e) {
      if ((e as { code?: string }).code !== "55006" || coba >= 20) throw e;
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}

/**
 * A new database `nurani_t_<random>` on `TEST_DATABASE_URL`'s server, already migrated
 * (copied from the migrated template database); the caller drops it.
 */
export async function databasePostgresBaru(): Promise<{ nama: string; url: string }> {
  if (!TEST_DATABASE_URL) throw new Error("TEST_DATABASE_URL belum diisi");
  const templat = await templatPostgres();
  const nama = `nurani_t_${randomBytes(6).toString("hex")}`;
  await salinTemplatPostgres(nama, templat);
  return { nama, url: urlDenganDb(TEST_DATABASE_URL, nama) };
}

/**
 * A fresh, migrated database: PGlite on a copy of the migrated template directory (removed
 * by `tutup()`), or a new PostgreSQL database `nurani_t_<random>` on `TEST_DATABASE_URL`
 * created from the migrated template database, which `tutup()` drops again.
 */
export async function basisdataUji(jenis: JenisBasisdata): Promise<Basisdata> {
  if (jenis === "pglite") {
    const templat = await templatPglite();
    const dir = path.join(PGLITE_BASIS, `nurani-pglite-uji-${process.pid}-${acak()}`);
    fs.cpSync(templat, dir, { recursive: true });
    const b = await bukaBasisdata({ databaseUrl: null, pgliteDir: dir });
    return {
      ...b,
      tutup: async () => {
        try {
          await b.tutup();
        } finally {
          fs.rmSync(dir, { recursive: true, force: true });
        }
      },
    };
  }
  const { nama, url } = await databasePostgresBaru();
  const b = await bukaBasisdata({
    databaseUrl: url,
    pgliteDir: null,
    poolMaks: 5,
  });
  return {
    ...b,
    tutup: async () => {
      await b.tutup();
      await denganAdmin((c) => c.query(`drop database if exists ${nama} with (force)`));
    },
  };
}
