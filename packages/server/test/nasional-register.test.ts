/**
 * The national register and dashboard (fitur/nasional, BAB IV): the national
 * evaluator registers, edits, deactivates agencies and creates an agency's
 * first admin, who sets their own password with a one-time code; the
 * dashboard lists every agency with its kept figures, which follow a release
 * and its withdrawal; every agency role is refused.
 */
import ExcelJS from "exceljs";
import { beforeAll, expect, it } from "vitest";
import { kampanyeDiskor } from "./hasil-bantu.ts";
import { buatDunia, type DuniaProgram } from "./program-bantu.ts";
import {
  buatInstansi,
  buatPengguna,
  describeOnDatabases,
  login,
  minta,
  type SesiUji,
} from "./support/index.ts";

describeOnDatabases("nasional: register, activation, dashboard, report", (ctx) => {
  let d: DuniaProgram;
  let ev: SesiUji;
  let kampanye: string;
  const dasbor = async (q = "") => {
    const r = await minta(ctx.app, ev, { method: "GET", url: `/api/nasional/instansi${q}` });
    expect(r.statusCode, r.body).toBe(200);
    return r.json();
  };

  beforeAll(async () => {
    const kemen = await buatInstansi(ctx.db, { kode: "KEMENPANRB", nasional: true });
    const u = await buatPengguna(ctx.db, [{ instansiId: kemen.id, peran: "evaluator_nasional" }]);
    ev = await login(ctx.app, u.username, u.password);
    d = await buatDunia(ctx.app, ctx.db);
    kampanye = await kampanyeDiskor(ctx.app, ctx.db, d.sesi.tim, {
      instansiId: d.instansi.id,
      pegawaiIds: d.pegawai,
      benih: 7,
    });
  });

  it("refuses every agency role on the national routes", async () => {
    for (const s of Object.values(d.sesi)) {
      for (const url of ["/api/nasional/instansi", "/api/nasional/laporan?format=xlsx"]) {
        const r = await minta(ctx.app, s, { method: "GET", url });
        expect(r.statusCode).toBe(403);
      }
      const r = await minta(ctx.app, s, {
        method: "POST",
        url: "/api/nasional/instansi",
        payload: { kode: "X1", nama: "X", jenis: "kementerian" },
      });
      expect(r.statusCode).toBe(403);
    }
  });

  it("registers an agency after checking it, and refuses a bad or duplicate record without writing", async () => {
    const buruk = await minta(ctx.app, ev, {
      method: "POST",
      url: "/api/nasional/instansi",
      payload: { kode: "PEMKAB-BDG", nama: "Pemerintah Kabupaten Bandung", jenis: "kabupaten" },
    });
    expect(buruk.statusCode).toBe(400);
    expect(buruk.json().error.code).toBe("DATA_INSTANSI_TIDAK_VALID");
    expect(buruk.json().error.details[0].kolom).toBe("provinsi");
    const r = await minta(ctx.app, ev, {
      method: "POST",
      url: "/api/nasional/instansi",
      payload: {
        kode: "pemkab-bdg",
        nama: "Pemerintah Kabupaten Bandung",
        jenis: "Pemkab",
        provinsi: "Jawa Barat",
        kodeWilayah: "3204",
      },
    });
    expect(r.statusCode, r.body).toBe(201);
    expect(r.json()).toMatchObject({
      kode: "PEMKAB-BDG",
      jenis: "kabupaten",
      provinsi: "32",
      kodeWilayah: "32.04",
      zonaWaktu: "Asia/Jakarta",
      aktif: true,
    });
    const ganda = await minta(ctx.app, ev, {
      method: "POST",
      url: "/api/nasional/instansi",
      payload: { kode: "PEMKAB-BDG", nama: "Lain", jenis: "kementerian" },
    });
    expect(ganda.statusCode).toBe(409);
    const semua = await dasbor("?q=bandung");
    expect(semua.total).toBe(1);
    expect(semua.items[0]).toMatchObject({ kode: "PEMKAB-BDG", provinsi: "32", indeks: null, tahap: null });
  });

  it("edits, deactivates (never deletes) and reactivates", async () => {
    const id = (await dasbor("?q=PEMKAB-BDG")).items[0].instansiId;
    const ubah = await minta(ctx.app, ev, {
      method: "PATCH",
      url: `/api/nasional/instansi/${id}`,
      payload: { nama: "Pemkab Bandung" },
    });
    expect(ubah.statusCode, ubah.body).toBe(200);
    expect(ubah.json().nama).toBe("Pemkab Bandung");
    const salah = await minta(ctx.app, ev, {
      method: "PATCH",
      url: `/api/nasional/instansi/${id}`,
      payload: { provinsi: "Papua" },
    });
    expect(salah.statusCode).toBe(400); // region code 32.04 is not in Papua
    const non = await minta(ctx.app, ev, { method: "POST", url: `/api/nasional/instansi/${id}/nonaktifkan` });
    expect(non.json().aktif).toBe(false);
    expect((await dasbor("?q=bandung")).total).toBe(0);
    expect((await dasbor("?q=bandung&aktif=false")).items[0].nama).toBe("Pemkab Bandung");
    await minta(ctx.app, ev, { method: "POST", url: `/api/nasional/instansi/${id}/aktifkan` });
    expect((await dasbor("?q=bandung")).total).toBe(1);
  });

  it("creates the first admin with a one-time code; the admin alone sets the password", async () => {
    const id = (await dasbor("?q=PEMKAB-BDG")).items[0].instansiId;
    const r = await minta(ctx.app, ev, {
      method: "POST",
      url: `/api/nasional/instansi/${id}/admin`,
      payload: { username: "admin.bandung", nama: "Admin Bandung" },
    });
    expect(r.statusCode, r.body).toBe(201);
    const kode: string = r.json().kodeAktivasi;
    expect(kode).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
    // no password yet: login fails
    const gagal = await ctx.app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { username: "admin.bandung", password: "apa saja sekali" },
    });
    expect(gagal.statusCode).not.toBe(200);
    const lihat = await minta(ctx.app, null, {
      method: "GET",
      url: `/api/aktivasi?kode=${kode.toLowerCase()}`,
    });
    expect(lihat.json()).toMatchObject({ username: "admin.bandung", instansi: "Pemkab Bandung" });
    const lemah = await minta(ctx.app, null, {
      method: "POST",
      url: "/api/aktivasi",
      payload: { kode, passwordBaru: "password" },
    });
    expect(lemah.json().error.code).toBe("PASSWORD_LEMAH");
    const ok = await minta(ctx.app, null, {
      method: "POST",
      url: "/api/aktivasi",
      payload: { kode, passwordBaru: "Sawah hijau di lereng Malabar" },
    });
    expect(ok.statusCode, ok.body).toBe(200);
    const s = await login(ctx.app, "admin.bandung", "Sawah hijau di lereng Malabar");
    const me = await minta(ctx.app, s, { method: "GET", url: "/api/instansi" });
    expect(me.json().map((i: { kode: string }) => i.kode)).toEqual(["PEMKAB-BDG"]);
    const lagi = await minta(ctx.app, null, {
      method: "POST",
      url: "/api/aktivasi",
      payload: { kode, passwordBaru: "Sawah hijau di lereng Malabar 2" },
    });
    expect(lagi.json().error.code).toBe("KODE_AKTIVASI_TIDAK_BERLAKU");
    // the code is stored only as a hash
    const a = await ctx.db.selectFrom("aktivasi_pengguna").select("kode_hash").executeTakeFirstOrThrow();
    expect(a.kode_hash).not.toContain(kode.replaceAll("-", ""));
  });

  it("shows the released index with its interval, and drops it when the release is withdrawn", async () => {
    const baris = async () => (await dasbor(`?q=${d.instansi.kode}`)).items[0];
    expect((await baris()).indeks).toBeNull();
    const H = `/api/instansi/${d.instansi.id}/hasil/kampanye/${kampanye}`;
    const p = (await minta(ctx.app, d.sesi.tim, { method: "GET", url: `${H}/rilis` })).json();
    const rilis = await minta(ctx.app, d.sesi.tim, {
      method: "POST",
      url: `${H}/rilis`,
      payload: { dinilai: p.dinilai, menunggu: p.menunggu },
    });
    expect(rilis.statusCode, rilis.body).toBe(200);
    const b = await baris();
    expect(b.indeks.bawah).toBeLessThan(b.indeks.nilai);
    expect(b.indeks.atas).toBeGreaterThan(b.indeks.nilai);
    expect(b.n).toBe(d.pegawai.length);
    expect(b.distribusiLevel.reduce((a: number, x: number) => a + x, 0)).toBe(d.pegawai.length);
    expect(b.partisipasi).toBeCloseTo(1);
    // the same figure the agency's own map shows for the whole agency
    const peta = (
      await minta(ctx.app, d.sesi.tim, {
        method: "GET",
        url: `/api/instansi/${d.instansi.id}/hasil/peta?kampanyeId=${kampanye}`,
      })
    ).json();
    expect(b.indeks.nilai).toBeCloseTo(peta.instansi.indeks.nilai, 6);
    expect(b.indeks.bawah).toBeCloseTo(peta.instansi.indeks.bawah, 6);
    const tarik = await minta(ctx.app, d.sesi.tim, {
      method: "POST",
      url: `${H}/tarik-rilis`,
      payload: { alasan: "Salah rilis, menunggu tinjauan pimpinan." },
    });
    expect(tarik.statusCode).toBe(200);
    expect((await baris()).indeks).toBeNull();
  });

  it("filters by category and province, sorts and pages", async () => {
    for (const [kode, jenis, provinsi] of [
      ["PEMPROV-JABAR", "provinsi", "32"],
      ["PEMKOT-BDG", "kota", "32"],
      ["PEMPROV-BALI", "provinsi", "51"],
    ]) {
      const r = await minta(ctx.app, ev, {
        method: "POST",
        url: "/api/nasional/instansi",
        payload: { kode, nama: `Pemerintah ${kode}`, jenis, provinsi },
      });
      expect(r.statusCode, r.body).toBe(201);
    }
    expect((await dasbor("?provinsi=32")).total).toBe(3);
    expect((await dasbor("?jenis=provinsi")).items.map((i: { kode: string }) => i.kode).sort()).toEqual([
      "PEMPROV-BALI",
      "PEMPROV-JABAR",
    ]);
    const h1 = await dasbor("?urut=-kode&pageSize=2");
    expect(h1.items.map((i: { kode: string }) => i.kode)).toEqual(["PEMPROV-JABAR", "PEMPROV-BALI"]);
    expect(h1.total).toBe(5);
    const bad = await minta(ctx.app, ev, { method: "GET", url: "/api/nasional/instansi?provinsi=99" });
    expect(bad.statusCode).toBe(400);
    // the Ministry itself is not on its own dashboard
    expect((await dasbor("?q=KEMENPANRB")).total).toBe(0);
  });

  it("downloads the national report as XLSX and PDF", async () => {
    const r = await minta(ctx.app, ev, { method: "GET", url: "/api/nasional/laporan?format=xlsx" });
    expect(r.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(r.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[1];
    const kode = ws.getColumn(1).values.slice(2);
    expect(kode).toContain("PEMKAB-BDG");
    expect(kode).not.toContain("KEMENPANRB");
    const pdf = await minta(ctx.app, ev, { method: "GET", url: "/api/nasional/laporan?format=pdf" });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe("%PDF-");
  });
});
