import fs from "node:fs";
import { type Browser, chromium } from "playwright-core";

/** Debian's Chromium (DESIGN.md: Playwright drives the system browser, no downloaded one). */
/** `CHROMIUM_PATH` when set (and nothing else), otherwise Debian's usual paths. */
export function cariChromium(): string | null {
  const kandidat = process.env.CHROMIUM_PATH
    ? [process.env.CHROMIUM_PATH]
    : ["/usr/bin/chromium", "/usr/bin/chromium-browser"];
  return kandidat.find((p) => fs.existsSync(p)) ?? null;
}

export const CHROMIUM = cariChromium();

if (!CHROMIUM) {
  const garis = "!".repeat(78);
  console.warn(
    `\n${garis}\n!!  SKIPPED: browser tests — Chromium not found (set CHROMIUM_PATH or apt-get install chromium)\n!!  DILEWATI: uji peramban — Chromium tidak ditemukan\n${garis}\n`,
  );
}

export function bukaChromium(): Promise<Browser> {
  if (!CHROMIUM) throw new Error("Chromium tidak ditemukan");
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--disable-dev-shm-usage",
    ],
  });
}
