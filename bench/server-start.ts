/**
 * Cold start (empty data directory: migrations + demo seed, as `npm start`
 * does with NURANI_DEMO on) and warm start (same directory again) of
 * `nurani serve` on embedded PGlite, measured from spawning the process to
 * the first 200 from /readyz. Prints both, in seconds.
 *
 *   npx tsx bench/server-start.ts      env: BENCH_DEMO=0 to start without the demo
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

const BIN = path.join(import.meta.dirname, "..", "packages", "server", "bin", "nurani.js");
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "nurani-start-"));

async function portBebas(): Promise<number> {
  return new Promise((res) => {
    const s = net.createServer().listen(0, "127.0.0.1", () => {
      const p = (s.address() as net.AddressInfo).port;
      s.close(() => res(p));
    });
  });
}

async function mulai(): Promise<number> {
  const port = await portBebas();
  const t0 = performance.now();
  const anak = spawn(process.execPath, [BIN, "serve"], {
    env: {
      ...process.env,
      PORT: String(port),
      NURANI_DATA_DIR: dataDir,
      NURANI_DEMO: process.env.BENCH_DEMO ?? "1",
      LOG_LEVEL: "warn",
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  let selesai = false;
  anak.on("exit", (kode) => {
    if (!selesai) throw new Error(`nurani serve berhenti (kode ${kode}) sebelum siap`);
  });
  for (;;) {
    try {
      const r = await fetch(`http://127.0.0.1:${port}/readyz`);
      if (r.status === 200) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  const detik = (performance.now() - t0) / 1000;
  selesai = true;
  const keluar = new Promise((r) => anak.once("exit", r));
  anak.kill("SIGTERM");
  await keluar;
  return detik;
}

try {
  const dingin = await mulai();
  const hangat = await mulai();
  console.log(
    `load average ${os
      .loadavg()
      .map((x) => x.toFixed(1))
      .join(" ")}`,
  );
  console.log(`start dingin (direktori data kosong, migrasi + demo): ${dingin.toFixed(1)} s`);
  console.log(`start hangat (data sudah ada):                        ${hangat.toFixed(1)} s`);
} finally {
  fs.rmSync(dataDir, { recursive: true, force: true });
}
