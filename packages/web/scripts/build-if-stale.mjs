#!/usr/bin/env node
// Builds packages/web/dist with Vite when it is missing or older than any
// source of the web app (src/**, index.html, public/**, vite config,
// package.json). `npm start` and the browser tests call this; with an
// up-to-date bundle it returns at once.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const web = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(web, "dist");
const marker = join(dist, "index.html");

/** Newest modification time (ms) of a file or of every file below a folder. */
function newest(path) {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let max = 0;
  for (const entry of readdirSync(path)) max = Math.max(max, newest(join(path, entry)));
  return max;
}

const sources = ["src", "public", "index.html", "vite.config.ts", "package.json"].map((p) => join(web, p));
const sourceTime = Math.max(...sources.map(newest));
const builtTime = existsSync(marker) ? statSync(marker).mtimeMs : 0;

if (builtTime >= sourceTime) {
  if (!process.argv.includes("--quiet")) console.log("Aplikasi web sudah mutakhir / web app up to date.");
  process.exit(0);
}

console.log(
  builtTime
    ? "Membangun ulang aplikasi web… / Rebuilding web app…"
    : "Membangun aplikasi web… / Building web app…",
);
const vite = join(web, "node_modules", ".bin", "vite");
const bin = existsSync(vite) ? vite : join(web, "..", "..", "node_modules", ".bin", "vite");
// Always a production bundle, even when called from a test runner that set
// NODE_ENV=test (React would otherwise be built in development mode).
const env = { ...process.env, NODE_ENV: "production" };
const result = spawnSync(bin, ["build", "--logLevel", "warn"], { cwd: web, stdio: "inherit", env });
process.exit(result.status ?? 1);
