import { readFileSync } from "node:fs";
import { join } from "node:path";
import { susunNip } from "@nurani/domain";
import ExcelJS from "exceljs";
import fc from "fast-check";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { bacaBerkasPegawai, type KejadianBaca } from "../src/fitur/impor/baca.ts";
import { type BatasXlsx, periksaBatasXlsx } from "../src/fitur/impor/batas-xlsx.ts";
import { type HasilBaris, pesanGalatBaris, validasiImpor } from "../src/fitur/impor/validasi.ts";

const fixture = (nama: string) => readFileSync(join(import.meta.dirname, "fixtures", nama));
const UNIT = new Map([
  ["SETDA", "u-setda"],
  ["DINKES", "u-dinkes"],
  ["DISDIK", "u-disdik"],
]);
const HARI_INI = new Date(Date.UTC(2026, 10, 28));

async function kumpulkan<T>(it: AsyncIterable<T>): Promise<T[]> {
  const hasil: T[] = [];
  for await (const x of it) hasil.push(x);
  return hasil;
}
const validasi = (berkas: Buffer, nama: string) =>
  kumpulkan(validasiImpor(bacaBerkasPegawai(berkas, nama), { unit: UNIT, hariIni: HARI_INI }));

function ringkas(hasil: HasilBaris[]) {
  return hasil.map((h) =>
    h.jenis === "valid"
      ? [h.baris, "valid", h.data.nama]
      : h.jenis === "galat"
        ? [h.baris, h.galat.map((g) => `${g.kolom}:${g.kode}`).join(",")]
        : ["berkas", h.galat.kode],
  );
}

