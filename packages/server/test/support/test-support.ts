/**
 * What tests outside this package (the web app's unit and browser tests) may
 * use of the server: a running demo server, a test database, and the data
 * builders those tests set up their scenarios with. Exported as
 * `@nurani/server/test-support`, the only subpath the server package offers
 * besides its root (docs/architecture.md "Package surfaces").
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
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
