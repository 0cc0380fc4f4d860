/** The programme report as PDF: pdfmake on the server with embedded Roboto (data from laporan-data.ts). */
import path from "node:path";
import { folderFontPdfmake, pencetakPdf } from "../../pdf/pdfmake.ts";
import { type DataLaporan, persen } from "./laporan-data.ts";
import { STATUS_TEMUAN, T } from "./laporan-teks.ts";

const FOLDER_ROBOTO = folderFontPdfmake("Roboto");
const ROBOTO = {
  Roboto: {
    normal: path.join(FOLDER_ROBOTO, "Roboto-Regular.ttf"),
    bold: path.join(FOLDER_ROBOTO, "Roboto-Medium.ttf"),
    italics: path.join(FOLDER_ROBOTO, "Roboto-Italic.ttf"),
    bolditalics: path.join(FOLDER_ROBOTO, "Roboto-MediumItalic.ttf"),
  },
};

/** A printer of this report's own (pdf/pdfmake.ts): its fonts cannot break another document's. */
const pdf = () => pencetakPdf(ROBOTO, (p) => path.resolve(p).startsWith(FOLDER_ROBOTO + path.sep));

const sel = (x: string | number | null, o: Record<string, unknown> = {}) => ({
  text: x === null ? "-" : String(x),
  ...o,
});

function tabel(kepala: string[], baris: (string | number | null)[][], lebar?: (string | number)[]) {
  return {
    table: {
      headerRows: 1,
      widths: lebar ?? kepala.map(() => "auto"),
      body: [
        kepala.map((k) => sel(k, { bold: true, fillColor: "#eeeeee" })),
        ...baris.map((b) => b.map((x) => sel(x))),
      ],
    },
    layout: "lightHorizontalLines",
    margin: [0, 4, 0, 12],
    fontSize: 8,
  };
}

function pdfMonev(d: DataLaporan): unknown[] {
  const t = T[d.bahasa];
  const m = d.monev;
  const h3 = (x: string) => ({ text: x, bold: true, margin: [0, 4, 0, 0] });
  const kosong = (n: number) => (n === 0 ? [{ text: t.tidakAda, fontSize: 8, italics: true }] : []);
  return [
    { text: t.monev, style: "h2" },
    { text: `${t.periode}: ${m.awal} ${t.sd} ${m.akhir}`, fontSize: 8, italics: true },
    h3(t.wawancara),
    tabel(
      [t.sampelDiambil, t.wawancaraDirencanakan, t.wawancaraSelesai],
      [[m.wawancara.sampel, m.wawancara.direncanakan, m.wawancara.selesai]],
    ),
    ...(m.sampel.length
      ? [
          tabel(
            [t.judulSampel, t.tanggal, t.benih, t.ukuran, t.wawancaraSelesai],
            m.sampel.map((r) => [r.judul, r.tanggal, r.benih, r.ukuran, r.selesai]),
            ["*", 70, 80, 70, 90],
          ),
        ]
      : []),
    h3(t.audit),
    { text: `${t.rencanaAudit}: ${m.rencanaAudit}`, fontSize: 8 },
    tabel(
      [t.tingkat, ...Object.values(STATUS_TEMUAN).map((x) => x[d.bahasa]), t.jumlah],
      m.temuanPerTingkat.map((r) => [r.tingkat, r.terbuka, r.ditindaklanjuti, r.selesai, r.jumlah]),
    ),
    h3(t.temuanTerbuka),
    ...kosong(m.temuanTerbuka.length),
    ...(m.temuanTerbuka.length
      ? [
          tabel(
            [t.judulTemuan, t.tingkat, t.rekomendasi, t.batasWaktu, t.status],
            m.temuanTerbuka.map((r) => [r.judul, r.tingkat, r.rekomendasi, r.batasWaktu, r.status]),
            [150, 50, "*", 60, 80],
          ),
        ]
      : []),
    h3(t.survei),
    { text: `${t.jumlahRespons}: ${m.survei.jumlah}`, fontSize: 8 },
    tabel(
      [t.pertanyaan, t.rerata],
      m.survei.pertanyaan.map((r) => [r.teks, r.rerata]),
      ["*", 80],
    ),
    h3(t.penghargaan),
    { text: `${t.jumlahPenghargaan}: ${m.penghargaan.length}`, fontSize: 8 },
    ...(m.penghargaan.length
      ? [
          tabel(
            [t.pegawai, t.kategori, t.tanggal],
            m.penghargaan.map((r) => [r.pegawai, r.kategori, r.tanggal]),
            ["*", 200, 80],
          ),
        ]
      : []),
  ];
}

export async function laporanPdf(d: DataLaporan): Promise<Buffer> {
  const t = T[d.bahasa];
  const h = (x: string) => ({ text: x, style: "h2" });
  const doc = {
    info: { title: d.judul, creator: "Nurani" },
    pageSize: "A4",
    pageOrientation: "landscape",
    pageMargins: [36, 36, 36, 36],
    defaultStyle: { font: "Roboto", fontSize: 9 },
    styles: {
      h1: { fontSize: 15, bold: true, margin: [0, 0, 0, 8] },
      h2: { fontSize: 11, bold: true, margin: [0, 6, 0, 2] },
    },
    content: [
      { text: d.judul, style: "h1" },
      tabel(["", ""], d.kepala, [150, "*"]),
      h(t.tahapTanggal),
      tabel([t.tahap, t.tanggal], d.tahap, [250, "*"]),
      h(t.persiapan),
      tabel(
        [t.no, t.langkah, t.selesai, t.tanggal, t.keluaran],
        d.persiapan.map((r) => [r.no, r.langkah, r.selesai, r.tanggal, r.keluaran]),
        [20, 160, 40, 60, "*"],
      ),
      h(t.kegiatan),
      tabel(
        [t.kegiatanUtama, t.direncanakan, t.terlaksana, t.pelaksanaan, t.peserta],
        d.kegiatan.map((r) => [r.nama, r.direncanakan, r.terlaksana, r.pelaksanaan, r.peserta]),
        ["*", 70, 90, 70, 60],
      ),
      h(t.target),
      { text: d.targetCatatan, fontSize: 8, italics: true },
      tabel(
        [
          t.kode,
          t.indikator,
          t.sasaran,
          t.garisDasar,
          t.nilaiTarget,
          t.tenggat,
          t.capaian,
          t.kemajuan,
          t.status,
        ],
        d.target.map((r) => [
          r.kode,
          r.indikator,
          r.sasaran,
          r.garisDasar,
          r.nilaiTarget,
          r.tenggat,
          r.capaian === null ? null : Number(r.capaian.toFixed(4)),
          r.kemajuan === null ? null : persen(r.kemajuan),
          r.status,
        ]),
      ),
      h(t.daftarPeriksa),
      tabel(
        [t.subtahap, t.kriteria, `${t.kriteria} (%)`, `${t.item} (%)`],
        d.daftarPeriksa.map((r) => [
          r.subtahap,
          r.kriteria,
          persen(r.proporsiKriteria),
          persen(r.proporsiItem),
        ]),
      ),
      ...pdfMonev(d),
      ...d.bagian.flatMap((b) => [
        h(b.judul),
        ...b.blok.flatMap((k) => [
          { text: k.judul, bold: true, margin: [0, 4, 0, 0] },
          tabel(k.kepala, k.baris),
        ]),
      ]),
    ],
  };
  return pdf().createPdf(doc).getBuffer();
}
