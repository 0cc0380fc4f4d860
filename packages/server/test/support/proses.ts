/**
 * Data shared with child processes (crash and multi-process tests): a PGlite
 * data directory on disk, or a fresh PostgreSQL database; and children run
 * through tsx whose output lines can be awaited.
 */
import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { type Basisdata, bukaBasisdata } from "../../src/db/factory.ts";
import { migrasiKeTerbaru } from "../../src/db/migrator.ts";
import { databasePostgresBaru, type JenisBasisdata, TEST_DATABASE_URL, templatPglite } from "./db.ts";

export const DIR_SUPPORT = path.dirname(fileURLToPath(import.meta.url));
export const BIN_NURANI = path.join(DIR_SUPPORT, "..", "..", "bin", "nurani.js");

export interface DataBersama {
  jenis: JenisBasisdata;
  /** For the children: DATABASE_URL, or the data dir whose `pglite/` holds the embedded database. */
  databaseUrl: string | null;
  dataDir: string;
  pgliteDir: string | null;
  /** Opens (and migrates) the database in this process; PGlite: only while no child has it open. */
  buka(): Promise<Basisdata>;
  hapus(): Promise<void>;
}

export async function dataBersama(jenis: JenisBasisdata): Promise<DataBersama> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "nurani-proses-"));
  if (jenis === "pglite") {
    const pgliteDir = path.join(dataDir, "pglite");
    // a file copy of the migrated template directory (test/support/db.ts)
    fs.cpSync(await templatPglite(), pgliteDir, { recursive: true });
    return {
      jenis,
      databaseUrl: null,
      dataDir,
      pgliteDir,
      buka: async () => {
        const b = await bukaBasisdata({ databaseUrl: null, pgliteDir });
        await migrasiKeTerbaru(b.db);
        return b;
      },
      hapus: async () => fs.rmSync(dataDir, { recursive: true, force: true }),
    };
  }
  // a copy of the migrated template database (test/support/db.ts), not a fresh migration
  const { nama, url: databaseUrl } = await databasePostgresBaru();
  return {
    jenis,
    databaseUrl,
    dataDir,
    pgliteDir: null,
    buka: async () => {
      const b = await bukaBasisdata({ databaseUrl, pgliteDir: null, poolMaks: 5 });
      await migrasiKeTerbaru(b.db);
      return b;
    },
    hapus: async () => {
      fs.rmSync(dataDir, { recursive: true, force: true });
      const a = new pg.Client({ connectionString: TEST_DATABASE_URL ?? undefined });
      await a.connect();
      await a.query(`drop database if exists ${nama} with (force)`);
      await a.end();
    },
  };
}

/** A child process with its output collected and awaitable line by line. */
export class Anak {
  keluaran = "";
  private penunggu: { pola: RegExp; res: (m: RegExpExecArray) => void; rej: (e: Error) => void }[] = [];
  readonly selesai: Promise<number | null>;

  constructor(readonly p: ChildProcess) {
    const tambah = (b: Buffer) => {
      this.keluaran += b.toString();
      this.penunggu = this.penunggu.filter((w) => {
        const m = w.pola.exec(this.keluaran);
        if (m) w.res(m);
        return !m;
      });
    };
    p.stdout?.on("data", tambah);
    p.stderr?.on("data", tambah);
    this.selesai = new Promise((r) =>
      p.on("exit", (kode, sinyal) => {
        for (const w of this.penunggu)
          w.rej(
            new Error(
              `proses anak berhenti (${kode ?? sinyal}) sebelum ${w.pola}: ${this.keluaran.slice(-2000)}`,
            ),
          );
        this.penunggu = [];
        r(kode);
      }),
    );
  }

  /** Resolves when the output (all of it so far) matches. */
  tunggu(pola: RegExp, ms = 120_000): Promise<RegExpExecArray> {
    const m = pola.exec(this.keluaran);
    if (m) return Promise.resolve(m);
    if (this.p.exitCode !== null || this.p.signalCode !== null)
      return Promise.reject(new Error(`proses anak sudah berhenti: ${this.keluaran.slice(-2000)}`));
    return new Promise((res, rej) => {
      const t = setTimeout(
        () => rej(new Error(`menunggu ${pola} terlalu lama: ${this.keluaran.slice(-2000)}`)),
        ms,
      );
      this.penunggu.push({
        pola,
        res: (x) => {
          clearTimeout(t);
          res(x);
        },
        rej: (e) => {
          clearTimeout(t);
          rej(e);
        },
      });
    });
  }

  /** SIGKILL (kill -9), and waits until it is gone. */
  async bunuh(): Promise<void> {
    if (this.p.exitCode === null && this.p.signalCode === null) this.p.kill("SIGKILL");
    await this.selesai;
  }
}

/** Runs a TypeScript file (through tsx) or the `nurani` CLI in a child process. */
export function jalankanAnak(args: string[], env: NodeJS.ProcessEnv): Anak {
  const p = spawn(process.execPath, args[0] === BIN_NURANI ? args : ["--import", "tsx", ...args], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  return new Anak(p);
}

/** Environment of a `nurani serve` child on shared data. */
export function envServer(d: DataBersama, tambahan: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    NURANI_DATA_DIR: d.dataDir,
    NURANI_DEMO: "0",
    LOG_LEVEL: "silent",
    PORT: "0",
    HOST: "127.0.0.1",
    ...tambahan,
  };
  if (d.databaseUrl) env.DATABASE_URL = d.databaseUrl;
  else env.DATABASE_URL = "";
  return env;
}
