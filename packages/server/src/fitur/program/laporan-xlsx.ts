/** The programme report as XLSX (data from laporan-data.ts). */
import ExcelJS from "exceljs";
import { amankanSel } from "../audit/index.ts";
import type { DataLaporan } from "./laporan-data.ts";
import { STATUS_TEMUAN, T } from "./laporan-teks.ts";

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

  // Monitoring and evaluation: labelled blocks, one after the other.
  const m = d.monev;
  const me = buku.addWorksheet(d.bahasa === "id" ? "Monev" : "M&E");
  const judulBlok = (x: string) => {
    me.addRow([]);
    me.addRow([a(x)]).font = { bold: true };
  };
  const kepalaBlok = (k: string[]) => {
    me.addRow(k.map(a)).font = { bold: true };
  };
  me.addRow([a(t.monev)]).font = { bold: true, size: 13 };
  me.addRow([a(t.periode), a(`${m.awal} ${t.sd} ${m.akhir}`)]);
  judulBlok(t.wawancara);
  me.addRow([a(t.sampelDiambil), m.wawancara.sampel]);
  me.addRow([a(t.wawancaraDirencanakan), m.wawancara.direncanakan]);
  me.addRow([a(t.wawancaraSelesai), m.wawancara.selesai]);
  kepalaBlok([t.judulSampel, t.tanggal, t.benih, t.ukuran, t.wawancaraSelesai]);
  for (const r of m.sampel) me.addRow([a(r.judul), a(r.tanggal), r.benih, r.ukuran, r.selesai]);
  judulBlok(t.audit);
  me.addRow([a(t.rencanaAudit), m.rencanaAudit]);
  kepalaBlok([t.tingkat, ...Object.values(STATUS_TEMUAN).map((x) => x[d.bahasa]), t.jumlah]);
  for (const r of m.temuanPerTingkat)
    me.addRow([a(r.tingkat), r.terbuka, r.ditindaklanjuti, r.selesai, r.jumlah]);
  judulBlok(t.temuanTerbuka);
  kepalaBlok([t.judulTemuan, t.tingkat, t.rekomendasi, t.batasWaktu, t.status]);
  for (const r of m.temuanTerbuka)
    me.addRow([a(r.judul), a(r.tingkat), a(r.rekomendasi), a(r.batasWaktu), a(r.status)]);
  judulBlok(t.survei);
  me.addRow([a(t.jumlahRespons), m.survei.jumlah]);
  kepalaBlok([t.pertanyaan, t.rerata]);
  for (const r of m.survei.pertanyaan) me.addRow([a(r.teks), r.rerata]);
  judulBlok(t.penghargaan);
  me.addRow([a(t.jumlahPenghargaan), m.penghargaan.length]);
  kepalaBlok([t.pegawai, t.kategori, t.tanggal]);
  for (const r of m.penghargaan) me.addRow([a(r.pegawai), a(r.kategori), a(r.tanggal)]);
  me.getColumn(1).width = 60;
  me.getColumn(2).width = 16;
  me.getColumn(3).width = 60;
  for (const b of d.bagian) {
    const w = buku.addWorksheet(b.lembar);
    w.addRow([a(b.judul)]).font = { bold: true, size: 13 };
    for (const k of b.blok) {
      w.addRow([]);
      w.addRow([a(k.judul)]).font = { bold: true };
      w.addRow(k.kepala.map(a)).font = { bold: true };
      for (const r of k.baris) w.addRow(r.map((x) => (typeof x === "string" ? a(x) : x)));
    }
    w.getColumn(1).width = 45;
  }
  return Buffer.from(await buku.xlsx.writeBuffer());
}
