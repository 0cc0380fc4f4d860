/**
 * Browser test of recalibration (docs/hasil.md "Recalibration"):
 * the national evaluator sees a campaign with enough submitted responses,
 * starts the calibration job, watches it finish, reads the comparison (fit,
 * drift per statement, DIF per grouping with group names) and publishes the
 * new parameter version after a confirmation. axe-core checks the page.
 */
import fs from "node:fs";
import path from "node:path";
import { buatKampanyeSimulasi } from "@nurani/server/test-support";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { periksaAksesibilitas } from "./support/axe.ts";
import { bukaChromium, CHROMIUM } from "./support/chromium.ts";
import { bangunWebBilaUsang, mulaiServerDemo, type ServerUji } from "./support/server.ts";

const SHOTS = "/tmp/nurani-shots";
const NAMA = "Kampanye Kalibrasi Peramban";
const suite = CHROMIUM ? describe : describe.skip;

suite("recalibration in Chromium", () => {
  let server: ServerUji;
  let browser: Browser;
  let kampanyeId: string;
  let jumlah: number;

  beforeAll(async () => {
    fs.mkdirSync(SHOTS, { recursive: true });
    bangunWebBilaUsang();
    server = await mulaiServerDemo();
    const db = server.basisdata.db;
    const ins = await db
      .selectFrom("instansi")
      .select("id")
      .where("kode", "=", "KAB-CONTOH")
      .executeTakeFirstOrThrow();
    const pegawai = await db
      .selectFrom("pegawai")
      .select("id")
      .where("instansi_id", "=", ins.id)
      .where("aktif", "=", true)
      .orderBy("nip")
      .execute();
    jumlah = pegawai.length;
    const k = await buatKampanyeSimulasi(db, {
      instansiId: ins.id,
      pegawaiIds: pegawai.map((p) => p.id),
      formulirId: "NAS-1-S",
      benih: 12,
      nama: NAMA,
    });
    kampanyeId = k.kampanyeId;
    browser = await bukaChromium();
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.berhenti();
  });

  async function aksesibel(page: Page, nama: string) {
    const v = await periksaAksesibilitas(page);
    expect(v, `${nama}: ${JSON.stringify(v, null, 2)}`).toEqual([]);
  }

  it("runs a recalibration, shows fit, drift and DIF, and publishes the version after confirmation", async () => {
    expect(jumlah).toBeGreaterThanOrEqual(300);
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
    const page = await ctx.newPage();
    await page.goto(server.url);
    await page.getByLabel("Nama pengguna").fill("evaluator");
    await page.getByLabel("Kata sandi").fill("nurani-demo");
    await page.getByRole("button", { name: "Masuk", exact: true }).click();
    await page.getByRole("heading", { name: /Selamat datang/ }).waitFor();
    await page.getByRole("link", { name: "Kalibrasi Ulang" }).first().click();
    await page.getByRole("heading", { name: "Kalibrasi Ulang Parameter" }).waitFor();

    // at the default threshold of 1,000 the campaign is not eligible; at 300 it is
    const baris = () => page.getByRole("row").filter({ hasText: NAMA });
    await baris().getByText("Belum cukup").waitFor();
    expect(await baris().getByRole("button", { name: "Mulai kalibrasi" }).isDisabled()).toBe(true);
    await page.getByLabel("Minimal respons terkirim").fill("300");
    await baris().getByText("Cukup", { exact: true }).waitFor();
    await baris().getByText(`${jumlah} / 300`).waitFor();
    await aksesibel(page, "kalibrasi-daftar");
    await baris().getByRole("button", { name: "Mulai kalibrasi" }).click();

    // the job runs in the server's worker; the panel follows it and then shows the comparison
    const panel = page.getByTestId("panel-kalibrasi");
    await panel.getByText("Keberfungsian butir diferensial (DIF)").waitFor({ timeout: 240_000 });
    await panel.getByText("Konvergen", { exact: true }).waitFor();
    await panel.getByRole("table", { name: "Muatan per pernyataan" }).waitFor();
    expect(await panel.getByRole("table", { name: "Muatan per pernyataan" }).getByRole("row").count()).toBe(
      49,
    );
    const jk = panel.getByTestId("dif-jenisKelamin");
    await jk.getByText("Jenis kelamin").waitFor();
    await jk.getByText(/Laki-laki \(n = \d+/).waitFor();
    await jk.getByText(/Perempuan \(n = \d+/).waitFor();
    await panel
      .getByTestId("dif-kelompokUsia")
      .getByText(/tahun \(n = /)
      .first()
      .waitFor();
    await panel.getByText(/Wilayah tidak diuji/).waitFor();
    await aksesibel(page, "kalibrasi-banding");
    await page.screenshot({ path: path.join(SHOTS, "kalibrasi-ulang.png"), fullPage: true });

    // the group names and notes follow the UI language
    await page.getByText("EN", { exact: true }).click();
    await jk.getByText(/Male \(n = \d+/).waitFor();
    await panel.getByText(/Region not tested/).waitFor();
    await page.getByText("ID", { exact: true }).click();
    await jk.getByText(/Laki-laki \(n = \d+/).waitFor();

    // publish: nothing happens until confirmed
    await panel.getByRole("button", { name: "Terbitkan versi ini" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByText(/akan menggantikan parameter yang berlaku untuk formulir NAS-1-S/).waitFor();
    // reduced motion: the dialog is fully shown the moment it exists, so axe never sees it mid-fade
    expect(
      await dialog.evaluate((el) => {
        const kotak = el.closest(".mantine-Modal-content") ?? el;
        return { opacity: getComputedStyle(kotak).opacity, transform: getComputedStyle(kotak).transform };
      }),
    ).toEqual({ opacity: "1", transform: "none" });
    await aksesibel(page, "kalibrasi-konfirmasi");
    await dialog.getByRole("button", { name: "Batal" }).click();
    const db = server.basisdata.db;
    const draf = await db
      .selectFrom("parameter_asesmen")
      .select(["versi", "status"])
      .where("sumber_kampanye_id", "=", kampanyeId)
      .executeTakeFirstOrThrow();
    expect(draf.status).toBe("draf");
    await panel.getByRole("button", { name: "Terbitkan versi ini" }).click();
    await dialog.getByRole("button", { name: "Terbitkan versi ini" }).click();
    await panel.getByText(new RegExp(`Versi ${draf.versi.replace(/[/.-]/g, "\\$&")} diterbitkan`)).waitFor();
    const terbit = await db
      .selectFrom("parameter_asesmen")
      .select("status")
      .where("versi", "=", draf.versi)
      .executeTakeFirstOrThrow();
    expect(terbit.status).toBe("terbit");
    await page
      .getByRole("row")
      .filter({ hasText: draf.versi })
      .getByText("Terbit", { exact: true })
      .waitFor();
    await ctx.close();
  }, 400_000);
});
