import ExcelJS from "exceljs";
import { beforeAll, expect, it } from "vitest";
import {
  buatDunia,
  type DuniaProgram,
  persiapanLengkap,
  tgl,
  unggahId,
  urlProgram,
} from "./program-bantu.ts";
import { buatInstansi, buatPengguna, describeOnDatabases, login, minta } from "./support/index.ts";

describeOnDatabases("program: the cycle report (PDF, XLSX)", (ctx) => {
  let d: DuniaProgram;
  let siklus: string;
  const u = (jalur: string) => urlProgram(d, `/siklus/${siklus}${jalur}`);

  beforeAll(async () => {
    d = await buatDunia(ctx.app, ctx.db);
    const r = await minta(ctx.app, d.sesi.tim, {
      method: "POST",
      url: urlProgram(d, "/siklus"),
      payload: { nama: "Program Integritas 2026", konfigurasi: { targetAgenPerubahan: 2 } },
    });
    siklus = r.json().id;
    await persiapanLengkap(ctx.app, ctx.db, d, siklus);
    await minta(ctx.app, d.sesi.tim, {
      method: "POST",
      url: u("/mulai-pelaksanaan"),
      payload: { tanggal: tgl(-30) },
    });
    for (const [jenis, n] of [
      ["kampanye", 2],
      ["wadah_berbagi", 1],
    ] as const) {
      const k = await minta(ctx.app, d.sesi.tim, {
        method: "POST",
        url: u("/kegiatan"),
        payload: {
          kegiatanUtama: jenis,
          subtahap: 1,
          judul: '=HYPERLINK("http://contoh","klik")',
          rencanaMulai: tgl(-30),
          rencanaSelesai: tgl(30),
        },
      });
      for (let i = 0; i < n; i++)
        await minta(ctx.app, d.sesi.tim, {
          method: "POST",
          url: u(`/kegiatan/${k.json().id}/pelaksanaan`),
          payload: {
            tanggal: tgl(-20 + i),
            jumlahPeserta: 12,
            hasil: "Terlaksana",
            bukti: [await unggahId(ctx.app, d.sesi.tim, d, siklus)],
          },
        });
    }
    // a planned, not yet carried out activity
    await minta(ctx.app, d.sesi.tim, {
      method: "POST",
      url: u("/kegiatan"),
      payload: {
        kegiatanUtama: "pemantauan_evaluasi",
        judul: "Interview acak",
        rencanaMulai: tgl(5),
        rencanaSelesai: tgl(6),
      },
    });
  });

  it("exports XLSX whose cells read back: stages and dates, outputs, activities done vs planned, targets vs actuals", async () => {
    const r = await minta(ctx.app, d.sesi.pimpinan, { method: "GET", url: u("/laporan?format=xlsx") });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.headers["content-type"]).toContain("spreadsheetml");
    expect(r.headers["content-disposition"]).toMatch(/laporan-program-.*\.xlsx/);
    const buku = new ExcelJS.Workbook();
    await buku.xlsx.load(r.rawPayload as unknown as ArrayBuffer);
    expect(buku.worksheets.map((w) => w.name)).toEqual([
      "Ringkasan",
      "Persiapan",
      "Kegiatan",
      "Target",
      "Daftar periksa",
    ]);
    const ring = buku.getWorksheet("Ringkasan");
    const nilai = (w: ExcelJS.Worksheet | undefined, r: number, c: number) => w?.getRow(r).getCell(c).value;
    expect(nilai(ring, 1, 1)).toBe("Laporan Program Pembangunan Integritas Pegawai ASN");
    expect(nilai(ring, 3, 2)).toBe("Program Integritas 2026");
    expect(nilai(ring, 4, 2)).toBe("Pelaksanaan");
    const tahap = ring?.getRows(9, 5)?.map((x) => [x.getCell(1).value, x.getCell(2).value]);
    expect(tahap?.[1]).toEqual(["Pelaksanaan dimulai", tgl(-30)]);
    expect(tahap?.[2]).toEqual(["Penilaian dimulai", "—"]);

    const per = buku.getWorksheet("Persiapan");
    for (let i = 2; i <= 7; i++) expect(nilai(per, i, 3), `langkah ${i - 1}`).toBe("ya");
    expect(String(nilai(per, 3, 5))).toMatch(/penandatangan: 1 \(pimpinan 1, pegawai 0\)/);
    expect(String(nilai(per, 7, 5))).toMatch(/2 AP ditetapkan \/ target 2/);

    const keg = buku.getWorksheet("Kegiatan");
    const baris = Object.fromEntries(
      (keg?.getRows(2, 5) ?? []).map((x) => [
        x.getCell(1).value,
        [2, 3, 4, 5].map((c) => x.getCell(c).value),
      ]),
    );
    expect(baris["Kampanye Integritas"]).toEqual([1, 1, 2, 24]);
    expect(baris["Pemantauan (Pengendalian dan Pengawasan), dan Evaluasi"]).toEqual([1, 0, 0, 0]);

    const tgt = buku.getWorksheet("Target");
    expect(String(nilai(tgt, 1, 1))).toMatch(/Capaian diukur pada peta asesmen: Kampanye awal/);
    expect(nilai(tgt, 3, 1)).toBe("T1");
    expect(nilai(tgt, 3, 4)).toBe(0.25); // baseline: unit 0 has 2 of 8 at level ≥ 2
    expect(nilai(tgt, 3, 5)).toBe(0.8);
    expect(nilai(tgt, 3, 7)).toBe(0.25);
    expect(nilai(tgt, 3, 8)).toBe(0);
    expect(nilai(tgt, 3, 9)).toBe("berjalan");

    const dp = buku.getWorksheet("Daftar periksa");
    expect(nilai(dp, 2, 2)).toBe("0/4");
  });

  it("escapes formula-looking text in the spreadsheet and answers in English on request", async () => {
    const ppk = await minta(ctx.app, d.sesi.tim, {
      method: "PATCH",
      url: u(""),
      payload: { nama: "=1+1 Program" },
    });
    expect(ppk.statusCode, ppk.body).toBe(200);
    const r = await minta(ctx.app, d.sesi.tim, {
      method: "GET",
      url: u("/laporan?format=xlsx"),
      headers: { "accept-language": "en" },
    });
    const buku = new ExcelJS.Workbook();
    await buku.xlsx.load(r.rawPayload as unknown as ArrayBuffer);
    const ring = buku.getWorksheet("Summary");
    expect(ring?.getRow(3).getCell(2).value).toBe("'=1+1 Program");
    expect(ring?.getRow(3).getCell(1).value).toBe("Cycle");
    let rumus = 0;
    for (const w of buku.worksheets)
      w.eachRow((row) =>
        row.eachCell((c) => {
          if (c.type === ExcelJS.ValueType.Formula) rumus++;
        }),
      );
    expect(rumus).toBe(0);
    await minta(ctx.app, d.sesi.tim, {
      method: "PATCH",
      url: u(""),
      payload: { nama: "Program Integritas 2026" },
    });
  });

  it("exports a PDF", async () => {
    const r = await minta(ctx.app, d.sesi.apip, { method: "GET", url: u("/laporan?format=pdf") });
    expect(r.statusCode, r.body.slice(0, 200)).toBe(200);
    expect(r.headers["content-type"]).toBe("application/pdf");
    expect(r.rawPayload.subarray(0, 5).toString()).toBe("%PDF-");
    expect(r.rawPayload.length).toBeGreaterThan(5000);
  });

  it("is read by the agency's reading roles and the national evaluator, not by an employee", async () => {
    expect((await minta(ctx.app, d.sesi.pegawai, { method: "GET", url: u("/laporan") })).statusCode).toBe(
      403,
    );
    const nasional = await buatInstansi(ctx.db, { nasional: true });
    const ev = await buatPengguna(ctx.db, [{ instansiId: nasional.id, peran: "evaluator_nasional" }]);
    const s = await login(ctx.app, ev.username, ev.password);
    const r = await minta(ctx.app, s, { method: "GET", url: u("/laporan?format=xlsx") });
    expect(r.statusCode).toBe(200);
    const st = await minta(ctx.app, s, { method: "GET", url: u("") });
    expect(st.statusCode).toBe(200);
    expect(
      (await minta(ctx.app, s, { method: "POST", url: u("/mulai-penilaian"), payload: { tanggal: tgl(0) } }))
        .statusCode,
    ).toBe(403);
  });
});
