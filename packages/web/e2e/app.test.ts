/**
 * Browser tests: the built web app served by the real server (in-process, on
 * an ephemeral loopback port, fresh embedded database seeded with the demo),
 * driven through Debian's Chromium. Every page built here is checked with
 * axe-core (no serious or critical violation) and photographed at desktop and
 * phone widths into /tmp/nurani-shots/.
 */
import fs from "node:fs";
import path from "node:path";
import { buatPengguna } from "@nurani/server/test-support";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { periksaAksesibilitas } from "./support/axe.ts";
import { bukaChromium, CHROMIUM } from "./support/chromium.ts";
import { bangunWebBilaUsang, mulaiServerDemo, type ServerUji } from "./support/server.ts";

const SHOTS = "/tmp/nurani-shots";
const PASSWORD = "kata-sandi-uji-2026";

const suite = CHROMIUM ? describe : describe.skip;

suite("web app in Chromium", () => {
  let server: ServerUji;
  let browser: Browser;
  let ctx: BrowserContext;
  let page: Page;
  let instansi: { id: string; nama: string };
  let admin: string;
  let pegawaiSaja: string;
  let sementara: string;
  let direset: string;
  let duaInstansi: { username: string; instansiLain: string };
  let dikunci: string;
  let kodeUnit: string;

  async function foto(nama: string) {
    await page.screenshot({ path: path.join(SHOTS, `${nama}.png`), fullPage: true });
  }

  async function aksesibel(nama: string) {
    const pelanggaran = await periksaAksesibilitas(page);
    expect(pelanggaran, `${nama}: ${JSON.stringify(pelanggaran, null, 2)}`).toEqual([]);
  }

  async function masuk(p: Page, username: string) {
    await p.goto(server.url);
    await p.getByLabel("Nama pengguna").fill(username);
    await p.getByLabel("Kata sandi").fill(PASSWORD);
    await p.getByRole("button", { name: "Masuk", exact: true }).click();
    await p.getByRole("heading", { name: /Selamat datang/ }).waitFor();
  }

  async function buka(p: Page, label: string) {
    // on a phone the navigation sits behind the burger button
    const burger = p.getByRole("button", { name: /^(Buka menu|Open menu)$/ });
    if (await burger.isVisible()) await burger.click();
    await p.getByRole("navigation").getByRole("link", { name: label, exact: true }).click();
  }

  beforeAll(async () => {
    fs.mkdirSync(SHOTS, { recursive: true });
    bangunWebBilaUsang();
    server = await mulaiServerDemo();
    const db = server.basisdata.db;
    // the agency with the most employees in the demo, and one of its units
    const terbesar = await db
      .selectFrom("pegawai")
      .innerJoin("instansi", "instansi.id", "pegawai.instansi_id")
      .select(["instansi.id", "instansi.nama"])
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("instansi.nasional", "=", false)
      .groupBy(["instansi.id", "instansi.nama"])
      .orderBy("n", "desc")
      .executeTakeFirstOrThrow();
    instansi = { id: terbesar.id, nama: terbesar.nama };
    const unit = await db
      .selectFrom("unit_kerja")
      .select("kode")
      .where("instansi_id", "=", instansi.id)
      .where("aktif", "=", true)
      .orderBy("kode")
      .executeTakeFirstOrThrow();
    kodeUnit = unit.kode;
    admin = (
      await buatPengguna(db, [{ instansiId: instansi.id, peran: "admin_instansi" }], { password: PASSWORD })
    ).username;
    pegawaiSaja = (
      await buatPengguna(db, [{ instansiId: instansi.id, peran: "pegawai" }], { password: PASSWORD })
    ).username;
    sementara = (
      await buatPengguna(db, [{ instansiId: instansi.id, peran: "pegawai" }], {
        password: PASSWORD,
        harusGanti: true,
      })
    ).username;
    direset = (
      await buatPengguna(db, [{ instansiId: instansi.id, peran: "pimpinan" }], { password: PASSWORD })
    ).username;
    const lain = await db
      .selectFrom("instansi")
      .select(["id", "nama"])
      .where("id", "!=", instansi.id)
      .where("nasional", "=", false)
      .executeTakeFirstOrThrow();
    duaInstansi = {
      username: (
        await buatPengguna(
          db,
          [
            { instansiId: instansi.id, peran: "admin_instansi" },
            { instansiId: lain.id, peran: "apip" },
          ],
          { password: PASSWORD },
        )
      ).username,
      instansiLain: lain.nama,
    };
    dikunci = (
      await buatPengguna(db, [{ instansiId: instansi.id, peran: "pegawai" }], { password: PASSWORD })
    ).username;
    browser = await bukaChromium();
    // bypassCSP lets the test inject axe-core; the app itself runs under the server's CSP
    ctx = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      locale: "id-ID",
      bypassCSP: true,
    });
    page = await ctx.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.berhenti();
  });

  it("shows the login page in Bahasa Indonesia and explains a wrong password", async () => {
    await page.goto(server.url);
    await page.getByRole("heading", { name: "Masuk", exact: true }).waitFor();
    expect(await page.locator("html").getAttribute("lang")).toBe("id");
    await aksesibel("login");
    await foto("01-login-desktop");
    await page.getByLabel("Nama pengguna").fill(admin);
    await page.getByLabel("Kata sandi").fill("salah-sama-sekali");
    await page.getByRole("button", { name: "Masuk", exact: true }).click();
    const alert = page.getByRole("alert");
    await alert.waitFor();
    expect(await alert.textContent()).toContain("Nama pengguna atau kata sandi salah");
    await foto("02-login-galat");
  });

  it("logs in and shows navigation fitted to the admin role", async () => {
    await masuk(page, admin);
    const nav = page.getByRole("navigation", { name: "Menu utama" });
    for (const label of ["Beranda", "Unit Kerja", "Pegawai", "Impor Pegawai", "Log Audit", "Pengguna"]) {
      await expect(nav.getByRole("link", { name: label, exact: true }).count()).resolves.toBe(1);
    }
    await page.getByText("Pegawai aktif").waitFor();
    await aksesibel("beranda");
    await foto("03-beranda-desktop");
  });

  it("browses employees: search, page, detail", async () => {
    await buka(page, "Pegawai");
    const baris = page.locator("tbody tr");
    await baris.first().waitFor();
    const ringkasan = page.getByText(/^Menampilkan 1–25 dari \d+/);
    await ringkasan.waitFor();
    await aksesibel("pegawai");
    await foto("04-pegawai-desktop");

    // page 2 shows the next 25
    const namaPertama = await baris.first().locator("td").nth(1).textContent();
    await page.getByRole("button", { name: "Halaman 2", exact: true }).click();
    await page.getByText(/^Menampilkan 26–50 dari/).waitFor();
    expect(await baris.first().locator("td").nth(1).textContent()).not.toBe(namaPertama);

    // search by a name seen on the list: every row found carries it
    const cari = (namaPertama ?? "").trim().split(/\s+/)[0];
    await page.getByLabel("Cari pegawai").fill(cari);
    await page.waitForFunction(
      (q) =>
        [...document.querySelectorAll("tbody tr td:nth-child(2)")].length > 0 &&
        [...document.querySelectorAll("tbody tr td:nth-child(2)")].every((td) =>
          (td.textContent ?? "").toLowerCase().includes(q.toLowerCase()),
        ),
      cari,
    );
    await foto("05-pegawai-cari");

    await baris.first().getByRole("link").click();
    await page.getByText("TMT CPNS").waitFor();
    await aksesibel("pegawai-detail");
    await foto("06-pegawai-detail");
  });

  it("imports a file with errors and shows the per-row report in Bahasa Indonesia", async () => {
    await buka(page, "Impor Pegawai");
    await aksesibel("impor");
    const csv = [
      "nip,nama,kode_unit,jabatan,jenis_jabatan,golongan",
      `198503122010012001,Siti Nur'aini,${kodeUnit},Analis Kebijakan,fungsional,III/c`,
      `12345,Ni Luh Putu Ayu,${kodeUnit},Pengelola Data,pelaksana,II/b`,
      "198001012005011002,Andi Baso Tenri,UNIT-TIDAK-ADA,Analis,fungsional,III/a",
    ].join("\n");
    await page.locator('input[type="file"]').setInputFiles({
      name: "pegawai-galat.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(csv, "utf8"),
    });
    await page.getByRole("button", { name: "Unggah dan periksa" }).click();
    // whichever comes first: the finished check, or an error from the server (shown as an alert)
    const selesai = page.getByText("Pemeriksaan selesai — berkas mengandung kesalahan");
    await selesai.or(page.getByRole("alert")).first().waitFor();
    await foto("07-impor-hasil");
    if (!(await selesai.isVisible())) {
      throw new Error(
        `impor ditolak server: ${(await page.getByRole("alert").allTextContents()).join(" | ")}`,
      );
    }
    const laporan = page.getByRole("region", { name: /Laporan kesalahan/ });
    await laporan.locator("tbody tr").first().waitFor();
    const teks = (await laporan.textContent()) ?? "";
    expect(teks).toContain("NIP");
    expect(teks).toMatch(/unit/i);
    expect(await page.getByRole("button", { name: "Konfirmasi impor" }).count()).toBe(0);
    await aksesibel("impor-laporan");
    await foto("07-impor-laporan");
  });

  it("imports a valid file only after confirmation and reports what was written", async () => {
    await page.getByRole("button", { name: "Impor berkas lain" }).click();
    const csv = [
      "nip,nama,kode_unit,jabatan,jenis_jabatan,golongan",
      `197502142001121001,Bambang Sutrisno,${kodeUnit},Analis Kebijakan,fungsional,IV/a`,
      `198807092015032002,Rina Marlina,${kodeUnit},Pengelola Data,pelaksana,II/c`,
    ].join("\n");
    await page.locator('input[type="file"]').setInputFiles({
      name: "pegawai-baru.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(csv, "utf8"),
    });
    await page.getByRole("button", { name: "Unggah dan periksa" }).click();
    await page.getByText("Pemeriksaan selesai — siap diimpor").waitFor();
    await page.getByRole("button", { name: "Konfirmasi impor" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Konfirmasi impor" }).click();
    await page.getByText("Impor selesai").waitFor();
    expect(await page.getByText("Pegawai baru: 2").count()).toBe(1);
    await foto("07b-impor-selesai");
    await buka(page, "Pegawai");
    await page.getByLabel("Cari pegawai").fill("Rina Marlina");
    await page.locator("tbody tr", { hasText: "198807092015032002" }).waitFor();
  });

  it("changes data with confirmation and shows the server's refusals (CSRF header sent)", async () => {
    // deactivate, then reactivate, the first employee on the list (a fresh list, no search left over)
    await page.goto(`${server.url}/pegawai`);
    await page.locator("tbody tr").first().getByRole("link").click();
    await page.getByText("TMT CPNS").waitFor();
    await page.getByRole("button", { name: "Nonaktifkan" }).click();
    const dialog = page.getByRole("dialog", { name: "Nonaktifkan pegawai?" });
    await dialog.getByRole("button", { name: "Nonaktifkan" }).click();
    await page.getByRole("dialog").waitFor({ state: "detached" });
    await page.getByText("Nonaktif", { exact: true }).waitFor();
    await page.getByRole("button", { name: "Aktifkan kembali" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Aktifkan kembali" }).click();
    await page.getByRole("dialog").waitFor({ state: "detached" });
    await page.getByRole("button", { name: "Nonaktifkan" }).waitFor();

    // closing a unit that still has active employees is refused, and the dialog says why
    await buka(page, "Unit Kerja");
    // a unit with sub-units (its tree toggle is open), so closing it must be refused
    const toggle = page.getByRole("button", { name: /^Sembunyikan sub-unit / }).first();
    const induk = ((await toggle.getAttribute("aria-label")) ?? "").replace("Sembunyikan sub-unit ", "");
    await page.getByRole("button", { name: `Tindakan untuk ${induk}`, exact: true }).click();
    await page.getByRole("menuitem", { name: "Tutup unit" }).click();
    const tutup = page.getByRole("dialog", { name: "Tutup unit kerja?" });
    await tutup.getByRole("button", { name: "Tutup unit" }).click();
    await tutup.getByRole("alert").waitFor();
    expect(await tutup.getByRole("alert").textContent()).toMatch(/pegawai aktif|sub-unit aktif/i);
    await aksesibel("unit-tutup-ditolak");
    await foto("08b-unit-tutup-ditolak");
    await tutup.getByRole("button", { name: "Batal" }).click();

    // a password reset shows the temporary password once
    await buka(page, "Pengguna");
    await page.getByRole("button", { name: `Reset kata sandi Pengguna ${direset}` }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Reset kata sandi" }).click();
    const kode = page.getByTestId("password-sementara");
    await kode.waitFor();
    expect(((await kode.textContent()) ?? "").length).toBeGreaterThanOrEqual(10);
    await foto("10b-password-sementara");
    await page.getByRole("button", { name: "Sudah saya catat" }).click();
  });

  it("shows the unit tree, audit log, users and account pages without accessibility violations", async () => {
    for (const [label, judul, nama] of [
      ["Unit Kerja", "Unit Kerja", "08-unit"],
      ["Log Audit", "Log Audit", "09-audit"],
      ["Pengguna", "Pengguna", "10-pengguna"],
      ["Akun Saya", "Akun Saya", "11-akun"],
    ] as const) {
      await buka(page, label);
      await page.getByRole("heading", { name: judul, level: 2 }).waitFor();
      await page
        .locator('[role="status"]')
        .first()
        .waitFor({ state: "detached" })
        .catch(() => undefined);
      await aksesibel(nama);
      await foto(nama);
    }
  });

  it("switches to English, remembers it, and asks the server for English", async () => {
    await buka(page, "Beranda");
    await page.getByText("EN", { exact: true }).click();
    await page
      .getByRole("navigation", { name: "Main menu" })
      .getByRole("link", { name: "Employees", exact: true })
      .waitFor();
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    await page.reload();
    await page.getByRole("heading", { name: /Welcome/ }).waitFor();
    const jawaban = page.waitForResponse(
      (r) => r.url().includes("/api/instansi/") && r.request().method() === "GET",
    );
    await buka(page, "Employees");
    const req = (await jawaban).request();
    expect(await req.headerValue("accept-language")).toBe("en");
    await aksesibel("pegawai-en");
    await foto("12-pegawai-en");
    await page.getByText("ID", { exact: true }).click();
    await page.getByRole("navigation", { name: "Menu utama" }).waitFor();
  });

  it("says so when an account is locked after repeated wrong passwords", async () => {
    const c = await browser.newContext({ viewport: { width: 1280, height: 800 }, bypassCSP: true });
    const p = await c.newPage();
    await p.goto(server.url);
    await p.getByLabel("Nama pengguna").fill(dikunci);
    // KEAMANAN.maksGagalLogin = 5 failures lock the account; the 6th attempt is answered 423
    for (let i = 0; i < 6; i++) {
      await p.locator('input[name="password"]').fill(`salah-${i}`);
      const jawaban = p.waitForResponse((r) => r.url().endsWith("/api/auth/login"));
      await p.getByRole("button", { name: "Masuk", exact: true }).click();
      await jawaban;
    }
    await p.getByRole("alert").filter({ hasText: "Akun terkunci" }).waitFor();
    await p.screenshot({ path: path.join(SHOTS, "02b-login-terkunci.png") });
    await c.close();
  });

  it("switches instansi and fits the navigation to the roles held there", async () => {
    const c = await browser.newContext({ viewport: { width: 1280, height: 800 }, bypassCSP: true });
    const p = await c.newPage();
    await masuk(p, duaInstansi.username);
    const nav = p.getByRole("navigation", { name: "Menu utama" });
    const pilih = async (nama: string) => {
      await p.getByRole("combobox", { name: "Instansi" }).click();
      await p.getByRole("option", { name: nama }).click();
    };
    await pilih(instansi.nama);
    await nav.getByRole("link", { name: "Impor Pegawai" }).waitFor();
    await p.getByRole("combobox", { name: "Instansi" }).click();
    await p.getByRole("option", { name: duaInstansi.instansiLain }).click();
    await p.getByRole("heading", { name: /Selamat datang/ }).waitFor();
    await p.getByText(duaInstansi.instansiLain).first().waitFor();
    await nav.getByRole("link", { name: "Log Audit" }).waitFor();
    const label = await nav.getByRole("link").allTextContents();
    expect(label).toContain("Pegawai");
    expect(label).not.toContain("Impor Pegawai");
    expect(label).not.toContain("Pengguna");
    await c.close();
  });

  it("makes a user with a temporary password change it before anything else", async () => {
    const c = await browser.newContext({ viewport: { width: 1280, height: 800 }, bypassCSP: true });
    const p = await c.newPage();
    await p.goto(server.url);
    await p.getByLabel("Nama pengguna").fill(sementara);
    await p.getByLabel("Kata sandi").fill(PASSWORD);
    await p.getByRole("button", { name: "Masuk", exact: true }).click();
    await p.getByRole("heading", { name: "Ganti kata sandi sementara" }).waitFor();
    await p.getByLabel("Kata sandi saat ini").fill(PASSWORD);
    await p.getByLabel(/^Kata sandi baru/).fill("sandi-baru-yang-panjang");
    await p.getByLabel("Ulangi kata sandi baru").fill("sandi-baru-yang-panjang");
    await p.getByRole("button", { name: "Ganti kata sandi" }).click();
    await p.getByRole("heading", { name: /Selamat datang/ }).waitFor();
    await c.close();
  });

  it("fits the shell to a phone and to a user with only the pegawai role", async () => {
    const hp = await browser.newContext({
      viewport: { width: 390, height: 844 },
      bypassCSP: true,
      isMobile: true,
      hasTouch: true,
    });
    const p = await hp.newPage();
    await p.goto(server.url);
    await p.getByRole("heading", { name: "Masuk", exact: true }).waitFor();
    await p.screenshot({ path: path.join(SHOTS, "13-login-hp.png"), fullPage: true });
    await masuk(p, pegawaiSaja);
    await p.getByRole("button", { name: "Buka menu" }).click();
    const nav = p.getByRole("navigation", { name: "Menu utama" });
    await nav.getByRole("link", { name: "Beranda" }).waitFor();
    const label = await nav.getByRole("link").allTextContents();
    expect(label).not.toContain("Pegawai");
    expect(label).not.toContain("Impor Pegawai");
    expect(label).not.toContain("Pengguna");
    await p.screenshot({ path: path.join(SHOTS, "14-menu-hp.png"), fullPage: true });
    await hp.close();

    // and an admin's employee list on a phone
    const hp2 = await browser.newContext({
      viewport: { width: 390, height: 844 },
      bypassCSP: true,
      isMobile: true,
      hasTouch: true,
    });
    page = await hp2.newPage();
    await masuk(page, admin);
    await foto("15-beranda-hp");
    await buka(page, "Pegawai");
    await page.getByRole("list", { name: "Pegawai" }).getByRole("listitem").first().waitFor();
    await aksesibel("pegawai-hp");
    await foto("16-pegawai-hp");
    await hp2.close();
  });
});
