/**
 * Browser walk of the whistleblowing system (docs/wbs.md): a
 * member of the public files a report on a phone-size screen without login
 * and keeps the receipt; a handler asks a question from the inbox; the reporter
 * comes back with ticket and receipt and answers; the handler closes the report
 * with an outcome, which the reporter then sees. Screens are checked with
 * axe-core and photographed into /tmp/nurani-shots/.
 */
import path from "node:path";
import { buatPengguna } from "@nurani/server/test-support";
import { expect } from "vitest";
import { harusAksesibel as aksesibel } from "./support/axe.ts";
import { pakaiServerDemo, SHOTS, siklusDemo, ujiPeramban as uji } from "./support/berkas.ts";
import { masukDemo } from "./support/masuk.ts";

const PASSWORD = "kata-sandi-uji-2026";
const HP = { width: 390, height: 844 };
const LEBAR = { width: 1280, height: 800 };

let kode = "";
let pengelola = "";
let siklusKemen = "";

const e2e = pakaiServerDemo(async (server) => {
  const db = server.basisdata.db;
  const i = await db
    .selectFrom("instansi")
    .select(["id", "kode"])
    .where("nasional", "=", false)
    .orderBy("kode")
    .executeTakeFirstOrThrow();
  kode = i.kode;
  pengelola = (await buatPengguna(db, [{ instansiId: i.id, peran: "pengelola_wbs" }], { password: PASSWORD }))
    .username;
  siklusKemen = await siklusDemo(server);
});

uji(
  "a member of the public reports on a phone, answers the handler's question with the receipt, and sees the outcome",
  async () => {
    const uraian = "Petugas loket meminta uang tambahan untuk mempercepat izin pada hari Senin.";
    // the reporter, on a phone, without login
    const cPelapor = await e2e.browser.newContext({ viewport: HP, bypassCSP: true });
    const r = await cPelapor.newPage();
    await r.goto(`${e2e.server.url}/wbs/${kode}`);
    await r.getByRole("heading", { name: /Saluran Pengaduan/ }).waitFor();
    await r.getByLabel(/^Judul laporan/).fill("Pungutan liar di loket perizinan");
    await r.getByLabel(/^Uraian/).fill(uraian);
    await aksesibel(r, "formulir WBS");
    await r.screenshot({ path: path.join(SHOTS, "wbs-01-formulir-hp.png"), fullPage: true });
    await r.getByRole("button", { name: "Kirim laporan" }).click();
    await r.getByTestId("nomor-tiket").waitFor({ timeout: 120_000 });
    const tiket = ((await r.getByTestId("nomor-tiket").textContent()) ?? "").trim();
    const rahasia = ((await r.getByTestId("kode-rahasia").textContent()) ?? "").trim();
    expect(tiket).toMatch(/^WBS-[A-Z0-9]{10}$/);
    expect(rahasia).toMatch(/^[A-Z0-9]{4}(-[A-Z0-9]{4}){4}$/);
    await aksesibel(r, "tanda terima WBS");
    await r.screenshot({ path: path.join(SHOTS, "wbs-02-tanda-terima-hp.png"), fullPage: true });
    await cPelapor.close();

    // the handler asks a question
    const h = await masukDemo(e2e.browser, e2e.server.url, pengelola, {
      viewport: LEBAR,
      password: PASSWORD,
    });
    await h.goto(`${e2e.server.url}/wbs-masuk`);
    await h.getByRole("heading", { name: "Kotak Masuk WBS" }).waitFor();
    await h.getByRole("link", { name: tiket }).click();
    await h.getByText(uraian).waitFor();
    const kartuTanya = h.getByRole("region", { name: "Pesan kepada pelapor" });
    await kartuTanya.getByLabel(/^Pesan/).fill("Loket nomor berapa, dan pukul berapa kira-kira?");
    await kartuTanya.getByRole("button", { name: "Kirim" }).click();
    await h.getByText("Loket nomor berapa, dan pukul berapa kira-kira?").waitFor();
    await aksesibel(h, "laporan WBS (pengelola)");
    await h.screenshot({ path: path.join(SHOTS, "wbs-03-pengelola-tanya.png"), fullPage: true });

    // the reporter comes back with ticket and receipt and answers
    const c2 = await e2e.browser.newContext({ viewport: HP, bypassCSP: true });
    const r2 = await c2.newPage();
    await r2.goto(`${e2e.server.url}/wbs/${kode}`);
    await r2.getByText("Cek laporan saya").click();
    await r2.getByLabel(/^Nomor tiket/).fill(tiket);
    await r2.getByLabel(/^Kode rahasia/).fill(rahasia);
    await r2.getByRole("button", { name: "Buka laporan" }).click();
    await r2.getByText("Loket nomor berapa, dan pukul berapa kira-kira?").waitFor();
    await r2.getByLabel(/^Pesan/).fill("Loket 3, sekitar pukul 09.00.");
    await r2.getByRole("button", { name: "Kirim", exact: true }).click();
    await r2.getByText("Loket 3, sekitar pukul 09.00.").waitFor();
    await aksesibel(r2, "dialog pelapor");
    await r2.screenshot({ path: path.join(SHOTS, "wbs-04-pelapor-jawab-hp.png"), fullPage: true });

    // the handler closes it with an outcome
    await h.reload();
    await h.getByText("Loket 3, sekitar pukul 09.00.").waitFor();
    const kartuStatus = h.getByRole("region", { name: "Ubah status" });
    await kartuStatus.getByRole("combobox", { name: "Status" }).click();
    await h.getByRole("option", { name: "Ditutup" }).click();
    await kartuStatus.getByRole("combobox", { name: /^Hasil/ }).click();
    await h.getByRole("option", { name: "Terbukti, ditindaklanjuti" }).click();
    await kartuStatus.getByLabel(/^Catatan untuk pelapor/).fill("Petugas telah dijatuhi hukuman disiplin.");
    await kartuStatus.getByRole("button", { name: "Simpan" }).click();
    await h.getByText(/Ditutup · Terbukti/).waitFor();
    await h.screenshot({ path: path.join(SHOTS, "wbs-05-pengelola-tutup.png"), fullPage: true });
    await h.context().close();

    // the reporter sees the outcome
    await r2.getByRole("button", { name: "Muat ulang" }).click();
    await r2.getByTestId("hasil-wbs").waitFor();
    expect(await r2.getByTestId("status-wbs").textContent()).toBe("Ditutup");
    expect(await r2.getByTestId("hasil-wbs").textContent()).toContain("Terbukti, ditindaklanjuti");
    await r2.getByText("Petugas telah dijatuhi hukuman disiplin.").waitFor();
    await aksesibel(r2, "hasil pelapor");
    await r2.screenshot({ path: path.join(SHOTS, "wbs-06-pelapor-hasil-hp.png"), fullPage: true });
    await c2.close();
  },
  300_000,
);

