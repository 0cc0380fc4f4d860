/**
 * Browser test of releasing results on purpose and of the named drill-down
 * (docs/hasil.md "Release", "Who sees what"): on the demo agency, the open
 * periodic campaign gets one scored response awaiting review (the careless
 * release of the outside test). "Rilis hasil" shows what it releases, wants a
 * reason, and only then releases; "Tarik rilis" wants a reason too. The map's
 * drill-down asks for a purpose before it shows any name. Each dialog is
 * checked with axe-core and photographed at desktop and phone width.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import {
  seedAsesmenDemo,
  seedHasilDemo,
  seedProgramDemo,
  segarkanRingkasan,
} from "@nurani/server/test-support";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { periksaAksesibilitas } from "./support/axe.ts";
import { bukaChromium, CHROMIUM } from "./support/chromium.ts";
import { bangunWebBilaUsang, mulaiServerDemo, type ServerUji } from "./support/server.ts";

const suite = CHROMIUM ? describe : describe.skip;
/** Screenshots to look at (desktop 1280, phone 390×844). */
const FOTO = process.env.NURANI_FOTO_DIR ?? path.join(os.tmpdir(), "nurani-foto-hasil-rilis");

suite("release results and named drill-down in Chromium", () => {
  let server: ServerUji;
  let browser: Browser;
  let instansiId: string;
  let berkala: string;

  async function masuk(username: string, ukuran = { width: 1280, height: 900 }): Promise<Page> {
    const ctx = await browser.newContext({ viewport: ukuran, bypassCSP: true });
    const p = await ctx.newPage();
    await p.goto(`${server.url}/login`);
    await p.getByLabel("Nama pengguna").fill(username);
    await p.getByLabel("Kata sandi").fill("nurani-demo");
    await p.getByRole("button", { name: "Masuk", exact: true }).click();
    await p.getByRole("heading", { name: /Selamat datang/ }).waitFor();
    return p;
  }

  async function aksesibel(p: Page, nama: string) {
    const v = await periksaAksesibilitas(p);
    expect(v, `${nama}: ${JSON.stringify(v, null, 2)}`).toEqual([]);
  }

  const dirilis = async () =>
    (
      await server.basisdata.db
        .selectFrom("kampanye_asesmen")
        .select("hasil_dirilis")
        .where("id", "=", berkala)
        .executeTakeFirstOrThrow()
    ).hasil_dirilis;

  /** Opens "Rilis hasil" of the periodic campaign (desktop or phone). */
  async function bukaDialogRilis(p: Page) {
    await p.goto(`${server.url}/hasil-kelola`);
    const baris = p.getByRole("row").filter({ hasText: "Asesmen Berkala Semester I 2026" });
    await baris.getByRole("button", { name: "Kelola" }).click();
    await p.getByRole("button", { name: "Rilis hasil" }).click();
    const d = p.getByRole("dialog", { name: "Rilis hasil kampanye" });
    await d.getByText("1 hasil masih menunggu tinjauan.").waitFor();
    return d;
  }

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
      await seedProgramDemo(trx, instansiId);
      return r;
    });
    const k = await db
      .selectFrom("kampanye_asesmen")
      .select(["id"])
      .where("instansi_id", "=", instansiId)
      .where("tujuan", "=", "berkala")
      .executeTakeFirstOrThrow();
    berkala = k.id;
    expect(a.kampanyeAwal).toBeTruthy();
    // one employee of the open periodic campaign submitted and was scored; the pattern is flagged
    const awal = await db
      .selectFrom("skor_asesmen")
      .selectAll()
      .where("instansi_id", "=", instansiId)
      .where("kampanye_id", "=", a.kampanyeAwal as string)
      .limit(1)
      .executeTakeFirstOrThrow();
    const peserta = await db
      .updateTable("peserta_asesmen")
      .set({ mulai: new Date(), selesai: new Date() })
      .where("instansi_id", "=", instansiId)
      .where("kampanye_id", "=", berkala)
      .where("pegawai_id", "=", awal.pegawai_id)
      .returning("id")
      .executeTakeFirstOrThrow();
    await db
      .insertInto("skor_asesmen")
      .values({
        ...awal,
        peserta_id: peserta.id,
        kampanye_id: berkala,
        // jsonb columns go back as JSON text (a compact row has no `hasil`)
        hasil: awal.hasil === null ? null : JSON.stringify(awal.hasil),
        tanda: awal.tanda === null ? null : JSON.stringify(awal.tanda),
        batas: awal.batas === null ? null : JSON.stringify(awal.batas),
        perlu_tinjauan: true,
        tinjauan: "menunggu",
        dihitung: new Date(),
      })
      .execute();
    await segarkanRingkasan(db, instansiId, berkala);
    browser = await bukaChromium();
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    await server?.berhenti();
  });

  it("shows what a release releases and releases nothing on cancel, or without a reason while reviews are pending", async () => {
    const p = await masuk("supervisi");
    const d = await bukaDialogRilis(p);
    await expect(d.getByText(/1 orang diskor; 0 masuk peta/).isVisible()).resolves.toBe(true);
    await expect(d.getByText(/Kampanye masih terbuka sampai/).isVisible()).resolves.toBe(true);
    await expect(d.getByText(/Instansi belum mencapai 5 orang/).isVisible()).resolves.toBe(true);
    await expect(
      d.getByText(/Ditautkan ke siklus program: Program Integritas 2026/).isVisible(),
    ).resolves.toBe(true);
    const ya = d.getByRole("button", { name: /Rilis hasil \(0 orang\)/ });
    await expect(ya.isDisabled()).resolves.toBe(true);
    await d.getByLabel(/Alasan merilis sebelum tinjauan selesai/).fill("singkat");
    await expect(ya.isDisabled()).resolves.toBe(true);
    await p.screenshot({ path: path.join(FOTO, "rilis-desktop.png"), fullPage: false });
    await aksesibel(p, "dialog rilis");
    await d.getByRole("button", { name: "Batal" }).click();
    await d.waitFor({ state: "hidden" });
    expect(await dirilis()).toBeNull();

    const hp = await masuk("supervisi", { width: 390, height: 844 });
    await bukaDialogRilis(hp);
    await hp.screenshot({ path: path.join(FOTO, "rilis-ponsel.png"), fullPage: false });
    await aksesibel(hp, "dialog rilis (ponsel)");
    await hp.context().close();
    await p.context().close();
  });

  it("releases with a reason, and withdraws with a reason after a confirmation", async () => {
    const p = await masuk("supervisi");
    const d = await bukaDialogRilis(p);
    await d
      .getByLabel(/Alasan merilis sebelum tinjauan selesai/)
      .fill("Pimpinan meminta rilis segera untuk rapat.");
    await d.getByRole("button", { name: /Rilis hasil \(0 orang\)/ }).click();
    await d.waitFor({ state: "hidden" });
    expect(await dirilis()).not.toBeNull();
    const audit = await server.basisdata.db
      .selectFrom("audit_log")
      .select("rincian")
      .where("aksi", "=", "hasil.rilis")
      .where("objek_id", "=", berkala)
      .executeTakeFirstOrThrow();
    expect(audit.rincian).toMatchObject({
      menunggu: 1,
      alasanAbaikanTinjauan: "Pimpinan meminta rilis segera untuk rapat.",
    });

    await p.getByRole("button", { name: "Tarik rilis" }).click();
    const t = p.getByRole("dialog", { name: "Tarik rilis hasil" });
    await t.getByText(/tidak akan lagi terlihat/).waitFor();
    const ya = t.getByRole("button", { name: "Tarik rilis" });
    await expect(ya.isDisabled()).resolves.toBe(true);
    await t.getByLabel(/Alasan penarikan/).fill("Dirilis sebelum kampanye ditutup.");
    await p.screenshot({ path: path.join(FOTO, "tarik-desktop.png"), fullPage: false });
    await aksesibel(p, "dialog tarik rilis");
    await ya.click();
    await t.waitFor({ state: "hidden" });
    expect(await dirilis()).toBeNull();
    await p.context().close();
  });

  it("shows the cycle measured on its linked campaigns on the dashboard", async () => {
    const s = await server.basisdata.db
      .selectFrom("siklus_program")
      .select("id")
      .where("instansi_id", "=", instansiId)
      .executeTakeFirstOrThrow();
    for (const [nama, ukuran] of [
      ["desktop", { width: 1280, height: 900 }],
      ["ponsel", { width: 390, height: 844 }],
    ] as const) {
      const p = await masuk("supervisi", ukuran);
      await p.goto(`${server.url}/program/${s.id}`);
      const bagian = p.getByText("Kampanye asesmen siklus ini");
      await bagian.waitFor();
      await bagian.scrollIntoViewIfNeeded();
      await p.screenshot({ path: path.join(FOTO, `siklus-${nama}-awal.png`), fullPage: false });
      const tertaut = p.getByRole("table").filter({ hasText: "asesmen berkala" });
      await expect(tertaut.getByText(/Asesmen Berkala Semester I 2026/).isVisible()).resolves.toBe(true);
      await expect(tertaut.getByText(/Asesmen Awal 2026/).isVisible()).resolves.toBe(true);
      await expect(
        p.getByText(/Capaian diukur pada kampanye tertaut: Asesmen Awal 2026/).isVisible(),
      ).resolves.toBe(true);
      await bagian.scrollIntoViewIfNeeded();
      await p.screenshot({ path: path.join(FOTO, `siklus-${nama}.png`), fullPage: false });
      await aksesibel(p, `dasbor siklus (${nama})`);
      await p.context().close();
    }
  });

  it("asks for a purpose before the map shows any name, and shows no NIP", async () => {
    for (const [nama, ukuran] of [
      ["desktop", { width: 1280, height: 900 }],
      ["ponsel", { width: 390, height: 844 }],
    ] as const) {
      const p = await masuk("supervisi", ukuran);
      await p.goto(`${server.url}/peta-asesmen`);
      await p.getByLabel("Kampanye", { exact: true }).first().click();
      await p.getByRole("option", { name: "Asesmen Awal 2026" }).click();
      const tabel = p.getByRole("table").filter({ hasText: "Indeks (95%)" });
      await tabel.getByRole("button").first().click();
      const d = p.getByRole("dialog", { name: "Untuk apa rincian bernama ini dibuka?" });
      await d.waitFor();
      await d.getByRole("button", { name: "Tampilkan rincian" }).click();
      await d.getByText("Pilih salah satu tujuan.").waitFor();
      await p.screenshot({ path: path.join(FOTO, `tujuan-${nama}.png`), fullPage: false });
      await aksesibel(p, `dialog tujuan (${nama})`);
      await d.getByLabel("Pendampingan, coaching, atau konseling pegawai").check();
      await d.getByRole("button", { name: "Tampilkan rincian" }).click();
      await p.getByText(/Dibuka untuk: Pendampingan, coaching, atau konseling pegawai/).waitFor();
      await expect(p.getByRole("columnheader", { name: "NIP" }).count()).resolves.toBe(0);
      const rincian = p.getByRole("heading", { name: /Rincian pegawai/ });
      await rincian.scrollIntoViewIfNeeded();
      await p.screenshot({ path: path.join(FOTO, `rincian-${nama}.png`), fullPage: false });
      await aksesibel(p, `rincian (${nama})`);
      await p.context().close();
    }
    const audit = await server.basisdata.db
      .selectFrom("audit_log")
      .select("rincian")
      .where("aksi", "=", "hasil.rinci.baca")
      .execute();
    expect(audit.map((a) => (a.rincian as { tujuan: string }).tujuan)).toEqual([
      "pendampingan",
      "pendampingan",
    ]);
  });

  it("shows an agency admin the national item bank without keys or desirability", async () => {
    for (const [nama, ukuran] of [
      ["desktop", { width: 1280, height: 900 }],
      ["ponsel", { width: 390, height: 844 }],
    ] as const) {
      const p = await masuk("admin", ukuran);
      await p.goto(`${server.url}/bank-butir`);
      await p.getByRole("table").getByRole("link").first().click();
      await p.getByText(/hanya dilihat evaluator nasional/).waitFor();
      const tabel = p.getByRole("table").first();
      await tabel.getByRole("row").nth(1).waitFor();
      const kepala = await tabel.getByRole("columnheader").allTextContents();
      expect(kepala).not.toContain("Kunci");
      expect(kepala).not.toContain("Keinginan sosial");
      await p.getByRole("tab", { name: /Formulir dan blok/ }).click();
      await p
        .getByRole("button", { name: /Formulir/ })
        .first()
        .click();
      await expect(p.getByRole("columnheader", { name: "Pola kunci" }).count()).resolves.toBe(0);
      await expect(p.getByRole("tab", { name: /Laporan lint/ }).count()).resolves.toBe(0);
      await p.getByRole("tab", { name: "Laporan desain" }).click();
      await expect(p.getByRole("heading", { name: /Laporan lint/ }).count()).resolves.toBe(0);
      await p.getByRole("tab", { name: /Pernyataan/ }).click();
      await p.screenshot({ path: path.join(FOTO, `bank-butir-${nama}.png`), fullPage: false });
      await aksesibel(p, `bank butir admin (${nama})`);
      await p.context().close();
    }
  });
});
