/**
 * Browser test of authoring the national worksheet (LKE; BAB IV;
 * docs/nasional.md § 2 "Versions"): evaluator A opens "Lembar kerja
 * evaluasi" from the navigation, drafts version 2 from the published
 * version 1, sees a weight sum that is not 100 refused beside the field,
 * fixes it, changes a question, saves and submits; she cannot publish her
 * own version (four eyes). Evaluator B publishes it; version 2 is then the
 * active, read-only version, version 1 superseded, and a new period is
 * offered version 2. Checked with axe-core and photographed at desktop and
 * phone width.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { harusAksesibel as aksesibel } from "./support/axe.ts";
import { bukaChromium, CHROMIUM } from "./support/chromium.ts";
import { masukDemo } from "./support/masuk.ts";
import { bangunWebBilaUsang, mulaiServerDemo, type ServerUji } from "./support/server.ts";

const suite = CHROMIUM ? describe : describe.skip;
const FOTO = process.env.NURANI_FOTO_DIR ?? path.join(os.tmpdir(), "nurani-foto-lke");
const DESKTOP = { width: 1280, height: 900 };
const PONSEL = { width: 390, height: 844 };
const TEKS_BARU = "Tim/komite ditetapkan dengan SK PPK dan dipublikasikan";

suite("authoring the national worksheet (LKE) in Chromium", () => {
  let server: ServerUji;
  let browser: Browser;
  let namaA: string;
  let namaB: string;

  const masuk = (username: string) => masukDemo(browser, server.url, username, { viewport: DESKTOP });

  async function foto(p: Page, nama: string) {
    await p.screenshot({ path: path.join(FOTO, `${nama}-desktop.png`), fullPage: true });
    await p.setViewportSize(PONSEL);
    await p.screenshot({ path: path.join(FOTO, `${nama}-ponsel.png`), fullPage: true });
    await p.setViewportSize(DESKTOP);
  }

  const soal = (p: Page, kode: string) => p.getByRole("region", { name: `Pertanyaan ${kode}`, exact: true });

  beforeAll(async () => {
    fs.mkdirSync(FOTO, { recursive: true });
    bangunWebBilaUsang();
    server = await mulaiServerDemo();
    const nama = async (u: string) =>
      (
        await server.basisdata.db
          .selectFrom("pengguna")
          .select("nama")
          .where("username", "=", u)
          .executeTakeFirstOrThrow()
      ).nama;
    namaA = await nama("evaluator");
    namaB = await nama("evaluator2");
    browser = await bukaChromium();
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    await server?.berhenti();
  });

  it("A drafts from the published version, fixes a weight, changes a question and submits; she cannot publish it", async () => {
    const a = await masuk("evaluator");
    await a.getByRole("link", { name: "Lembar kerja evaluasi" }).first().click();
    await a.getByRole("heading", { name: "Versi lembar kerja evaluasi (LKE)" }).waitFor();
    const baris1 = a.getByRole("row", { name: /Versi 1/ });
    await expect(baris1.getByText("Terbit (aktif)").isVisible()).resolves.toBe(true);
    await aksesibel(a, "daftar versi LKE");
    await foto(a, "daftar-awal");

    await a.getByRole("button", { name: "Buat draf baru" }).click();
    const dialog = a.getByRole("dialog", { name: "Buat draf baru" });
    await expect
      .poll(() => dialog.getByLabel("Mulai dari").inputValue(), { timeout: 15_000 })
      .toBe("Versi 1 — Terbit (aktif)");
    await dialog.getByLabel("Nama versi").fill("2");
    await dialog.getByLabel("Catatan").fill("Bobot A1 dan teks pertanyaan A1.1 diperbarui");
    await dialog.getByRole("button", { name: "Buat draf baru" }).click();
    await a.getByRole("heading", { name: "LKE versi 2" }).waitFor();
    await a.getByText("Draf", { exact: true }).first().waitFor();

    await a.getByRole("button", { name: /^A1 Pembentukan Tim/ }).click();
    await soal(a, "A1.1").getByLabel("Bobot").fill("60");
    // the questions of A1 now sum to 90: refused beside the sum, submission off, the typed value kept
    await a.getByText("Jumlah bobot pertanyaan: 90 dari 100 — jumlahnya 90, harus 100.").waitFor();
    await expect(a.getByRole("button", { name: "Ajukan untuk terbit" }).isDisabled()).resolves.toBe(true);
    await expect.poll(() => soal(a, "A1.1").getByLabel("Bobot").inputValue(), { timeout: 15_000 }).toBe("60");
    await aksesibel(a, "editor LKE dengan galat bobot");
    await foto(a, "editor-galat");
    await soal(a, "A1.2").getByLabel("Bobot").fill("40");
    await soal(a, "A1.1").getByLabel("Teks pertanyaan (Indonesia)").fill(TEKS_BARU);
    await a.getByText("Isi sah dan siap diajukan.").waitFor();
    await a.getByRole("button", { name: "Simpan draf" }).click();
    await a.getByText("Draf tersimpan.").waitFor();

    await a.getByRole("tab", { name: "Rumus dan pratinjau skor" }).click();
    await a.getByText("Nilai total contoh: 100 dari 100").waitFor();
    await aksesibel(a, "pratinjau skor LKE");
    await foto(a, "pratinjau-skor");
    await a.getByRole("tab", { name: "Isi LKE" }).click();

    await a.getByRole("button", { name: "Ajukan untuk terbit" }).click();
    await a.getByText("Menunggu persetujuan", { exact: true }).first().waitFor();
    await a
      .getByText(/Anda ikut menyusun atau mengajukan versi ini, jadi tidak dapat menerbitkannya sendiri/)
      .waitFor();
    await expect(a.getByRole("button", { name: "Terbitkan" }).isDisabled()).resolves.toBe(true);
    await aksesibel(a, "versi LKE menunggu persetujuan (penyusun)");
    await foto(a, "menunggu-penyusun");
    await a.context().close();
  }, 300_000);

  it("B publishes it; version 2 is active and read-only, version 1 superseded, and a new period takes version 2", async () => {
    const b = await masuk("evaluator2");
    await b.goto(`${server.url}/lke/2`);
    await b.getByRole("heading", { name: "LKE versi 2" }).waitFor();
    await b.getByText(`Disusun oleh ${namaA}`, { exact: false }).waitFor();
    await b.getByRole("button", { name: "Terbitkan" }).click();
    const konfirmasi = b.getByRole("dialog", { name: "Terbitkan LKE versi 2?" });
    await konfirmasi.getByRole("button", { name: "Terbitkan" }).click();
    await b.getByText("Terbit (aktif)", { exact: true }).first().waitFor();
    await b.getByText(/Versi ini terbit dan aktif/).waitFor();
    await expect(b.getByRole("button", { name: "Simpan draf" }).count()).resolves.toBe(0);
    await b.getByRole("button", { name: /^A1 Pembentukan Tim/ }).click();
    const bobot = soal(b, "A1.1").getByLabel("Bobot");
    await expect.poll(() => bobot.inputValue(), { timeout: 15_000 }).toBe("60");
    await expect(bobot.getAttribute("readonly")).resolves.not.toBeNull();
    await expect(soal(b, "A1.1").getByLabel("Teks pertanyaan (Indonesia)").inputValue()).resolves.toBe(
      TEKS_BARU,
    );
    await aksesibel(b, "versi LKE terbit (baca saja)");
    await foto(b, "terbit-baca-saja");

    await b.goto(`${server.url}/lke`);
    const baris2 = b.getByRole("row", { name: /Versi 2/ });
    await baris2.getByText("Terbit (aktif)").waitFor();
    await expect(baris2.textContent()).resolves.toContain(namaA);
    await expect(baris2.textContent()).resolves.toContain(namaB);
    await b
      .getByRole("row", { name: /Versi 1/ })
      .getByText("Digantikan")
      .waitFor();
    await foto(b, "daftar-akhir");

    await b.goto(`${server.url}/evaluasi`);
    // the period form offers the active version once the published versions have loaded
    await expect
      .poll(() => b.getByLabel("Versi LKE").first().inputValue(), { timeout: 30_000 })
      .toBe("Versi 2 (aktif)");

    const r = await server.basisdata.db
      .selectFrom("lke_versi")
      .select(["status", "isi", "diterbitkan_oleh"])
      .where("versi", "=", "2")
      .executeTakeFirstOrThrow();
    expect(r.status).toBe("terbit");
    const a1 = (r.isi as { komponen: { indikator: { kode: string; pertanyaan: { bobot: number }[] }[] }[] })
      .komponen[0].indikator[0];
    expect(a1.pertanyaan.map((p) => p.bobot)).toEqual([60, 40]);
    await b.context().close();
  }, 300_000);
});