uji(
  "the synergy panel on the programme dashboard shows the WBS figures of the demo",
  async () => {
    const p = await masukDemo(e2e.browser, e2e.server.url, "pimpinan", { viewport: LEBAR });
    await p.goto(`${e2e.server.url}/program/${siklusKemen}`);
    const panel = p.getByRole("region", { name: "Sinergi kelembagaan" });
    await panel.waitFor();
    // the demo seeds five reports, two of them closed (after 40 and 30 days)
    await panel.getByText("Laporan WBS", { exact: true }).waitFor();
    expect(await panel.textContent()).toContain("40%");
    expect(await panel.textContent()).toContain("2 dari 5");
    expect(await panel.textContent()).toContain("35");
    await panel.scrollIntoViewIfNeeded();
    await aksesibel(p, "panel sinergi");
    await panel.screenshot({ path: path.join(SHOTS, "wbs-07-panel-sinergi.png") });
    await p.context().close();
  },
  120_000,
);

uji(
  "the PPK sees the synergy panel with the indicators per year, on a desktop and on a phone",
  async () => {
    for (const [nama, viewport] of [
      ["desktop", LEBAR],
      ["hp", HP],
    ] as const) {
      const p = await masukDemo(e2e.browser, e2e.server.url, "ppk", { viewport });
      await p.goto(`${e2e.server.url}/program/${siklusKemen}`);
      const panel = p.getByRole("region", { name: "Sinergi kelembagaan" });
      await panel.waitFor();
      await panel.getByText("Laporan WBS", { exact: true }).first().waitFor();
      const tren = p.getByRole("region", { name: "Tren per tahun" });
      await tren.waitFor();
      const tahun = new Date().getUTCFullYear();
      for (const t of [tahun, tahun - 1, tahun - 2])
        await tren.getByRole("columnheader", { name: String(t) }).waitFor();
      await tren.getByRole("row", { name: /Kepatuhan LHKPN\/LHKASN/ }).waitFor();
      await tren.getByRole("row", { name: /Kasus disiplin per 100 pegawai/ }).waitFor();
      await tren.scrollIntoViewIfNeeded();
      await aksesibel(p, `tren sinergi ${nama}`);
      await tren.screenshot({ path: path.join(SHOTS, `sinergi-08-tren-ppk-${nama}.png`) });
      await p.context().close();
    }
  },
  180_000,
);
