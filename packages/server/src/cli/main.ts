import fs from "node:fs/promises";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Command } from "commander";
import { ConfigError, loadConfig } from "../config.ts";
import { migrasiKeTerbaru } from "../db/migrator.ts";
import { buatLogger } from "../http/logger.ts";
import { adalahUtama, jalankanPekerjaCluster, jalankanUtama, periksaBanyakProses } from "../http/proses.ts";
import { bukaBasisdataConfig, jalankanServer } from "../http/server.ts";
import { perintahUser } from "./user.ts";

/**
 * The `nurani` CLI. Besides the commands below, every other `src/cli/<name>.ts`
 * that exports `daftarkan(program: Command): void` is registered automatically
 * (seed-demo, import-pegawai, backup, restore …).
 */
export async function buatProgram(): Promise<Command> {
  const program = new Command("nurani")
    .description("Nurani — pembangunan integritas pegawai ASN (PermenPANRB No. 60/2020)")
    .showHelpAfterError();

  program
    .command("serve")
    .description("Menjalankan server (API + aplikasi web); migrasi dijalankan otomatis")
    .option(
      "--workers <n>",
      "jumlah proses server pada satu port (lebih dari 1 hanya dengan PostgreSQL; docs/server.md)",
      "1",
    )
    .action(async (o: { workers: string }) => {
      const config = loadConfig();
      const log = buatLogger(config.logLevel);
      const n = Number(o.workers);
      periksaBanyakProses(config, n);
      if (n > 1 && adalahUtama()) {
        const u = await jalankanUtama(config, log, n);
        console.log(`Nurani berjalan di ${u.url}  (basis data: postgres, ${n} proses)`);
        const berhenti = async () => {
          await u.tutup();
          process.exit(0);
        };
        process.once("SIGINT", berhenti);
        process.once("SIGTERM", berhenti);
        return;
      }
      const s = n > 1 ? await jalankanPekerjaCluster(config, log) : await jalankanServer(config, log);
      if (n === 1) console.log(`Nurani berjalan di ${s.url}  (basis data: ${s.basisdata.jenis})`);
      const berhenti = async () => {
        await s.tutup();
        process.exit(0);
      };
      process.once("SIGINT", berhenti);
      process.once("SIGTERM", berhenti);
    });

  program
    .command("migrate")
    .description("Menerapkan migrasi basis data yang tertunda")
    .action(async () => {
      const b = await bukaBasisdataConfig(loadConfig());
      try {
        const applied = await migrasiKeTerbaru(b.db);
        console.log(
          applied.length ? `Migrasi diterapkan: ${applied.join(", ")}` : "Basis data sudah mutakhir.",
        );
      } finally {
        await b.tutup();
      }
    });

  program.addCommand(perintahUser());

  const dir = path.dirname(fileURLToPath(import.meta.url));
  const milikPlatform = new Set(["main.ts", "user.ts"]);
  for (const f of (await fs.readdir(dir)).filter((f) => f.endsWith(".ts") && !milikPlatform.has(f)).sort()) {
    const mod = (await import(pathToFileURL(path.join(dir, f)).href)) as { daftarkan?: (p: Command) => void };
    mod.daftarkan?.(program);
  }
  return program;
}

/** Parses `argv` and runs the command; exits 1 with a readable message on failure. */
export async function jalankanCli(argv: string[]): Promise<void> {
  try {
    await (await buatProgram()).parseAsync(argv);
  } catch (e) {
    console.error(
      e instanceof ConfigError ? `Konfigurasi salah: ${e.message}` : e instanceof Error ? e.message : e,
    );
    process.exit(1);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await jalankanCli(process.argv);
}
