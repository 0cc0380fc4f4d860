#!/usr/bin/env node
// `npm run typecheck`: the four packages' `tsc -p` at the same time (each is one
// single-threaded process), output kept per package, failing when any fails.
// TYPECHECK_JOBS caps how many run at once (default: all four).
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
const paket = ["irt", "domain", "server", "web"];
const jobs = Math.max(1, Number(process.env.TYPECHECK_JOBS) || paket.length);

function periksa(nama) {
  const t0 = Date.now();
  return new Promise((resolve) => {
    const p = spawn(process.execPath, [tsc, "-p", `packages/${nama}`, "--pretty", "false"], { cwd: root });
    let out = "";
    p.stdout.on("data", (d) => {
      out += d;
    });
    p.stderr.on("data", (d) => {
      out += d;
    });
    p.on("close", (code) => resolve({ nama, code, out, detik: (Date.now() - t0) / 1000 }));
  });
}

const antre = [...paket];
const hasil = [];
await Promise.all(
  Array.from({ length: Math.min(jobs, paket.length) }, async () => {
    while (antre.length) {
      const h = await periksa(antre.shift());
      hasil.push(h);
      const tanda = h.code === 0 ? "ok" : "FAILED";
      process.stdout.write(`typecheck ${h.nama}: ${tanda} (${h.detik.toFixed(1)} s)\n`);
      if (h.out.trim()) process.stdout.write(`${h.out.trimEnd()}\n`);
    }
  }),
);
process.exitCode = hasil.some((h) => h.code !== 0) ? 1 : 0;
