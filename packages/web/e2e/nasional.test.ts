/**
 * Browser test of the national register and dashboard (BAB IV;
 * docs/nasional.md Part II): the evaluator's home is the national dashboard
 * with the demo's synthetic agencies; the evaluator registers a regency,
 * creates its first admin with a one-time code, the admin activates the
 * account on /aktivasi and logs in; the dashboard is searched and filtered;
 * a row opens the agency's programme pages read-only (they used to answer
 * "Halaman tidak ditemukan" to the evaluator). Checked with axe-core and
 * photographed at desktop and phone width.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { harusAksesibel as aksesibel } from "./support/axe.ts";
import { pakaiServerDemo } from "./support/berkas.ts";
import { CHROMIUM } from "./support/chromium.ts";
import { masukDemo } from "./support/masuk.ts";

const suite = CHROMIUM ? describe : describe.skip;
const FOTO = process.env.NURANI_FOTO_DIR ?? path.join(os.tmpdir(), "nurani-foto-nasional");

suite("national register and dashboard in Chromium", () => {
  const e2e = pakaiServerDemo();
  const masuk = (username: string, password: string, ukuran = { width: 1280, height: 900 }) =>
    masukDemo(e2e.browser, e2e.server.url, username, { viewport: ukuran, password });

  const tabel = (p: Page) => p.getByRole("table", { name: "Instansi", exact: true });

  beforeAll(() => {
    fs.mkdirSync(FOTO, { recursive: true });
  });

  it("shows the national dashboard as the evaluator's home, with the demo's agencies", async () => {
    const p = await masuk("evaluator", "nurani-demo");
    await p.getByText("Dasbor Nasional.", { exact: false }).first().waitFor();
    // the synthetic agencies (codes S-…) with model figures: a first page of 25
    await tabel(p).getByText("S-LPNK-001").waitFor();
    expect(await tabel(p).getByRole("row").count()).toBe(26);
    await p
      .getByText(/dari 4\d/)
      .first()
      .waitFor();
    await p.getByRole("heading", { name: "Sebaran indeks menurut jenis instansi" }).waitFor();
    await aksesibel(p, "dasbor nasional");
    await p.screenshot({ path: path.join(FOTO, "dasbor-desktop.png"), fullPage: true });
    await p.context().close();
  });

  it("registers a regency, creates its first admin, and the admin activates the account", async () => {
    const p = await masuk("evaluator", "nurani-demo");
    await p.getByRole("button", { name: "Daftarkan instansi" }).first().click();
    const d = p.getByRole("dialog", { name: "Daftarkan instansi" });
    await d.getByLabel("Kode instansi").fill("PEMKAB-UJI");
    await d.getByLabel("Nama instansi").fill("Pemerintah Kabupaten Uji Coba");
    await d.getByRole("combobox", { name: "Jenis instansi" }).click();
    await p.getByRole("option", { name: "Pemerintah Kabupaten" }).click();
    await d.getByRole("combobox", { name: "Provinsi induk" }).fill("Jawa Tengah");
    await p.getByRole("option", { name: "33 Jawa Tengah" }).click();
    await aksesibel(p, "dialog daftar instansi");
    await d.getByRole("button", { name: "Daftarkan instansi" }).click();
    await d.waitFor({ state: "hidden" });

    await p.getByLabel("Cari").fill("Uji Coba");
    const baris = tabel(p).getByRole("row").filter({ hasText: "Pemerintah Kabupaten Uji Coba" });
    await baris.waitFor();
    expect(await tabel(p).getByRole("row").count()).toBe(2); // header + the one match
    await baris.getByRole("button", { name: /^Buka / }).click();
    await p.getByRole("menuitem", { name: "Buat admin pertama" }).click();
    const a = p.getByRole("dialog", { name: /Admin pertama/ });
    await a.getByLabel("Nama pengguna").fill("admin.ujicoba");
    await a.getByLabel("Nama lengkap").fill("Admin Uji Coba");
    await a.getByRole("button", { name: "Buat kode aktivasi" }).click();
    const kode = (await p.getByTestId("kode-aktivasi").textContent())?.trim() ?? "";
    expect(kode).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
    await aksesibel(p, "kode aktivasi");
    await p
      .getByRole("dialog", { name: "Kode aktivasi" })
      .getByRole("button", { name: "Tutup" })
      .last()
      .click();
    await p.context().close();

    const ctx = await e2e.browser.newContext({ viewport: { width: 390, height: 844 }, bypassCSP: true });
    const q = await ctx.newPage();
    await q.goto(`${e2e.server.url}/aktivasi`);
    await q.getByLabel("Kode aktivasi").fill(kode);
    await q.getByLabel("Kata sandi baru").fill("Candi Borobudur di pagi hari");
    await q.getByLabel("Ulangi kata sandi").fill("Candi Borobudur di pagi hari");
    await aksesibel(q, "aktivasi");
    await q.screenshot({ path: path.join(FOTO, "aktivasi-ponsel.png"), fullPage: true });
    await q.getByRole("button", { name: "Aktifkan" }).click();
    await q.getByText(/Akun admin.ujicoba aktif/).waitFor();
    await ctx.close();
    const admin = await masuk("admin.ujicoba", "Candi Borobudur di pagi hari");
    await admin.getByText("Pemerintah Kabupaten Uji Coba").first().waitFor();
    await admin.context().close();
  });

  it("filters by category and province, and opens an agency's programme read-only", async () => {
    const p = await masuk("evaluator", "nurani-demo", { width: 390, height: 844 });
    await p.getByRole("combobox", { name: "Jenis instansi" }).click();
    await p.getByRole("option", { name: "Pemerintah Provinsi" }).click();
    await tabel(p).getByText("Pemerintah Provinsi").first().waitFor();
    for (const sel of await tabel(p).getByRole("row").all()) {
      const teks = await sel.textContent();
      if (teks?.includes("Jenis instansi")) continue;
      expect(teks).toContain("Pemerintah Provinsi");
    }
    await p.getByRole("combobox", { name: "Jenis instansi" }).click();
    await p.getByRole("option", { name: "Kementerian", exact: true }).click();
    await p.getByLabel("Cari").fill("KEMENCS");
    const baris = tabel(p).getByRole("row").filter({ hasText: "Kementerian Contoh Sejahtera" });
    await baris.waitFor();
    // the table is dimmed while a page loads: check it settled
    await p.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
    await aksesibel(p, "dasbor nasional ponsel");
    await p.screenshot({ path: path.join(FOTO, "dasbor-ponsel.png"), fullPage: true });
    await baris.getByRole("button", { name: /^Buka / }).click();
    await p.getByRole("menuitem", { name: "Program integritas (baca saja)" }).click();
    await p.getByRole("heading", { name: "Program Pembangunan Integritas" }).waitFor();
    expect(await p.getByText("Halaman tidak ditemukan").count()).toBe(0);
    await p.context().close();
  });
});
