/**
 * Browser test of the expert panel review (docs/panel-ahli.md): the national evaluator opens the demo panel and sees CVR values with
 * the critical value for 5 experts; invites an expert, whose printed one-time
 * code opens /panel on a phone-size screen, where the expert rates two
 * statements. Checked with axe-core and photographed at desktop and phone width.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { periksaAksesibilitas } from "./support/axe.ts";
import { bukaChromium, CHROMIUM } from "./support/chromium.ts";
import { bangunWebBilaUsang, mulaiServerDemo, type ServerUji } from "./support/server.ts";

const suite = CHROMIUM ? describe : describe.skip;
const FOTO = process.env.NURANI_FOTO_DIR ?? path.join(os.tmpdir(), "nurani-foto-panel");
const PONSEL = { width: 390, height: 844 };

suite("expert panel review in Chromium", () => {
  let server: ServerUji;
  let browser: Browser;
  let kode = "";

  async function masuk(username: string, ukuran = { width: 1280, height: 900 }): Promise<Page> {
    const ctx = await browser.newContext({ viewport: ukuran, bypassCSP: true });
    const p = await ctx.newPage();
    await p.goto(`${server.url}/login`);
    await p.getByLabel("Nama pengguna").fill(username);
    await p.getByLabel("Kata sandi").fill("nurani-demo");
    await p.getByRole("button", { name: "Masuk", exact: true }).click();
    await p.getByRole("heading", { name: /Selamat datang/ }).waitFor();
    return p;
  }

  async function aksesibel(p: Page, nama: string) {
    const v = await periksaAksesibilitas(p);
    expect(v, `${nama}: ${JSON.stringify(v, null, 2)}`).toEqual([]);
  }

  beforeAll(async () => {
    fs.mkdirSync(FOTO, { recursive: true });
    bangunWebBilaUsang();
    server = await mulaiServerDemo();
    browser = await bukaChromium();
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    await server?.berhenti();
  });

  it("the evaluator opens the demo panel and sees CVR values against the critical value for 5 experts", async () => {
    const p = await masuk("evaluator");
    await p.goto(`${server.url}/panel-ahli`);
    await p.getByRole("heading", { name: "Panel ahli bank butir" }).waitFor();
    await p.getByRole("link", { name: /Panel validasi isi bank nasional 2026/ }).click();
    await p.getByText(/5 ahli menilai semua 144 pernyataan · CVR kritis 1\.00/).waitFor();
    await p
      .getByTestId("icc")
      .getByText(/ICC\(2,1\) = -?\d\.\d\d, ICC\(2,5\)/)
      .waitFor();
    const tabel = p.getByRole("table", { name: "Hasil panel" });
    await tabel.getByText("KD1-01").waitFor();
    // each row shows a CVR with the critical value it is judged against
    expect(await tabel.getByText(/^(1\.00 ≥ 1\.00|-?0\.\d\d < 1\.00)$/).count()).toBeGreaterThan(5);
    await p.locator(".mantine-SegmentedControl-label", { hasText: /^Ditandai$/ }).click();
    await tabel.getByText("CVR di bawah nilai kritis").first().waitFor();
    await aksesibel(p, "hasil panel");
    await p.screenshot({ path: path.join(FOTO, "panel-desktop.png"), fullPage: true });

    await p.getByRole("button", { name: "Undang ahli" }).click();
    const d = p.getByRole("dialog", { name: "Undang ahli" });
    await d.getByLabel(/Nama atau label ahli/).fill("Dr. Uji Peramban");
    await d.getByRole("button", { name: "Undang ahli" }).click();
    kode = (await p.getByTestId("kode-panel").textContent())?.trim() ?? "";
    expect(kode).toMatch(/^[A-Z2-9]{4}(-[A-Z2-9]{4}){3}$/);
    await p.getByRole("cell", { name: "Dr. Uji Peramban" }).waitFor();
    await p.setViewportSize(PONSEL);
    await p.screenshot({ path: path.join(FOTO, "panel-ponsel.png"), fullPage: true });
    await p.context().close();
  });

  it("an expert signs in with the code on a phone and rates two statements", async () => {
    const ctx = await browser.newContext({ viewport: PONSEL, bypassCSP: true });
    const p = await ctx.newPage();
    await p.goto(`${server.url}/panel`);
    await p.getByLabel(/Kode panel/).fill(kode);
    await p.getByRole("button", { name: "Masuk", exact: true }).click();
    await p.getByText("Selamat datang, Dr. Uji Peramban.").waitFor();
    await p.getByTestId("kemajuan").getByText("0 dari 144 pernyataan dinilai").waitFor();
    await aksesibel(p, "penilaian ahli");
    await p.screenshot({ path: path.join(FOTO, "ahli-ponsel.png"), fullPage: true });

    const pertama = await p.getByTestId("teks-pernyataan").textContent();
    await p.getByRole("radio", { name: "Esensial", exact: true }).check();
    await p.locator(".mantine-SegmentedControl-label", { hasText: /^4$/ }).click();
    await p.getByRole("button", { name: "Simpan & lanjut" }).click();
    await p.getByTestId("kemajuan").getByText("1 dari 144 pernyataan dinilai").waitFor();
    await p.getByText("Pernyataan 2 dari 144").waitFor();
    expect(await p.getByTestId("teks-pernyataan").textContent()).not.toBe(pertama);

    await p.getByRole("radio", { name: "Berguna, tetapi tidak esensial" }).check();
    await p.locator(".mantine-SegmentedControl-label", { hasText: /^2$/ }).click();
    await p.getByRole("button", { name: "Simpan & lanjut" }).click();
    await p.getByTestId("kemajuan").getByText("2 dari 144 pernyataan dinilai").waitFor();

    // back to the first: the expert's own rating is there
    await p.getByRole("button", { name: "Sebelumnya" }).click();
    await p.getByRole("button", { name: "Sebelumnya" }).click();
    await p.getByText("Pernyataan 1 dari 144").waitFor();
    expect(await p.getByRole("radio", { name: "Esensial", exact: true }).isChecked()).toBe(true);
    // the page's width fits the phone: nothing scrolls sideways
    const lebar = await p.evaluate(() => document.documentElement.scrollWidth);
    expect(lebar).toBeLessThanOrEqual(PONSEL.width);
    await ctx.close();

    // the evaluator sees the expert's progress, never the ratings
    const e = await masuk("evaluator");
    await e.goto(`${server.url}/panel-ahli`);
    await e.getByRole("link", { name: /Panel validasi isi bank nasional 2026/ }).click();
    const baris = e.getByRole("row", { name: /Dr\. Uji Peramban/ });
    await baris.getByText("2/144").waitFor();
    await e.context().close();
  });
});
