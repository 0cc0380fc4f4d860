/**
 * What tests outside this package (the web app's unit and browser tests) may
 * use of the server: a running demo server, a test database, and the data
 * builders those tests set up their scenarios with. Exported as
 * `@nurani/server/test-support`, the only subpath the server package offers
 * besides its root (docs/architecture.md "Package surfaces").
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { loadConfig } from "../../src/config.ts";
import { buatLogger } from "../../src/http/logger.ts";
import { jalankanServer, type ServerBerjalan } from "../../src/http/server.ts";

export { seedAsesmenDemo } from "../../src/demo/asesmen.ts";
export { seedHasilDemo } from "../../src/demo/hasil.ts";
export { seedProgramDemo } from "../../src/demo/program.ts";
export { aktifkanKampanye, buatKampanye } from "../../src/fitur/asesmen/kampanye.ts";
export { buatTokenPeserta } from "../../src/fitur/asesmen/peserta.ts";
export { segarkanRingkasan } from "../../src/fitur/hasil/ringkasan.ts";
export { buatKampanyeSimulasi } from "../../src/fitur/hasil/simulasi.ts";
export { jalankanPengingat } from "../../src/fitur/pengingat/index.ts";
export { terapkanSk } from "../../src/fitur/peran-sk/index.ts";
export { buatLogger } from "../../src/http/logger.ts";
export { muatTabelRute } from "../../src/http/route-table.ts";
export { WEB_DIST } from "../../src/http/web.ts";
export { buatPengguna } from "./data.ts";
export { basisdataUji } from "./db.ts";

export interface ServerUji extends ServerBerjalan {
  dataDir: string;
  berhenti(): Promise<void>;
}

/** Where this package's and its workspace dependencies' sources are (the demo is made from them). */
const SUMBER = ["server/src", "domain/src", "irt/src"].map((d) =>
  path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..", d),
);

/** A fingerprint of the code the demo is made from, and of the day its dates are relative to. */
function sidikDemo(): string {
  const h = createHash("sha256").update(new Date().toISOString().slice(0, 10));
  for (const akar of SUMBER) {
    for (const f of (fs.readdirSync(akar, { recursive: true }) as string[]).sort()) {
      const p = path.join(akar, f);
      if (fs.statSync(p).isFile()) h.update(f).update(fs.readFileSync(p));
    }
  }
  return h.digest("hex").slice(0, 16);
}

const AWALAN_TEMPLAT = path.join(os.tmpdir(), "nurani-e2e-demo-");

/**
 * A data directory holding the seeded demo, made once per code version and day: seeding the demo
 * (about 40 agencies and the non-test correction) takes most of a minute, and a browser run starts
 * a dozen servers. Built aside and renamed into place, so a run never sees a half-made one.
 */
async function templatDemo(): Promise<string> {
  const dir = `${AWALAN_TEMPLAT}${sidikDemo()}`;
  if (fs.existsSync(path.join(dir, "SIAP"))) return dir;
  const kerja = fs.mkdtempSync(`${dir}.baru-`);
  const config = { ...loadConfig({}), port: 0, host: "127.0.0.1", dataDir: kerja, demo: true, workers: 0 };
  const s = await jalankanServer(config, buatLogger(process.env.LOG_LEVEL_UJI ?? "silent"));
  await s.tutup();
  fs.writeFileSync(path.join(kerja, "SIAP"), new Date().toISOString());
  try {
    fs.renameSync(kerja, dir);
  } catch {
    fs.rmSync(kerja, { recursive: true, force: true }); // another run made it first
  }
  // templates of older code or days
  for (const lain of fs.readdirSync(os.tmpdir())) {
    const p = path.join(os.tmpdir(), lain);
    if (p.startsWith(AWALAN_TEMPLAT) && p !== dir && Date.now() - fs.statSync(p).mtimeMs > 3_600_000)
      fs.rmSync(p, { recursive: true, force: true });
  }
  return dir;
}

/**
 * The real server, as `nurani serve` runs it, on an ephemeral loopback port and
 * a fresh embedded database in a temporary directory holding the demo (a copy
 * of the day's seeded template, so each caller gets its own untouched demo).
 */
export async function mulaiServerDemo(): Promise<ServerUji> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "nurani-e2e-"));
  fs.cpSync(await templatDemo(), dataDir, { recursive: true });
  const config = {
    ...loadConfig({}),
    port: 0,
    host: "127.0.0.1",
    dataDir,
    demo: true,
    workers: 1,
  };
  const s = await jalankanServer(config, buatLogger(process.env.LOG_LEVEL_UJI ?? "silent"));
  return {
    ...s,
    dataDir,
    berhenti: async () => {
      await s.tutup();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
