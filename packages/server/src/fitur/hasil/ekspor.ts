/**
 * Exports (docs/hasil.md "Exports"): the individual one-page report (PDF, pdfmake,
 * readable by the employee) and the agency summary of the assessment map
 * (XLSX with exceljs; PDF). Summary cells go through the formula-injection
 * defence of the audit export (fitur/audit/sel.ts). Suppressed groups stay
 * suppressed in every export.
 */
import { createRequire } from "node:module";
import { FAKTOR, type PetaAsesmen } from "@nurani/domain";
import ExcelJS from "exceljs";
import type { Bahasa } from "../../http/pesan.ts";
import { type FontPdf, pencetakPdf } from "../../pdf/pdfmake.ts";
import { amankanSel } from "../audit/index.ts";
import type { ProfilPegawai } from "./profil.ts";

const req = createRequire(import.meta.url);
const HELVETICA = req("pdfmake/standard-fonts/Helvetica.js") as FontPdf;
// only the built-in standard fonts (pdfkit names them like files); nothing else from disk or network
const STANDAR = new Set(["Helvetica", "Helvetica-Bold", "Helvetica-Oblique", "Helvetica-BoldOblique"]);

/** A printer of this document's own (pdf/pdfmake.ts): its fonts cannot break another document's. */
const pencetak = () => pencetakPdf(HELVETICA, (p) => STANDAR.has(p));

const angka = (x: number, d = 1) => x.toFixed(d).replace(".", ",");
/** The standard PDF fonts are WinAnsi: keep the text to characters they have. */
const aman = (s: string) =>
  s
    .replace(/[–—]/g, "-")
    .replace(/[≥]/g, ">=")
    .replace(/[^\x20-\x7E\u00A0-\u00FF\n]/g, "");

export async function profilPdf(p: ProfilPegawai, nama: string, b: Bahasa): Promise<Buffer> {
  const en = b === "en";
  const baris = (s: { nama: string; t: number; tBawah: number; tAtas: number; persentil: number }) => [
    aman(s.nama),
    angka(s.t),
    `${angka(s.tBawah)} - ${angka(s.tAtas)}`,
    angka(s.persentil, 0),
  ];
  const kepala = [
    en ? "Scale" : "Skala",
    "T",
    en ? "95% range" : "Rentang 95%",
    en ? "Percentile" : "Persentil",
  ];
  const def = {
    pageSize: "A4",
    pageMargins: [36, 36, 36, 36],
    defaultStyle: { font: "Helvetica", fontSize: 8.5 },
    content: [
      {
        text: aman(en ? "Integrity assessment result" : "Hasil Asesmen Integritas"),
        fontSize: 14,
        bold: true,
      },
      { text: aman(`${nama} - ${p.kampanye.nama}`), margin: [0, 2, 0, 6] },
      {
        columns: [
          {
            width: "*",
            stack: [
              {
                text: aman(
                  `${en ? "Integrity degree" : "Derajat integritas"}: ${angka(p.integritas.derajat, 0)} / 100   ${en ? "Level" : "Level"} ${p.level.level}: ${p.level.nama}`,
                ),
                bold: true,
                fontSize: 11,
              },
              ...p.penjelasan.map((t) => ({ text: aman(t), margin: [0, 3, 0, 0] })),
            ],
          },
        ],
      },
      {
        margin: [0, 8, 0, 0],
        table: {
          headerRows: 1,
          widths: ["*", 40, 70, 50],
          body: [kepala, ...p.faktor.map(baris), ...p.subDimensi.map(baris)],
        },
        layout: "lightHorizontalLines",
      },
      {
        text: aman(en ? "Development activities for your level" : "Kegiatan pengembangan untuk level Anda"),
        bold: true,
        margin: [0, 8, 0, 2],
      },
      {
        ul: p.kegiatan.slice(0, 8).map((k) => aman(`${k.kegiatan}: ${k.tujuan[0] ?? ""} (${k.sumber})`)),
      },
      {
        text: aman(
          `${en ? "Level method" : "Metode level"}: ${p.level.metode}. ${en ? "Parameters" : "Parameter"}: ${p.versiParameter}${p.parameterSementara ? (en ? " (provisional)" : " (sementara)") : ""}. PermenPANRB 60/2020 BAB II.D, BAB III.B.3.`,
        ),
        fontSize: 7,
        color: "#555555",
        margin: [0, 8, 0, 0],
      },
    ],
  };
  return pencetak().createPdf(def).getBuffer();
}

