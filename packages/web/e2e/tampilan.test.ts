/**
 * Browser tests of what an outside walk through the web app found: the
 * results page's 95 % bands, navigation for accounts without an employee
 * record, and the smaller display defects (docs/web.md). The real server with
 * the demo (released initial assessment for the ministry), Debian's Chromium;
 * pages photographed into /tmp/nurani-shots/.
 */
import fs from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { periksaAksesibilitas } from "./support/axe.ts";
import { bukaChromium, CHROMIUM } from "./support/chromium.ts";
import { bangunWebBilaUsang, mulaiServerDemo, type ServerUji } from "./support/server.ts";

const SHOTS = "/tmp/nurani-shots";
const PASSWORD_DEMO = "nurani-demo";
const DESKTOP = { width: 1280, height: 800 };
const HP = { width: 390, height: 844 };

type Bahasa = "id" | "en";
const TEKS = {
  id: { username: "Nama pengguna", masuk: "Masuk", salam: /Selamat datang/ },
  en: { username: "Username", masuk: "Log in", salam: /Welcome/ },
} as const;

const suite = CHROMIUM ? describe : describe.skip;

suite("defects found walking the web app, in Chromium", () => {
  let server: ServerUji;
  let browser: Browser;

  /** A fresh browser context in the given language and size, logged in as a demo user. */
  async function masuk(username: string, bahasa: Bahasa, layar = DESKTOP): Promise<Page> {
    const ctx = await browser.newContext({ viewport: layar, bypassCSP: true, isMobile: layar === HP });
    const p = await ctx.newPage();
    await p.goto(`${server.url}/login`);
    await p.evaluate((b) => localStorage.setItem("nurani.bahasa", b), bahasa);
    await p.reload();
    const t = TEKS[bahasa];
    await p.getByRole("textbox", { name: t.username }).fill(username);
    await p.locator("input[name='password']").fill(PASSWORD_DEMO);
    await p.getByRole("button", { name: t.masuk, exact: true }).click();
    await p.getByRole("heading", { name: t.salam }).waitFor();
    return p;
  }

  async function foto(p: Page, nama: string) {
    await p.screenshot({ path: path.join(SHOTS, `${nama}.png`), fullPage: true });
  }

  async function aksesibel(p: Page, nama: string) {
    const v = await periksaAksesibilitas(p);
    expect(v, `${nama}: ${JSON.stringify(v, null, 2)}`).toEqual([]);
  }

  beforeAll(async () => {
    fs.mkdirSync(SHOTS, { recursive: true });
    bangunWebBilaUsang();
    server = await mulaiServerDemo();
    browser = await bukaChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.berhenti();
  });

  /**
   * Each profile chart's bands (the filled bars) and score dots (the scatter
   * symbols) as screen boxes, read from ECharts' SVG. Colours as set in
   * pages/hasil/GrafikProfil.tsx.
   */
  async function pitaDanTitik(p: Page) {
    return p.locator("[data-grafik='profil']").evaluateAll((grafik) =>
      grafik.map((g) => {
        const kotak = (warna: string) =>
          [...g.querySelectorAll(`path[fill='${warna}']`)].map((e) => {
            const r = e.getBoundingClientRect();
            return { kiri: r.left, kanan: r.right, atas: r.top, bawah: r.bottom };
          });
        return { pita: kotak("#9db4d8"), titik: kotak("#1a3a6b") };
      }),
    );
  }

  for (const bahasa of ["id", "en"] as const) {
    for (const [layar, ukuran] of [
      ["desktop", DESKTOP],
      ["hp", HP],
    ] as const) {
      it(`draws every score dot inside its own 95 % band (${bahasa}, ${layar})`, async () => {
        const p = await masuk("pegawai", bahasa, ukuran);
        await p.goto(`${server.url}/hasil`);
        await p.locator("[data-grafik='profil'] svg").nth(1).waitFor();
        const grafik = await pitaDanTitik(p);
        // three factors, twelve sub-dimensions: one band and one dot per scale
        expect(grafik.map((g) => [g.pita.length, g.titik.length])).toEqual([
          [3, 3],
          [12, 12],
        ]);
        for (const g of grafik) {
          for (const titik of g.titik) {
            const x = (titik.kiri + titik.kanan) / 2;
            const y = (titik.atas + titik.bawah) / 2;
            const pita = g.pita.find((b) => b.atas <= y && y <= b.bawah);
            expect(pita, `a band on the dot's row (y ${y})`).toBeDefined();
            expect(x).toBeGreaterThanOrEqual((pita?.kiri ?? 0) - 0.5);
            expect(x).toBeLessThanOrEqual((pita?.kanan ?? 0) + 0.5);
          }
        }
        await foto(p, `tampilan-hasil-saya-${bahasa}-${layar}`);
        await aksesibel(p, `hasil saya ${bahasa} ${layar}`);
        await p.context().close();
      });
    }
  }

  it("offers accounts without an employee record no pages about their own record, and says why on a direct visit", async () => {
    for (const username of ["admin", "admin.kab"]) {
      const p = await masuk(username, "id");
      const diminta: string[] = [];
      p.on("request", (r) => diminta.push(new URL(r.url()).pathname));
      const nav = p.getByRole("navigation", { name: "Menu utama" });
      await nav.getByRole("link", { name: "Beranda" }).waitFor();
      const menu = await nav.getByRole("link").allTextContents();
      expect(menu).toContain("Forum berbagi");
      for (const label of ["Hasil Asesmen Saya", "Pendampingan & evaluasi diri", "Asesmen saya"]) {
        expect(menu, username).not.toContain(label);
      }
      for (const path of ["/hasil", "/pendampingan", "/asesmen-saya"]) {
        await p.goto(`${server.url}${path}`);
        await p.getByRole("heading", { name: "Halaman ini untuk pegawai" }).waitFor();
      }
      // the pages about oneself were not even asked for
      expect(diminta.filter((u) => /^\/api\/.*\/(hasil\/saya|pendampingan|asesmen-saya)\b/.test(u))).toEqual(
        [],
      );
      await foto(p, `tampilan-khusus-pegawai-${username}`);
      await aksesibel(p, `khusus pegawai ${username}`);
      await p.context().close();
    }
  });

  it("shows a refusal (4xx) at once, asked for once, instead of retrying it", async () => {
    const p = await masuk("admin", "id");
    const diminta: string[] = [];
    p.on("request", (r) => diminta.push(new URL(r.url()).pathname));
    const takAda = "00000000-0000-4000-8000-000000000000";
    await p.goto(`${server.url}/pegawai/${takAda}`);
    await p
      .getByRole("alert")
      .filter({ hasText: /tidak ditemukan/i })
      .waitFor();
    expect(diminta.filter((u) => u.endsWith(`/pegawai/${takAda}`) && u.startsWith("/api/"))).toHaveLength(1);
    await p.context().close();
  });
});
