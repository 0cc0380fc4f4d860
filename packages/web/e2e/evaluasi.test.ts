/**
 * Browser test of the Ministry's evaluation (BAB IV; docs/evaluasi.md): the
 * evaluator opens a period; the agency (PPK, on a phone) fills in its
 * worksheet with evidence and submits it; the evaluator reviews (accepts,
 * adjusts one score with a note) and finalizes; a second evaluator
 * approves; the rankings are published and the agency sees its position;
 * a recommendation is sent, answered and closed. Pages checked with axe.
 */

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { ISI_LKE_V1 } from "@nurani/domain";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { harusAksesibel as aksesibel } from "./support/axe.ts";
import { bukaChromium, CHROMIUM } from "./support/chromium.ts";
import { masukDemo } from "./support/masuk.ts";
import { bangunWebBilaUsang, mulaiServerDemo, type ServerUji } from "./support/server.ts";

const suite = CHROMIUM ? describe : describe.skip;

const hari = (geser: number) =>
  new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Jakarta" }).format(
    new Date(Date.now() + geser * 86_400_000),
  );

const PDF = Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
const SEMUA = ISI_LKE_V1.komponen.flatMap((k) => k.indikator);

suite("national evaluation in Chromium", () => {
  let server: ServerUji;
  let browser: Browser;
  let periodeId = "";
  let kemenId = "";
  const berkasPdf = path.join(os.tmpdir(), `nurani-bukti-${process.pid}.pdf`);

  const masuk = (username: string, lebar = 1280) =>
    masukDemo(browser, server.url, username, { viewport: { width: lebar, height: 900 } });

  /** An API call in the page's session (cookie + CSRF token), for the steps the test does not click through. */
  async function api(p: Page, method: "POST" | "PUT", url: string, data?: unknown) {
    const csrf = (await p.context().cookies()).find((c) => c.name === "nurani_csrf")?.value ?? "";
    const r = await p.request.fetch(`${server.url}${url}`, {
      method,
      headers: { "x-csrf-token": csrf, "content-type": "application/json" },
      data: data === undefined ? undefined : JSON.stringify(data),
    });
    expect(r.status(), await r.text()).toBeLessThan(300);
    return r.json();
  }

  beforeAll(async () => {
    bangunWebBilaUsang();
    server = await mulaiServerDemo();
    fs.writeFileSync(berkasPdf, PDF);
    kemenId = (
      await server.basisdata.db
        .selectFrom("instansi")
        .select("id")
        .where("kode", "=", "KEMENCS")
        .executeTakeFirstOrThrow()
    ).id;
    browser = await bukaChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.berhenti();
    fs.rmSync(berkasPdf, { force: true });
  });

  it("the evaluator opens a period with its timeline", async () => {
    const p = await masuk("evaluator");
    await p.getByRole("navigation").getByRole("link", { name: "Evaluasi nasional", exact: true }).click();
    await p.getByRole("heading", { name: "Periode evaluasi" }).waitFor();
    // the demo's period is there from the first start
    await p
      .getByRole("link", { name: /^Evaluasi \d{4}$/ })
      .first()
      .waitFor();
    await p.getByLabel("Kode").fill("EVAL-E2E");
    await p.getByLabel(/^Nama/).fill("Evaluasi E2E");
    await p.getByLabel("Penilaian mandiri mulai").fill(hari(-1));
    await p.getByLabel("Penilaian mandiri selesai").fill(hari(10));
    await p.getByLabel("Reviu mulai").fill(hari(-1));
    await p.getByLabel("Reviu selesai").fill(hari(20));
    await p.getByLabel(/^Publikasi/).fill(hari(21));
    await p.getByRole("button", { name: "Buka periode" }).click();
    await p.getByRole("link", { name: "Evaluasi E2E" }).waitFor();
    periodeId = (
      await server.basisdata.db
        .selectFrom("periode_evaluasi")
        .select("id")
        .where("kode", "=", "EVAL-E2E")
        .executeTakeFirstOrThrow()
    ).id;
    await aksesibel(p, "periode");
    await p.context().close();
  });

  it("the agency fills in its worksheet with evidence on a phone and submits it", async () => {
    const p = await masuk("ppk", 390);
    await p.goto(`${server.url}/evaluasi`);
    await p.getByRole("link", { name: "Evaluasi E2E" }).click();
    await p.getByRole("heading", { name: /Lembar kerja evaluasi/ }).waitFor();
    await p.getByText(/hal belum lengkap/).waitFor();
    // through the page: D1 (yes/no, percentage, evidence) and D3 (A–E)
    const d1 = p.getByRole("region", { name: /^D1 / });
    await d1.getByText("Ya", { exact: true }).click();
    await d1.getByText(/^Skor 1$/).waitFor();
    const persen = p.getByLabel("Jawaban D1.2");
    await persen.fill("80");
    await persen.blur();
    await d1.getByText(/^Skor 0,8$/).waitFor();
    await p.getByRole("combobox", { name: "Jawaban D3.1" }).click();
    await p.getByRole("option", { name: /^B — / }).click();
    const [pilih] = await Promise.all([
      p.waitForEvent("filechooser"),
      p.getByRole("button", { name: "Unggah bukti D1" }).click(),
    ]);
    await pilih.setFiles(berkasPdf);
    await p.getByRole("link", { name: path.basename(berkasPdf) }).waitFor();
    // the remaining answers and evidence through the API
    const dasar = `/api/instansi/${kemenId}/evaluasi/periode/${periodeId}/lembar`;
    for (const ind of SEMUA.filter((i) => i.pengisian === "dijawab" && i.kode !== "D1")) {
      for (const q of ind.pertanyaan) {
        if (q.kode === "D3.1") continue;
        const nilai = q.jenisJawaban === "ya_tidak" ? true : q.jenisJawaban === "skala_ae" ? "C" : 70;
        await api(p, "PUT", `${dasar}/jawaban/${q.kode}`, { nilai });
      }
      const csrf = (await p.context().cookies()).find((c) => c.name === "nurani_csrf")?.value ?? "";
      const r = await p.request.post(`${server.url}${dasar}/bukti/${ind.kode}`, {
        headers: { "x-csrf-token": csrf },
        multipart: { file: { name: `${ind.kode}.pdf`, mimeType: "application/pdf", buffer: PDF } },
      });
      expect(r.status(), await r.text()).toBe(201);
    }
    await p.reload();
    await p.getByRole("button", { name: "Kirim LKE" }).waitFor();
    await aksesibel(p, "lembar kerja (ponsel)");
    await p.screenshot({ path: path.join(os.tmpdir(), "nurani-evaluasi-lke-ponsel.png"), fullPage: false });
    await p.getByRole("button", { name: "Kirim LKE" }).click();
    await p.getByRole("dialog").getByRole("button", { name: "Kirim LKE" }).click();
    await expect(p.getByTestId("status-lembar").textContent()).resolves.toBeTruthy();
    await p.getByTestId("status-lembar").filter({ hasText: "Dikirim" }).waitFor();
    await p.context().close();
  });

  it("the evaluator reviews and finalizes; a second evaluator approves", async () => {
    const p = await masuk("evaluator");
    await p.goto(`${server.url}/evaluasi/periode/${periodeId}`);
    await p.getByRole("link", { name: /KEMENCS/ }).click();
    await p.getByTestId("status-lembar").filter({ hasText: "Dikirim" }).waitFor();
    await p.getByRole("button", { name: "Terima D1.1" }).click();
    await p
      .getByText(/diterima evaluator/)
      .first()
      .waitFor();
    // adjust D1.2 with a mandatory note
    await p.getByRole("button", { name: "Sesuaikan skor D1.2" }).click();
    await p
      .getByRole("dialog")
      .getByLabel(/Skor baru/)
      .fill("0.5");
    await p
      .getByRole("dialog")
      .getByLabel(/Catatan/)
      .fill("Persentase belum didukung daftar hadir.");
    await p.getByRole("dialog").getByRole("button", { name: "Simpan" }).click();
    await p
      .getByText(/Persentase belum didukung daftar hadir/)
      .first()
      .waitFor();
    const dasar = `/api/instansi/${kemenId}/evaluasi/periode/${periodeId}/lembar`;
    for (const q of SEMUA.flatMap((i) => i.pertanyaan))
      if (q.kode !== "D1.1" && q.kode !== "D1.2")
        await api(p, "POST", `${dasar}/reviu/${q.kode}`, { keputusan: "diterima" });
    await p.reload();
    await aksesibel(p, "reviu");
    await p.getByRole("button", { name: "Finalisasi reviu" }).click();
    await p.getByRole("dialog").getByRole("button", { name: "Finalisasi reviu" }).click();
    await p.getByTestId("status-lembar").filter({ hasText: "Difinalisasi" }).waitFor();
    await p.context().close();

    // the review queue shows the whole status, on a desktop and on a phone
    const terpotong: string[] = [];
    for (const [lebar, nama] of [
      [1280, "desktop"],
      [390, "ponsel"],
    ] as const) {
      const q = await masuk("evaluator", lebar);
      await q.goto(`${server.url}/evaluasi/periode/${periodeId}`);
      const lencana = q.getByText("Difinalisasi", { exact: true }).first();
      await lencana.waitFor();
      await lencana.scrollIntoViewIfNeeded();
      await q.screenshot({ path: path.join(os.tmpdir(), `nurani-evaluasi-antrean-${nama}.png`) });
      const potong = await lencana.evaluate((el) => {
        const label = el.closest(".mantine-Badge-root")?.querySelector(".mantine-Badge-label") ?? el;
        return label.scrollWidth > label.clientWidth;
      });
      if (potong) terpotong.push(nama);
      await q.context().close();
    }
    expect(terpotong, "lencana status terpotong").toEqual([]);

    const p2 = await masuk("evaluator2");
    await p2.goto(`${server.url}/evaluasi/reviu/${periodeId}/${kemenId}`);
    await p2.getByRole("button", { name: "Setujui finalisasi" }).click();
    await p2.getByRole("dialog").getByRole("button", { name: "Setujui finalisasi" }).click();
    await p2.getByTestId("status-lembar").filter({ hasText: "Disetujui" }).waitFor();
    await p2.context().close();
  }, 240_000);

  it("rankings are published and the agency sees its position", async () => {
    // the calendar moves on: the whole timeline is now behind us
    await server.basisdata.db
      .updateTable("periode_evaluasi")
      .set({
        mandiri_mulai: hari(-40),
        mandiri_selesai: hari(-30),
        reviu_mulai: hari(-30),
        reviu_selesai: hari(-2),
        publikasi: hari(-1),
      })
      .where("id", "=", periodeId)
      .execute();
    const p = await masuk("evaluator");
    await p.goto(`${server.url}/evaluasi/periode/${periodeId}`);
    await p
      .getByRole("cell", { name: /KEMENCS/ })
      .first()
      .waitFor();
    await aksesibel(p, "peringkat");
    await p.getByRole("button", { name: "Terbitkan peringkat" }).click();
    await p.getByRole("dialog").getByRole("button", { name: "Terbitkan peringkat" }).click();
    await p.getByText("Peringkat sudah terbit").waitFor();
    await p.context().close();

    const a = await masuk("ppk");
    await a.goto(`${server.url}/evaluasi/lke/${periodeId}`);
    await a
      .getByTestId("posisi")
      .getByText(/Peringkat 1 dari 1 instansi sejenis/)
      .waitFor();
    await aksesibel(a, "posisi");
    await a.context().close();
  });

  it("a recommendation is sent, answered and closed", async () => {
    const e = await masuk("evaluator");
    await e.goto(`${server.url}/evaluasi/reviu/${periodeId}/${kemenId}`);
    await e.getByRole("combobox", { name: /^Indikator/ }).click();
    await e.getByRole("option", { name: /^D1 / }).click();
    await e.getByLabel("Isi rekomendasi").fill("Tetapkan kode etik dengan keputusan PPK dan sosialisasikan.");
    await e.getByLabel("Tenggat").fill(hari(30));
    await e.getByRole("button", { name: "Kirim rekomendasi" }).click();
    await e.getByTestId("rekomendasi").filter({ hasText: "Terkirim" }).waitFor();

    const a = await masuk("ppk");
    await a.goto(`${server.url}/evaluasi`);
    await a.getByTestId("rekomendasi").filter({ hasText: "Tetapkan kode etik" }).waitFor();
    await a.getByRole("button", { name: "Jawab" }).click();
    await a
      .getByRole("dialog")
      .getByLabel(/Tindakan/)
      .fill("Keputusan PPK tentang kode etik ditetapkan dan disosialisasikan.");
    await a.getByRole("dialog").getByRole("button", { name: "Simpan" }).click();
    await a.getByTestId("rekomendasi").filter({ hasText: "Dijawab" }).waitFor();
    await aksesibel(a, "rekomendasi instansi");
    await a.context().close();

    await e.reload();
    await e.getByRole("button", { name: "Tutup rekomendasi" }).click();
    await e.getByRole("dialog").getByRole("button", { name: "Tutup rekomendasi" }).click();
    await e.getByTestId("rekomendasi").filter({ hasText: "Ditutup" }).waitFor();
    await e.context().close();
  });
});
