/**
 * The national dashboard per evaluation period and the trend across periods
 * (docs/nasional.md): a period lists only its participating categories with
 * each agency's worksheet; publishing a period's rankings freezes the
 * agencies' figures, so a later release changes the open period's figures
 * but not the published one's; the trend gives one point per period for an
 * agency and for a category. Agency roles get 403.
 */
import { inflateSync } from "node:zlib";
import ExcelJS from "exceljs";
import { beforeAll, expect, it } from "vitest";
import { tanggalDi } from "../src/umum/tanggal.ts";
import {
  buatInstansi,
  buatPengguna,
  describeOnDatabases,
  type InstansiUji,
  login,
  minta,
  type SesiUji,
} from "./support/index.ts";

/** The text of a pdfmake PDF (standard fonts: hex strings in TJ arrays), words joined. */
function teksPdf(buf: Buffer): string {
  const s = buf.toString("latin1");
  const out: string[] = [];
  for (const m of s.matchAll(/stream\r?\n([\s\S]*?)endstream/g)) {
    let isi: string;
    try {
      isi = inflateSync(Buffer.from(m[1], "latin1")).toString("latin1");
    } catch {
      continue;
    }
    for (const h of isi.matchAll(/<([0-9a-f]+)>/g)) out.push(Buffer.from(h[1], "hex").toString("latin1"));
  }
  return out.join("");
}

const hari = (geser: number) => tanggalDi(new Date(Date.now() + geser * 86_400_000), "Asia/Jakarta");

