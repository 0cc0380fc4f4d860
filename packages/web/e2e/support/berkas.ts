import fs from "node:fs";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, it } from "vitest";
import { bukaChromium, CHROMIUM } from "./chromium.ts";
import { bangunWebBilaUsang, mulaiServerDemo, type ServerUji } from "./server.ts";

/** Where the browser tests put their screenshots (desktop and 390 px), to be looked at as a user would. */
export const SHOTS = "/tmp/nurani-shots";

/** A browser test: skipped when there is no Chromium (chromium.ts printed the SKIPPED notice, which fails CI). */
export const ujiPeramban = CHROMIUM ? it : it.skip;

export interface PerambanUji {
  /** The file's own demo server (started in `beforeAll`). */
  readonly server: ServerUji;
  readonly browser: Browser;
}

/**
 * The set-up a browser test file shares with the others: the web bundle built
 * when stale, a demo server of its own (a copy of the seeded demo), then one
 * Chromium; both closed after the file. `siapkan` runs once the server is up
 * (ids or users the file's tests need). Without Chromium nothing starts.
 */
export function pakaiServerDemo(siapkan?: (server: ServerUji) => Promise<void>): PerambanUji {
  let server: ServerUji | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    if (!CHROMIUM) return;
    fs.mkdirSync(SHOTS, { recursive: true });
    bangunWebBilaUsang();
    server = await mulaiServerDemo();
    await siapkan?.(server);
    browser = await bukaChromium();
  }, 600_000);
  afterAll(async () => {
    await browser?.close();
    await server?.berhenti();
  });
  return {
    get server() {
      if (!server) throw new Error("server demo belum berjalan (beforeAll)");
      return server;
    },
    get browser() {
      if (!browser) throw new Error("Chromium belum dibuka (beforeAll)");
      return browser;
    },
  };
}

/** Id of an agency's demo programme cycle (default the demo ministry's, whose dashboard carries the synergy panel). */
export async function siklusDemo(server: ServerUji, kodeInstansi = "KEMENCS"): Promise<string> {
  const s = await server.basisdata.db
    .selectFrom("siklus_program as s")
    .innerJoin("instansi as i", "i.id", "s.instansi_id")
    .select("s.id")
    .where("i.kode", "=", kodeInstansi)
    .executeTakeFirstOrThrow();
  return s.id;
}
