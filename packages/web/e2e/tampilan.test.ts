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
import { harusAksesibel as aksesibel } from "./support/axe.ts";
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
        const label = [...g.querySelectorAll("text")].map((e) => {
          const r = e.getBoundingClientRect();
          return { teks: e.textContent ?? "", kiri: r.left, kanan: r.right, atas: r.top, bawah: r.bottom };
        });
        return { pita: kotak("#9db4d8"), titik: kotak("#1a3a6b"), label };
      }),
    );
  }

  for (const bahasa of ["id", "en"] as const) {
    for (const [layar, ukuran] of [
      ["desktop", DESKTOP],
      ["hp", HP],
    ] as const) {
      it(`draws every score dot inside its own 95 % band, labels apart (${bahasa}, ${layar})`, async () => {
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
        // no two axis labels (scale names, T ticks) drawn over each other
        for (const g of grafik) {
          const tumpang = g.label.flatMap((a, i) =>
            g.label
              .slice(i + 1)
              .filter(
                (b) =>
                  a.kiri < b.kanan - 1 &&
                  b.kiri < a.kanan - 1 &&
                  a.atas < b.bawah - 1 &&
                  b.atas < a.bawah - 1,
              )
              .map((b) => `${a.teks} / ${b.teks}`),
          );
          expect(tumpang).toEqual([]);
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

  it("says the English results page and programme dashboard in English", async () => {
    const p = await masuk("pegawai", "en");
    await p.goto(`${server.url}/hasil`);
    await p.getByRole("heading", { name: "Twelve sub-dimensions" }).waitFor();
    const hasil = (await p.locator("main").textContent()) ?? "";
    // what the walk found: the level method, the regulation citations, the activity rows
    for (const id of ["normatif", "sampel acuan", "kuantil", "baris lanjutan", "Tabel", "BAB"]) {
      expect(hasil, id).not.toContain(id);
    }
    expect(hasil).toMatch(/How the level was set: provisional, norm-referenced/);
    expect(hasil).toMatch(/Table 7 no\. 2 \(continued row 2\)/);
    await p.context().close();

    const s = await masuk("supervisi", "en");
    await s.getByRole("navigation").getByRole("link", { name: "Integrity programme", exact: true }).click();
    await s.getByRole("link", { name: "Program Integritas 2026" }).click();
    await s.getByRole("heading", { name: "Where we are and what's next" }).waitFor();
    const dasbor = (await s.locator("main").textContent()) ?? "";
    expect(dasbor).not.toMatch(/\bTabel\b|\bBAB\b/);
    expect(dasbor).toContain("Table 3");
    await foto(s, "tampilan-dasbor-en");
    await s.context().close();
  });

  it("keeps a long unbroken word inside the forum's cards and counts the title's characters", async () => {
    const p = await masuk("pegawai", "id", HP);
    await p.goto(`${server.url}/forum`);
    await p.getByRole("button", { name: "Utas baru" }).click();
    const form = p.locator("form");
    await form.getByLabel("Kategori").click();
    await p.getByRole("option").first().click();
    const judul = form.getByLabel("Judul");
    await judul.fill("Integritas");
    await p.getByText("10/200 karakter", { exact: true }).waitFor();
    const kata = "a".repeat(300);
    await judul.fill(kata);
    // the browser stops at 200 characters, and the counter says so
    await p.getByText("200/200 karakter: batas tercapai").waitFor();
    await form.getByLabel("Isi").fill(`Tautan panjang: ${"b".repeat(300)}`);
    await foto(p, "tampilan-forum-baru-hp");
    await p.getByRole("button", { name: "Kirim" }).click();
    await p.getByRole("heading", { name: "a".repeat(200) }).waitFor();
    const meluap = () =>
      p
        .locator(".mantine-Card-root")
        .evaluateAll((kartu) =>
          kartu.filter((k) => k.scrollWidth > k.clientWidth).map((k) => k.textContent?.slice(0, 40)),
        );
    expect(await p.locator(".mantine-Card-root").count()).toBeGreaterThan(0);
    expect(await meluap()).toEqual([]);
    expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(HP.width);
    await foto(p, "tampilan-forum-utas-hp");
    await p.goto(`${server.url}/forum`);
    await p.getByRole("link", { name: "a".repeat(200) }).waitFor();
    expect(await meluap()).toEqual([]);
    expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(HP.width);
    await foto(p, "tampilan-forum-daftar-hp");
    await aksesibel(p, "forum hp");
    await p.context().close();
  });

  it("shows audit times to the minute in the agency's zone, readable action names, and dates day first", async () => {
    // an employee reads their own result: an audited read in the agency's log
    const pegawai = await masuk("pegawai", "id");
    await pegawai.goto(`${server.url}/hasil`);
    await pegawai.locator("[data-grafik='profil']").first().waitFor();
    await pegawai.context().close();
    for (const [bahasa, ukuran, nama] of [
      ["id", DESKTOP, "desktop"],
      ["id", HP, "hp"],
      ["en", DESKTOP, "desktop"],
    ] as const) {
      const p = await masuk("admin", bahasa, ukuran);
      await p.goto(`${server.url}/audit`);
      const baris = p.locator("tbody tr");
      await baris.first().waitFor();
      const waktu = await p.locator("tbody tr td:first-child").allInnerTexts();
      for (const w of waktu) expect(w).toMatch(/^\d{1,2} \S+ \d{4}, \d{2}[.:]\d{2} WIB$/);
      // a readable name above the code
      const baca = p.locator("tbody tr td:nth-child(3)").filter({ hasText: "hasil_asesmen.baca" }).first();
      await expect(baca.textContent()).resolves.toContain(
        bahasa === "en" ? "Personal assessment result read" : "Hasil asesmen pribadi dibuka",
      );
      if (bahasa === "id") {
        const dari = p.getByRole("textbox", { name: "Dari tanggal" });
        await expect(dari.getAttribute("placeholder")).resolves.toBe("hh/bb/tttt");
        const permintaan = p.waitForRequest((r) => r.url().includes("/audit?") && r.url().includes("dari="));
        await dari.fill("01/12/2026");
        await dari.blur();
        await expect(dari.inputValue()).resolves.toBe("01/12/2026");
        // 1 December (not 12 January), from the agency's midnight (WIB)
        const url = new URL((await permintaan).url());
        expect(url.searchParams.get("dari")).toBe("2026-11-30T17:00:00.000Z");
      }
      await foto(p, `tampilan-audit-${bahasa}-${nama}`);
      await aksesibel(p, `audit ${bahasa} ${nama}`);
      await p.context().close();
    }
  });

  it("marks the fields of an empty login form instead of sending it", async () => {
    const ctx = await browser.newContext({ viewport: DESKTOP, bypassCSP: true });
    const p = await ctx.newPage();
    const login: string[] = [];
    p.on("request", (r) => r.url().endsWith("/api/auth/login") && login.push(r.url()));
    await p.goto(`${server.url}/login`);
    await p.getByRole("button", { name: "Masuk", exact: true }).click();
    const nama = p.getByRole("textbox", { name: "Nama pengguna" });
    const sandi = p.locator("input[name='password']");
    await expect(nama.getAttribute("aria-invalid")).resolves.toBe("true");
    await expect(sandi.getAttribute("aria-invalid")).resolves.toBe("true");
    await p.getByText("Isi nama pengguna.").waitFor();
    await nama.fill("pegawai");
    await p.getByRole("button", { name: "Masuk", exact: true }).click();
    await expect(nama.getAttribute("aria-invalid")).resolves.not.toBe("true");
    await expect(sandi.getAttribute("aria-invalid")).resolves.toBe("true");
    expect(login).toEqual([]);
    await foto(p, "tampilan-login-kosong");
    await aksesibel(p, "login kosong");
    await ctx.close();
  });

  it("explains the map's factor columns and says why a small unit is hidden", async () => {
    // a larger minimum group size hides the demo's smaller units
    const db = server.basisdata.db;
    const ins = await db
      .selectFrom("instansi")
      .select("id")
      .where("kode", "=", "KEMENCS")
      .executeTakeFirstOrThrow();
    await db.insertInto("pengaturan_hasil").values({ instansi_id: ins.id, k_minimum: 15 }).execute();
    for (const [bahasa, ukuran, nama] of [
      ["id", DESKTOP, "desktop"],
      ["en", DESKTOP, "desktop"],
      ["id", HP, "hp"],
    ] as const) {
      const p = await masuk("supervisi", bahasa, ukuran);
      await p.goto(`${server.url}/peta-asesmen`);
      const legenda = p.locator("[data-legenda='faktor']");
      await legenda.waitFor();
      const teks = (await legenda.textContent()) ?? "";
      if (bahasa === "id") {
        expect(teks).toContain("T KD = Keyakinan Dasar");
        expect(teks).toContain("T DN = Kekuatan Daya Nalar");
        expect(teks).toContain("T KM = Keberanian Moral");
        await p.getByText("Tersembunyi (kurang dari 15 orang).").first().waitFor();
      } else {
        expect(teks).toContain("T KD = Basic beliefs");
        await p.getByText("Hidden (fewer than 15 people).").first().waitFor();
      }
      await foto(p, `tampilan-peta-${bahasa}-${nama}`);
      await aksesibel(p, `peta ${bahasa} ${nama}`);
      await p.context().close();
    }
  });
});
