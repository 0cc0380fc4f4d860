/**
 * The register's bulk import (docs/nasional.md): the evaluator uploads an
 * agency file and a unit-tree file (CSV or XLSX); the report lists each bad
 * row in Bahasa Indonesia and nothing is written; a clean import is written
 * on confirmation only, updates existing codes, never deletes; a register
 * change between check and confirmation rejects it; agency roles get 403;
 * the CLI does the same.
 */
import { randomBytes } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, expect, it, vi } from "vitest";
import { imporInstansiCli } from "../src/cli/instansi.ts";
import {
  buatInstansi,
  buatPengguna,
  describeOnDatabases,
  login,
  minta,
  type SesiUji,
} from "./support/index.ts";

function multipart(berkas: { medan: string; nama: string; isi: Buffer }[]) {
  const batas = `----nurani${randomBytes(8).toString("hex")}`;
  const bagian = berkas.flatMap((b) => [
    Buffer.from(
      `--${batas}\r\nContent-Disposition: form-data; name="${b.medan}"; filename="${b.nama}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    b.isi,
    Buffer.from("\r\n"),
  ]);
  return {
    payload: Buffer.concat([...bagian, Buffer.from(`--${batas}--\r\n`)]),
    headers: { "content-type": `multipart/form-data; boundary=${batas}` },
  };
}

const csv = (s: string) => Buffer.from(s, "utf8");

describeOnDatabases("nasional: bulk import of agencies and unit trees", (ctx) => {
  let ev: SesiUji;
  let adminLain: SesiUji;
  const unggah = async (berkas: { medan: string; nama: string; isi: Buffer }[]) => {
    const m = multipart(berkas);
    const r = await minta(ctx.app, ev, { method: "POST", url: "/api/nasional/impor", ...m });
    expect(r.statusCode, r.body).toBe(201);
    return r.json();
  };
  const jumlahInstansi = async () =>
    Number(
      (
        await ctx.db
          .selectFrom("instansi")
          .select((e) => e.fn.countAll().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    );

  beforeAll(async () => {
    const kemen = await buatInstansi(ctx.db, { kode: "KEMENPANRB", nasional: true });
    const u = await buatPengguna(ctx.db, [{ instansiId: kemen.id, peran: "evaluator_nasional" }]);
    ev = await login(ctx.app, u.username, u.password);
    const lain = await buatInstansi(ctx.db, { kode: "INST-LAIN" });
    const a = await buatPengguna(ctx.db, [{ instansiId: lain.id, peran: "admin_instansi" }]);
    adminLain = await login(ctx.app, a.username, a.password);
  });

  it("refuses agency roles", async () => {
    const m = multipart([
      { medan: "instansi", nama: "a.csv", isi: csv("kode,nama,jenis\nX,Y,kementerian\n") },
    ]);
    const r = await minta(ctx.app, adminLain, { method: "POST", url: "/api/nasional/impor", ...m });
    expect(r.statusCode).toBe(403);
  });

  it("reports every bad row in Bahasa Indonesia and writes nothing", async () => {
    const sebelum = await jumlahInstansi();
    const h = await unggah([
      {
        medan: "instansi",
        nama: "instansi.csv",
        isi: csv(
          "Kode Instansi;Nama Instansi;Kategori;Provinsi Induk\n" +
            "PEMKAB-A;Pemerintah Kabupaten A;Pemkab;\n" + // row 2: regency without province
            "PEMKOT-B;Pemerintah Kota B;kota;Atlantis\n" + // row 3: unknown province
            "KEMEN-C;Kementerian C;kementerian;\n" +
            "KEMEN-C;Kementerian C lagi;kementerian;\n", // row 5: duplicate code
        ),
      },
    ]);
    expect(h.status).toBe("ditolak");
    expect(h.ringkasan.instansi.baris).toBe(4);
    const galat = h.galat.items.map((g: { baris: number; kolom: string; kode: string }) => [
      g.baris,
      g.kolom,
      g.kode,
    ]);
    expect(galat).toEqual([
      [2, "Provinsi Induk", "PROVINSI_WAJIB"],
      [3, "Provinsi Induk", "PROVINSI_TIDAK_DIKENAL"],
      [5, "Kode Instansi", "KODE_INSTANSI_GANDA"],
    ]);
    expect(h.galat.items[2].pesan).toMatch(/lihat baris 4/);
    expect(h.galat.items[0].pesan).not.toMatch(/[A-Z]{4,}_[A-Z]/);
    const t = await minta(ctx.app, ev, { method: "POST", url: `/api/nasional/impor/${h.id}/tulis` });
    expect(t.statusCode).toBe(409);
    expect(await jumlahInstansi()).toBe(sebelum);
  });

  it("refuses a file without the required columns as a whole", async () => {
    const h = await unggah([{ medan: "instansi", nama: "a.csv", isi: csv("kode,nama\nX,Y\n") }]);
    expect(h.status).toBe("ditolak");
    expect(h.pesan).toMatch(/Kolom wajib tidak ditemukan.*jenis/);
  });

  it("writes agencies (XLSX) and their unit trees only after confirmation, updating existing codes", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Instansi");
    ws.addRow(["Kode", "Nama", "Jenis", "Provinsi", "Kode Wilayah"]);
    ws.addRow(["PROV-JABAR", "Pemerintah Provinsi Jawa Barat", "provinsi", "32", ""]);
    ws.addRow(["PEMKAB-BDG", "Pemerintah Kabupaten Bandung", "kabupaten", "Jawa Barat", "32.04"]);
    ws.addRow(["INST-LAIN", "Instansi Lain (nama baru)", "LPNK", "", ""]);
    const xlsx = Buffer.from(await wb.xlsx.writeBuffer());
    const unit = csv(
      "kode instansi,kode unit,nama unit,eselon,kode induk\n" +
        "PEMKAB-BDG,BPKAD,Badan Pengelolaan Keuangan,II,SETDA\n" + // child before its parent
        "PEMKAB-BDG,SETDA,Sekretariat Daerah,I,\n" +
        "pemkab-bdg,BID-ANG,Bidang Anggaran,III,bpkad\n",
    );
    const h = await unggah([
      { medan: "instansi", nama: "instansi.xlsx", isi: xlsx },
      { medan: "unit", nama: "unit.csv", isi: unit },
    ]);
    expect(h.galat.items).toEqual([]);
    expect(h.status).toBe("siap");
    expect(h.ringkasan).toMatchObject({
      instansi: { baris: 3, baru: 2, diperbarui: 1 },
      unit: { baris: 3, baru: 3, diperbarui: 0 },
    });
    // nothing yet
    expect(
      await ctx.db.selectFrom("instansi").select("id").where("kode", "=", "PEMKAB-BDG").executeTakeFirst(),
    ).toBe(undefined);
    const t = await minta(ctx.app, ev, { method: "POST", url: `/api/nasional/impor/${h.id}/tulis` });
    expect(t.statusCode, t.body).toBe(200);
    expect(t.json().status).toBe("selesai");
    const bdg = await ctx.db
      .selectFrom("instansi")
      .selectAll()
      .where("kode", "=", "PEMKAB-BDG")
      .executeTakeFirstOrThrow();
    expect(bdg).toMatchObject({ jenis: "kabupaten", provinsi: "32", kode_wilayah: "32.04", aktif: true });
    const lain = await ctx.db
      .selectFrom("instansi")
      .selectAll()
      .where("kode", "=", "INST-LAIN")
      .executeTakeFirstOrThrow();
    expect(lain.nama).toBe("Instansi Lain (nama baru)");
    const unitDb = await ctx.db
      .selectFrom("unit_kerja as u")
      .leftJoin("unit_kerja as p", (j) =>
        j.onRef("p.instansi_id", "=", "u.instansi_id").onRef("p.id", "=", "u.induk_id"),
      )
      .select(["u.kode", "u.eselon", "p.kode as induk"])
      .where("u.instansi_id", "=", bdg.id)
      .orderBy("u.kode")
      .execute();
    expect(unitDb).toEqual([
      { kode: "BID-ANG", eselon: 3, induk: "BPKAD" },
      { kode: "BPKAD", eselon: 2, induk: "SETDA" },
      { kode: "SETDA", eselon: 1, induk: null },
    ]);
    // confirming twice is refused
    const lagi = await minta(ctx.app, ev, { method: "POST", url: `/api/nasional/impor/${h.id}/tulis` });
    expect(lagi.statusCode).toBe(409);

    // a unit file moving SETDA under its own descendant is a cycle
    const siklus = await unggah([
      {
        medan: "unit",
        nama: "unit.csv",
        isi: csv("kode instansi,kode,nama,kode induk\nPEMKAB-BDG,SETDA,Setda,BID-ANG\n"),
      },
    ]);
    expect(siklus.galat.items.map((g: { kode: string }) => g.kode)).toEqual(["INDUK_MELINGKAR"]);
  });

  it("re-checks on confirmation: a register change since the preview rejects the import", async () => {
    const h = await unggah([
      {
        medan: "instansi",
        nama: "a.csv",
        isi: csv("kode,nama,jenis,provinsi\nPROV-JATENG,Pemprov Jateng,provinsi,33\n"),
      },
    ]);
    expect(h.status).toBe("siap");
    const r = await minta(ctx.app, ev, {
      method: "POST",
      url: "/api/nasional/instansi",
      payload: { kode: "JATENG", nama: "Provinsi Jawa Tengah", jenis: "provinsi", provinsi: "33" },
    });
    expect(r.statusCode, r.body).toBe(201);
    const t = await minta(ctx.app, ev, { method: "POST", url: `/api/nasional/impor/${h.id}/tulis` });
    expect(t.statusCode).toBe(200);
    expect(t.json().status).toBe("ditolak");
    expect(t.json().galat.items[0].kode).toBe("PROVINSI_GANDA");
    expect(
      await ctx.db.selectFrom("instansi").select("id").where("kode", "=", "PROV-JATENG").executeTakeFirst(),
    ).toBe(undefined);
  });

  it("CLI: prints the report and exits 1 on errors; writes with --yes", async () => {
    const dir = mkdtempSync(join(tmpdir(), "nurani-impor-"));
    const buruk = join(dir, "buruk.csv");
    writeFileSync(buruk, "kode,nama,jenis,provinsi\nPEMKOT-X,Kota X,kota,\n");
    const galat = vi.spyOn(console, "error").mockImplementation(() => {});
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    try {
      expect(await imporInstansiCli(ctx.db, { berkas: buruk, yes: true })).toBe(1);
      expect(galat.mock.calls.flat().join("\n")).toMatch(/baris\s+2.*provinsi/i);
      const baik = join(dir, "baik.csv");
      writeFileSync(baik, "kode,nama,jenis,provinsi\nPEMKOT-SMG,Pemerintah Kota Semarang,kota,Jawa Tengah\n");
      expect(await imporInstansiCli(ctx.db, { berkas: baik, yes: false, tanya: async () => false })).toBe(1);
      expect(
        await ctx.db.selectFrom("instansi").select("id").where("kode", "=", "PEMKOT-SMG").executeTakeFirst(),
      ).toBe(undefined);
      expect(await imporInstansiCli(ctx.db, { berkas: baik, yes: true })).toBe(0);
      expect(log.mock.calls.flat().join("\n")).toMatch(/1 instansi baru/);
    } finally {
      galat.mockRestore();
      log.mockRestore();
    }
    expect(
      await ctx.db
        .selectFrom("instansi")
        .select("provinsi")
        .where("kode", "=", "PEMKOT-SMG")
        .executeTakeFirstOrThrow(),
    ).toEqual({ provinsi: "33" });
  });
});
