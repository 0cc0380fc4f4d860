/**
 * The national report (BAB IV): every agency's kept figures, with the
 * distributions of the released index by category and by province, as XLSX
 * or PDF. Built from `ringkasan_instansi` (one row per agency), so it reads
 * no person and stays fast at national scale (bench/nasional-dasbor.ts).
 */
import { createRequire } from "node:module";
import { DEFINISI_JENIS_INSTANSI, type JenisInstansi, namaProvinsi } from "@nurani/domain";
import ExcelJS from "exceljs";
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";
import type { Bahasa } from "../../http/pesan.ts";
import { type FontPdf, pencetakPdf } from "../../pdf/pdfmake.ts";
import { amankanSel } from "../audit/index.ts";
import { barisDasbor, kueriDasbor } from "./kueri.ts";
import type { PeriodeDasbor } from "./periode.ts";

const req = createRequire(import.meta.url);
const HELVETICA = req("pdfmake/standard-fonts/Helvetica.js") as FontPdf;
const STANDAR = new Set(["Helvetica", "Helvetica-Bold", "Helvetica-Oblique", "Helvetica-BoldOblique"]);

type Baris = ReturnType<typeof barisDasbor>;

export interface Sebaran {
  kode: string;
  kelompok: string;
  instansi: number;
  denganIndeks: number;
  rerata: number | null;
  min: number | null;
  median: number | null;
  maks: number | null;
}

function sebaran(kode: string, kelompok: string, b: Baris[]): Sebaran {
  const x = b
    .map((r) => r.indeks?.nilai)
    .filter((v): v is number => v !== undefined)
    .sort((p, q) => p - q);
  const tengah =
    x.length === 0
      ? null
      : x.length % 2
        ? x[(x.length - 1) / 2]
        : (x[x.length / 2 - 1] + x[x.length / 2]) / 2;
  return {
    kode,
    kelompok,
    instansi: b.length,
    denganIndeks: x.length,
    rerata: x.length ? x.reduce((a, v) => a + v, 0) / x.length : null,
    min: x[0] ?? null,
    median: tengah,
    maks: x.at(-1) ?? null,
  };
}

export const namaJenis = (j: string, b: Bahasa) => DEFINISI_JENIS_INSTANSI[j as JenisInstansi]?.nama[b] ?? j;
const namaProv = (p: string | null, b: Bahasa) => (p ? (namaProvinsi(p)?.[b] ?? p) : "-");

/** `periode`: that period's participants, with its frozen figures once published (periode.ts). */
export async function dataLaporan(db: Kysely<Database>, b: Bahasa, periode?: PeriodeDasbor) {
  const baris = (await kueriDasbor(db, { periode }, "kode").execute()).map(barisDasbor);
  const perJenis = new Map<string, Baris[]>();
  const perProv = new Map<string, Baris[]>();
  for (const r of baris) {
    perJenis.set(r.jenis, [...(perJenis.get(r.jenis) ?? []), r]);
    if (r.provinsi) perProv.set(r.provinsi, [...(perProv.get(r.provinsi) ?? []), r]);
  }
  return {
    baris,
    nasional: sebaran("", b === "en" ? "National" : "Nasional", baris),
    jenis: [...perJenis].map(([j, x]) => sebaran(j, namaJenis(j, b), x)),
    provinsi: [...perProv]
      .sort(([a], [c]) => a.localeCompare(c))
      .map(([p, x]) => sebaran(p, namaProv(p, b), x)),
  };
}

const f1 = (x: number | null) => (x === null ? "" : Math.round(x * 10) / 10);

function kepalaSebaran(b: Bahasa) {
  return b === "en"
    ? ["Group", "Agencies", "With index", "Mean", "Min", "Median", "Max"]
    : ["Kelompok", "Instansi", "Berindeks", "Rerata", "Min", "Median", "Maks"];
}
const isiSebaran = (s: Sebaran) => [
  s.kelompok,
  s.instansi,
  s.denganIndeks,
  f1(s.rerata),
  f1(s.min),
  f1(s.median),
  f1(s.maks),
];

