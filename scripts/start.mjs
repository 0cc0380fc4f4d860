#!/usr/bin/env node
// `npm start`: build the web app if its bundle is missing or stale, then run
// the whole app (API + web) in one process on the embedded database, seeding
// the demo on first start unless NURANI_DEMO=0.
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const env = { ...process.env, NURANI_DEMO: process.env.NURANI_DEMO ?? "1" };

const buildIfStale = join(root, "packages/web/scripts/build-if-stale.mjs");
if (existsSync(buildIfStale)) {
  const built = spawnSync(process.execPath, [buildIfStale], { stdio: "inherit", env });
  if (built.status !== 0) {
    console.error("Gagal membangun aplikasi web / Web build failed.");
    process.exit(built.status ?? 1);
  }
}

const server = spawn(process.execPath, [join(root, "packages/server/bin/nurani.js"), "serve"], {
  stdio: "inherit",
  env,
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
