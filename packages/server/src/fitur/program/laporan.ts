/**
 * The programme report of a cycle (issue 4 "Monitoring and evaluation"):
 * stages and dates (Pasal 4 ayat (2)), preparation outputs (Tabel 3),
 * activities done vs planned per main activity (Tabel 4), sub-stage
 * checklist progress (BAB III.B.2 a–d) and SMART targets vs actuals
 * (Tabel 3 no. 4). One data collection, two renderings: XLSX (exceljs; every
 * text cell passed through the formula-injection defence) and PDF (pdfmake,
 * server side, embedded Roboto; no network or file access beyond the fonts).
 */
import { createRequire } from "node:module";
import path from "node:path";
import {
  hitungPenandatangan,
  jumlahPegawai,
  kegiatanUtama,
  NAMA_TAHAP,
  posisiSiklus,
  type StatusTarget,
  type TargetSmart,
  tingkatKematangan,
} from "@nurani/domain";
import ExcelJS from "exceljs";
import type { Db } from "../../db/factory.ts";
import type { Bahasa } from "../../http/pesan.ts";
import { amankanSel } from "../audit/sel.ts";
import { bacaKampanye, type SiklusTersimpan } from "./fakta.ts";
import { capaianRencanaAksi, daftarPeriksa, rekapKegiatan } from "./status.ts";

const T = {
  id: {
    judul: "Laporan Program Pembangunan Integritas Pegawai ASN",
    instansi: "Instansi",
    siklus: "Siklus",
    dibuat: "Dibuat",
    tahapSekarang: "Tahap saat ini",
    tahapTanggal: "Tahapan dan tanggal",
    tahap: "Tahap",
    tanggal: "Tanggal",
    persiapan: "Persiapan (Tabel 3)",
    no: "No.",
    langkah: "Kegiatan utama",
    selesai: "Selesai",
    keluaran: "Keluaran",
    ya: "ya",
    tidak: "belum",
    kegiatan: "Kegiatan utama (Tabel 4): rencana dan realisasi",
    kegiatanUtama: "Kegiatan utama",
    direncanakan: "Direncanakan",
    terlaksana: "Kegiatan terlaksana",
    pelaksanaan: "Pelaksanaan",
    peserta: "Peserta",
    target: "Target SMART (Tabel 3 no. 4): target dan capaian",
    targetPeta: "Capaian diukur pada peta asesmen",
    kode: "Kode",
    indikator: "Indikator",
    sasaran: "Sasaran",
    garisDasar: "Garis dasar",
    nilaiTarget: "Target",
    tenggat: "Tenggat",
    capaian: "Capaian",
    kemajuan: "Kemajuan",
    status: "Status",
    daftarPeriksa: "Kriteria pencapaian subtahap (BAB III.B.2)",
    subtahap: "Subtahap",
    kriteria: "Kriteria terpenuhi",
    item: "Butir terpenuhi",
    instansiSeluruh: "seluruh instansi",
    unit: "unit",
    tanpaData: "belum ada peta yang dirilis",
    catatanME:
      "Temuan pemantauan dan evaluasi (interview acak, audit APIP, umpan balik publik) dilaporkan oleh modul komunitas.",
    mulaiPersiapan: "Persiapan dimulai (siklus dibuat)",
    mulaiPelaksanaan: "Pelaksanaan dimulai",
    mulaiPenilaian: "Penilaian dimulai",
    asesmenAkhir: "Hasil asesmen akhir dirilis",
    ditutup: "Siklus ditutup",
  },
  en: {
    judul: "Civil Servant Integrity Programme Report",
    instansi: "Agency",
    siklus: "Cycle",
    dibuat: "Generated",
    tahapSekarang: "Current stage",
    tahapTanggal: "Stages and dates",
    tahap: "Stage",
    tanggal: "Date",
    persiapan: "Preparation (Tabel 3)",
    no: "No.",
    langkah: "Main activity",
    selesai: "Done",
    keluaran: "Output",
    ya: "yes",
    tidak: "not yet",
    kegiatan: "Main activities (Tabel 4): planned and carried out",
    kegiatanUtama: "Main activity",
    direncanakan: "Planned",
    terlaksana: "Activities carried out",
    pelaksanaan: "Executions",
    peserta: "Participants",
    target: "SMART targets (Tabel 3 no. 4): targets and actuals",
    targetPeta: "Actuals measured on the assessment map",
    kode: "Code",
    indikator: "Indicator",
    sasaran: "Population",
    garisDasar: "Baseline",
    nilaiTarget: "Target",
    tenggat: "Deadline",
    capaian: "Actual",
    kemajuan: "Progress",
    status: "Status",
    daftarPeriksa: "Sub-stage achievement criteria (BAB III.B.2)",
    subtahap: "Sub-stage",
    kriteria: "Criteria met",
    item: "Items met",
    instansiSeluruh: "whole agency",
    unit: "units",
    tanpaData: "no released map yet",
    catatanME:
      "Monitoring and evaluation findings (random interviews, APIP audits, public feedback) are reported by the community module.",
    mulaiPersiapan: "Preparation started (cycle created)",
    mulaiPelaksanaan: "Implementation started",
    mulaiPenilaian: "Assessment started",
    asesmenAkhir: "End-of-programme results released",
    ditutup: "Cycle closed",
  },
} as const;

