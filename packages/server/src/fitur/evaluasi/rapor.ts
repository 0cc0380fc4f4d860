/**
 * The agency's report card for a period (rapor instansi; docs/evaluasi.md):
 * one page from the evaluation — the worksheet (LKE) score per component
 * with its weight and contribution, the total with its formula, the
 * integrity index with its 95 % interval, the level distribution,
 * participation, the position in the category's ranking (rank range and
 * band), and the recommendations with their status. Read inside the
 * agency's fence; the index is the one frozen at publication
 * (`indeks_periode`), or, before publication (evaluator only), the live one.
 * The agency is the smallest unit shown: no person's data.
 */
import { createRequire } from "node:module";
import { DEFINISI_JENIS_INSTANSI, type JenisInstansi } from "@nurani/domain";
import type { InstansiRute } from "../../http/route.ts";
import { type FontPdf, pencetakPdf } from "../../pdf/pdfmake.ts";
import type { Db, PeriodeTersimpan } from "./kueri.ts";
import { skorLembar } from "./layanan.ts";
import { peringkatTerbit } from "./peringkat.ts";
import { muatLembarSegar } from "./tampilan.ts";

const req = createRequire(import.meta.url);
const HELVETICA = req("pdfmake/standard-fonts/Helvetica.js") as FontPdf;
const STANDAR = new Set(["Helvetica", "Helvetica-Bold", "Helvetica-Oblique", "Helvetica-BoldOblique"]);

/** The standard PDF fonts are WinAnsi: keep the text to characters they have. */
const winAnsi = (s: string) =>
  s
    .replace(/[–—]/g, "-")
    .replace(/[×]/g, "x")
    .replace(/[^\x20-\x7E\u00A0-\u00FF\n]/g, "");

const f1 = (x: number) => x.toLocaleString("id-ID", { maximumFractionDigits: 1, minimumFractionDigits: 1 });

export async function dataRapor(db: Db, instansi: InstansiRute, p: PeriodeTersimpan, bahasa: "id" | "en") {
  const { isi, lembar } = await muatLembarSegar(db, instansi.id, p);
  const skor = skorLembar(isi, lembar.isian, lembar.dihitung).akhir;
  const beku = p.peringkatTerbit !== null;
  const indeks = beku
    ? await db
        .selectFrom("indeks_periode")
        .select(["indeks_nilai", "indeks_bawah", "indeks_atas", "level", "n", "jumlah_pegawai"])
        .where("instansi_id", "=", instansi.id)
        .where("periode_id", "=", p.id)
        .executeTakeFirst()
    : await db
        .selectFrom("ringkasan_instansi")
        .select(["indeks_nilai", "indeks_bawah", "indeks_atas", "level", "n", "jumlah_pegawai"])
        .where("instansi_id", "=", instansi.id)
        .executeTakeFirst();
  const jenis = await db
    .selectFrom("instansi")
    .select("jenis")
    .where("id", "=", instansi.id)
    .executeTakeFirst();
  const posisi = beku
    ? ((await peringkatTerbit(db, p.id)).find((x) => x.instansiId === instansi.id) ?? null)
    : null;
  const rekomendasi = await db
    .selectFrom("rekomendasi_evaluasi")
    .select(["kode_indikator", "isi", "tenggat", "status"])
    .where("instansi_id", "=", instansi.id)
    .where("periode_id", "=", p.id)
    .orderBy("tenggat")
    .execute();
  return {
    bahasa,
    instansi,
    jenis: jenis?.jenis ?? "",
    periode: p,
    beku,
    status: lembar.status,
    skor,
    indeks:
      indeks && indeks.indeks_nilai !== null
        ? {
            nilai: Number(indeks.indeks_nilai),
            bawah: Number(indeks.indeks_bawah),
            atas: Number(indeks.indeks_atas),
            level: indeks.level ?? null,
            n: indeks.n,
            jumlahPegawai: indeks.jumlah_pegawai,
          }
        : null,
    posisi,
    rekomendasi: rekomendasi.map((r) => ({
      indikator: r.kode_indikator,
      isi: r.isi,
      tenggat: typeof r.tenggat === "string" ? r.tenggat : new Date(r.tenggat).toISOString().slice(0, 10),
      status: r.status,
    })),
  };
}

export type DataRapor = Awaited<ReturnType<typeof dataRapor>>;

const STATUS_REKOMENDASI: Record<string, { id: string; en: string }> = {
  terkirim: { id: "menunggu tindak lanjut", en: "awaiting action" },
  dijawab: { id: "dijawab", en: "answered" },
  ditutup: { id: "ditutup", en: "closed" },
  dibuka_kembali: { id: "dibuka kembali", en: "reopened" },
};

