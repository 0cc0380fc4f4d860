/**
 * Browser test of the reminders (docs/pengingat.md), with a real SMTP
 * server on loopback (smtp-server, not a mock): the PPK records the step-1 decree in the dashboard's
 * form naming the demo's `pegawai` → that employee holds `tim_supervisi` and sees the supervision
 * team's menu → step 2 now waits on the team, so the daily reminder run puts it in the new member's
 * bell (unread count) and an email arrives at the address of their employee record → the member
 * records step 2 → the next run (the next day) reminds them of nothing: the reminder stopped.
 */

import type { AddressInfo } from "node:net";
import { jalankanPengingat } from "@nurani/server/test-support";
import type { Browser, Locator, Page } from "playwright-core";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { periksaAksesibilitas } from "./support/axe.ts";
import { bukaChromium, CHROMIUM } from "./support/chromium.ts";
import { bangunWebBilaUsang, mulaiServerDemo, type ServerUji } from "./support/server.ts";

const suite = CHROMIUM ? describe : describe.skip;
const NAMA_SIKLUS = "Siklus Pengingat Surel E2E";
const PDF = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
/** A message with its folded header lines and quoted-printable soft line breaks joined. */
const teks = (isi: string) => isi.replace(/=\r?\n/g, "").replace(/\r?\n(?=[ \t])/g, "");
const persis = (label: string) => new RegExp(`^${label}( \\*)?$`);
const tanggal = (hari = 0) =>
  new Date(Date.now() + 7 * 3600_000 + hari * 86_400_000).toISOString().slice(0, 10);

