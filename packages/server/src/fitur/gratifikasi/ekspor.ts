/**
 * The agency's gratification reports as CSV or XLSX laid out for submission
 * to KPK (docs/gratifikasi.md "Export for KPK": one row per report, columns in
 * the order of the KPK reporting form — reporter, receipt, giver, then the
 * UPG's handling). Cells escaped against formula injection.
 */
import { tenggatGratifikasi } from "@nurani/domain";
import ExcelJS from "exceljs";
import { sql, type Transaction } from "kysely";
import type { Database } from "../../db/schema.ts";
import { amankanSel } from "../audit/index.ts";
import { muatLibur } from "./kueri.ts";

export const KOLOM_EKSPOR = [
  "nomor_laporan",
  "tanggal_lapor_upg",
  "nama_pelapor",
  "nip",
  "jabatan",
  "unit_kerja",
  "instansi",
  "jenis_laporan",
  "tanggal_penerimaan",
  "tempat_penerimaan",
  "bentuk_penerimaan",
  "uraian",
  "nilai_taksiran_rupiah",
  "nama_pemberi",
  "hubungan_dengan_pemberi",
  "keterangan_hubungan",
  "batas_lapor_kpk",
  "tepat_waktu",
  "status",
  "tanggal_triase",
  "catatan_upg",
  "penetapan",
  "nomor_sk_penetapan",
  "tanggal_penetapan",
  "foto_terlampir",
] as const;

const selCsv = (teks: string) => {
  const aman = amankanSel(teks);
  return /[",\r\n;]/.test(aman) ? `"${aman.replaceAll('"', '""')}"` : aman;
};

export async function eksporGratifikasi(
  db: Transaction<Database>,
  instansiId: string,
  format: "csv" | "xlsx",
  tahun?: number,
) {
  let q = db
    .selectFrom("gratifikasi as g")
    .innerJoin("pegawai as p", (j) =>
      j.onRef("p.instansi_id", "=", "g.instansi_id").onRef("p.id", "=", "g.pegawai_id"),
    )
    .leftJoin("unit_kerja as u", (j) =>
      j.onRef("u.instansi_id", "=", "p.instansi_id").onRef("u.id", "=", "p.unit_id"),
    )
    .innerJoin("instansi as i", "i.id", "g.instansi_id")
    .where("g.instansi_id", "=", instansiId);
  if (tahun) q = q.where(sql<string>`to_char(g.tanggal_terima, 'YYYY')`, "=", String(tahun));
  const rows = await q
    .select([
      "g.nomor",
      "g.tanggal_lapor",
      "p.nama",
      "p.nip",
      "p.jabatan",
      "u.nama as unit",
      "i.nama as instansi",
      "g.jenis",
      "g.tanggal_terima",
      "g.tempat",
      "g.bentuk",
      "g.uraian",
      "g.nilai_rupiah",
      "g.pemberi",
      "g.hubungan",
      "g.hubungan_keterangan",
      "g.status",
      "g.tanggal_triase",
      "g.catatan_upg",
      "g.penetapan",
      "g.nomor_sk_kpk",
      "g.tanggal_penetapan",
      sql<boolean>`g.foto is not null`.as("ada_foto"),
    ])
    .orderBy("g.tanggal_terima")
    .orderBy("g.nomor")
    .execute();
  const libur = await muatLibur(db);
  const baris = rows.map((r) => {
    const t = tenggatGratifikasi(r.tanggal_terima, r.tanggal_terima, libur);
    return [
      r.nomor,
      r.tanggal_lapor,
      r.nama,
      r.nip,
      r.jabatan ?? "",
      r.unit ?? "",
      r.instansi,
      r.jenis,
      r.tanggal_terima,
      r.tempat ?? "",
      r.bentuk,
      r.uraian,
      Number(r.nilai_rupiah),
      r.pemberi,
      r.hubungan,
      r.hubungan_keterangan ?? "",
      t.batas,
      r.tanggal_lapor <= t.batas ? "ya" : "tidak",
      r.status,
      r.tanggal_triase ?? "",
      r.catatan_upg ?? "",
      r.penetapan ?? "",
      r.nomor_sk_kpk ?? "",
      r.tanggal_penetapan ?? "",
      r.ada_foto ? "ya" : "tidak",
    ] as (string | number)[];
  });
  if (format === "csv") {
    const teks = `\uFEFF${[[...KOLOM_EKSPOR], ...baris]
      .map((b) => b.map((x) => (typeof x === "number" ? String(x) : selCsv(x))).join(","))
      .join("\r\n")}\r\n`;
    return { baris: rows.length, jenis: "text/csv; charset=utf-8", isi: teks as string | Buffer };
  }
  const buku = new ExcelJS.Workbook();
  const lembar = buku.addWorksheet("Gratifikasi");
  lembar.addRow([...KOLOM_EKSPOR]);
  for (const b of baris) lembar.addRow(b.map((x) => (typeof x === "number" ? x : amankanSel(x))));
  return {
    baris: rows.length,
    jenis: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    isi: Buffer.from(await buku.xlsx.writeBuffer()) as string | Buffer,
  };
}
