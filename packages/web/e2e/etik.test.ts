/**
 * Browser walk of the code of ethics and conflict-of-interest registers
 * (docs/kode-etik.md; Tabel 2 II, BAB II.E) on the demo: the demo employee
 * attests the published code on a phone (quiz included), declares a conflict
 * of interest; the direct superior decides it; the employee sees the decision.
 * The management page, the register and the synergy panel are photographed
 * (desktop and 390 px) into /tmp/nurani-shots/ and checked with axe-core.
 */
import path from "node:path";
import { expect } from "vitest";
import { harusAksesibel as aksesibel } from "./support/axe.ts";
import { pakaiServerDemo, SHOTS, siklusDemo, ujiPeramban as uji } from "./support/berkas.ts";
import { masukDemo } from "./support/masuk.ts";

const HP = { width: 390, height: 844 };
const LAYAR = { width: 1280, height: 900 };

let siklusKemen = "";

const e2e = pakaiServerDemo(async (server) => {
  siklusKemen = await siklusDemo(server);
});
const masuk = (username: string, viewport = HP) =>
  masukDemo(e2e.browser, e2e.server.url, username, { viewport });

uji(
  "an employee attests the code on a phone, declares a conflict, the superior decides, the employee sees the decision",
  async () => {
    const uraian = "Adik kandung saya mendaftar pada seleksi calon pegawai yang panitianya saya ikuti.";
    const e = await masuk("pegawai");
    await e.goto(`${e2e.server.url}/etik/kode-etik`);
    await e.getByRole("heading", { name: "Kode Etik dan Kode Perilaku Pegawai" }).waitFor();
    await aksesibel(e, "kode etik saya");
    await e.screenshot({ path: path.join(SHOTS, "etik-01-kode-hp.png"), fullPage: true });
    // a wrong answer first: not recorded, the question marked
    await e.getByRole("radio", { name: "Menerima karena nilainya kecil" }).check();
    await e.getByRole("radio", { name: "Penyedia lain" }).check();
    await e.getByRole("checkbox", { name: /Saya telah membaca/ }).check();
    await e.getByRole("button", { name: "Nyatakan" }).click();
    await e.getByText("Belum lulus kuis").waitFor();
    await e.getByRole("radio", { name: "Menolak atau melaporkannya kepada UPG" }).check();
    await e.getByRole("radio", { name: "Atasan langsung" }).check();
    await e.getByRole("button", { name: "Nyatakan" }).click();
    await e.getByText(/Anda sudah menyatakan untuk tahun/).waitFor();
    await e.screenshot({ path: path.join(SHOTS, "etik-02-kode-tercatat-hp.png"), fullPage: true });

    await e.goto(`${e2e.server.url}/etik/benturan`);
    await e.getByRole("heading", { name: "Benturan Kepentingan", exact: true }).waitFor();
    await e.getByRole("button", { name: "Deklarasikan" }).click();
    const dialog = e.getByRole("dialog");
    await dialog.getByRole("combobox", { name: /^Jenis benturan/ }).click();
    await e.getByRole("option", { name: "Hubungan keluarga dalam rekrutmen" }).click();
    await dialog.getByRole("textbox", { name: /^Uraian/ }).fill(uraian);
    await dialog.getByRole("textbox", { name: "Pihak terkait" }).fill("Seleksi CPNS 2026");
    await aksesibel(e, "dialog deklarasi");
    await dialog.getByRole("button", { name: "Kirim deklarasi" }).click();
    const kartu = e.getByTestId("deklarasi").filter({ hasText: uraian });
    await kartu.getByText("Menunggu keputusan").waitFor();
    await e.screenshot({ path: path.join(SHOTS, "etik-03-deklarasi-hp.png"), fullPage: true });

    // the direct superior from the unit tree (the demo gives them the login `atasan` when they had none)
    const db = e2e.server.basisdata.db;
    const d = await db
      .selectFrom("bk_deklarasi as d")
      .innerJoin("pengguna as u", "u.pegawai_id", "d.atasan_pegawai_id")
      .select("u.username")
      .where("d.uraian", "=", uraian)
      .executeTakeFirstOrThrow();
    const a = await masuk(d.username);
    await a.goto(`${e2e.server.url}/etik/keputusan`);
    const kartuA = a.getByTestId("deklarasi").filter({ hasText: uraian });
    await kartuA.waitFor();
    await aksesibel(a, "keputusan atasan");
    await a.screenshot({ path: path.join(SHOTS, "etik-04-keputusan-hp.png"), fullPage: true });
    await kartuA.getByRole("button", { name: "Putuskan" }).click();
    const dA = a.getByRole("dialog");
    await dA.getByRole("radio", { name: "Mundur dari tugas terkait" }).check();
    await dA
      .getByRole("textbox", { name: "Catatan untuk pegawai" })
      .fill("Tidak ikut menilai berkas adik Anda.");
    await dA.getByRole("button", { name: "Simpan keputusan" }).click();
    await a.getByText("Keputusan tersimpan.").first().waitFor();

    await e.reload();
    const hasil = e.getByTestId("deklarasi").filter({ hasText: uraian });
    await hasil.getByTestId("keputusan").waitFor();
    expect(await hasil.getByTestId("keputusan").textContent()).toContain("Mundur dari tugas terkait");
    expect(await hasil.textContent()).toContain("Tidak ikut menilai berkas adik Anda.");
    await e.screenshot({ path: path.join(SHOTS, "etik-05-keputusan-dilihat-hp.png"), fullPage: true });
  },
  300_000,
);

uji(
  "the code's management page, the register and the synergy panel show the demo's figures (desktop and phone)",
  async () => {
    for (const [nama, ukuran] of [
      ["desktop", LAYAR],
      ["hp", HP],
    ] as const) {
      const s = await masuk("supervisi", ukuran);
      await s.goto(`${e2e.server.url}/etik/kelola`);
      await s.getByText(/Cakupan pernyataan tahun/).waitFor();
      await s.getByText("Terbit", { exact: true }).first().waitFor();
      await aksesibel(s, `kelola ${nama}`);
      await s.screenshot({ path: path.join(SHOTS, `etik-06-kelola-${nama}.png`), fullPage: true });

      const r = await masuk("admin", ukuran);
      await r.goto(`${e2e.server.url}/etik/register`);
      // the register's rows arrive after the page: wait for the demo's declaration in the table
      await r.getByRole("table").first().getByText("Hubungan keluarga dalam pengadaan").first().waitFor();
      await aksesibel(r, `register ${nama}`);
      await r.screenshot({ path: path.join(SHOTS, `etik-07-register-${nama}.png`), fullPage: true });
    }
    const p = await masuk("pimpinan", LAYAR);
    await p.goto(`${e2e.server.url}/program/${siklusKemen}`);
    const panel = p.getByTestId("panel-etik");
    await panel.waitFor();
    expect(await panel.textContent()).toContain("Cakupan pernyataan kode etik");
    expect(await panel.textContent()).toMatch(/\d+(,\d)?%/);
    await panel.scrollIntoViewIfNeeded();
    await aksesibel(p, "panel etik");
    await panel.screenshot({ path: path.join(SHOTS, "etik-08-panel.png") });
  },
  300_000,
);