const STATUS_TARGET: Record<StatusTarget, { id: string; en: string }> = {
  tercapai: { id: "tercapai", en: "met" },
  berjalan: { id: "berjalan", en: "in progress" },
  terlewat: { id: "terlewat (tenggat lewat)", en: "missed (deadline passed)" },
  tanpa_data: { id: "tanpa data", en: "no data" },
};

export interface DataLaporan {
  bahasa: Bahasa;
  judul: string;
  kepala: [string, string][];
  tahap: [string, string][];
  persiapan: { no: number; langkah: string; selesai: string; tanggal: string; keluaran: string }[];
  kegiatan: {
    nama: string;
    direncanakan: number;
    terlaksana: number;
    pelaksanaan: number;
    peserta: number;
  }[];
  targetCatatan: string;
  target: {
    kode: string;
    indikator: string;
    sasaran: string;
    garisDasar: number;
    nilaiTarget: number;
    tenggat: string;
    capaian: number | null;
    kemajuan: number | null;
    status: string;
  }[];
  daftarPeriksa: { subtahap: string; kriteria: string; proporsiKriteria: number; proporsiItem: number }[];
  catatan: string;
}

const persen = (x: number) => `${(x * 100).toFixed(1)}%`;

function uraianIndikator(t: TargetSmart, b: Bahasa): string {
  if (t.indikator.jenis === "rerata_level") return b === "id" ? "Rerata level" : "Mean level";
  return b === "id"
    ? `Proporsi pegawai level ≥ ${t.indikator.levelMinimal}`
    : `Share of employees at level ≥ ${t.indikator.levelMinimal}`;
}

