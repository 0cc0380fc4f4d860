import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { loadConfig } from "../../../server/src/config.ts";
import { buatLogger } from "../../../server/src/http/logger.ts";
import { jalankanServer, type ServerBerjalan } from "../../../server/src/http/server.ts";

const WEB = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** Builds packages/web/dist when it is missing or older than the sources (the same script `npm start` runs). */
export function bangunWebBilaUsang(): void {
  const r = spawnSync(process.execPath, [path.join(WEB, "scripts/build-if-stale.mjs"), "--quiet"], {
    stdio: "inherit",
  });
  if (r.status !== 0) throw new Error("vite build gagal");
}

export interface ServerUji extends ServerBerjalan {
  dataDir: string;
  berhenti(): Promise<void>;
}

/**
 * The real server, as `nurani serve` runs it, on an ephemeral loopback port and
 * a fresh embedded database in a temporary directory, seeded with the demo.
 */
export async function mulaiServerDemo(): Promise<ServerUji> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "nurani-e2e-"));
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