suite("a preparation step reminded by bell and email until it is done, in Chromium", () => {
  let server: ServerUji;
  let browser: Browser;
  let instansiId: string;
  let siklusId: string;
  let smtpServer: SMTPServer;
  const surat: { ke: string[]; isi: string }[] = [];
  let SMTP: {
    host: string;
    port: number;
    secure: boolean;
    user: null;
    password: null;
    dari: string;
    urlPublik: string;
  };
  const anggota = { penggunaId: "", nama: "", email: "" };

  async function masuk(username: string, lebar = 1280): Promise<Page> {
    const ctx = await browser.newContext({ viewport: { width: lebar, height: 900 }, bypassCSP: true });
    const p = await ctx.newPage();
    p.setDefaultTimeout(20_000);
    await p.goto(`${server.url}/login`);
    await p.getByLabel("Nama pengguna").fill(username);
    await p.getByLabel("Kata sandi").fill("nurani-demo");
    await p.getByRole("button", { name: "Masuk", exact: true }).click();
    await p.getByRole("heading", { name: /Selamat datang/ }).waitFor();
    return p;
  }

  async function unggah(wadah: Locator, label: string) {
    const kotak = wadah.locator(".mantine-FileInput-root").filter({ hasText: label });
    await kotak
      .locator('xpath=preceding-sibling::input[@type="file"][1]')
      .setInputFiles({ name: "dokumen.pdf", mimeType: "application/pdf", buffer: PDF });
    await kotak.getByText("dokumen.pdf").first().waitFor();
  }

  async function bukaLangkah(p: Page, no: number): Promise<Locator> {
    await p.goto(`${server.url}/program/${siklusId}`);
    await p.getByRole("heading", { name: NAMA_SIKLUS }).waitFor();
    const kartu = p.locator(".mantine-Card-root").filter({ hasText: new RegExp(`^\\S*\\s*${no}\\. `) });
    await kartu.getByRole("button", { name: /Isi keluaran|Koreksi/ }).click();
    const modal = p.getByRole("dialog");
    await modal.waitFor();
    return modal;
  }

  async function catat(modal: Locator) {
    await modal.getByRole("button", { name: "Catat keluaran" }).click();
    const hasil = await Promise.race([
      modal.waitFor({ state: "detached" }).then(() => "ok"),
      modal
        .getByRole("alert")
        .waitFor()
        .then(async () => `ditolak: ${await modal.getByRole("alert").textContent()}`),
    ]);
    expect(hasil).toBe("ok");
  }

  beforeAll(async () => {
    smtpServer = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      logger: false,
      onData(stream, session, selesai) {
        let isi = "";
        stream.setEncoding("utf8");
        stream.on("data", (c: string) => {
          isi += c;
        });
        stream.on("end", () => {
          surat.push({ ke: session.envelope.rcptTo.map((r) => r.address), isi });
          selesai();
        });
      },
    });
    await new Promise<void>((r) => smtpServer.listen(0, "127.0.0.1", () => r()));
    SMTP = {
      host: "127.0.0.1",
      port: (smtpServer.server.address() as AddressInfo).port,
      secure: false,
      user: null,
      password: null,
      dari: "Nurani <pengingat@contoh.go.id>",
      urlPublik: "https://nurani.contoh.go.id",
    };
    // the email job reads the server's environment (jobs run in the server process)
    process.env.NURANI_SMTP_HOST = SMTP.host;
    process.env.NURANI_SMTP_PORT = String(SMTP.port);
    process.env.NURANI_SMTP_FROM = SMTP.dari;
    process.env.NURANI_URL_PUBLIK = SMTP.urlPublik;
    bangunWebBilaUsang();
    server = await mulaiServerDemo();
    const db = server.basisdata.db;
    instansiId = (
      await db.selectFrom("instansi").select("id").where("kode", "=", "KEMENCS").executeTakeFirstOrThrow()
    ).id;
    const g = await db
      .selectFrom("pengguna as g")
      .innerJoin("pegawai as p", (j) =>
        j.onRef("p.instansi_id", "=", "g.pegawai_instansi_id").onRef("p.id", "=", "g.pegawai_id"),
      )
      .select(["g.id", "p.nama", "p.email"])
      .where("g.username", "=", "pegawai")
      .executeTakeFirstOrThrow();
    Object.assign(anggota, { penggunaId: g.id, nama: g.nama, email: g.email ?? "" });
    expect(anggota.email).toContain("@");
    browser = await bukaChromium();
  }, 600_000); // a stale web build and the day's demo template are made here on first run

  afterAll(async () => {
    await browser?.close();
    await server?.berhenti();
    for (const k of ["NURANI_SMTP_HOST", "NURANI_SMTP_PORT", "NURANI_SMTP_FROM", "NURANI_URL_PUBLIK"])
      delete process.env[k];
    await new Promise<void>((r) => smtpServer?.close(() => r()));
  });

  it("the step-1 decree recorded by the PPK grants tim_supervisi: the new member sees the team's menu", async () => {
    const pegawai = await masuk("pegawai");
    expect(await pegawai.getByRole("link", { name: "Yang terlambat" }).count()).toBe(0);

    const ppk = await masuk("ppk");
    await ppk.goto(`${server.url}/program`);
    await ppk.getByLabel("Nama siklus").fill(NAMA_SIKLUS);
    await ppk.getByRole("button", { name: "Buat siklus" }).click();
    await ppk.getByRole("heading", { name: NAMA_SIKLUS }).waitFor();
    siklusId = new URL(ppk.url()).pathname.split("/").pop() as string;
    const m = await bukaLangkah(ppk, 1);
    await m.getByLabel("SK: nomor").fill("800/SK-TS-SUREL/2026");
    await m.getByLabel("Tanggal SK").fill(tanggal(-2));
    await unggah(m, "Dokumen SK");
    await m.getByLabel("Nomor SK Tim Reformasi Birokrasi").fill("700/SK-RB/2025");
    const kotak = m.getByLabel("Anggota tim (cari nama atau NIP)");
    await kotak.click();
    await kotak.fill(anggota.nama);
    await ppk
      .getByRole("option", { name: new RegExp(anggota.nama) })
      .first()
      .click();
    // a team needs at least two members (a chair and a member): one more from the search
    await kotak.fill("");
    const lain = ppk.getByRole("option", { selected: false }).filter({ visible: true });
    await lain.first().waitFor();
    await lain.first().click();
    await ppk.keyboard.press("Escape");
    await ppk.getByRole("combobox", { name: "Peran dalam tim" }).first().click();
    await ppk.getByRole("option", { name: "Ketua" }).filter({ visible: true }).first().click();
    await catat(m);
    await ppk.context().close();

    await pegawai.reload();
    await pegawai.getByRole("link", { name: "Yang terlambat" }).first().waitFor();
    await pegawai.context().close();
  });

  it("reminds the new member of step 2 in the bell and by email, and stops once it is recorded", async () => {
    const db = server.basisdata.db;
    const r1 = await jalankanPengingat(db, { smtp: SMTP, instansiId });
    expect(r1.dikirim).toBeGreaterThan(0);
    const judul = "Langkah persiapan menunggu Anda: Deklarasi komitmen bersama";
    const untukAnggota = () =>
      surat.filter((x) => x.ke.includes(anggota.email) && teks(x.isi).includes(`/program/${siklusId}`));
    await expect.poll(() => untukAnggota().length, { timeout: 30_000 }).toBe(1);
    const email = teks(untukAnggota()[0]?.isi ?? "");
    expect(email).toContain(`Subject: Nurani: ${judul}`);
    expect(email).toContain(`Buka: ${SMTP.urlPublik}/program/${siklusId}`);

    const p = await masuk("pegawai", 390);
    await p.getByRole("button", { name: /Notifikasi, [1-9]\d* belum dibaca/ }).click();
    const dialog = p.getByRole("dialog", { name: "Notifikasi" });
    await dialog.getByText(judul).first().waitFor();
    const v = await periksaAksesibilitas(p);
    expect(v, JSON.stringify(v, null, 2)).toEqual([]);
    await p.screenshot({ path: "/tmp/pengingat-surel-lonceng-390.png", fullPage: true });
    await p.context().close();

    // the member records step 2 (now it waits on the leaders' signatures, not on the team)
    const meja = await masuk("pegawai");
    const m = await bukaLangkah(meja, 2);
    await m.getByLabel(persis("Tanggal")).fill(tanggal(-1));
    await unggah(m, "Dokumen deklarasi");
    await catat(m);
    await meja.context().close();

    const dariSiklus = () =>
      db
        .selectFrom("notifikasi")
        .select(["judul"])
        .where("pengguna_id", "=", anggota.penggunaId)
        .where("tautan", "like", `/program/${siklusId}%`)
        .execute();
    expect(await dariSiklus()).toEqual([{ judul }]);
    // the next day's run: the step is done (the cycle now waits on the leaders' signatures), so
    // nothing more about it for the member: no new notification, hence no email
    const r2 = await jalankanPengingat(db, {
      smtp: SMTP,
      instansiId,
      kini: new Date(Date.now() + 86_400_000),
    });
    expect(r2.dikirim).toBeGreaterThan(0); // the run did send (to the leaders), just not to the member
    expect(await dariSiklus()).toEqual([{ judul }]);
    expect(untukAnggota()).toHaveLength(1);
  });
});
