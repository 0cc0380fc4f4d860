/**
 * Gratification control (docs/gratifikasi.md): an employee reports a gift and
 * sees the working-day countdown to the KPK deadline (Pasal 12C, the holiday
 * calendar counted), the UPG sees what nears its deadline, triages, records
 * the determination and exports for KPK; every role outside the UPG is refused
 * and the UPG's reads are audited.
 */
import { PERAN, type Peran, tambahHariKerja, tenggatGratifikasi } from "@nurani/domain";
import ExcelJS from "exceljs";
import { beforeAll, expect, it } from "vitest";
import { KOLOM_EKSPOR } from "../src/fitur/gratifikasi/ekspor.ts";
import { batasTerimaPeringatan, hariIniDi, muatLibur } from "../src/fitur/gratifikasi/kueri.ts";
import { buatOrang, buatPegawai, buatUnit, type OrangUji } from "./komunitas-bantu.ts";
import {
  buatInstansi,
  buatPengguna,
  describeOnDatabases,
  type InstansiUji,
  login,
  minta,
} from "./support/index.ts";

const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64",
);

describeOnDatabases("integritas: gratification control (UPG)", (ctx) => {
  let a: InstansiUji;
  let pelapor: OrangUji;
  let lainPegawai: OrangUji;
  let upg: OrangUji;
  const lain = new Map<Peran, OrangUji>();
  let hariIni: string;
  const url = () => `/api/instansi/${a.id}/gratifikasi`;
  const saya = () => `/api/instansi/${a.id}/gratifikasi-saya`;

  const lapor = (o: OrangUji, ubah: Record<string, unknown> = {}) =>
    minta(ctx.app, o.sesi, {
      method: "POST",
      url: saya(),
      payload: {
        jenis: "diterima",
        pemberi: "PT Contoh Rekanan",
        hubungan: "penyedia_barang_jasa",
        bentuk: "barang",
        uraian: "Parsel makanan dan jam tangan",
        nilaiRupiah: 1_750_000,
        tanggalTerima: hariIni,
        ...ubah,
      },
    });

  beforeAll(async () => {
    a = await buatInstansi(ctx.db);
    const unit = await buatUnit(ctx.db, a.id, "SET");
    pelapor = await buatOrang(
      ctx.app,
      ctx.db,
      a.id,
      ["pegawai"],
      await buatPegawai(ctx.db, a.id, unit, "Siti"),
    );
    lainPegawai = await buatOrang(
      ctx.app,
      ctx.db,
      a.id,
      ["pegawai"],
      await buatPegawai(ctx.db, a.id, unit, "Budi"),
    );
    upg = await buatOrang(ctx.app, ctx.db, a.id, ["pengelola_upg"]);
    for (const p of PERAN.filter((x) => x !== "pengelola_upg" && x !== "evaluator_nasional"))
      lain.set(p, await buatOrang(ctx.app, ctx.db, a.id, [p]));
    hariIni = await hariIniDi(ctx.db, a.id);
    // a national holiday on the first weekday after today
    let libur = tambahHariKerja(hariIni, 1, new Set());
    await ctx.db.insertInto("hari_libur").values({ tanggal: libur, keterangan: "Libur uji" }).execute();
    libur = tambahHariKerja(hariIni, 2, new Set());
    await ctx.db
      .insertInto("hari_libur")
      .values({ tanggal: libur, keterangan: "Cuti bersama uji", jenis: "cuti_bersama" })
      .execute();
  });

  it("files a report with a photo and shows the employee the working-day countdown, the holiday calendar counted", async () => {
    const res = await lapor(pelapor, { foto: { jenis: "image/png", isi: PNG.toString("base64") } });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().nomor).toMatch(/^GRT-\d{4}-\d{4}$/);
    const daftar = await minta(ctx.app, pelapor.sesi, { method: "GET", url: saya() });
    expect(daftar.statusCode, daftar.body).toBe(200);
    const [g] = daftar.json().items;
    const libur = await muatLibur(ctx.db);
    expect(libur.size).toBe(2);
    const tanpaLibur = tenggatGratifikasi(hariIni, hariIni, new Set());
    // two holidays ahead: the deadline moves by two working days
    expect(g.tenggat.batas).toBe(tambahHariKerja(tanpaLibur.batas, 2, new Set()));
    expect(g.tenggat).toEqual(tenggatGratifikasi(hariIni, hariIni, libur));
    expect(g.tenggat).toMatchObject({ sisaHariKerja: 30, status: "aman" });
    expect(g).toMatchObject({
      status: "dilaporkan",
      adaFoto: true,
      tepatWaktu: true,
      nilaiRupiah: 1_750_000,
    });
    const foto = await minta(ctx.app, pelapor.sesi, { method: "GET", url: `${saya()}/${g.id}/foto` });
    expect(foto.statusCode).toBe(200);
    expect(foto.headers["content-type"]).toBe("image/png");
    // another employee neither lists it nor opens its photo
    const orangLain = await minta(ctx.app, lainPegawai.sesi, { method: "GET", url: saya() });
    expect(orangLain.json().items).toEqual([]);
    expect(
      (await minta(ctx.app, lainPegawai.sesi, { method: "GET", url: `${saya()}/${g.id}/foto` })).statusCode,
    ).toBe(404);
  });

  it("refuses a future date of receipt, a photo that is not what it says, and an account without an employee record", async () => {
    const besok = tambahHariKerja(hariIni, 5, new Set());
    const r1 = await lapor(pelapor, { tanggalTerima: besok });
    expect(r1.statusCode).toBe(400);
    expect(r1.json().error.code).toBe("TANGGAL_DEPAN");
    const r2 = await lapor(pelapor, { foto: { jenis: "image/jpeg", isi: PNG.toString("base64") } });
    expect(r2.statusCode).toBe(400);
    expect(r2.json().error.code).toBe("FOTO_DITOLAK");
    const r3 = await lapor(upg);
    expect(r3.statusCode).toBe(403);
    expect(r3.json().error.code).toBe("BUKAN_PEGAWAI");
  });

  it("lists for the UPG the reports near their deadline; triage, KPK determination, and the employee sees the outcome", async () => {
    const libur = await muatLibur(ctx.db);
    const lama = batasTerimaPeringatan(hariIni, libur);
    const dekat = await lapor(pelapor, { tanggalTerima: lama, pemberi: "Dinas Mitra" });
    expect(dekat.statusCode, dekat.body).toBe(201);
    const hampir = await minta(ctx.app, upg.sesi, { method: "GET", url: `${url()}?hampirJatuhTempo=true` });
    expect(hampir.statusCode, hampir.body).toBe(200);
    const nomor = hampir.json().items.map((x: { nomor: string }) => x.nomor);
    expect(nomor).toEqual([dekat.json().nomor]);
    const item = hampir.json().items[0];
    expect(item.pegawai.nama).toBe("Siti");
    expect(["mendekati", "hari_terakhir"]).toContain(item.tenggat.status);
    expect(item.tenggat.sisaHariKerja).toBeLessThanOrEqual(5);

    const stat = await minta(ctx.app, lain.get("pimpinan")?.sesi ?? null, {
      method: "GET",
      url: `${url()}/statistik`,
    });
    expect(stat.statusCode, stat.body).toBe(200);
    expect(stat.json()).toMatchObject({ hampirJatuhTempo: 1, tepatWaktu: stat.json().jumlah });

    const id = item.id;
    const t1 = await minta(ctx.app, upg.sesi, {
      method: "PATCH",
      url: `${url()}/${id}/triase`,
      payload: { keputusan: "diteruskan_kpk", catatan: "Diteruskan melalui GOL KPK" },
    });
    expect(t1.statusCode, t1.body).toBe(204);
    const t2 = await minta(ctx.app, upg.sesi, {
      method: "PATCH",
      url: `${url()}/${id}/triase`,
      payload: { keputusan: "ditangani_upg" },
    });
    expect(t2.statusCode).toBe(409);
    const p = await minta(ctx.app, upg.sesi, {
      method: "PATCH",
      url: `${url()}/${id}/penetapan`,
      payload: { penetapan: "milik_negara", nomorSk: "123/KPK/2026", tanggal: hariIni },
    });
    expect(p.statusCode, p.body).toBe(204);
    const sesudah = (await minta(ctx.app, pelapor.sesi, { method: "GET", url: saya() })).json().items;
    expect(sesudah.find((x: { id: string }) => x.id === id)).toMatchObject({
      status: "ditetapkan",
      penetapan: "milik_negara",
      nomorSkKpk: "123/KPK/2026",
      tenggat: null,
    });
    expect(
      (await minta(ctx.app, upg.sesi, { method: "GET", url: `${url()}?hampirJatuhTempo=true` })).json().items,
    ).toEqual([]);
  });

  it("exports the agency's reports for KPK as CSV and XLSX with the documented columns", async () => {
    const csv = await minta(ctx.app, upg.sesi, { method: "GET", url: `${url()}/ekspor?format=csv` });
    expect(csv.statusCode, csv.body).toBe(200);
    const baris = csv.body
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(baris[0]).toBe(KOLOM_EKSPOR.join(","));
    expect(baris.length).toBe(3);
    expect(csv.body).toContain("Dinas Mitra");
    expect(csv.body).toContain("milik_negara");
    const xlsx = await minta(ctx.app, upg.sesi, { method: "GET", url: `${url()}/ekspor?format=xlsx` });
    expect(xlsx.statusCode).toBe(200);
    const buku = new ExcelJS.Workbook();
    await buku.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const lembar = buku.getWorksheet("Gratifikasi");
    expect(lembar?.rowCount).toBe(3);
    expect(lembar?.getRow(1).getCell(1).value).toBe("nomor_laporan");
    expect(lembar?.getRow(2).getCell(13).value).toBe(1_750_000);
  });

  it("refuses every role outside the UPG on every register route, and audits the UPG's reads naming the people", async () => {
    const [g] = (await minta(ctx.app, upg.sesi, { method: "GET", url: url() })).json().items;
    for (const [peran, o] of lain) {
      for (const [method, u, payload] of [
        ["GET", url(), undefined],
        ["GET", `${url()}/ekspor`, undefined],
        ["GET", `${url()}/${g.id}/foto`, undefined],
        ["PATCH", `${url()}/${g.id}/triase`, { keputusan: "ditangani_upg" }],
        [
          "PATCH",
          `${url()}/${g.id}/penetapan`,
          { penetapan: "milik_penerima", nomorSk: "x", tanggal: hariIni },
        ],
      ] as const) {
        const r = await minta(ctx.app, o.sesi, { method, url: u, payload });
        expect(r.statusCode, `${peran} ${method} ${u}`).toBe(403);
      }
    }
    expect(
      (await minta(ctx.app, pelapor.sesi, { method: "GET", url: `${url()}/statistik` })).statusCode,
    ).toBe(403);
    const audit = await ctx.db
      .selectFrom("audit_log")
      .select(["aksi", "rincian"])
      .where("instansi_id", "=", a.id)
      .where("aksi", "=", "gratifikasi.daftar")
      .execute();
    expect(audit.length).toBeGreaterThan(0);
    expect(JSON.stringify(audit.map((x) => x.rincian))).toContain(pelapor.pegawaiId);
  });

  it("lets only the national evaluator replace a year's holiday calendar", async () => {
    const nasional = await buatInstansi(ctx.db, { nasional: true });
    const u = await buatPengguna(ctx.db, [{ instansiId: nasional.id, peran: "evaluator_nasional" }]);
    const ev = await login(ctx.app, u.username, u.password);
    const body = { hari: [{ tanggal: "2031-01-01", keterangan: "Tahun Baru Masehi" }] };
    const ok = await minta(ctx.app, ev, {
      method: "PUT",
      url: "/api/nasional/hari-libur/2031",
      payload: body,
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toEqual([
      { tanggal: "2031-01-01", keterangan: "Tahun Baru Masehi", jenis: "libur_nasional" },
    ]);
    const admin = lain.get("admin_instansi")?.sesi ?? null;
    expect(
      (await minta(ctx.app, admin, { method: "PUT", url: "/api/nasional/hari-libur/2031", payload: body }))
        .statusCode,
    ).toBe(403);
    const baca = await minta(ctx.app, pelapor.sesi, {
      method: "GET",
      url: `/api/instansi/${a.id}/hari-libur?tahun=2031`,
    });
    expect(baca.json()).toHaveLength(1);
  });
});
