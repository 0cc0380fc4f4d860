/**
 * Browser test of the integrity programme (docs/program.md "7. What the app does"): the demo agency's cycle
 * (src/demo/program.ts on top of the demo's released initial assessment),
 * seen by the supervision team, a new cycle whose step 1 is refused with the
 * regulation's reasons, an employee signing a declaration, and the report
 * downloaded and checked. Every page is checked with axe-core.
 */

import { seedAsesmenDemo, seedHasilDemo, seedProgramDemo } from "@nurani/server/test-support";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { harusAksesibel as aksesibel } from "./support/axe.ts";
import { pakaiServerDemo } from "./support/berkas.ts";
import { CHROMIUM } from "./support/chromium.ts";
import { masukDemo } from "./support/masuk.ts";

const suite = CHROMIUM ? describe : describe.skip;

suite("integrity programme in Chromium", () => {
  let siklusId: string;
  const e2e = pakaiServerDemo(async (server) => {
    const db = server.basisdata.db;
    const ins = await db
      .selectFrom("instansi")
      .select("id")
      .where("kode", "=", "KEMENCS")
      .executeTakeFirstOrThrow();
    const r = await db.transaction().execute(async (trx) => {
      await seedAsesmenDemo(trx, ins.id);
      await seedHasilDemo(trx, ins.id);
      return seedProgramDemo(trx, ins.id);
    });
    siklusId = r.siklusId as string;
  });
  const masuk = (username: string, lebar = 1280) =>
    masukDemo(e2e.browser, e2e.server.url, username, { viewport: { width: lebar, height: 900 } });

  it("shows the supervision team where the agency stands, what is next and who acts", async () => {
    const p = await masuk("supervisi");
    await p.getByRole("navigation").getByRole("link", { name: "Program integritas", exact: true }).click();
    await p.getByRole("link", { name: "Program Integritas 2026" }).click();
    await p.getByRole("heading", { name: "Di mana kita sekarang dan apa berikutnya" }).waitFor();
    await expect(p.getByText(/Laksanakan kegiatan utama yang belum terlaksana/).isVisible()).resolves.toBe(
      true,
    );
    expect(await p.getByText("Selesai", { exact: true }).count()).toBe(6);
    await aksesibel(p, "dasbor");
    // assessment cannot start yet: the confirmation shows the regulation's reason
    await p.getByRole("button", { name: "Mulai penilaian" }).click();
    await p.getByRole("button", { name: "Ya, lanjutkan" }).click();
    await p.getByText(/kegiatan utama belum pernah dilaksanakan/).waitFor();
    await p.getByRole("button", { name: "Batal" }).click();
    await p.getByRole("link", { name: "Buka kalender" }).click();
    await p.getByRole("heading", { name: "Kalender kegiatan" }).waitFor();
    // the month grid first (docs/data-saya.md); "Semua bulan" shows the list
    await p.getByRole("table", { name: "Kegiatan per hari dalam bulan ini" }).waitFor();
    await aksesibel(p, "kalender (bulan)");
    await p.getByRole("button", { name: "Semua bulan" }).click();
    await p.getByText("Forum berbagi pengetahuan bulanan: cerita integritas").first().waitFor();
    await aksesibel(p, "kalender");
    await p.goto(`${e2e.server.url}/program/panduan?siklus=${siklusId}`);
    await p.getByRole("heading", { name: "Panduan subtahap" }).waitFor();
    await p.getByText(/Peta: Asesmen Awal 2026/).waitFor();
    await aksesibel(p, "panduan");
    await p.goto(`${e2e.server.url}/program/${siklusId}/daftar-periksa`);
    await p.getByRole("heading", { name: "Daftar periksa subtahap" }).waitFor();
    await aksesibel(p, "daftar periksa");
    await p.context().close();
  });

  it("refuses the PPK's step 1 without its output, listing what is missing", async () => {
    const p = await masuk("ppk");
    await p.goto(`${e2e.server.url}/program`);
    await p.getByLabel("Nama siklus").fill("Program Integritas 2027");
    await p.getByRole("button", { name: "Buat siklus" }).click();
    await p.getByRole("heading", { name: "Program Integritas 2027" }).waitFor();
    await p.getByRole("button", { name: "Isi keluaran" }).click();
    await p.getByRole("button", { name: "Catat keluaran" }).click();
    await p.getByText("Dokumen SK wajib diunggah.").waitFor();
    await p.getByText("Tim harus punya tepat satu ketua.").waitFor();
    await aksesibel(p, "form langkah 1");
    await p.context().close();
  });

  it("lets an employee sign a declaration on a phone", async () => {
    // a fresh declaration in the new cycle is not signed by anyone yet: use the demo cycle's page
    const p = await masuk("pegawai", 390);
    await p.goto(`${e2e.server.url}/program/${siklusId}/deklarasi`);
    await p.getByRole("heading", { name: "Deklarasi komitmen bersama", exact: true }).waitFor();
    await p.getByText(/Penandatangan: \d+/).waitFor();
    await aksesibel(p, "deklarasi");
    const tombol = p.getByRole("button", { name: "Tandatangani" });
    if (await tombol.isVisible()) {
      await p.getByLabel(/Saya telah membaca/).check();
      await tombol.click();
    }
    await p.getByText("Anda sudah menandatangani deklarasi ini.").waitFor();
    await p.context().close();
  });

  it("downloads the programme report as XLSX with the stages, steps and targets", async () => {
    const p = await masuk("pimpinan");
    await p.goto(`${e2e.server.url}/program/${siklusId}`);
    await p.getByRole("heading", { name: "Program Integritas 2026" }).waitFor();
    const [unduhan] = await Promise.all([
      p.waitForEvent("download"),
      p.getByRole("button", { name: "Unduh laporan (XLSX)" }).click(),
    ]);
    const buku = new ExcelJS.Workbook();
    await buku.xlsx.readFile(await unduhan.path());
    const per = buku.getWorksheet("Persiapan");
    for (let i = 2; i <= 7; i++) expect(per?.getRow(i).getCell(3).value).toBe("ya");
    expect(buku.getWorksheet("Ringkasan")?.getRow(4).getCell(2).value).toBe("Pelaksanaan");
    expect(buku.getWorksheet("Target")?.getRow(3).getCell(1).value).toBe("T1");
    await p.context().close();
  });
});
