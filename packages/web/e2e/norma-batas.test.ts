/**
 * Browser test of national standard setting (docs/norma-batas.md): two
 * national evaluators judge the level cuts independently on the demo, the
 * first proposes the combination and cannot publish it, the second publishes
 * after a confirmation; the campaign is rescored and the demo employee's
 * profile then names the national cuts as its cut source. axe-core checks the
 * page; desktop and 390×844 phone screenshots.
 */
import fs from "node:fs";
import path from "node:path";
import { sql } from "kysely";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { periksaAksesibilitas } from "./support/axe.ts";
import { bukaChromium, CHROMIUM } from "./support/chromium.ts";
import { bangunWebBilaUsang, mulaiServerDemo, type ServerUji } from "./support/server.ts";

const SHOTS = "/tmp/nurani-shots";
const SESI = "Penetapan Batas Nasional Peramban";
const suite = CHROMIUM ? describe : describe.skip;

suite("national standard setting in Chromium", () => {
  let server: ServerUji;
  let browser: Browser;

  beforeAll(async () => {
    fs.mkdirSync(SHOTS, { recursive: true });
    bangunWebBilaUsang();
    server = await mulaiServerDemo();
    browser = await bukaChromium();
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.berhenti();
  });

  async function masuk(
    username: string,
    viewport = { width: 1280, height: 900 },
  ): Promise<[BrowserContext, Page]> {
    const ctx = await browser.newContext({ viewport, bypassCSP: true });
    const page = await ctx.newPage();
    await page.goto(server.url);
    await page.getByLabel("Nama pengguna").fill(username);
    await page.getByLabel("Kata sandi").fill("nurani-demo");
    await page.getByRole("button", { name: "Masuk", exact: true }).click();
    await page.getByRole("heading", { name: /Selamat datang/ }).waitFor();
    return [ctx, page];
  }

  async function nilai(page: Page, batas: [string, string, string]) {
    const kartu = page.getByRole("region", { name: SESI });
    await kartu.getByLabel(/Batas Kesadaran \| Pemahaman/).fill(batas[0]);
    await kartu.getByLabel(/Batas Pemahaman \| Penerimaan/).fill(batas[1]);
    await kartu.getByLabel(/Batas Penerimaan \| Kepemilikan/).fill(batas[2]);
    await kartu.getByRole("button", { name: "Simpan" }).click();
    return kartu;
  }

  it("two judges set cuts, another evaluator publishes, the profile shows the national cut source", async () => {
    const [ctx1, e1] = await masuk("evaluator");
    await e1.getByRole("link", { name: "Norma & Batas Nasional" }).first().click();
    await e1.getByRole("heading", { name: "Norma dan Batas Level Nasional" }).waitFor();
    await e1.getByRole("button", { name: "Hitung ulang norma" }).click();
    await e1
      .getByText(/Belum cukup \(\d+ \/ 1\.000\)/)
      .first()
      .waitFor();
    await e1.getByLabel("Nama sesi").fill(SESI);
    await e1.getByRole("button", { name: "Buka sesi baru" }).click();
    const kartu1 = await nilai(e1, ["-0.9", "-0.1", "0.7"]);
    await kartu1.getByText("1 penilai", { exact: false }).waitFor();

    const [ctx2, e2] = await masuk("evaluator2");
    await e2.goto(`${server.url}/norma-batas`);
    const kartu2 = e2.getByRole("region", { name: SESI });
    // independence: no combination before judging
    await kartu2.getByText(/Gabungan penilaian ditampilkan setelah Anda menyimpan/).waitFor();
    await nilai(e2, ["-0.5", "0.3", "1.1"]);
    const tabel = kartu2.getByRole("table", { name: "Gabungan para penilai" });
    // mean −0.7 / 0.1 / 0.9; SE = SD/√2 = 0.2 for every cut
    await tabel.getByRole("row", { name: /Kesadaran \| Pemahaman -0,70 0,20/ }).waitFor();
    await tabel.getByRole("row", { name: /Penerimaan \| Kepemilikan 0,90 0,20/ }).waitFor();
    expect(await periksaAksesibilitas(e2)).toEqual([]);
    await e2.screenshot({ path: path.join(SHOTS, "norma-batas.png"), fullPage: true });

    await e1.reload();
    await e1
      .getByRole("region", { name: SESI })
      .getByRole("button", { name: "Ajukan untuk diterbitkan" })
      .click();
    await e1.getByText(/Diajukan oleh Anda: evaluator nasional lain yang menerbitkan/).waitFor();
    expect(
      await e1
        .getByRole("region", { name: SESI })
        .getByRole("button", { name: "Terbitkan batas" })
        .isDisabled(),
    ).toBe(true);

    await e2.reload();
    await kartu2.getByRole("button", { name: "Terbitkan batas" }).click();
    const dialog = e2.getByRole("dialog");
    await dialog.getByText(/menggantikan batas baku/).waitFor();
    await dialog.getByRole("button", { name: "Terbitkan batas" }).click();
    await kartu2.getByText("Terbit", { exact: true }).waitFor();

    // the rescoring jobs run in the server's worker
    const db = server.basisdata.db;
    const tunggu = Date.now() + 240_000;
    for (;;) {
      const r = await sql<{ nasional: number; antre: number }>`select
          (select count(*)::int from skor_asesmen where coalesce(batas, hasil -> 'batas') ->> 'versi' like 'nasional-%') as nasional,
          (select count(*)::int from job where jenis = 'asesmen.skor' and status in ('antre', 'berjalan')) as antre`.execute(
        db,
      );
      if (r.rows[0].nasional > 0 && r.rows[0].antre === 0) break;
      if (Date.now() > tunggu) throw new Error("penskoran ulang tidak selesai");
      await new Promise((s) => setTimeout(s, 1000));
    }

    const [ctx3, p] = await masuk("pegawai", { width: 390, height: 844 });
    await p.goto(`${server.url}/hasil`);
    await p.getByText(/batas level: penetapan nasional ✓/).waitFor({ timeout: 60_000 });
    await p
      .getByText(new RegExp(`Batas level: penetapan batas nasional: ${SESI} \\(2 penilai, rata-rata\\)`))
      .waitFor();
    await p.getByText(/Dibandingkan dengan: Acuan nasional sementara \(simulasi\)/).waitFor();
    expect(await periksaAksesibilitas(p)).toEqual([]);
    await p.screenshot({ path: path.join(SHOTS, "hasil-tahap-ponsel.png"), fullPage: true });
    await e2.setViewportSize({ width: 390, height: 844 });
    await e2.screenshot({ path: path.join(SHOTS, "norma-batas-ponsel.png"), fullPage: true });
    await Promise.all([ctx1.close(), ctx2.close(), ctx3.close()]);
  }, 600_000);
});