/** Gathers the report's content in the caller's language. */
export async function dataLaporan(
  db: Db,
  s: SiklusTersimpan,
  instansiNama: string,
  bahasa: Bahasa,
): Promise<DataLaporan> {
  const t = T[bahasa];
  const f = s.fakta;
  const p = f.persiapan;
  const posisi = posisiSiklus(f, s.hariIni);
  const ya = (x: boolean) => (x ? t.ya : t.tidak);
  const ringkas: Record<string, string> = {};
  if (p.pembentukan_tim)
    ringkas.pembentukan_tim = `${p.pembentukan_tim.nama}; SK ${p.pembentukan_tim.sk.nomor} (${p.pembentukan_tim.sk.tanggal}); ${p.pembentukan_tim.anggota.length} ${bahasa === "id" ? "anggota" : "members"}; RB: ${p.pembentukan_tim.timReformasiBirokrasi.nomorSk}`;
  if (p.deklarasi_komitmen) {
    const n = hitungPenandatangan(p.deklarasi_komitmen);
    ringkas.deklarasi_komitmen = `${p.deklarasi_komitmen.judul} (${p.deklarasi_komitmen.tanggal}); ${
      bahasa === "id" ? "penandatangan" : "signatories"
    }: ${n.total} (${bahasa === "id" ? "pimpinan" : "leaders"} ${n.pimpinan}, ${bahasa === "id" ? "pegawai" : "employees"} ${n.pegawai})`;
  }
  if (p.asesmen_awal) {
    const k = await bacaKampanye(db, s.instansiId, p.asesmen_awal.kampanyeId);
    const n = p.asesmen_awal.peta.reduce((a, u) => a + jumlahPegawai(u), 0);
    ringkas.asesmen_awal = `${k?.nama ?? p.asesmen_awal.kampanyeId}; ${p.asesmen_awal.dirilis ?? "—"}; ${n} ${
      bahasa === "id" ? "pegawai dinilai" : "employees assessed"
    }`;
  }
  if (p.rencana_aksi)
    ringkas.rencana_aksi = `${p.rencana_aksi.tanggal}; ${p.rencana_aksi.target.length} ${bahasa === "id" ? "target SMART" : "SMART targets"}`;
  if (p.rencana_pelatihan)
    ringkas.rencana_pelatihan = `${p.rencana_pelatihan.tanggal}; ${p.rencana_pelatihan.modul.length} ${bahasa === "id" ? "modul" : "modules"}`;
  if (p.agen_perubahan)
    ringkas.agen_perubahan = `SK ${p.agen_perubahan.sk.nomor} (${p.agen_perubahan.sk.tanggal}); ${p.agen_perubahan.ditetapkan.length} ${
      bahasa === "id" ? "AP ditetapkan" : "agents appointed"
    }${s.konfigurasi.targetAgenPerubahan ? ` / target ${s.konfigurasi.targetAgenPerubahan}` : ""}`;

  const kegiatan = await rekapKegiatan(db, s.instansiId, s.id);
  const capaian = await capaianRencanaAksi(db, s);
  const dp = await daftarPeriksa(db, s.instansiId, s.id);
  const { zona } = s;
  return {
    bahasa,
    judul: t.judul,
    kepala: [
      [t.instansi, instansiNama],
      [t.siklus, s.nama],
      [t.tahapSekarang, NAMA_TAHAP[posisi.tahap][bahasa]],
      [t.dibuat, `${s.hariIni} (${zona})`],
    ],
    tahap: [
      [t.mulaiPersiapan, new Intl.DateTimeFormat("en-CA", { timeZone: zona }).format(s.dibuat)],
      [t.mulaiPelaksanaan, f.pelaksanaan?.mulai ?? "—"],
      [t.mulaiPenilaian, f.penilaian?.mulai ?? "—"],
      [t.asesmenAkhir, f.penilaian?.asesmenAkhir?.dirilis ?? "—"],
      [t.ditutup, f.ditutup ?? "—"],
    ],
    persiapan: posisi.langkahPersiapan.map((l) => ({
      no: l.no,
      langkah: l.kegiatan[bahasa],
      selesai: ya(l.selesai),
      tanggal: l.tanggal ?? "—",
      keluaran: ringkas[l.kode] ?? "—",
    })),
    kegiatan: kegiatan.map((k) => ({
      nama: kegiatanUtama(k.kegiatanUtama).nama[bahasa],
      direncanakan: k.direncanakan,
      terlaksana: k.kegiatanTerlaksana,
      pelaksanaan: k.pelaksanaan,
      peserta: k.peserta,
    })),
    targetCatatan: capaian.kampanye
      ? `${t.targetPeta}: ${capaian.kampanye.nama} (${capaian.kampanye.dirilis ?? "—"})`
      : `${t.targetPeta}: ${t.tanpaData}`,
    target: capaian.target.map(({ target: tg, capaian: c }) => ({
      kode: tg.kode,
      indikator: uraianIndikator(tg, bahasa),
      sasaran: tg.sasaran === "instansi" ? t.instansiSeluruh : `${tg.sasaran.length} ${t.unit}`,
      garisDasar: tg.garisDasar,
      nilaiTarget: tg.nilaiTarget,
      tenggat: tg.tenggat,
      capaian: c?.nilai ?? null,
      kemajuan: c?.kemajuan ?? null,
      status: STATUS_TARGET[c?.status ?? "tanpa_data"][bahasa],
    })),
    daftarPeriksa: dp.map((c) => ({
      subtahap: `${c.subtahap}. ${tingkatKematangan(c.subtahap).nama[bahasa]}`,
      kriteria: `${c.kriteriaTerpenuhi}/${c.jumlahKriteria}`,
      proporsiKriteria: c.proporsiKriteria,
      proporsiItem: c.proporsiItem,
    })),
    catatan: t.catatanME,
  };
}