function barisRingkasan(peta: PetaAsesmen, b: Bahasa) {
  const en = b === "en";
  const kepala = [
    "Unit",
    "n",
    "L1",
    "L2",
    "L3",
    "L4",
    ...FAKTOR.map((f) => `T ${f.kode}`),
    en ? "Index" : "Indeks",
    en ? "95% lower" : "Bawah 95%",
    en ? "95% upper" : "Atas 95%",
  ];
  const isi = peta.baris.map((r) => {
    const nama = `${"  ".repeat(r.kedalaman)}${r.nama}`;
    if (!r.tampil)
      return [
        nama,
        en ? "hidden (group < k)" : "disembunyikan (kelompok < k)",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
      ];
    const d = r.distribusiLevel;
    return [
      nama,
      r.n ?? 0,
      d?.[1] ?? "",
      d?.[2] ?? "",
      d?.[3] ?? "",
      d?.[4] ?? "",
      ...FAKTOR.map((f) => (r.profilFaktor ? Number(r.profilFaktor[f.kode].toFixed(1)) : "")),
      r.indeks ? Number(r.indeks.nilai.toFixed(1)) : "",
      r.indeks ? Number(r.indeks.bawah.toFixed(1)) : "",
      r.indeks ? Number(r.indeks.atas.toFixed(1)) : "",
    ];
  });
  return { kepala, isi };
}

export async function ringkasanXlsx(
  peta: PetaAsesmen,
  judul: { instansi: string; kampanye: string },
  b: Bahasa,
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(b === "en" ? "Assessment map" : "Peta Asesmen");
  ws.addRow([amankanSel(judul.instansi)]);
  ws.addRow([amankanSel(judul.kampanye)]);
  ws.addRow([`k = ${peta.k}`]);
  const { kepala, isi } = barisRingkasan(peta, b);
  ws.addRow(kepala);
  for (const r of isi) ws.addRow(r.map((c) => (typeof c === "string" ? amankanSel(c) : c)));
  ws.getColumn(1).width = 40;
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export async function ringkasanPdf(
  peta: PetaAsesmen,
  judul: { instansi: string; kampanye: string },
  b: Bahasa,
): Promise<Buffer> {
  const { kepala, isi } = barisRingkasan(peta, b);
  const i = peta.instansi.indeks;
  const def = {
    pageSize: "A4",
    pageOrientation: "landscape",
    pageMargins: [30, 30, 30, 30],
    defaultStyle: { font: "Helvetica", fontSize: 7.5 },
    content: [
      {
        text: aman(`${b === "en" ? "Assessment map" : "Peta Asesmen"} - ${judul.instansi}`),
        fontSize: 13,
        bold: true,
      },
      { text: aman(judul.kampanye), margin: [0, 2, 0, 4] },
      {
        text: aman(
          i
            ? `${b === "en" ? "Integrity index" : "Indeks integritas"}: ${angka(i.nilai)} (95%: ${angka(i.bawah)} - ${angka(i.atas)}); k = ${peta.k}`
            : `k = ${peta.k}`,
        ),
        margin: [0, 0, 0, 6],
      },
      {
        table: {
          headerRows: 1,
          widths: ["*", ...kepala.slice(1).map(() => "auto")],
          body: [kepala, ...isi.map((r) => r.map((c) => (typeof c === "string" ? aman(c) : String(c))))],
        },
        layout: "lightHorizontalLines",
      },
    ],
  };
  return pencetak().createPdf(def).getBuffer();
}
