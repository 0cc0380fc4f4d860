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
      "Monev",
      "Agen Perubahan",
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

  it("includes monitoring and evaluation within the cycle's period: interviews, audit findings, public survey, rewards; only this agency's, no free text", async () => {
    const db = ctx.db;
    const iId = d.instansi.id;
    const lalu = new Date(Date.now() - 400 * 86_400_000); // before the cycle's period
    const sampel = await db
      .insertInto("sampel_wawancara")
      .values({
        instansi_id: iId,
        judul: "Sampel triwulan I",
        benih: 4242,
        ukuran: 3,
        minimal_per_unit: 1,
        populasi: 24,
        alokasi: JSON.stringify({}),
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    for (const [i, status] of (["selesai", "selesai", "belum"] as const).entries())
      await db
        .insertInto("wawancara")
        .values({
          instansi_id: iId,
          sampel_id: sampel.id,
          pegawai_id: d.pegawai[i] as string,
          unit_id: d.unit[0] as string,
          urutan: i + 1,
          status,
          catatan: JSON.stringify({ hambatan: "CATATAN-RAHASIA" }),
        })
        .execute();
    // a sample drawn long before the cycle does not count
    await db
      .insertInto("sampel_wawancara")
      .values({
        instansi_id: iId,
        judul: "Sampel lama",
        benih: 7,
        ukuran: 1,
        minimal_per_unit: 0,
        populasi: 24,
        alokasi: JSON.stringify({}),
        dibuat: lalu,
      })
      .execute();
    const audit = async (instansiId: string) =>
      (
        await db
          .insertInto("rencana_audit")
          .values({ instansi_id: instansiId, judul: "Audit integritas", mulai: tgl(-10), selesai: tgl(10) })
          .returning("id")
          .executeTakeFirstOrThrow()
      ).id;
    const rencana = await audit(iId);
    for (const [judul, tingkat, status, rekomendasi] of [
      ["Pungutan loket", "tinggi", "terbuka", '=HYPERLINK("http://x")'],
      ["SOP belum diumumkan", "sedang", "ditindaklanjuti", "Umumkan SOP layanan"],
      ["Daftar hadir", "rendah", "selesai", "Lengkapi daftar hadir"],
    ] as const)
      await db
        .insertInto("temuan_audit")
        .values({
          instansi_id: iId,
          rencana_id: rencana,
          judul,
          uraian: "Uraian temuan",
          tingkat,
          rekomendasi,
          status,
          batas_waktu: tgl(20),
        })
        .execute();
    for (const [p1, dikirim] of [
      [4, new Date()],
      [5, new Date()],
      [1, lalu],
    ] as const)
      await db
        .insertInto("survei_respons")
        .values({ instansi_id: iId, p1, p2: 3, p3: 3, p4: 3, p5: 2, komentar: "KOMENTAR-RAHASIA", dikirim })
        .execute();
    await db
      .insertInto("penghargaan")
      .values([
        {
          instansi_id: iId,
          pegawai_id: d.pegawai[3] as string,
          kategori: "Teladan Integritas",
          alasan: "Menolak gratifikasi",
          status: "diberikan",
          tanggal_keputusan: tgl(-1),
        },
        {
          instansi_id: iId,
          pegawai_id: d.pegawai[4] as string,
          kategori: "Usulan belum diputus",
          alasan: "Usulan",
        },
      ])
      .execute();
    // another agency's rows must not appear
    const lain = await buatInstansi(db);
    await db
      .insertInto("sampel_wawancara")
      .values({
        instansi_id: lain.id,
        judul: "Sampel instansi lain",
        benih: 99,
        ukuran: 5,
        minimal_per_unit: 1,
        populasi: 10,
        alokasi: JSON.stringify({}),
      })
      .execute();
    await db
      .insertInto("temuan_audit")
      .values({
        instansi_id: lain.id,
        rencana_id: await audit(lain.id),
        judul: "Temuan instansi lain",
        uraian: "x",
        tingkat: "kritis",
        rekomendasi: "x",
      })
      .execute();
    await db
      .insertInto("survei_respons")
      .values({ instansi_id: lain.id, p1: 1, p2: 1, p3: 1, p4: 1, p5: 1 })
      .execute();

    const r = await minta(ctx.app, d.sesi.pimpinan, { method: "GET", url: u("/laporan?format=xlsx") });
    expect(r.statusCode, r.body).toBe(200);
    const buku = new ExcelJS.Workbook();
    await buku.xlsx.load(r.rawPayload as unknown as ArrayBuffer);
    const me = buku.getWorksheet("Monev");
    expect(me).toBeDefined();
    const baris: unknown[][] = [];
    me?.eachRow({ includeEmpty: true }, (row) => {
      baris.push((row.values as unknown[]).slice(1));
    });
    const cari = (label: string, dari = 0) => baris.findIndex((b, i) => i >= dari && b[0] === label);
    const nilaiDari = (label: string) => baris[cari(label)]?.[1];
    expect(baris[0]?.[0]).toMatch(/^Monitoring dan Evaluasi/);
    expect(nilaiDari("Periode")).toBe(`${tgl(-60)} s.d. ${tgl(0)}`);
    expect(nilaiDari("Sampel diambil")).toBe(1);
    expect(nilaiDari("Interview dalam sampel")).toBe(3);
    expect(nilaiDari("Interview selesai")).toBe(2);
    expect(baris[cari("Sampel triwulan I")]?.slice(2)).toEqual([4242, 3, 2]);
    expect(cari("Sampel lama")).toBe(-1);

    expect(nilaiDari("Rencana audit dalam periode")).toBe(1);
    // severity rows: [open, being followed up, closed, total]
    const tingkat = (k: string) => baris[cari(k)]?.slice(1, 5);
    expect(tingkat("kritis")).toEqual([0, 0, 0, 0]);
    expect(tingkat("tinggi")).toEqual([1, 0, 0, 1]);
    expect(tingkat("sedang")).toEqual([0, 1, 0, 1]);
    expect(tingkat("rendah")).toEqual([0, 0, 1, 1]);
    const terbuka = cari("Temuan belum selesai");
    expect(baris[terbuka + 2]).toEqual([
      "Pungutan loket",
      "tinggi",
      '\'=HYPERLINK("http://x")',
      tgl(20),
      "terbuka",
    ]);
    expect(baris[terbuka + 3]?.slice(0, 3)).toEqual(["SOP belum diumumkan", "sedang", "Umumkan SOP layanan"]);
    expect(cari("Daftar hadir")).toBe(-1);

    expect(nilaiDari("Jumlah respons")).toBe(2);
    const rerata = baris.slice(cari("Pernyataan") + 1, cari("Pernyataan") + 6).map((b) => b[1]);
    expect(rerata).toEqual([4.5, 3, 3, 3, 2]);

    expect(nilaiDari("Jumlah penghargaan")).toBe(1);
    expect(baris[cari("Pegawai") + 1]).toEqual(["Pegawai 0-3", "Teladan Integritas", tgl(-1)]);

    const semua = buku.worksheets.flatMap((w) => {
      const teks: string[] = [];
      w.eachRow((row) => row.eachCell((c) => teks.push(String(c.value))));
      return teks;
    });
    for (const rahasia of [
      "CATATAN-RAHASIA",
      "KOMENTAR-RAHASIA",
      "instansi lain",
      "Menolak gratifikasi",
      "Usulan",
    ])
      expect(
        semua.some((x) => x.includes(rahasia)),
        rahasia,
      ).toBe(false);
    expect(semua.some((x) => x.includes("modul komunitas"))).toBe(false);

    const en = await minta(ctx.app, d.sesi.tim, {
      method: "GET",
      url: u("/laporan?format=xlsx"),
      headers: { "accept-language": "en" },
    });
    const bukuEn = new ExcelJS.Workbook();
    await bukuEn.xlsx.load(en.rawPayload as unknown as ArrayBuffer);
    const meEn = bukuEn.getWorksheet("M&E");
    expect(meEn?.getRow(1).getCell(1).value).toMatch(/^Monitoring and Evaluation/);
    expect(meEn?.getRow(2).getCell(2).value).toBe(`${tgl(-60)} to ${tgl(0)}`);

    const pdf = await minta(ctx.app, d.sesi.apip, { method: "GET", url: u("/laporan?format=pdf") });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe("%PDF-");
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
