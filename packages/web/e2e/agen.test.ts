/**
 * Browser test of docs/agen-perubahan.md: the supervision team publishes
 * the criteria of a new cycle, an employee nominates themself (on a phone),
 * the team selects them, the PPK appoints by decree (the role follows it),
 * the team builds the instrument and assesses the agent on it, the agent
 * sees their own result, and the agent appears in the cycle report (XLSX).
 * Every page is checked with axe-core; screenshots at desktop and 390 px.
 */
import path from "node:path";
import ExcelJS from "exceljs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { harusAksesibel as aksesibel } from "./support/axe.ts";
import { bukaChromium, CHROMIUM } from "./support/chromium.ts";
import { masukDemo } from "./support/masuk.ts";
import { bangunWebBilaUsang, mulaiServerDemo, type ServerUji } from "./support/server.ts";

const suite = CHROMIUM ? describe : describe.skip;
const FOTO = "/tmp/nurani-shots";
const SIKLUS = "Siklus Agen E2E";

suite("change-agent lifecycle in Chromium", () => {
  let server: ServerUji;
  let browser: Browser;
  let namaPegawai: string;
  let nipPegawai: string;

  const masuk = (username: string, lebar = 1280) =>
    masukDemo(browser, server.url, username, { viewport: { width: lebar, height: 900 } });

  async function bukaAgen(p: Page) {
    await p.goto(`${server.url}/agen`);
    await p.getByRole("heading", { name: "Agen Perubahan", level: 2 }).waitFor();
    await p.getByRole("combobox", { name: "Siklus program" }).click();
    await p.getByRole("option", { name: SIKLUS }).click();
  }

  beforeAll(async () => {
    bangunWebBilaUsang();
    server = await mulaiServerDemo();
    browser = await bukaChromium();
    const g = await server.basisdata.db
      .selectFrom("pengguna as g")
      .innerJoin("pegawai as p", "p.id", "g.pegawai_id")
      .select(["p.nama", "p.nip"])
      .where("g.username", "=", "pegawai")
      .executeTakeFirstOrThrow();
    namaPegawai = g.nama;
    nipPegawai = g.nip;
  });

  afterAll(async () => {
    await browser?.close();
    await server?.berhenti();
  });

  it("shows the demo cycle's agents, instrument and coverage on first start", async () => {
    for (const [nama, lebar] of [
      ["desktop", 1280],
      ["ponsel", 390],
    ] as const) {
      const p = await masuk("supervisi", lebar);
      await p.goto(`${server.url}/agen`);
      await p.getByText(/agen ditetapkan/).waitFor();
      await p.getByRole("tab", { name: "Penilaian dan Renaksi" }).click();
      await p.getByText("Capaian butir Renaksi tepat waktu").first().waitFor();
      await p.screenshot({ path: path.join(FOTO, `agen-penilaian-${nama}.png`), fullPage: true });
      await aksesibel(p, `penilaian ${nama}`);
      await p.getByRole("tab", { name: "Cakupan per unit" }).click();
      await p.getByTestId("cakupan-ringkas").waitFor();
      await p.screenshot({ path: path.join(FOTO, `agen-cakupan-${nama}.png`), fullPage: true });
      await aksesibel(p, `cakupan ${nama}`);
      await p.context().close();
    }
  }, 180_000);

  it("an employee self-nominates, is selected and appointed by decree, assessed on the team's instrument, and appears in the cycle report", async () => {
    // the PPK opens a new cycle
    const ppk = await masuk("ppk");
    await ppk.goto(`${server.url}/program`);
    await ppk.getByLabel("Nama siklus").fill(SIKLUS);
    await ppk.getByRole("button", { name: "Buat siklus" }).click();
    await ppk.getByRole("heading", { name: SIKLUS }).waitFor();
    const siklusId = ppk.url().split("/").pop() as string;

    // the supervision team publishes the criteria
    const tim = await masuk("supervisi");
    await bukaAgen(tim);
    await tim.getByRole("tab", { name: "Seleksi dan penetapan" }).click();
    await tim.getByLabel("Kriteria (satu per baris)").fill("Level integritas ≥ 3\nDirekomendasikan atasan");
    await tim.getByRole("button", { name: "Terbitkan" }).click();
    await tim.getByText("Kriteria diterbitkan.").waitFor();

    // the employee, on a phone, reads the criteria and nominates themself
    const peg = await masuk("pegawai", 390);
    await bukaAgen(peg);
    await peg.getByText("Direkomendasikan atasan").waitFor();
    await peg.getByLabel("Alasan").fill("Saya ingin mendampingi rekan di unit saya.");
    await peg.getByRole("button", { name: "Kirim nominasi" }).click();
    await peg.getByTestId("nominasi-saya").getByText("Menunggu seleksi").waitFor();
    await peg.screenshot({ path: path.join(FOTO, "agen-nominasi-ponsel.png"), fullPage: true });
    await aksesibel(peg, "nominasi");

    // the team selects
    await tim.reload();
    await bukaAgen(tim);
    await tim.getByRole("tab", { name: "Seleksi dan penetapan" }).click();
    await tim.getByRole("button", { name: `Pilih ${namaPegawai}`, exact: true }).click();
    await tim.getByText("Keputusan seleksi disimpan.").waitFor();
    await tim.screenshot({ path: path.join(FOTO, "agen-seleksi-desktop.png"), fullPage: true });
    await aksesibel(tim, "seleksi");

    // the PPK appoints by decree
    await bukaAgen(ppk);
    await ppk.getByRole("tab", { name: "Seleksi dan penetapan" }).click();
    await ppk.getByLabel("Nomor SK").fill("KEP-E2E/2026");
    await ppk.getByLabel("Tanggal SK").fill(new Date().toISOString().slice(0, 10));
    await ppk.getByRole("button", { name: "Tetapkan" }).click();
    await ppk.getByText("1 agen ditetapkan dengan SK.").waitFor();

    // the team builds the instrument, then assesses the agent on it
    await tim.reload();
    await bukaAgen(tim);
    await tim.getByRole("tab", { name: "Penilaian dan Renaksi" }).click();
    await tim.getByRole("textbox", { name: /^Kriteria/ }).fill("Capaian Renaksi");
    for (const [i, teks] of ["Belum tampak", "Mulai tampak", "Konsisten", "Teladan"].entries())
      await tim.getByLabel(`Uraian level ${i + 1}`).fill(teks);
    await tim.getByRole("button", { name: "Simpan instrumen" }).click();
    await tim.getByText("Instrumen disimpan.").waitFor();
    await tim.getByRole("combobox", { name: /^Agen/ }).click();
    await tim.getByRole("option", { name: namaPegawai }).click();
    await tim.getByLabel("Periode").fill("2026-T1");
    await tim.getByRole("combobox", { name: /^Level K1/ }).click();
    await tim.getByRole("option", { name: "3 — Konsisten" }).click();
    await tim.getByLabel("Bukti K1").fill("Laporan Renaksi triwulan I");
    await tim.getByRole("button", { name: "Simpan penilaian" }).click();
    await tim.getByText("Penilaian disimpan.").waitFor();
    const baris = tim.getByRole("row").filter({ hasText: "2026-T1" }).filter({ hasText: namaPegawai });
    await baris.getByText("3.00").waitFor();
    await aksesibel(tim, "penilaian");

    // the agent (role from the decree) sees their own result
    await peg.reload();
    await bukaAgen(peg);
    await peg.getByTestId("nominasi-saya").getByText("Ditetapkan dengan SK").waitFor();
    await peg.getByRole("tab", { name: "Penilaian dan Renaksi" }).click();
    await peg.getByRole("row").filter({ hasText: "2026-T1" }).getByText("3.00").waitFor();

    // the cycle report names the agent with their score
    const pim = await masuk("pimpinan");
    await pim.goto(`${server.url}/program/${siklusId}`);
    await pim.getByRole("heading", { name: SIKLUS }).waitFor();
    const [unduhan] = await Promise.all([
      pim.waitForEvent("download"),
      pim.getByRole("button", { name: "Unduh laporan (XLSX)" }).click(),
    ]);
    const buku = new ExcelJS.Workbook();
    await buku.xlsx.readFile(await unduhan.path());
    const lembar = buku.getWorksheet("Agen Perubahan");
    const isi = Array.from(lembar?.getSheetValues() ?? [], (x) => (Array.isArray(x) ? x.slice(1) : []));
    expect(isi.find((b) => b[0] === namaPegawai)).toEqual([namaPegawai, "2026-T1", 3, "0/0"]);
    expect(isi.find((b) => b[0] === "ditetapkan dengan SK yang berlaku")?.[1]).toBe(1);
    for (const p of [ppk, tim, peg, pim]) await p.context().close();
  }, 300_000);

  it("an employee sees Rencana saya and marks a criterion; the superior confirms it", async () => {
    const db = server.basisdata.db;
    // scene: the employee works in the leader's unit, so the leader is their superior
    const atasan = await db
      .selectFrom("pengguna as g")
      .innerJoin("pegawai as p", "p.id", "g.pegawai_id")
      .select(["p.unit_id"])
      .where("g.username", "=", "pimpinan")
      .executeTakeFirstOrThrow();
    await db.updateTable("pegawai").set({ unit_id: atasan.unit_id }).where("nip", "=", nipPegawai).execute();

    const peg = await masuk("pegawai", 390);
    await peg.goto(`${server.url}/rencana-saya`);
    await peg.getByRole("heading", { name: "Rencana saya" }).waitFor();
    await peg.getByText(/^Subtahap \d: /).waitFor();
    // the demo plan already has a criterion ticked: take the first one not yet ticked
    const idKotak = await peg
      .getByRole("checkbox", { checked: false })
      .first()
      .evaluate((e) => e.id);
    const kotak = peg.locator(`[id="${idKotak}"]`);
    await kotak.click();
    await peg.getByText("Kriteria ditandai tercapai.").waitFor();
    await peg.getByRole("checkbox", { checked: true }).first().waitFor();
    expect(await kotak.isChecked()).toBe(true);
    await peg.screenshot({ path: path.join(FOTO, "rencana-saya-ponsel.png"), fullPage: true });
    await aksesibel(peg, "rencana saya");

    const pim = await masuk("pimpinan");
    await pim.goto(`${server.url}/rencana-pegawai`);
    await pim.getByRole("heading", { name: "Rencana pengembangan pegawai" }).waitFor();
    await pim.getByRole("combobox", { name: /^Pegawai/ }).fill(nipPegawai);
    await pim.getByRole("option", { name: `${namaPegawai} (${nipPegawai})` }).click();
    await pim.getByText(`${namaPegawai} · `).waitFor();
    await pim
      .getByRole("button", { name: /^Konfirmasi / })
      .first()
      .click();
    await pim.getByText("Kriteria dikonfirmasi.").waitFor();
    await pim.getByText("Dikonfirmasi atasan").first().waitFor();
    await pim.screenshot({ path: path.join(FOTO, "rencana-pegawai-desktop.png"), fullPage: true });
    await aksesibel(pim, "rencana pegawai");

    await peg.reload();
    await peg.getByText("Dikonfirmasi atasan").first().waitFor();
    for (const p of [peg, pim]) await p.context().close();
  }, 240_000);
});
