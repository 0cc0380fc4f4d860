/**
 * Streaming reader for employee import files: CSV (UTF-8 or Windows-1252,
 * UTF-16 from Excel's "Unicode text", delimiter `,` `;` or tab) and XLSX
 * (first worksheet). Yields the header mapping, then one event per non-empty
 * data row, or a single file-level problem. Never throws: whatever bytes it is
 * given, the caller gets events.
 */
import { isUtf8 } from "node:buffer";
import { Readable } from "node:stream";
import type { KolomPegawai } from "@nurani/domain";
import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import Papa from "papaparse";
import { BATAS_XLSX, type BatasXlsx, periksaBatasXlsx } from "./batas-xlsx.ts";
import type { GalatBerkas } from "./galat-berkas.ts";
import { type PetaJudul, petakanJudul } from "./kolom.ts";

export type JenisBerkas = "csv" | "xlsx";

export type KejadianBaca =
  | { jenis: "judul"; format: JenisBerkas; enkoding: string | null; peta: PetaJudul }
  | { jenis: "baris"; baris: number; nilai: Partial<Record<KolomPegawai, string>> }
  | { jenis: "galat"; galat: GalatBerkas };

export interface BatasBaca {
  /** Largest file accepted, in bytes. */
  ukuranMaks: number;
  /** Most data rows accepted. */
  barisMaks: number;
  /** What an XLSX may inflate to (default `BATAS_XLSX`). */
  xlsx?: BatasXlsx;
}

export const BATAS_BAWAAN: BatasBaca = { ukuranMaks: 20 * 1024 * 1024, barisMaks: 100_000 };

