/**
 * Browser test of the employee's home leading to their plan and of the calendar subscription
 * (docs/data-saya.md "Home pages that lead", "Calendar"): on the demo the
 * employee's home shows "Rencana saya" with the next activities and the scheduled mentoring session;
 * on "Kalender saya" they make a subscription URL that a calendar app reads without a session, then
 * a new one that ends the old. Pages are checked with axe-core and photographed at desktop and phone
 * width.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { harusAksesibel as aksesibel } from "./support/axe.ts";
import { bukaChromium, CHROMIUM } from "./support/chromium.ts";
import { masukDemo } from "./support/masuk.ts";
import { bangunWebBilaUsang, mulaiServerDemo, type ServerUji } from "./support/server.ts";

const suite = CHROMIUM ? describe : describe.skip;
const FOTO = process.env.NURANI_FOTO_DIR ?? path.join(os.tmpdir(), "nurani-foto-beranda-kalender");
const PONSEL = { width: 390, height: 844 };

suite("The employee's home and calendar subscription in Chromium", () => {
  let server: ServerUji;
  let browser: Browser;

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

  it("shows the next items of my plan and the scheduled mentoring session on my home", async () => {
    for (const [nama, ukuran] of [
      ["beranda-rencana.png", undefined],
      ["beranda-rencana-ponsel.png", PONSEL],
    ] as const) {
      const p = await masukDemo(browser, server.url, "pegawai", ukuran ? { viewport: ukuran } : {});
      await p.getByRole("heading", { name: "Rencana saya", level: 3 }).waitFor();
      await p
        .getByText(/Sesi mentoring dijadwalkan/)
        .first()
        .waitFor();
      await p.getByText(/^Kriteria subtahap: /).waitFor();
      await aksesibel(p, "beranda pegawai");
      await p.screenshot({ path: path.join(FOTO, nama), fullPage: true });
      // the panel leads to "Rencana saya"
      await p.getByRole("link", { name: "Buka rencana saya" }).click();
      await p.waitForURL(/\/rencana-saya$/);
      await p.context().close();
    }
  });

  it("makes a calendar subscription URL read without a session; a new one ends the old", async () => {
    const p = await masukDemo(browser, server.url, "pegawai");
    await p.goto(`${server.url}/kalender-saya`);
    await p.getByRole("heading", { name: "Langganan kalender" }).waitFor();
    await p.getByRole("button", { name: "Buat tautan langganan" }).click();
    await p.getByRole("dialog").getByRole("button", { name: "Buat tautan langganan" }).click();
    const kotak = p.getByRole("textbox", { name: "Tautan langganan (iCal)" });
    await kotak.waitFor();
    const lama = await kotak.inputValue();
    expect(lama).toMatch(/\/api\/publik\/kalender\/[A-Za-z0-9_-]{43}$/);
    await p.getByText(/Tautan langganan aktif sejak/).waitFor();
    await aksesibel(p, "kalender saya");
    await p.screenshot({ path: path.join(FOTO, "kalender-langganan.png"), fullPage: true });

    // a calendar application: no cookie
    const aplikasi = await browser.newContext();
    const isi = await aplikasi.request.get(lama);
    expect(isi.status()).toBe(200);
    expect(isi.headers()["content-type"]).toContain("text/calendar");
    expect(await isi.text()).toContain("BEGIN:VCALENDAR");

    await p.getByRole("button", { name: "Buat tautan baru" }).click();
    await p.getByRole("dialog").getByRole("button", { name: "Buat tautan baru" }).click();
    await expect.poll(() => kotak.inputValue()).not.toBe(lama);
    const baru = await kotak.inputValue();
    expect((await aplikasi.request.get(lama)).status()).toBe(404);
    expect((await aplikasi.request.get(baru)).status()).toBe(200);
    await aplikasi.close();
    await p.context().close();

    const hp = await masukDemo(browser, server.url, "pegawai", { viewport: PONSEL });
    await hp.goto(`${server.url}/kalender-saya`);
    await hp.getByText(/Tautan langganan aktif sejak/).waitFor();
    await hp.screenshot({ path: path.join(FOTO, "kalender-langganan-ponsel.png"), fullPage: true });
    await hp.context().close();
  });
});