function kepalaTabel(b: Bahasa) {
  return b === "en"
    ? [
        "Code",
        "Name",
        "Category",
        "Province",
        "Stage",
        "Preparation (of 6)",
        "Activities (of 5)",
        "Index",
        "Lower 95%",
        "Upper 95%",
        "Participation %",
        "Level 1",
        "Level 2",
        "Level 3",
        "Level 4",
      ]
    : [
        "Kode",
        "Nama",
        "Jenis",
        "Provinsi",
        "Tahap",
        "Persiapan (dari 6)",
        "Kegiatan (dari 5)",
        "Indeks",
        "Bawah 95%",
        "Atas 95%",
        "Partisipasi %",
        "Level 1",
        "Level 2",
        "Level 3",
        "Level 4",
      ];
}
function isiTabel(r: Baris, b: Bahasa) {
  return [
    r.kode,
    r.nama,
    namaJenis(r.jenis, b),
    namaProv(r.provinsi, b),
    r.tahap ?? "-",
    r.langkahPersiapan,
    r.kegiatanTerlaksana,
    f1(r.indeks?.nilai ?? null),
    f1(r.indeks?.bawah ?? null),
    f1(r.indeks?.atas ?? null),
    r.partisipasi === null ? "" : Math.round(r.partisipasi * 1000) / 10,
    ...(r.distribusiLevel ?? ["", "", "", ""]),
  ];
}

const aman = (c: unknown) => (typeof c === "string" ? amankanSel(c) : c);

export async function laporanXlsx(db: Kysely<Database>, b: Bahasa, periode?: PeriodeDasbor): Promise<Buffer> {
  const d = await dataLaporan(db, b, periode);
  const wb = new ExcelJS.Workbook();
  const ws1 = wb.addWorksheet(b === "en" ? "Summary" : "Ringkasan");
  ws1.addRow([
    b === "en"
      ? "National integrity report (BAB IV PermenPANRB 60/2020)"
      : "Laporan nasional pembangunan integritas (BAB IV PermenPANRB 60/2020)",
  ]);
  ws1.addRow([]);
  ws1.addRow(kepalaSebaran(b));
  ws1.addRow(isiSebaran(d.nasional).map(aman));
  ws1.addRow([]);
  ws1.addRow([b === "en" ? "By category" : "Menurut jenis instansi"]);
  ws1.addRow(kepalaSebaran(b));
  for (const s of d.jenis) ws1.addRow(isiSebaran(s).map(aman));
  ws1.addRow([]);
  ws1.addRow([b === "en" ? "By province" : "Menurut provinsi"]);
  ws1.addRow(kepalaSebaran(b));
  for (const s of d.provinsi) ws1.addRow(isiSebaran(s).map(aman));
  ws1.getColumn(1).width = 40;
  const ws2 = wb.addWorksheet(b === "en" ? "Agencies" : "Instansi");
  ws2.addRow(kepalaTabel(b));
  for (const r of d.baris) ws2.addRow(isiTabel(r, b).map(aman));
  ws2.getColumn(2).width = 45;
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The standard PDF fonts are WinAnsi: keep the text to characters they have. */
const winAnsi = (s: string) => s.replace(/[–—]/g, "-").replace(/[^\x20-\x7E\u00A0-\u00FF\n]/g, "");

export async function laporanPdf(db: Kysely<Database>, b: Bahasa, periode?: PeriodeDasbor): Promise<Buffer> {
  const d = await dataLaporan(db, b, periode);
  const tabel = (kepala: string[], isi: unknown[][], lebar?: string[]) => ({
    table: {
      headerRows: 1,
      widths: lebar ?? kepala.map(() => "auto"),
      body: [
        kepala.map((k) => ({ text: winAnsi(k), bold: true })),
        ...isi.map((r) => r.map((c) => winAnsi(String(c)))),
      ],
    },
    fontSize: 7,
    margin: [0, 4, 0, 10],
  });
  const def = {
    pageOrientation: "landscape",
    defaultStyle: { font: "Helvetica", fontSize: 8 },
    content: [
      {
        text: winAnsi(b === "en" ? "National integrity report" : "Laporan nasional pembangunan integritas"),
        fontSize: 14,
        bold: true,
      },
      { text: "BAB IV PermenPANRB No. 60 Tahun 2020", margin: [0, 0, 0, 8] },
      tabel(kepalaSebaran(b), [isiSebaran(d.nasional), ...d.jenis.map(isiSebaran)]),
      tabel(kepalaSebaran(b), d.provinsi.map(isiSebaran)),
      tabel(
        kepalaTabel(b),
        d.baris.map((r) => isiTabel(r, b)),
      ),
    ],
  };
  return pencetakPdf(HELVETICA, (p) => STANDAR.has(p))
    .createPdf(def)
    .getBuffer();
}