describe("import file reader and validation", () => {
  it("reports every kind of row error with the user's header names (CSV UTF-8, `;`)", async () => {
    expect(ringkas(await validasi(fixture("pegawai-semua-galat.csv"), "pegawai.csv"))).toEqual([
      [2, "valid", "Siti Nur'aini"],
      [3, "valid", "Muhammad Rézaldi Siregar"],
      [4, "NIP:NIP_BUKAN_18_DIGIT"],
      [5, "NIP:NIP_TANGGAL_LAHIR_TIDAK_VALID"],
      [6, "NIP:NIP_BULAN_TMT_TIDAK_VALID"],
      [7, "NIP:NIP_JENIS_KELAMIN_TIDAK_VALID"],
      [8, "NIP:NIP_TMT_SEBELUM_USIA_18"],
      [9, "NIP:NIP_TMT_MASA_DEPAN"],
      [10, "NIP:NIP_GANDA"],
      [11, "Kode Unit:UNIT_TIDAK_DIKENAL"],
      [12, "Nama Lengkap:WAJIB_DIISI"],
      [13, "E-mail:EMAIL_TIDAK_VALID"],
      [14, "Jabatan:TERLALU_PANJANG"],
      [15, "NIP:NIP_NOTASI_ILMIAH"],
      [16, "Jenis Jabatan:JENIS_JABATAN_TIDAK_VALID"],
      [17, "Gol:GOLONGAN_TIDAK_VALID"],
    ]);
  });

  it("says in Bahasa Indonesia which row a duplicate NIP repeats", async () => {
    const hasil = await validasi(fixture("pegawai-semua-galat.csv"), "pegawai.csv");
    const ganda = hasil.find((h) => h.jenis === "galat" && h.baris === 10);
    expect(ganda?.jenis === "galat" && pesanGalatBaris(ganda.galat[0])).toBe(
      "NIP yang sama sudah muncul di baris lain dalam berkas ini. (pertama kali di baris 2)",
    );
    expect(ganda?.jenis === "galat" && pesanGalatBaris(ganda.galat[0], "en")).toContain("first on row 2");
  });

  it("decodes a Windows-1252 CSV from Excel with Indonesian names intact", async () => {
    const hasil = await validasi(fixture("pegawai-windows-1252.csv"), "ekspor.csv");
    expect(ringkas(hasil)).toEqual([
      [2, "valid", "Siti Nur\u2019aini"],
      [3, "valid", "Muhammad Rézaldi Siregar"],
      [4, "valid", "Ni Komang Ayü Sri"],
    ]);
  });

  it("reads the first worksheet of an XLSX: aliases, rich text, NIP typed as a number, blank rows", async () => {
    const hasil = await validasi(fixture("pegawai.xlsx"), "pegawai.xlsx");
    expect(ringkas(hasil)).toEqual([
      [2, "valid", "Siti Nur'aini"],
      [3, "valid", "Muhammad Rézaldi"],
      [4, "nip:NIP_NOTASI_ILMIAH"],
      [6, "Surel:EMAIL_TIDAK_VALID"],
    ]);
    const rezaldi = hasil[1];
    expect(
      rezaldi.jenis === "valid" && [rezaldi.unitId, rezaldi.data.golongan, rezaldi.data.jenisJabatan],
    ).toEqual(["u-setda", "IV/a", "struktural"]);
  });

  it.each([
    ["bukan-spreadsheet.pdf", "laporan.pdf", "FORMAT_TIDAK_DIDUKUNG"],
    ["pegawai.xlsx", "pegawai.csv", "BERKAS_RUSAK"],
    ["pegawai-semua-galat.csv", "pegawai.xlsx", "BERKAS_RUSAK"],
  ])("refuses %s uploaded as %s with %s", async (berkas, nama, kode) => {
    expect(ringkas(await validasi(fixture(berkas), nama))).toEqual([["berkas", kode]]);
  });

  it("refuses old .xls, oversize files, missing or repeated columns, too many rows and empty files", async () => {
    const xls = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]);
    expect(ringkas(await validasi(xls, "lama.xls"))).toEqual([["berkas", "FORMAT_XLS_LAMA"]]);

    const besar = await kumpulkan(
      bacaBerkasPegawai(Buffer.alloc(2048, 0x41), "a.csv", { ukuranMaks: 1024, barisMaks: 10 }),
    );
    expect(besar).toEqual([
      { jenis: "galat", galat: { kode: "BERKAS_TERLALU_BESAR", isian: { batas: "1 KiB" } } },
    ]);

    const tanpaJabatan = Buffer.from("NIP,Nama,Kode Unit\n198503122010012001,A,SETDA\n");
    expect(await kumpulkan(bacaBerkasPegawai(tanpaJabatan, "a.csv"))).toEqual([
      { jenis: "galat", galat: { kode: "KOLOM_WAJIB_TIDAK_ADA", isian: { kolom: "jabatan, jenisJabatan" } } },
    ]);
    const ganda = Buffer.from("NIP,NIP Baru,Nama,Kode Unit,Jabatan,Jenis Jabatan\n");
    expect(ringkas(await validasi(ganda, "a.csv"))).toEqual([["berkas", "KOLOM_GANDA"]]);

    const tigaBaris = Buffer.from(
      "NIP,Nama,Kode Unit,Jabatan,Jenis Jabatan\n1,a,b,c,d\n2,a,b,c,d\n3,a,b,c,d\n",
    );
    const k = await kumpulkan(bacaBerkasPegawai(tigaBaris, "a.csv", { ukuranMaks: 1e6, barisMaks: 2 }));
    expect(k.at(-1)).toEqual({
      jenis: "galat",
      galat: { kode: "TERLALU_BANYAK_BARIS", isian: { batas: "2" } },
    });

    expect(
      ringkas(await validasi(Buffer.from("NIP,Nama,Kode Unit,Jabatan,Jenis Jabatan\r\n\r\n"), "a.csv")),
    ).toEqual([["berkas", "BERKAS_KOSONG"]]);
    expect(ringkas(await validasi(Buffer.alloc(0), "a.csv"))).toEqual([["berkas", "BERKAS_KOSONG"]]);
  });

  it("property: never throws and always ends, whatever the bytes", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.uint8Array({ maxLength: 600 }),
          fc
            .string({ maxLength: 300 })
            .map((s) => new TextEncoder().encode(`NIP;Nama;Kode Unit;Jabatan;Jenis Jabatan\n${s}`)),
          fc.uint8Array({ maxLength: 300 }).map((b) => Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...b])),
        ),
        fc.constantFrom("a.csv", "a.xlsx", "a.txt", "a"),
        async (bytes, nama) => {
          const hasil = await validasi(Buffer.from(bytes), nama);
          expect(hasil.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 150 },
    );
  });

  const namaArb = fc
    .array(
      fc.constantFrom("Siti", "Nur'aini", "Rézaldi", "Ñoman", "Ketut", "O'Brien", "Daeng", "Sitorus", "Ayu"),
      {
        minLength: 1,
        maxLength: 4,
      },
    )
    .map((b) => b.join(" "));
  const barisArb = fc.record({
    lahir: fc.date({
      min: new Date(Date.UTC(1960, 0, 1)),
      max: new Date(Date.UTC(2000, 0, 1)),
      noInvalidDate: true,
    }),
    jenisKelamin: fc.constantFrom("L" as const, "P" as const),
    nama: namaArb,
    unit: fc.constantFrom("SETDA", "DINKES", "DISDIK"),
    jabatan: fc.constantFrom("Analis; Kebijakan", 'Kepala "Seksi"', "Guru, Ahli Muda", "Perawat"),
    jenisJabatan: fc.constantFrom("struktural", "fungsional", "pelaksana"),
    golongan: fc.constantFrom("III/a", "IV/e", "II/c", "IX", ""),
  });
  const barisUnikArb = fc
    .uniqueArray(barisArb, { minLength: 1, maxLength: 25, selector: (b) => b.nama })
    .map((rows) =>
      rows.map((b, i) => ({
        ...b,
        nip: susunNip({
          tanggalLahir: b.lahir.toISOString().slice(0, 10),
          tmtCpns: `${b.lahir.getUTCFullYear() + 20}-01-01`,
          jenisKelamin: b.jenisKelamin,
          nomorUrut: i + 1,
        }),
      })),
    );

  it("property: valid rows written as CSV (any delimiter, UTF-8 or Windows-1252) read back unchanged", async () => {
    await fc.assert(
      fc.asyncProperty(
        barisUnikArb,
        fc.constantFrom(",", ";", "\t"),
        fc.boolean(),
        async (rows, pemisah, ansi) => {
          const q = (s: string) => (/[",;\t\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);
          const teks = [
            ["NIP", "Nama", "Kode Unit", "Jabatan", "Jenis Jabatan", "Golongan"].join(pemisah),
            ...rows.map((r) =>
              [r.nip, r.nama, r.unit, r.jabatan, r.jenisJabatan, r.golongan].map(q).join(pemisah),
            ),
          ].join("\r\n");
          const berkas = ansi ? iconv.encode(teks, "windows-1252") : Buffer.from(teks, "utf8");
          const hasil = await validasi(berkas, "a.csv");
          expect(
            hasil.map((h) => (h.jenis === "valid" ? [h.data.nip, h.data.nama, h.data.jabatan, h.unitId] : h)),
          ).toEqual(rows.map((r) => [r.nip, r.nama, r.jabatan, UNIT.get(r.unit)]));
        },
      ),
      { numRuns: 60 },
    );
  });

  it("property: valid rows written as XLSX read back unchanged", async () => {
    await fc.assert(
      fc.asyncProperty(barisUnikArb, async (rows) => {
        const wb = new ExcelJS.Workbook();
        const ws = wb.addWorksheet("Data");
        ws.addRow(["NIP", "Nama", "Kode Unit", "Jabatan", "Jenis Jabatan", "Golongan"]);
        for (const r of rows) ws.addRow([r.nip, r.nama, r.unit, r.jabatan, r.jenisJabatan, r.golongan]);
        const berkas = Buffer.from(await wb.xlsx.writeBuffer());
        const hasil = await validasi(berkas, "a.xlsx");
        expect(
          hasil.map((h) => (h.jenis === "valid" ? [h.data.nip, h.data.nama, h.data.golongan] : h)),
        ).toEqual(rows.map((r) => [r.nip, r.nama, r.golongan || null]));
      }),
      { numRuns: 15 },
    );
  });

  /** An XLSX of the header and one row whose name is `nama` (ExcelJS keeps it in sharedStrings.xml). */
  const xlsxDenganNama = async (nama: string) => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Data");
    ws.addRow(["NIP", "Nama", "Kode Unit", "Jabatan", "Jenis Jabatan"]);
    ws.addRow(["198503122010011001", nama, "SETDA", "Analis", "fungsional"]);
    return Buffer.from(await wb.xlsx.writeBuffer());
  };

  it("refuses an XLSX whose one cell inflates far past Excel's cell limit, before reading any row", async () => {
    // 16 MB of one letter deflates to ~16 KB: the shape of the 300 MB single-cell bomb, smaller
    const bom = await xlsxDenganNama("A".repeat(16 * 1024 * 1024));
    expect(bom.length).toBeLessThan(100 * 1024);
    expect(ringkas(await validasi(bom, "pegawai.xlsx"))).toEqual([["berkas", "SEL_TERLALU_PANJANG"]]);
    // the longest cell Excel itself allows still reads (and the row is judged on its own)
    const panjang = await validasi(await xlsxDenganNama("A".repeat(32_767)), "pegawai.xlsx");
    expect(ringkas(panjang)).toEqual([[2, "Nama:TERLALU_PANJANG"]]);
  });

  it("refuses an XLSX whose entries inflate past the per-entry or total bound", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Data");
    ws.addRow(["NIP", "Nama", "Kode Unit", "Jabatan", "Jenis Jabatan"]);
    for (let i = 0; i < 3000; i++)
      ws.addRow([`19850312201001${1000 + i}`, `Pegawai ${i}`, "SETDA", "A", "pelaksana"]);
    const berkas = Buffer.from(await wb.xlsx.writeBuffer());
    const baca = (xlsx: BatasXlsx) =>
      kumpulkan(bacaBerkasPegawai(berkas, "a.xlsx", { ukuranMaks: 1e7, barisMaks: 1e5, xlsx }));
    expect(await baca({ entriMaks: 64 * 1024, totalMaks: 1e9, selMaks: 1e6 })).toEqual([
      { jenis: "galat", galat: { kode: "XLSX_TERURAI_TERLALU_BESAR", isian: { batas: "64 KiB" } } },
    ]);
    expect((await baca({ entriMaks: 1e9, totalMaks: 64 * 1024, selMaks: 1e6 }))[0]).toMatchObject({
      galat: { kode: "XLSX_TERURAI_TERLALU_BESAR" },
    });
    // within the default bounds it reads every row
    expect(await periksaBatasXlsx(berkas)).toBeNull();
    expect(
      (await kumpulkan(bacaBerkasPegawai(berkas, "a.xlsx"))).filter((k) => k.jenis === "baris"),
    ).toHaveLength(3000);
  });

  it("property: an XLSX with one long cell anywhere is refused exactly when the cell passes the bound", async () => {
    const batas: BatasXlsx = { entriMaks: 1e9, totalMaks: 1e9, selMaks: 4096 };
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 8000 }),
        fc.constantFrom("A", "é", "&", " "),
        async (n, c) => {
          const k = await kumpulkan(
            bacaBerkasPegawai(await xlsxDenganNama(c.repeat(n)), "a.xlsx", {
              ukuranMaks: 1e7,
              barisMaks: 10,
              xlsx: batas,
            }),
          );
          const ditolak = k.some((x) => x.jenis === "galat" && x.galat.kode === "SEL_TERLALU_PANJANG");
          // as XML text: é is 2 bytes, & is escaped as &amp;
          const bytes = n * (c === "é" ? 2 : c === "&" ? 5 : 1);
          expect(ditolak).toBe(bytes > batas.selMaks);
        },
      ),
      { numRuns: 40 },
    );
  });

  it("yields the header mapping before rows", async () => {
    const k: KejadianBaca[] = await kumpulkan(bacaBerkasPegawai(fixture("pegawai-semua-galat.csv"), "a.csv"));
    expect(k[0]).toMatchObject({ jenis: "judul", format: "csv", enkoding: "utf-8" });
    expect(k[0].jenis === "judul" && k[0].peta.diabaikan).toEqual(["Keterangan"]);
  });
});
