import fs from "node:fs/promises";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { type Kysely, type Migration, type MigrationProvider, Migrator } from "kysely";
import type { Database } from "./schema.ts";

const MIGRATIONS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), "migrations");

/** Every `src/db/migrations/NNNN_name.ts`, in name order. Features add files; nothing to register. */
class PenyediaMigrasi implements MigrationProvider {
  async getMigrations(): Promise<Record<string, Migration>> {
    const files = (await fs.readdir(MIGRATIONS_DIR)).filter((f) => /^\d{4}_[\w-]+\.ts$/.test(f)).sort();
    const out: Record<string, Migration> = {};
    for (const f of files) {
      out[f.replace(/\.ts$/, "")] = await import(pathToFileURL(path.join(MIGRATIONS_DIR, f)).href);
    }
    return out;
  }
}

function migrator(db: Kysely<Database>): Migrator {
  // Each feature owns a number range (0020–0029 assessment, 0030–0039 programme, …), so a
  // feature's new migration may sort before one another feature added earlier; each migration
  // depends only on the core and on its own range, so applying them out of order is safe.
  return new Migrator({
    db: db as Kysely<unknown>,
    provider: new PenyediaMigrasi(),
    allowUnorderedMigrations: true,
  });
}

/** Runs pending migrations (each in a transaction); throws on the first failure. Returns names applied. */
export async function migrasiKeTerbaru(db: Kysely<Database>): Promise<string[]> {
  const { error, results } = await migrator(db).migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === "Success").map((r) => r.migrationName);
}

/** Names of migrations present in the code but not yet applied. */
export async function migrasiTertunda(db: Kysely<Database>): Promise<string[]> {
  const list = await migrator(db).getMigrations();
  return list.filter((m) => !m.executedAt).map((m) => m.name);
}
