/**
 * Browser test of test taking (docs/asesmen.md "Flow", "Guarantees"):
 * a token holder on a phone-sized screen opens /ujian/<token>, consents,
 * answers with the keyboard and the mouse, loses the network, reloads, and
 * submits; every answer reaches the server exactly once. The campaign pages
 * are opened by the supervision team. axe-core checks each page.
 */
import fs from "node:fs";
import path from "node:path";
import { aktifkanKampanye, buatKampanye, buatPengguna, buatTokenPeserta } from "@nurani/server/test-support";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { periksaAksesibilitas } from "./support/axe.ts";
import { bukaChromium, CHROMIUM } from "./support/chromium.ts";
import { bangunWebBilaUsang, mulaiServerDemo, type ServerUji } from "./support/server.ts";

const SHOTS = "/tmp/nurani-shots";
const PASSWORD = "kata-sandi-uji-2026";
const suite = CHROMIUM ? describe : describe.skip;

suite("assessment in Chromium", () => {
  let server: ServerUji;
  let browser: Browser;
  let instansiId: string;
  let kampanyeId: string;
  let token: string;
  let pesertaId: string;
  let supervisor: string;

  beforeAll(async () => {
    fs.mkdirSync(SHOTS, { recursive: true });
    bangunWebBilaUsang();
    server = await mulaiServerDemo();
    const db = server.basisdata.db;
    const ins = await db
      .selectFrom("instansi")
      .select("id")
      .where("nasional", "=", false)
      .orderBy("kode")
      .executeTakeFirstOrThrow();
    instansiId = ins.id;
    const pegawai = await db
      .selectFrom("pegawai")
      .select("id")
      .where("instansi_id", "=", instansiId)
      .where("aktif", "=", true)
      .orderBy("nip")
      .limit(3)
      .execute();
    await db.transaction().execute(async (trx) => {
      kampanyeId = await buatKampanye(
        trx,
        instansiId,
        {
          nama: "Asesmen Uji Peramban",
          tujuan: "berkala",
          formulirId: "NAS-1-S",
          populasi: { jenis: "daftar", pegawaiIds: pegawai.map((p) => p.id) },
          dibuka: new Date(Date.now() - 3600_000),
          ditutup: new Date(Date.now() + 86_400_000),
          batasMenit: 45,
          teksPersetujuan: "Hasil dilihat Tim Supervisi; disimpan 5 tahun.",
        },
        null,
      );
      await aktifkanKampanye(trx, instansiId, kampanyeId);
      const t = await buatTokenPeserta(trx, instansiId, kampanyeId, {
        sasaran: "pilihan",
        pesertaIds: (
          await trx.selectFrom("peserta_asesmen").select("id").where("kampanye_id", "=", kampanyeId).execute()
        ).map((p) => p.id),
      });
      token = t[0].token;
      pesertaId = t[0].pesertaId;
    });
    supervisor = (await buatPengguna(db, [{ instansiId, peran: "tim_supervisi" }], { password: PASSWORD }))
      .username;
    browser = await bukaChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.berhenti();
  });

  async function aksesibel(page: Page, nama: string) {
    const v = await periksaAksesibilitas(page);
    expect(v, `${nama}: ${JSON.stringify(v, null, 2)}`).toEqual([]);
  }

  const jawabanDb = () =>
    server.basisdata.db
      .selectFrom("jawaban_asesmen")
      .selectAll()
      .where("peserta_id", "=", pesertaId)
      .execute();

  it("takes the whole test on a phone: consent, keyboard, offline queue, reload, final submission", async () => {
    const ctx: BrowserContext = await browser.newContext({
      viewport: { width: 390, height: 844 },
      bypassCSP: true,
    });
    const page = await ctx.newPage();
    await page.goto(`${server.url}/ujian/${token}`);
    await page.getByRole("heading", { name: "Asesmen Uji Peramban" }).waitFor();
    await aksesibel(page, "ujian-awal");
    const mulai = page.getByRole("button", { name: "Mulai asesmen" });
    expect(await mulai.isDisabled()).toBe(true); // consent first
    await page.getByLabel("Saya telah membaca dan menyetujui ketentuan di atas.").check();
    await mulai.click();
    await page.getByText("Blok 1 dari 16").waitFor();
    await aksesibel(page, "ujian-blok");
    await page.screenshot({ path: path.join(SHOTS, "asesmen-ujian-hp.png"), fullPage: true });

    // block 1 by keyboard: focus the first "most like me" radio, Space selects it
    await page
      .getByRole("radio", { name: /^Paling sesuai:/ })
      .first()
      .focus();
    await page.keyboard.press("Space");
    await page
      .getByRole("radio", { name: /^Paling tidak sesuai:/ })
      .nth(1)
      .focus();
    await page.keyboard.press("Space");
    await page.getByRole("status").filter({ hasText: "Tersimpan" }).waitFor();

    const jawabBlok = async (n: number) => {
      await page.getByText(`Blok ${n} dari 16`).waitFor();
      await page
        .getByRole("radio", { name: /^Paling sesuai:/ })
        .nth(2)
        .check();
      await page
        .getByRole("radio", { name: /^Paling tidak sesuai:/ })
        .first()
        .check();
    };
    for (let n = 2; n <= 6; n++) {
      await page.getByRole("button", { name: "Berikutnya" }).click();
      await jawabBlok(n);
    }
    await page.getByRole("status").filter({ hasText: "Tersimpan" }).waitFor();

    // the network drops: the answer waits locally
    await ctx.setOffline(true);
    await page.getByRole("button", { name: "Berikutnya" }).click();
    await jawabBlok(7);
    await page.getByText(/Belum terkirim/).waitFor();
    expect((await jawabanDb()).length).toBe(6);
    await ctx.setOffline(false);
    await page.getByRole("status").filter({ hasText: "Tersimpan" }).waitFor({ timeout: 40_000 });
    expect((await jawabanDb()).length).toBe(7);

    // reload: resumes at the first unanswered block with progress kept
    await page.reload();
    await page.getByText("Blok 8 dari 16").waitFor();
    await page.getByText("7 dari 16 blok terjawab").first().waitFor();
    for (let n = 8; n <= 16; n++) {
      await jawabBlok(n);
      if (n < 16) await page.getByRole("button", { name: "Berikutnya" }).click();
    }
    await page.getByText("16 dari 16 blok terjawab").first().waitFor();
    await page.getByRole("status").filter({ hasText: "Tersimpan" }).waitFor();
    await page.getByRole("button", { name: "Kirim jawaban" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Kirim final" }).click();
    await page.getByText(/Jawaban Anda sudah dikirim/).waitFor();
    await aksesibel(page, "ujian-selesai");

    const rows = await jawabanDb();
    expect(rows).toHaveLength(16);
    expect(new Set(rows.map((r) => r.blok)).size).toBe(16);
    expect(rows.every((r) => r.detik !== null && r.detik >= 0)).toBe(true);
    const p = await server.basisdata.db
      .selectFrom("peserta_asesmen")
      .select(["selesai", "persetujuan"])
      .where("id", "=", pesertaId)
      .executeTakeFirstOrThrow();
    expect(p.selesai).not.toBeNull();
    expect(p.persetujuan).not.toBeNull();
    await ctx.close();
  });

  it("shows an unknown token clearly", async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/ujian/AAAA-BBBB-CCCC`);
    await page.getByText(/Token ujian tidak dikenal/).waitFor();
    await page.close();
  });

  it("lets the supervision team see the campaign with its progress, on desktop", async () => {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
    const page = await ctx.newPage();
    await page.goto(server.url);
    await page.getByLabel("Nama pengguna").fill(supervisor);
    await page.getByLabel("Kata sandi").fill(PASSWORD);
    await page.getByRole("button", { name: "Masuk", exact: true }).click();
    await page.getByRole("heading", { name: /Selamat datang/ }).waitFor();
    await page.goto(`${server.url}/asesmen`);
    await page.getByRole("heading", { name: "Kampanye asesmen integritas" }).waitFor();
    await page.getByRole("link", { name: "Asesmen Uji Peramban" }).click();
    await page.getByText("3 peserta · 3 diundang · 1 mulai · 1 selesai").waitFor();
    await aksesibel(page, "kampanye-detail");
    // adding employees who joined later: the listed population has nobody new, so nobody is added
    await page.getByRole("button", { name: "Tambahkan peserta baru" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Tambahkan", exact: true }).click();
    await page.getByRole("status").filter({ hasText: "Tidak ada pegawai baru dalam populasi" }).waitFor();
    await page.getByText("3 peserta · 3 diundang").waitFor();
    await page.screenshot({ path: path.join(SHOTS, "asesmen-kampanye.png"), fullPage: true });
    await ctx.close();
  });
});
