/**
 * The result PDF (standard Helvetica) and the programme report PDF (embedded
 * Roboto) each have a printer of their own (src/pdf/pdfmake.ts): downloading
 * one never breaks the other, in either order.
 */
import { beforeAll, expect, it } from "vitest";
import { kampanyeDiskor } from "./hasil-bantu.ts";
import { buatDunia, type DuniaProgram, rilis, urlProgram } from "./program-bantu.ts";
import { describeOnDatabases, minta } from "./support/index.ts";

describeOnDatabases("PDF: result and programme report do not share fonts", (ctx) => {
  let d: DuniaProgram;
  let kampanyeId: string;
  let siklusId: string;

  beforeAll(async () => {
    d = await buatDunia(ctx.app, ctx.db);
    kampanyeId = await kampanyeDiskor(ctx.app, ctx.db, d.sesi.tim, {
      instansiId: d.instansi.id,
      pegawaiIds: d.pegawai,
      benih: 5,
    });
    await rilis(ctx.db, d, kampanyeId, 1);
    const r = await minta(ctx.app, d.sesi.tim, {
      method: "POST",
      url: urlProgram(d, "/siklus"),
      payload: { nama: "Program Integritas 2026" },
    });
    expect(r.statusCode, r.body).toBe(201);
    siklusId = r.json().id;
  });

  const hasilPdf = () =>
    minta(ctx.app, d.sesi.pegawai, {
      method: "GET",
      url: `/api/instansi/${d.instansi.id}/hasil/saya/${kampanyeId}/pdf`,
    });
  const laporanPdf = () =>
    minta(ctx.app, d.sesi.apip, {
      method: "GET",
      url: urlProgram(d, `/siklus/${siklusId}/laporan?format=pdf`),
    });
  const pdfUtuh = async (p: ReturnType<typeof hasilPdf>, apa: string) => {
    const r = await p;
    expect(r.statusCode, `${apa}: ${r.body.slice(0, 200)}`).toBe(200);
    expect(r.rawPayload.subarray(0, 5).toString(), apa).toBe("%PDF-");
  };

  it("a result PDF, then the programme report, then both again", async () => {
    await pdfUtuh(hasilPdf(), "hasil 1");
    await pdfUtuh(laporanPdf(), "laporan sesudah hasil");
    await pdfUtuh(hasilPdf(), "hasil sesudah laporan");
    await pdfUtuh(laporanPdf(), "laporan lagi");
  });

  it("the programme report, then a result PDF, then both again", async () => {
    await pdfUtuh(laporanPdf(), "laporan 1");
    await pdfUtuh(hasilPdf(), "hasil sesudah laporan");
    await pdfUtuh(laporanPdf(), "laporan sesudah hasil");
    await pdfUtuh(hasilPdf(), "hasil lagi");
  });

  it("two downloads at once, one of each, both complete", async () => {
    await Promise.all([pdfUtuh(hasilPdf(), "hasil"), pdfUtuh(laporanPdf(), "laporan")]);
  });
});