export function formatUkuran(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${+(bytes / (1024 * 1024)).toFixed(1)} MiB`;
  if (bytes >= 1024) return `${+(bytes / 1024).toFixed(1)} KiB`;
  return `${bytes} B`;
}

type Deteksi = { format: "csv"; enkoding: string } | { format: "xlsx" } | { galat: GalatBerkas };

/** Decide the format from the bytes (the file name only breaks ties). */
export function deteksiFormat(berkas: Buffer, namaBerkas: string): Deteksi {
  const ext = namaBerkas.toLowerCase().split(".").pop() ?? "";
  const awal = berkas.subarray(0, 8);
  if (awal[0] === 0x50 && awal[1] === 0x4b && awal[2] === 0x03 && awal[3] === 0x04) {
    return ext === "csv" || ext === "txt" ? { galat: { kode: "BERKAS_RUSAK" } } : { format: "xlsx" };
  }
  if (awal.equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))) {
    return { galat: { kode: "FORMAT_XLS_LAMA" } };
  }
  if (ext === "xlsx" || ext === "xls" || ext === "xlsm") return { galat: { kode: "BERKAS_RUSAK" } };
  if (awal[0] === 0xff && awal[1] === 0xfe) return { format: "csv", enkoding: "utf-16le" };
  if (awal[0] === 0xfe && awal[1] === 0xff) return { format: "csv", enkoding: "utf-16be" };
  // Text files have no NUL bytes; PDFs, images, archives and executables do (or start with %PDF).
  const contoh = berkas.subarray(0, 64 * 1024);
  if (contoh.includes(0) || berkas.subarray(0, 5).toString("latin1") === "%PDF-") {
    return { galat: { kode: "FORMAT_TIDAK_DIDUKUNG" } };
  }
  return { format: "csv", enkoding: isUtf8(berkas) ? "utf-8" : "windows-1252" };
}

export async function* bacaBerkasPegawai(
  berkas: Buffer,
  namaBerkas: string,
  batas: BatasBaca = BATAS_BAWAAN,
): AsyncGenerator<KejadianBaca> {
  if (berkas.length > batas.ukuranMaks) {
    yield {
      jenis: "galat",
      galat: { kode: "BERKAS_TERLALU_BESAR", isian: { batas: formatUkuran(batas.ukuranMaks) } },
    };
    return;
  }
  const d = deteksiFormat(berkas, namaBerkas);
  if ("galat" in d) {
    yield { jenis: "galat", galat: d.galat };
    return;
  }
  if (d.format === "xlsx") {
    const xlsx = batas.xlsx ?? BATAS_XLSX;
    const langgar = await periksaBatasXlsx(berkas, xlsx);
    if (langgar) {
      yield {
        jenis: "galat",
        galat:
          langgar === "sel"
            ? { kode: "SEL_TERLALU_PANJANG", isian: { batas: "32.767" } }
            : { kode: "XLSX_TERURAI_TERLALU_BESAR", isian: { batas: formatUkuran(xlsx.entriMaks) } },
      };
      return;
    }
  }
  const sel = d.format === "csv" ? barisCsv(berkas, d.enkoding) : barisXlsx(berkas);
  try {
    yield* dariSel(sel, d.format, d.format === "csv" ? d.enkoding : null, batas);
  } catch {
    yield { jenis: "galat", galat: { kode: "BERKAS_RUSAK" } };
  }
}

/** Rows of cells (as text) with their spreadsheet row number (header = 1). */
export type BarisSel = { nomor: number; sel: string[] };

async function* dariSel(
  sumber: AsyncIterable<BarisSel>,
  format: JenisBerkas,
  enkoding: string | null,
  batas: BatasBaca,
): AsyncGenerator<KejadianBaca> {
  let peta: PetaJudul | null = null;
  let jumlah = 0;
  for await (const { nomor, sel } of sumber) {
    if (sel.every((s) => s.trim() === "")) continue;
    if (peta === null) {
      peta = petakanJudul(sel);
      if (peta.ganda.length > 0) {
        yield { jenis: "galat", galat: { kode: "KOLOM_GANDA", isian: { kolom: peta.ganda.join(", ") } } };
        return;
      }
      if (peta.hilang.length > 0) {
        yield {
          jenis: "galat",
          galat: { kode: "KOLOM_WAJIB_TIDAK_ADA", isian: { kolom: peta.hilang.join(", ") } },
        };
        return;
      }
      yield { jenis: "judul", format, enkoding, peta };
      continue;
    }
    jumlah++;
    if (jumlah > batas.barisMaks) {
      yield {
        jenis: "galat",
        galat: { kode: "TERLALU_BANYAK_BARIS", isian: { batas: String(batas.barisMaks) } },
      };
      return;
    }
    const nilai: Partial<Record<KolomPegawai, string>> = {};
    for (const [i, kolom] of peta.posisi) nilai[kolom] = sel[i] ?? "";
    yield { jenis: "baris", baris: nomor, nilai };
  }
  if (peta === null || jumlah === 0) yield { jenis: "galat", galat: { kode: "BERKAS_KOSONG" } };
}

function tebakPemisah(teksAwal: string): string {
  const barisPertama = teksAwal.split(/\r?\n/, 1)[0] ?? "";
  const hitung = (c: string) => barisPertama.split(c).length - 1;
  const calon = [",", ";", "\t"].map((c) => [c, hitung(c)] as const).sort((a, b) => b[1] - a[1]);
  return calon[0][1] > 0 ? calon[0][0] : ",";
}

export async function* barisCsv(berkas: Buffer, enkoding: string): AsyncGenerator<BarisSel> {
  const awal = iconv.decode(berkas.subarray(0, 4096), enkoding).replace(/^\uFEFF/, "");
  const teks = Readable.from(potong(berkas)).pipe(iconv.decodeStream(enkoding, { stripBOM: true }));
  const papa = Papa.parse(Papa.NODE_STREAM_INPUT, { delimiter: tebakPemisah(awal), skipEmptyLines: false });
  teks.on("error", (e) => papa.destroy(e));
  teks.pipe(papa);
  let nomor = 0;
  for await (const sel of papa as AsyncIterable<string[]>) {
    nomor++;
    yield { nomor, sel };
  }
}

/** Feed the buffer in 64 KiB slices so decoding and parsing stream. */
function* potong(berkas: Buffer): Generator<Buffer> {
  for (let i = 0; i < berkas.length; i += 64 * 1024) yield berkas.subarray(i, i + 64 * 1024);
}

export async function* barisXlsx(berkas: Buffer): AsyncGenerator<BarisSel> {
  const buku = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(potong(berkas)), {
    worksheets: "emit",
    sharedStrings: "cache",
    hyperlinks: "ignore",
    styles: "cache",
    entries: "ignore",
  });
  for await (const lembar of buku) {
    for await (const row of lembar) {
      const nilai = Array.isArray(row.values) ? row.values.slice(1) : [];
      yield { nomor: row.number, sel: Array.from(nilai, teksSel) };
    }
    return; // first worksheet only
  }
}

/** The text a user sees in an XLSX cell. */
export function teksSel(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return v;
  // An 18-digit NIP typed as a number has already lost digits: show it as Excel does (1.98503E+17).
  if (typeof v === "number")
    return Number.isSafeInteger(v)
      ? String(v)
      : String(v).includes("e") || Number.isInteger(v)
        ? v.toExponential().toUpperCase()
        : String(v);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === "object") {
    const o = v as Record<string, unknown>;
    if (Array.isArray(o.richText)) return o.richText.map((r: { text?: string }) => r.text ?? "").join("");
    if ("result" in o) return teksSel(o.result);
    if ("text" in o) return teksSel(o.text);
    if ("error" in o) return String(o.error);
  }
  return "";
}
