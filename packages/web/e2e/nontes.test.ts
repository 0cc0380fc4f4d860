/**
 * Browser test of the non-test assessment (docs/nontes.md; BAB III.B.3.b): on the
 * demo agency a small unit (a leader and three members, each with a login)
 * is added; the supervision team opens an observation/360 period for it
 * and opens it to the raters; the members rate on a phone-size screen
 * (their peers, and their leader as subordinates); the leader sees upward
 * feedback withheld while 2 subordinates have answered and in aggregate
 * once 3 have; the team runs the rater correction and reads the rater
 * report; a member sees their combined level with its sources. Pages are
 * checked with axe-core and photographed at phone width.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { buatPengguna } from "@nurani/server/test-support";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { harusAksesibel as aksesibel } from "./support/axe.ts";
import { bukaChromium, CHROMIUM } from "./support/chromium.ts";
import { bangunWebBilaUsang, mulaiServerDemo, type ServerUji } from "./support/server.ts";

const suite = CHROMIUM ? describe : describe.skip;
const FOTO = process.env.NURANI_FOTO_DIR ?? path.join(os.tmpdir(), "nurani-foto-nontes");
const PONSEL = { width: 390, height: 844 };
const UNIT = "Unit Uji Observasi 360";

suite("non-test assessment (observation/360) in Chromium", () => {
  let server: ServerUji;
  let browser: Browser;
  const login = new Map<string, { username: string; password: string }>();

  async function masuk(nama: string, ukuran = { width: 1280, height: 900 }): Promise<Page> {
    const l =
      nama === "supervisi"
        ? { username: "supervisi", password: "nurani-demo" }
        : (login.get(nama) as { username: string; password: string });
    const ctx = await browser.newContext({ viewport: ukuran, bypassCSP: true });
    const p = await ctx.newPage();
    await p.goto(`${server.url}/login`);
    await p.getByLabel("Nama pengguna").fill(l.username);
    await p.getByLabel("Kata sandi").fill(l.password);
    await p.getByRole("button", { name: "Masuk", exact: true }).click();
    await p.getByRole("heading", { name: /Selamat datang/ }).waitFor();
    return p;
  }

  /** Rates `dinilai` on every scale from the rater's list (phone), choosing anchors by `pilih(i)`. */
  async function nilai(p: Page, dinilai: string, pilih: (i: number) => number) {
    await p.goto(`${server.url}/nontes/tugas`);
    await p.getByRole("button", { name: `Nilai ${dinilai}` }).click();
    // the BARS scales (not the shell's language switch): each offers "Tidak dapat mengamati"
    const grup = p
      .getByRole("radiogroup")
      .filter({ has: p.getByRole("radio", { name: "Tidak dapat mengamati" }) });
    await grup.first().waitFor();
    const n = await grup.count();
    expect(n).toBeGreaterThanOrEqual(16);
    for (let i = 0; i < n; i++) await grup.nth(i).getByRole("radio").nth(pilih(i)).check();
    await p.getByRole("button", { name: "Kirim penilaian" }).click();
    await p.getByText("Penilaian terkirim.").first().waitFor();
  }

  beforeAll(async () => {
    fs.mkdirSync(FOTO, { recursive: true });
    bangunWebBilaUsang();
    server = await mulaiServerDemo();
    const db = server.basisdata.db;
    const instansiId = (
      await db.selectFrom("instansi").select("id").where("kode", "=", "KEMENCS").executeTakeFirstOrThrow()
    ).id;
    const { id: unitId } = await db
      .insertInto("unit_kerja")
      .values({ instansi_id: instansiId, kode: "UJI360", nama: UNIT, eselon: 4 })
      .returning("id")
      .executeTakeFirstOrThrow();
    const orang: [string, "struktural" | "pelaksana"][] = [
      ["Kepala Uji", "struktural"],
      ["Anggota Satu", "pelaksana"],
      ["Anggota Dua", "pelaksana"],
      ["Anggota Tiga", "pelaksana"],
    ];
    for (const [i, [nama, jenis]] of orang.entries()) {
      const { id } = await db
        .insertInto("pegawai")
        .values({
          instansi_id: instansiId,
          nip: `19800101200501100${i}`,
          nama,
          unit_id: unitId,
          jenis_jabatan: jenis,
          jenis_kelamin: "P",
          tanggal_lahir: "1980-01-01",
          tmt_cpns: "2005-01-01",
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      const u = await buatPengguna(db, [
        { instansiId, peran: jenis === "struktural" ? "pimpinan" : "pegawai" },
      ]);
      await db
        .updateTable("pengguna")
        .set({ pegawai_instansi_id: instansiId, pegawai_id: id })
        .where("id", "=", u.id)
        .execute();
      login.set(nama, u);
    }
    browser = await bukaChromium();
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    await server?.berhenti();
  });

  it("the supervision team opens a period for a unit with raters proposed from the unit tree", async () => {
    const p = await masuk("supervisi");
    await p.goto(`${server.url}/nontes/periode`);
    await p.getByLabel("Nama periode").fill("Observasi 360 Uji");
    const unit = p.getByRole("combobox", { name: "Unit kerja" });
    await unit.click();
    await unit.fill("Unit Uji Observasi");
    await p.getByRole("option", { name: UNIT }).filter({ visible: true }).first().click();
    await p.keyboard.press("Escape");
    await p.getByLabel("Tenggat").fill("2999-12-31");
    await p.getByRole("button", { name: "Buat periode" }).click();
    await p.getByText("Periode dibuat dengan usulan penilai.").first().waitFor();
    const baris = p.getByRole("row").filter({ hasText: "Observasi 360 Uji" });
    await expect.poll(() => baris.textContent()).toContain("Draf");
    // nothing rated yet (each member: the leader + 2 peers; the leader: 3 subordinates, and any peers)
    expect(await baris.textContent()).toMatch(/0\/\d+/);
    await aksesibel(p, "periode");
    await baris.getByRole("button", { name: "Buka untuk penilai" }).click();
    await expect.poll(() => baris.textContent()).toContain("Dibuka");
    await p.context().close();
  }, 300_000);

  it("members rate on a phone; upward feedback stays withheld with 2 subordinates and shows with 3", async () => {
    const satu = await masuk("Anggota Satu", PONSEL);
    await p0(satu);
    await nilai(satu, "Kepala Uji", (i) => (i % 3) + 1);
    await nilai(satu, "Anggota Dua", (i) => i % 4);
    await nilai(satu, "Anggota Tiga", (i) => (i + 1) % 4);
    const dua = await masuk("Anggota Dua", PONSEL);
    await nilai(dua, "Kepala Uji", (i) => (i % 2) + 2);
    await nilai(dua, "Anggota Satu", (i) => (i + 2) % 4);

    const kepala = await masuk("Kepala Uji", PONSEL);
    await kepala.goto(`${server.url}/nontes/saya`);
    await kepala.getByTestId("agregat-bawahan").waitFor();
    expect(await kepala.getByTestId("agregat-bawahan").textContent()).toContain("ditahan");

    const tiga = await masuk("Anggota Tiga", PONSEL);
    await nilai(tiga, "Kepala Uji", (i) => i % 4);
    await nilai(tiga, "Anggota Satu", (i) => (i + 3) % 4);
    await kepala.reload();
    await kepala.getByTestId("agregat-bawahan").waitFor();
    expect(await kepala.getByTestId("agregat-bawahan").textContent()).toContain("3 penilai");
    await aksesibel(kepala, "saya (pimpinan)");
    await kepala.screenshot({ path: path.join(FOTO, "umpan-balik-pimpinan-ponsel.png"), fullPage: true });
    for (const p of [satu, dua, tiga, kepala]) await p.context().close();

    async function p0(p: Page) {
      await p.goto(`${server.url}/nontes/tugas`);
      await p.getByRole("button", { name: "Nilai Kepala Uji" }).click();
      await p.getByRole("radiogroup").first().waitFor();
      await aksesibel(p, "formulir BARS (ponsel)");
      await p.screenshot({ path: path.join(FOTO, "formulir-bars-ponsel.png"), fullPage: false });
    }
  }, 600_000);

  it("the rater-correction job runs; the team reads the rater report; a member sees the combined level with its sources", async () => {
    const p = await masuk("supervisi");
    await p.goto(`${server.url}/nontes/periode`);
    const baris = p.getByRole("row").filter({ hasText: "Observasi 360 Uji" });
    await expect.poll(() => baris.textContent()).toMatch(/7\/\d+/);
    await baris.getByRole("button", { name: "Jalankan koreksi penilai" }).click();
    await p.getByText("Koreksi penilai dijalankan di latar belakang.").first().waitFor();
    await expect
      .poll(
        async () => {
          await p.reload();
          await p
            .getByRole("row")
            .filter({ hasText: "Observasi 360 Uji" })
            .getByRole("button", { name: "Laporan penilai" })
            .click();
          return p
            .getByText("Koreksi penilai belum dijalankan.")
            .isVisible()
            .then((belum) => !belum);
        },
        { timeout: 120_000, interval: 2000 },
      )
      .toBe(true);
    await p.getByRole("columnheader", { name: "Keparahan (logit)" }).waitFor();
    await aksesibel(p, "laporan penilai");
    await p.context().close();

    const satu = await masuk("Anggota Satu", PONSEL);
    await satu.goto(`${server.url}/nontes/saya`);
    const judul = satu.getByRole("heading", { name: "Observasi 360 Uji" });
    await judul.waitFor();
    const kartu = satu.locator("div").filter({ has: judul }).last();
    await kartu.getByTestId("level-akhir").waitFor();
    expect(await kartu.getByTestId("level-akhir").textContent()).toMatch(/^Level [1-4]$/);
    expect(await kartu.getByTestId("sumber-KD").textContent()).toContain("Observasi/360");
    expect(await kartu.getByTestId("agregat-rekan").textContent()).toContain("ditahan"); // 2 peers
    await aksesibel(satu, "hasil non-tes saya");
    await satu.screenshot({ path: path.join(FOTO, "hasil-nontes-ponsel.png"), fullPage: true });
    await satu.context().close();
  }, 300_000);
});
