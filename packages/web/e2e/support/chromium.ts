import fs from "node:fs";
import { type Browser, type BrowserContextOptions, chromium } from "playwright-core";

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

/**
 * Every page of the browser suite asks for reduced motion, which the app
 * honours (theme.respectReducedMotion, global.css): modals, drawers and
 * notifications are fully shown the moment they exist, so an axe check or a
 * colour read right after opening one never sees a half-faded element.
 */
const TANPA_ANIMASI: BrowserContextOptions = { reducedMotion: "reduce" };

export async function bukaChromium(): Promise<Browser> {
  if (!CHROMIUM) throw new Error("Chromium tidak ditemukan");
  const browser = await chromium.launch({
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
  const newContext = browser.newContext.bind(browser);
  const newPage = browser.newPage.bind(browser);
  browser.newContext = (opsi) => newContext({ ...TANPA_ANIMASI, ...opsi });
  browser.newPage = (opsi) => newPage({ ...TANPA_ANIMASI, ...opsi });
  return browser;
}