export async function raporPdf(d: DataRapor): Promise<Buffer> {
  const b = d.bahasa;
  const id = b === "id";
  const tabel = (kepala: string[], isi: (string | number)[][], lebar?: (string | number)[]) => ({
    table: {
      headerRows: 1,
      widths: lebar ?? kepala.map(() => "auto"),
      body: [
        kepala.map((k) => ({ text: winAnsi(k), bold: true, fillColor: "#e9eef6" })),
        ...isi.map((r) => r.map((c) => winAnsi(String(c)))),
      ],
    },
    layout: "lightHorizontalLines",
    fontSize: 8,
    margin: [0, 2, 0, 8],
  });
  const judul = (t: string) => ({ text: winAnsi(t), bold: true, fontSize: 10, margin: [0, 6, 0, 2] });
  const level = d.indeks?.level;
  const nLevel = level ? level.reduce((a, x) => a + x, 0) || 1 : 1;
  const namaJenis = DEFINISI_JENIS_INSTANSI[d.jenis as JenisInstansi]?.nama[b] ?? d.jenis;
  const content: unknown[] = [
    {
      text: winAnsi(id ? "Rapor Pembangunan Integritas Instansi" : "Agency integrity report card"),
      fontSize: 15,
      bold: true,
    },
    {
      text: winAnsi(`${d.instansi.nama} (${d.instansi.kode}) - ${namaJenis}`),
      fontSize: 11,
      margin: [0, 2, 0, 0],
    },
    {
      text: winAnsi(
        `${d.periode.nama} (${d.periode.kode}) - ${id ? "LKE versi" : "worksheet version"} ${d.periode.versiLke} - ${
          d.beku
            ? id
              ? `hasil terbit ${d.periode.peringkatTerbit?.slice(0, 10)}`
              : `results published ${d.periode.peringkatTerbit?.slice(0, 10)}`
            : id
              ? "SEMENTARA: hasil periode belum terbit"
              : "PROVISIONAL: the period's results are not published"
        }`,
      ),
      color: d.beku ? "#333333" : "#8a3b00",
      margin: [0, 0, 0, 6],
    },
    judul(id ? "Nilai LKE per komponen" : "Worksheet score per component"),
    tabel(
      id
        ? ["Komponen", "Bobot", "Nilai (0-100)", "Kontribusi"]
        : ["Component", "Weight", "Score (0-100)", "Contribution"],
      [
        ...d.skor.komponen.map((k) => [
          `${k.kode}. ${k.nama[b]}`,
          k.bobot,
          f1(k.nilai * 100),
          f1(k.kontribusi),
        ]),
        [id ? "Nilai total" : "Total", 100, "", f1(d.skor.total)],
      ],
      ["*", 40, 60, 60],
    ),
    {
      text: winAnsi(`${id ? "Rumus" : "Formula"}: ${d.skor.rumus[b].split("\n").at(-1) ?? ""}`),
      fontSize: 7,
      color: "#444444",
    },
    {
      text: winAnsi(
        `${id ? "Status LKE" : "Worksheet status"}: ${d.status}; ${id ? "terjawab" : "answered"} ${d.skor.terjawab}/${d.skor.jumlahPertanyaan}, ${id ? "disesuaikan evaluator" : "adjusted by the evaluator"} ${d.skor.disesuaikan}.`,
      ),
      fontSize: 7,
      color: "#444444",
    },
    judul(id ? "Indeks integritas (BAB III.B.3)" : "Integrity index (BAB III.B.3)"),
    d.indeks
      ? {
          text: winAnsi(
            `${f1(d.indeks.nilai)} (${id ? "selang 95%" : "95% interval"} ${f1(d.indeks.bawah)} - ${f1(d.indeks.atas)}); ${
              id ? "hasil dilaporkan" : "reported results"
            } ${d.indeks.n ?? "-"} ${id ? "dari" : "of"} ${d.indeks.jumlahPegawai ?? "-"} ${id ? "pegawai" : "employees"}${
              d.indeks.n && d.indeks.jumlahPegawai
                ? ` (${id ? "partisipasi" : "participation"} ${Math.round((100 * d.indeks.n) / d.indeks.jumlahPegawai)}%)`
                : ""
            }.`,
          ),
        }
      : {
          text: winAnsi(
            id
              ? "Belum ada indeks yang dirilis (atau di bawah ambang k)."
              : "No released index (or below k).",
          ),
        },
    ...(level
      ? [
          tabel(
            ["Level 1", "Level 2", "Level 3", "Level 4"],
            [level.map((x) => `${x} (${Math.round((100 * x) / nLevel)}%)`)],
            ["*", "*", "*", "*"],
          ),
        ]
      : []),
    judul(id ? "Posisi dalam jenis instansi" : "Position within the category"),
    {
      text: winAnsi(
        d.posisi
          ? `${id ? "Peringkat" : "Rank"} ${d.posisi.rentang}; ${id ? "pita" : "band"} ${d.posisi.pita}. ${
              id
                ? "Instansi yang selangnya bertumpang tindih tidak dibedakan: peringkat ditampilkan sebagai rentang."
                : "Agencies whose intervals overlap are not told apart: the rank is shown as a range."
            }`
          : id
            ? "Belum ada peringkat terbit untuk instansi ini."
            : "No published rank for this agency.",
      ),
    },
    judul(id ? "Rekomendasi" : "Recommendations"),
    d.rekomendasi.length === 0
      ? { text: winAnsi(id ? "Tidak ada rekomendasi." : "No recommendations.") }
      : tabel(
          id
            ? ["Indikator", "Rekomendasi", "Tenggat", "Status"]
            : ["Indicator", "Recommendation", "Due", "Status"],
          d.rekomendasi.map((r) => [
            r.indikator,
            r.isi,
            r.tenggat,
            STATUS_REKOMENDASI[r.status]?.[b] ?? r.status,
          ]),
          [45, "*", 55, 70],
        ),
    {
      text: winAnsi(
        id
          ? "PermenPANRB No. 60 Tahun 2020 BAB IV. Satuan terkecil yang ditampilkan adalah instansi; rapor ini tidak memuat data perorangan."
          : "PermenPANRB No. 60/2020 BAB IV. The agency is the smallest unit shown; this report card holds no individual data.",
      ),
      fontSize: 7,
      color: "#666666",
      margin: [0, 10, 0, 0],
    },
  ];
  const def = {
    info: { title: winAnsi(`Rapor ${d.instansi.kode} ${d.periode.kode}`) },
    pageSize: "A4",
    pageMargins: [36, 36, 36, 36],
    defaultStyle: { font: "Helvetica", fontSize: 9 },
    content,
  };
  return pencetakPdf(HELVETICA, (p) => STANDAR.has(p))
    .createPdf(def)
    .getBuffer();
}
