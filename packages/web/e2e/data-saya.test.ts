/**
 * Browser test of "Data saya" and retention (docs/data-saya.md): on the demo
 * agency the supervision team opens the named results of the demo employee's
 * unit for mentoring; the employee's "Data saya" lists that read (role and
 * purpose), shows the consent given with the rule-written paragraph, and
 * downloads the JSON holding the read; the admin runs a retention dry run.
 * Pages are checked with axe-core and photographed at desktop and phone width.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { seedAsesmenDemo, seedHasilDemo } from "@nurani/server/test-support";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { harusAksesibel as aksesibel } from "./support/axe.ts";
import { bukaChromium, CHROMIUM } from "./support/chromium.ts";
import { masukDemo } from "./support/masuk.ts";
import { bangunWebBilaUsang, mulaiServerDemo, type ServerUji } from "./support/server.ts";

const suite = CHROMIUM ? describe : describe.skip;
const FOTO = process.env.NURANI_FOTO_DIR ?? path.join(os.tmpdir(), "nurani-foto-data-saya");
const PONSEL = { width: 390, height: 844 };

suite("Data saya and retention in Chromium", () => {
  let server: ServerUji;
  let browser: Browser;
  let instansiId: string;
  let kampanyeAwal: string;
  let unitPegawai: string;

  const masuk = (username: string, ukuran = { width: 1280, height: 900 }) =>
    masukDemo(browser, server.url, username, { viewport: ukuran, unduh: true });

  beforeAll(async () => {
    fs.mkdirSync(FOTO, { recursive: true });
    bangunWebBilaUsang();
    server = await mulaiServerDemo();
    const db = server.basisdata.db;
    instansiId = (
      await db.selectFrom("instansi").select("id").where("kode", "=", "KEMENCS").executeTakeFirstOrThrow()
    ).id;
    const a = await db.transaction().execute(async (trx) => {
      const r = await seedAsesmenDemo(trx, instansiId);
      await seedHasilDemo(trx, instansiId);
      return r;
    });
    kampanyeAwal = a.kampanyeAwal as string;
    const saya = await db
      .selectFrom("pengguna as u")
      .innerJoin("pegawai as p", (j) =>
        j.onRef("p.instansi_id", "=", "u.pegawai_instansi_id").onRef("p.id", "=", "u.pegawai_id"),
      )
      .select(["p.id", "p.unit_id"])
      .where("u.username", "=", "pegawai")
      .executeTakeFirstOrThrow();
    unitPegawai = saya.unit_id as string;
    // the demo employee took the initial assessment (consent given, scored)
    const skor = await db
      .selectFrom("skor_asesmen")
      .select("peserta_id")
      .where("instansi_id", "=", instansiId)
      .where("kampanye_id", "=", kampanyeAwal)
      .where("pegawai_id", "=", saya.id)
      .executeTakeFirst();
    expect(skor, "the demo employee has a result in the initial campaign").toBeTruthy();
    browser = await bukaChromium();
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    await server?.berhenti();
  });

  it("lists the team's read of my result with role and purpose, shows my consent, and downloads my data", async () => {
    const tim = await masuk("supervisi");
    const r = await tim.request.get(
      `${server.url}/api/instansi/${instansiId}/hasil/kampanye/${kampanyeAwal}/unit/${unitPegawai}/pegawai?tujuan=pendampingan&pageSize=100`,
    );
    expect(r.status(), await r.text()).toBe(200);
    await tim.context().close();

    const p = await masuk("pegawai");
    // the home page leads: the open assessment with its deadline waits for the employee
    await p.getByRole("heading", { name: "Menunggu Anda" }).waitFor();
    await p
      .getByRole("link", { name: "Asesmen dibuka untuk Anda: Asesmen Berkala Semester I 2026" })
      .waitFor();
    await p
      .getByText(/^Batas: /)
      .first()
      .waitFor();
    await p.screenshot({ path: path.join(FOTO, "beranda-pegawai.png"), fullPage: true });
    await p.getByRole("link", { name: "Data saya" }).first().click();
    await p.getByRole("heading", { name: "Data saya", level: 2 }).waitFor();
    const tabel = p.getByRole("table", { name: "Siapa yang membaca hasil saya" });
    const baris = tabel
      .getByRole("row")
      .filter({ hasText: "Pendampingan, coaching, atau konseling pegawai" });
    await baris.first().waitFor();
    await expect(baris.first().getByText("Tim Supervisi").isVisible()).resolves.toBe(true);
    // the consent as agreed: the campaign's text and who sees the result, from the rules in force
    await p.getByText("Asesmen Awal 2026").first().waitFor();
    await p.getByRole("button", { name: "Selengkapnya" }).first().click();
    await p
      .getByText(/Pimpinan unit Anda dapat membuka hasil Anda dengan nama/)
      .first()
      .waitFor();
    await aksesibel(p, "data saya");
    await p.screenshot({ path: path.join(FOTO, "data-saya.png"), fullPage: true });

    const [unduhan] = await Promise.all([
      p.waitForEvent("download"),
      p.getByRole("button", { name: "Unduh JSON" }).click(),
    ]);
    expect(unduhan.suggestedFilename()).toBe("data-saya.json");
    const data = JSON.parse(fs.readFileSync(await unduhan.path(), "utf8"));
    expect(data.akun.username).toBe("pegawai");
    expect(data.pembacaanHasil).toEqual(
      expect.arrayContaining([expect.objectContaining({ peran: "tim_supervisi", tujuan: "pendampingan" })]),
    );
    expect(data.hasilAsesmen.length).toBeGreaterThan(0);
    const [pdf] = await Promise.all([
      p.waitForEvent("download"),
      p.getByRole("button", { name: "Unduh PDF" }).click(),
    ]);
    expect(
      fs
        .readFileSync(await pdf.path())
        .subarray(0, 5)
        .toString(),
    ).toBe("%PDF-");
    await p.context().close();

    const hp = await masuk("pegawai", PONSEL);
    await hp.goto(`${server.url}/data-saya`);
    await hp.getByRole("table", { name: "Siapa yang membaca hasil saya" }).waitFor();
    await hp.screenshot({ path: path.join(FOTO, "data-saya-ponsel.png"), fullPage: true });
    await hp.context().close();
  });

  it("lets the admin see what retention would delete before confirming", async () => {
    const p = await masuk("admin");
    await p.goto(`${server.url}/retensi`);
    await p.getByRole("heading", { name: "Retensi data", level: 2 }).waitFor();
    await p.getByRole("button", { name: "Jalankan uji coba" }).click();
    await p.getByRole("columnheader", { name: "Akan dihapus" }).waitFor();
    await p.getByRole("button", { name: "Hapus data ini" }).waitFor();
    await aksesibel(p, "retensi");
    await p.screenshot({ path: path.join(FOTO, "retensi.png"), fullPage: true });
    await p.setViewportSize(PONSEL);
    await p.screenshot({ path: path.join(FOTO, "retensi-ponsel.png"), fullPage: true });
    await p.context().close();
  });
  it("shows my activity in the calendar's month grid and list, and exports it as iCal", async () => {
    const db = server.basisdata.db;
    const hari = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Jakarta" }).format(new Date());
    const siklus = await db
      .insertInto("siklus_program")
      .values({ instansi_id: instansiId, nama: "Siklus Kalender Uji", konfigurasi: "{}" })
      .returning("id")
      .executeTakeFirstOrThrow();
    await db
      .insertInto("kegiatan_program")
      .values({
        instansi_id: instansiId,
        siklus_id: siklus.id,
        kegiatan_utama: "kampanye",
        subtahap: 1,
        judul: "Sosialisasi kode etik untuk semua",
        sasaran_unit: "[]",
        rencana_mulai: hari,
        rencana_selesai: hari,
      })
      .execute();
    const p = await masuk("pegawai");
    await p.getByRole("link", { name: "Kalender saya" }).first().click();
    await p.getByRole("heading", { name: "Kalender saya", level: 2 }).waitFor();
    const sel = p.locator(`td[data-hari="${hari}"]`);
    await sel.getByRole("link", { name: "Sosialisasi kode etik untuk semua" }).waitFor();
    await aksesibel(p, "kalender");
    await p.screenshot({ path: path.join(FOTO, "kalender.png"), fullPage: true });
    const [ics] = await Promise.all([
      p.waitForEvent("download"),
      p.getByRole("button", { name: "Ekspor iCal (.ics)" }).click(),
    ]);
    const isiIcs = fs.readFileSync(await ics.path(), "utf8");
    expect(isiIcs).toContain("BEGIN:VCALENDAR\r\n");
    expect(isiIcs).toContain("SUMMARY:Sosialisasi kode etik untuk semua\r\n");
    expect(isiIcs).toContain(`DTSTART;VALUE=DATE:${hari.replaceAll("-", "")}\r\n`);
    // the list is the second view
    await p.getByText("Daftar", { exact: true }).click();
    await p.getByRole("link", { name: "Sosialisasi kode etik untuk semua" }).waitFor();
    await p.setViewportSize(PONSEL);
    await p.getByText("Bulan", { exact: true }).first().click();
    await sel.waitFor();
    await p.screenshot({ path: path.join(FOTO, "kalender-ponsel.png"), fullPage: true });
    await p.context().close();
  });
});
