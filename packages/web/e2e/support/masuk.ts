import type { Browser, Page } from "playwright-core";

export interface OpsiMasuk {
  /** Screen size (default desktop 1280 × 900). */
  viewport?: { width: number; height: number };
  /** Let the page download files (exports, PDFs); Playwright's default, on. */
  unduh?: boolean;
  /** Default: the demo password. */
  password?: string;
}

/**
 * Logs in on the login page as a user of the demo, in a fresh browser
 * context, and resolves once the home page greets them.
 */
export async function masukDemo(
  browser: Browser,
  url: string,
  username: string,
  opsi: OpsiMasuk = {},
): Promise<Page> {
  const ctx = await browser.newContext({
    viewport: opsi.viewport ?? { width: 1280, height: 900 },
    bypassCSP: true,
    acceptDownloads: opsi.unduh ?? true,
  });
  const p = await ctx.newPage();
  await p.goto(`${url}/login`);
  await p.getByLabel("Nama pengguna").fill(username);
  await p.getByLabel("Kata sandi").fill(opsi.password ?? "nurani-demo");
  await p.getByRole("button", { name: "Masuk", exact: true }).click();
  await p.getByRole("heading", { name: /Selamat datang/ }).waitFor();
  return p;
}