/** XLSX: one sheet per section; text cells escaped against formula injection (audit/sel.ts). */
export async function laporanXlsx(d: DataLaporan): Promise<Buffer> {
  const t = T[d.bahasa];
  const a = (x: string) => amankanSel(x);
  const buku = new ExcelJS.Workbook();
  buku.creator = "Nurani";
  const ring = buku.addWorksheet(d.bahasa === "id" ? "Ringkasan" : "Summary");
  ring.addRow([a(d.judul)]).font = { bold: true, size: 14 };
  for (const [k, v] of d.kepala) ring.addRow([a(k), a(v)]);
  ring.addRow([]);
  ring.addRow([a(t.tahapTanggal)]).font = { bold: true };
  ring.addRow([a(t.tahap), a(t.tanggal)]).font = { bold: true };
  for (const [k, v] of d.tahap) ring.addRow([a(k), a(v)]);
  ring.addRow([]);
  ring.addRow([a(d.catatan)]);
  ring.getColumn(1).width = 40;
  ring.getColumn(2).width = 50;

  const per = buku.addWorksheet(d.bahasa === "id" ? "Persiapan" : "Preparation");
  per.addRow([t.no, t.langkah, t.selesai, t.tanggal, t.keluaran].map(a)).font = { bold: true };
  for (const r of d.persiapan) per.addRow([r.no, a(r.langkah), a(r.selesai), a(r.tanggal), a(r.keluaran)]);
  per.getColumn(2).width = 45;
  per.getColumn(5).width = 80;

  const keg = buku.addWorksheet(d.bahasa === "id" ? "Kegiatan" : "Activities");
  keg.addRow([t.kegiatanUtama, t.direncanakan, t.terlaksana, t.pelaksanaan, t.peserta].map(a)).font = {
    bold: true,
  };
  for (const r of d.kegiatan) keg.addRow([a(r.nama), r.direncanakan, r.terlaksana, r.pelaksanaan, r.peserta]);
  keg.getColumn(1).width = 45;

  const tgt = buku.addWorksheet("Target");
  tgt.addRow([a(d.targetCatatan)]);
  tgt.addRow(
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
    ].map(a),
  ).font = { bold: true };
  for (const r of d.target)
    tgt.addRow([
      a(r.kode),
      a(r.indikator),
      a(r.sasaran),
      r.garisDasar,
      r.nilaiTarget,
      a(r.tenggat),
      r.capaian,
      r.kemajuan,
      a(r.status),
    ]);
  tgt.getColumn(2).width = 35;

  const dp = buku.addWorksheet(d.bahasa === "id" ? "Daftar periksa" : "Checklists");
  dp.addRow([t.subtahap, t.kriteria, `${t.kriteria} (%)`, `${t.item} (%)`].map(a)).font = { bold: true };
  for (const r of d.daftarPeriksa)
    dp.addRow([a(r.subtahap), a(r.kriteria), r.proporsiKriteria, r.proporsiItem]);
  dp.getColumn(1).width = 30;
  return Buffer.from(await buku.xlsx.writeBuffer());
}

interface PdfMake {
  setFonts(f: Record<string, Record<string, string>>): void;
  setUrlAccessPolicy(cb: (url: string) => boolean): void;
  setLocalAccessPolicy(cb: (p: string) => boolean): void;
  createPdf(doc: unknown): { getBuffer(): Promise<Buffer> };
}

let pdfmake: PdfMake | null = null;
function pdf(): PdfMake {
  if (pdfmake) return pdfmake;
  const req = createRequire(import.meta.url);
  const pm = req("pdfmake") as PdfMake;
  const dir = path.join(path.dirname(req.resolve("pdfmake/package.json")), "fonts", "Roboto");
  pm.setFonts({
    Roboto: {
      normal: path.join(dir, "Roboto-Regular.ttf"),
      bold: path.join(dir, "Roboto-Medium.ttf"),
      italics: path.join(dir, "Roboto-Italic.ttf"),
      bolditalics: path.join(dir, "Roboto-MediumItalic.ttf"),
    },
  });
  pm.setUrlAccessPolicy(() => false);
  pm.setLocalAccessPolicy((p) => path.resolve(p).startsWith(dir));
  pdfmake = pm;
  return pm;
}

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
      { text: d.catatan, fontSize: 8, italics: true, margin: [0, 8, 0, 0] },
    ],
  };
  return pdf().createPdf(doc).getBuffer();
}
