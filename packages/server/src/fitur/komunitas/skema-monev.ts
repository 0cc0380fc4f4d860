/** Roles, schemas and row mapping of monitoring and evaluation (rute-wawancara.ts, rute-audit-internal.ts). */
import { z } from "zod";
import { iso } from "./bersama.ts";

export const MONEV = ["tim_supervisi", "apip"] as const;
export const APIP = ["apip"] as const;
/** Agency side of an audit: answers findings and reports follow-up. */
export const AUDITEE = ["admin_instansi", "ppk", "pimpinan", "tim_supervisi"] as const;
export const BACA_AUDIT = [...APIP, ...AUDITEE] as const;
export const ParamId = z.strictObject({ id: z.uuid() });

export const SkemaCatatan = z.strictObject({
  pemahaman: z.string().max(5000).optional(),
  praktik: z.string().max(5000).optional(),
  hambatan: z.string().max(5000).optional(),
  saran: z.string().max(5000).optional(),
});

export const SkemaSampel = z.object({
  id: z.uuid(),
  judul: z.string(),
  benih: z.number(),
  ukuran: z.number(),
  minimalPerUnit: z.number(),
  populasi: z.number(),
  alokasi: z.array(
    z.object({
      unitKerjaId: z.string(),
      populasi: z.number(),
      bagianProporsional: z.number(),
      jatah: z.number(),
    }),
  ),
  dibuat: z.string(),
  selesai: z.number(),
});

export const SkemaWawancara = z.object({
  id: z.uuid(),
  pegawai: z.object({ id: z.uuid(), nama: z.string() }),
  unit: z.object({ id: z.uuid(), nama: z.string() }),
  urutan: z.number(),
  jadwal: z.string().nullable(),
  pewawancara: z.string().nullable(),
  status: z.enum(["belum", "terjadwal", "selesai", "batal"]),
  catatan: SkemaCatatan.nullable(),
});

export const SkemaTemuan = z.object({
  id: z.uuid(),
  rencanaId: z.uuid(),
  judul: z.string(),
  uraian: z.string(),
  tingkat: z.enum(["rendah", "sedang", "tinggi", "kritis"]),
  rekomendasi: z.string(),
  batasWaktu: z.string().nullable(),
  tanggapan: z.string().nullable(),
  tanggapanPada: z.string().nullable(),
  status: z.enum(["terbuka", "ditindaklanjuti", "selesai"]),
  dibuat: z.string(),
});

export type BarisTemuan = {
  id: string;
  rencana_id: string;
  judul: string;
  uraian: string;
  tingkat: "rendah" | "sedang" | "tinggi" | "kritis";
  rekomendasi: string;
  batas_waktu: string | null;
  tanggapan: string | null;
  tanggapan_pada: Date | null;
  status: "terbuka" | "ditindaklanjuti" | "selesai";
  dibuat: Date;
};
export const temuanKeApi = (r: BarisTemuan): z.input<typeof SkemaTemuan> => ({
  id: r.id,
  rencanaId: r.rencana_id,
  judul: r.judul,
  uraian: r.uraian,
  tingkat: r.tingkat,
  rekomendasi: r.rekomendasi,
  batasWaktu: r.batas_waktu,
  tanggapan: r.tanggapan,
  tanggapanPada: iso(r.tanggapan_pada),
  status: r.status,
  dibuat: iso(r.dibuat) ?? "",
});
export const KOLOM_TEMUAN = [
  "id",
  "rencana_id",
  "judul",
  "uraian",
  "tingkat",
  "rekomendasi",
  "batas_waktu",
  "tanggapan",
  "tanggapan_pada",
  "status",
  "dibuat",
] as const;
