/**
 * Browser test of the register's bulk import and the dashboard's period
 * filter (docs/nasional.md): the evaluator uploads an agency file with
 * a bad row and reads the per-row error in Bahasa Indonesia (nothing is
 * written), uploads the corrected file, confirms, and finds the new agencies
 * on the dashboard; then chooses last year's evaluation period, which stays
 * in the URL across a reload, and reads the trend across periods. Checked
 * with axe-core and photographed at desktop and phone width.
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
const FOTO = process.env.NURANI_FOTO_DIR ?? path.join(os.tmpdir(), "nurani-foto-nasional");

suite("national register import and period filter in Chromium", () => {
  let server: ServerUji;
  let browser: Browser;

  async function masuk(ukuran = { width: 1280, height: 900 }): Promise<Page> {
    const ctx = await browser.newContext({ viewport: ukuran, bypassCSP: true });
    const p = await ctx.newPage();
    await p.goto(`${server.url}/login`);
    await p.getByLabel("Nama pengguna").fill("evaluator");
    await p.getByLabel("Kata sandi").fill("nurani-demo");
    await p.getByRole("button", { name: "Masuk", exact: true }).click();
    await p.getByRole("heading", { name: /Selamat datang/ }).waitFor();
    return p;
  }

  async function aksesibel(p: Page, nama: string) {
    const v = await periksaAksesibilitas(p);
    expect(v, `${nama}: ${JSON.stringify(v, null, 2)}`).toEqual([]);
  }

  const tabel = (p: Page) => p.getByRole("table", { name: "Instansi", exact: true });
  const csv = (teks: string) => ({ name: "instansi.csv", mimeType: "text/csv", buffer: Buffer.from(teks) });

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

  it("checks an agency file row by row, writes nothing on errors, and writes the corrected file on confirmation", async () => {
    const p = await masuk();
    await p.getByRole("button", { name: "Impor instansi" }).click();
    const d = p.getByRole("dialog", { name: "Impor instansi dan pohon unit" });
    const berkas = d.locator('input[type="file"]').first();
    await berkas.setInputFiles(
      csv(
        "Kode,Nama,Jenis,Provinsi Induk\n" +
          "PEMKOT-IMPOR,Pemerintah Kota Impor,kota,\n" +
          "PEMKAB-IMPOR,Pemerintah Kabupaten Impor,Pemkab,Jawa Timur\n",
      ),
    );
    await d.getByRole("button", { name: "Periksa berkas" }).click();
    await d.getByText("Berkas ditolak — tidak ada yang ditulis").waitFor();
    const galat = d.getByRole("table", { name: "Galat per baris" });
    const baris2 = galat.getByRole("row").filter({ hasText: "Provinsi Induk" });
    await baris2.waitFor();
    expect(await baris2.textContent()).toMatch(/2.*Provinsi Induk.*[Pp]rovinsi/);
    expect(await d.getByRole("button", { name: "Tulis ke register" }).count()).toBe(0);
    await aksesibel(p, "impor: galat per baris");
    await p.screenshot({ path: path.join(FOTO, "impor-galat-desktop.png"), fullPage: true });

    await berkas.setInputFiles(
      csv(
        "Kode,Nama,Jenis,Provinsi Induk\n" +
          "PEMKOT-IMPOR,Pemerintah Kota Impor,kota,Jawa Timur\n" +
          "PEMKAB-IMPOR,Pemerintah Kabupaten Impor,Pemkab,Jawa Timur\n",
      ),
    );
    await d.getByRole("button", { name: "Periksa berkas" }).click();
    await d.getByText("Siap ditulis").waitFor();
    await d.getByText(/Instansi: 2 baris \(2 baru, 0 diperbarui\)/).waitFor();
    await d.getByRole("button", { name: "Tulis ke register" }).click();
    await d.waitFor({ state: "hidden" });
    await p.getByText(/Impor selesai: 2 instansi baru/).waitFor();

    await p.getByLabel("Cari").fill("Impor");
    await tabel(p).getByText("Pemerintah Kota Impor").waitFor();
    await tabel(p).getByText("Pemerintah Kabupaten Impor").waitFor();
    expect(await tabel(p).getByRole("row").count()).toBe(3);
    await p.context().close();
  });

  it("keeps the chosen evaluation period in the URL and shows the trend across periods", async () => {
    const p = await masuk({ width: 390, height: 844 });
    const tahunLalu = new Date().getFullYear() - 1;
    await p.getByRole("combobox", { name: "Periode evaluasi" }).click();
    await p.getByRole("option", { name: new RegExp(`EVAL-${tahunLalu}`) }).click();
    await p.waitForURL(new RegExp(`periode=EVAL-${tahunLalu}`));
    await tabel(p).getByRole("columnheader", { name: "LKE (nilai)" }).waitFor();
    await p.reload();
    await expect
      .poll(async () => p.getByRole("combobox", { name: "Periode evaluasi" }).inputValue())
      .toContain(`EVAL-${tahunLalu}`);
    await tabel(p).getByRole("columnheader", { name: "LKE (nilai)" }).waitFor();
    const tren = p.getByRole("table", { name: "Tren antarperiode" });
    await tren.getByText(`Evaluasi ${tahunLalu}`).waitFor();
    await tren.getByText("terbit", { exact: true }).first().waitFor();
    expect(await tren.getByRole("row").count()).toBeGreaterThanOrEqual(3); // header + last year + this year
    await aksesibel(p, "dasbor per periode");
    await p.screenshot({ path: path.join(FOTO, "periode-ponsel.png"), fullPage: true });
    await p.context().close();

    const q = await masuk();
    await q.goto(`${server.url}/?periode=EVAL-${tahunLalu}`);
    await tabel(q).getByRole("columnheader", { name: "LKE (nilai)" }).waitFor();
    await q.getByRole("table", { name: "Tren antarperiode" }).waitFor();
    await q.screenshot({ path: path.join(FOTO, "periode-desktop.png"), fullPage: true });
    await q.context().close();
  });
});