describeOnDatabases("nasional: dashboard per period and trend across periods", (t) => {
  let ev: SesiUji;
  let admin: SesiUji;
  let pegawai: SesiUji;
  let adminKab: SesiUji;
  let kemen: InstansiUji;
  let kab: InstansiUji;
  let kemen2: InstansiUji;
  let kemen3: InstansiUji;
  let lalu = "";
  let kini = "";
  const get = async (url: string, s = ev) => {
    const r = await minta(t.app, s, { method: "GET", url });
    return r;
  };
  const aturIndeks = (id: string, nilai: number, level: number[]) =>
    t.db
      .updateTable("ringkasan_instansi")
      .set({
        basi: false,
        indeks_nilai: nilai,
        indeks_bawah: nilai - 2,
        indeks_atas: nilai + 2,
        n: 80,
        jumlah_pegawai: 100,
        level,
        dirilis: new Date(),
      })
      .where("instansi_id", "=", id)
      .execute();
  const periode = (kode: string, tahun: number, geser: number, jenis: string[]) =>
    t.db
      .insertInto("periode_evaluasi")
      .values({
        kode,
        nama: `Evaluasi ${tahun}`,
        tahun,
        jenis_peserta: jenis,
        versi_lke: "1",
        mandiri_mulai: hari(geser - 30),
        mandiri_selesai: hari(geser - 20),
        reviu_mulai: hari(geser - 20),
        reviu_selesai: hari(geser - 10),
        publikasi: hari(geser),
      })
      .returning("id")
      .executeTakeFirstOrThrow();

  beforeAll(async () => {
    const nas = await buatInstansi(t.db, { nasional: true });
    const u = await buatPengguna(t.db, [{ instansiId: nas.id, peran: "evaluator_nasional" }]);
    ev = await login(t.app, u.username, u.password);
    kemen = await buatInstansi(t.db, { jenis: "kementerian" });
    kab = await buatInstansi(t.db, { jenis: "kabupaten" });
    const a = await buatPengguna(t.db, [{ instansiId: kemen.id, peran: "admin_instansi" }]);
    admin = await login(t.app, a.username, a.password);
    const pg = await buatPengguna(t.db, [{ instansiId: kemen.id, peran: "pegawai" }]);
    pegawai = await login(t.app, pg.username, pg.password);
    const ak = await buatPengguna(t.db, [{ instansiId: kab.id, peran: "admin_instansi" }]);
    adminKab = await login(t.app, ak.username, ak.password);
    await aturIndeks(kemen.id, 48, [10, 30, 30, 10]);
    await aturIndeks(kab.id, 55, [5, 10, 40, 25]);
    kemen2 = await buatInstansi(t.db, { jenis: "kementerian" });
    kemen3 = await buatInstansi(t.db, { jenis: "kementerian" });
    await aturIndeks(kemen2.id, 49, [5, 30, 30, 15]);
    await aturIndeks(kemen3.id, 60, [1, 5, 30, 44]);
    lalu = (await periode("EVAL-LALU", 2025, -1, ["kementerian", "kabupaten"])).id;
    kini = (await periode("EVAL-KINI", 2026, 40, ["kementerian"])).id;
  });

  it("refuses agency roles", async () => {
    expect((await get("/api/nasional/tren", admin)).statusCode).toBe(403);
    expect((await get("/api/nasional/instansi?periode=EVAL-KINI", admin)).statusCode).toBe(403);
  });

  it("publishing a period freezes its figures; a later release moves only the open period", async () => {
    const terbit = await minta(t.app, ev, {
      method: "POST",
      url: `/api/evaluasi/periode/${lalu}/peringkat/terbitkan`,
    });
    expect(terbit.statusCode, terbit.body).toBe(200);
    // a new campaign is released afterwards
    await aturIndeks(kemen.id, 58, [2, 10, 40, 28]);

    const r1 = await get("/api/nasional/instansi?periode=EVAL-LALU&urut=kode");
    expect(r1.statusCode, r1.body).toBe(200);
    const baris1 = r1.json().items.find((x: { instansiId: string }) => x.instansiId === kemen.id);
    expect(baris1.indeks).toEqual({ nilai: 48, bawah: 46, atas: 50 });
    expect(baris1.distribusiLevel).toEqual([10, 30, 30, 10]);
    expect(r1.json().items.map((x: { instansiId: string }) => x.instansiId)).toContain(kab.id);

    // by id as well as by code; the open period shows the live figure and only its categories
    const r2 = await get(`/api/nasional/instansi?periode=${kini}`);
    expect(r2.statusCode).toBe(200);
    const ids2 = r2.json().items.map((x: { instansiId: string }) => x.instansiId);
    expect(ids2).toContain(kemen.id);
    expect(ids2).not.toContain(kab.id);
    expect(r2.json().items.find((x: { instansiId: string }) => x.instansiId === kemen.id).indeks.nilai).toBe(
      58,
    );

    const tak = await get("/api/nasional/instansi?periode=EVAL-TIDAK-ADA");
    expect(tak.statusCode).toBe(404);
    expect(tak.json().error.code).toBe("PERIODE_TIDAK_DITEMUKAN");
  });

  it("the trend gives one point per period, oldest first, for an agency and for a category", async () => {
    const r = await get(`/api/nasional/tren?instansiId=${kemen.id}`);
    expect(r.statusCode, r.body).toBe(200);
    expect(
      r
        .json()
        .map((p: { kode: string; beku: boolean; indeks: { nilai: number } }) => [
          p.kode,
          p.beku,
          p.indeks.nilai,
        ]),
    ).toEqual([
      ["EVAL-LALU", true, 48],
      ["EVAL-KINI", false, 58],
    ]);
    expect(r.json()[0].level).toEqual([10, 30, 30, 10]);

    const kat = await get("/api/nasional/tren?jenis=kabupaten");
    // the regency takes part only in the earlier period
    expect(kat.json().map((p: { kode: string; instansi: number }) => [p.kode, p.instansi])).toEqual([
      ["EVAL-LALU", 1],
    ]);
    expect(kat.json()[0].indeks.nilai).toBe(55);
  });

  it("report card PDF: the agency's admin after publication, the evaluator any time (provisional), nobody else", async () => {
    const url = (i: InstansiUji, p: string) => `/api/instansi/${i.id}/evaluasi/periode/${p}/rapor`;
    const r = await get(url(kemen, lalu), admin);
    expect(r.statusCode, r.body).toBe(200);
    expect(r.headers["content-type"]).toContain("application/pdf");
    const teks = teksPdf(r.rawPayload);
    expect(teks).toContain("Rapor Pembangunan Integritas Instansi");
    expect(teks).toContain("Nilai LKE per komponen");
    // the index frozen at publication, not the later release
    expect(teks).toContain("48,0 (selang 95% 46,0 - 50,0)");
    expect(teks).toContain("Persiapan");
    expect(teks).not.toContain("SEMENTARA");

    // before publication: refused to the agency, provisional for the evaluator (live figure)
    const belum = await get(url(kemen, kini), admin);
    expect(belum.statusCode).toBe(409);
    expect(belum.json().error.code).toBe("HASIL_BELUM_TERBIT");
    const ev2 = await get(url(kemen, kini), ev);
    expect(ev2.statusCode, ev2.body).toBe(200);
    const t2 = teksPdf(ev2.rawPayload);
    expect(t2).toContain("SEMENTARA");
    expect(t2).toContain("58,0");

    // an employee, and another agency's admin, get nothing
    expect((await get(url(kemen, lalu), pegawai)).statusCode).toBe(403);
    expect((await get(url(kemen, lalu), adminKab)).statusCode).toBe(403);
  });

  it("ranks by index interval: overlapping intervals share a rank range, a separated one stands alone", async () => {
    const r = await get(`/api/evaluasi/periode/${lalu}/peringkat?dasar=indeks`);
    expect(r.statusCode, r.body).toBe(200);
    const kem = r
      .json()
      .items.filter((x: { jenis: string }) => x.jenis === "kementerian")
      .map((x: { instansiId: string; terbaik: number; terburuk: number; pita: string }) => [
        x.instansiId,
        x.terbaik,
        x.terburuk,
        x.pita,
      ]);
    // the frozen figures: kemen 48 [46, 50], kemen2 49 [47, 51], kemen3 60 [59, 61]
    expect(kem).toEqual([
      [kemen3.id, 1, 1, "atas"],
      [kemen2.id, 2, 3, "tengah"],
      [kemen.id, 2, 3, "tengah"],
    ]);
    expect(r.json().penjelasan).toMatch(/bertumpang tindih.*berbagi pita peringkat/);
    // the worksheet ranking is unchanged by default (no approved worksheet here)
    const lke = await get(`/api/evaluasi/periode/${lalu}/peringkat`);
    expect(lke.json().items).toEqual([]);
  });

  it("the national report follows the period: only its participants", async () => {
    const r = await get("/api/nasional/laporan?format=xlsx&periode=EVAL-KINI");
    expect(r.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(r.rawPayload as unknown as ArrayBuffer);
    const kode = (wb.getWorksheet("Instansi")?.getColumn(1).values ?? []).map(String);
    expect(kode).toContain(kemen.kode);
    expect(kode).not.toContain(kab.kode);
  });
});
