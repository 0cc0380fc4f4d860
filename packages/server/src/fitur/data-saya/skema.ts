/** Request and answer schemas of "Data saya" and retention. */
import { BULAN_RETENSI_MAKS, BULAN_RETENSI_MIN, JENIS_RETENSI } from "@nurani/domain";
import { z } from "zod";
import { GalatApi } from "../../http/errors.ts";

export const SkemaPembacaan = z.object({
  waktu: z.string(),
  aksi: z.string(),
  pembaca: z.string().nullable(),
  peran: z.string().nullable(),
  unitPembaca: z.string().nullable(),
  unitDibaca: z.string().nullable(),
  tujuan: z.string().nullable(),
});

export const SkemaPersetujuan = z.object({
  kampanyeId: z.string(),
  kampanye: z.string(),
  tujuan: z.string(),
  diberikan: z.string().nullable(),
  teks: z.string().nullable(),
  selesai: z.string().nullable(),
});

export const KueriEkspor = z.strictObject({ format: z.enum(["json", "pdf"]).default("json") });

const Bulan = z.number().int().min(BULAN_RETENSI_MIN).max(BULAN_RETENSI_MAKS);
const JenisRetensi = z.enum(JENIS_RETENSI);

export const SkemaPengaturanRetensi = z.object({
  otomatis: z.boolean(),
  jenis: z.array(
    z.object({
      jenis: JenisRetensi,
      nama: z.string(),
      bulan: z.number(),
      bawaanBulan: z.number(),
      sejak: z.string(),
      tindakan: z.enum(["hapus", "anonimkan", "laporan_saja"]),
    }),
  ),
});

export const BodyPengaturanRetensi = z.strictObject({
  otomatis: z.boolean(),
  bulan: z.partialRecord(JenisRetensi, Bulan),
});

export const SkemaLaporanRetensi = z.object({
  id: z.string(),
  nyata: z.boolean(),
  dibuat: z.string(),
  oleh: z.string().nullable(),
  rincian: z.array(
    z.object({
      jenis: JenisRetensi,
      bulan: z.number(),
      batas: z.string(),
      tindakan: z.enum(["hapus", "anonimkan", "laporan_saja"]),
      jumlah: z.number(),
    }),
  ),
});

export const BodyJalankan = z.strictObject({ laporanId: z.uuid() });

const PESAN = {
  LAPORAN_UJI_TIDAK_ADA: {
    id: "Laporan uji coba tidak ditemukan. Jalankan uji coba terlebih dahulu.",
    en: "Dry-run report not found. Run a dry run first.",
  },
  LAPORAN_UJI_KEDALUWARSA: {
    id: "Laporan uji coba ini lebih dari 24 jam atau sudah dikonfirmasi. Jalankan uji coba baru.",
    en: "This dry-run report is older than 24 hours or already confirmed. Run a new dry run.",
  },
} as const;

export const galatRetensi = (status: number, kode: keyof typeof PESAN) =>
  new GalatApi(status, kode, { pesan: PESAN[kode] });
