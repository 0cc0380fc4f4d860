/** Schemas of the gratification routes (docs/gratifikasi.md). */
import { z } from "zod";
import { skemaHalaman } from "../../umum/halaman.ts";
import { skemaTanggal } from "../../umum/tanggal.ts";

export const HUBUNGAN = [
  "atasan_bawahan",
  "rekan_kerja",
  "penyedia_barang_jasa",
  "pengguna_layanan",
  "keluarga",
  "lainnya",
] as const;
export const BENTUK = ["uang", "barang", "makanan", "voucher", "fasilitas", "perjalanan", "lainnya"] as const;
export const STATUS = ["dilaporkan", "diteruskan_kpk", "ditangani_upg", "ditetapkan"] as const;
export const PENETAPAN = ["milik_negara", "milik_penerima"] as const;
export const STATUS_TENGGAT = ["aman", "mendekati", "hari_terakhir", "lewat"] as const;

/** bytes of a photo */
export const UKURAN_FOTO = 2 * 1024 * 1024;

const teks = (maks: number) =>
  z
    .string()
    .max(maks)
    .transform((s) => s.trim())
    .refine((s) => s.length > 0, { message: "Wajib diisi" });
const teksOpsional = (maks: number) =>
  z
    .string()
    .max(maks)
    .transform((s) => (s.trim() === "" ? null : s.trim()))
    .nullish();

export const BodyLapor = z.strictObject({
  jenis: z.enum(["diterima", "ditolak"]),
  pemberi: teks(200),
  hubungan: z.enum(HUBUNGAN),
  hubunganKeterangan: teksOpsional(200),
  bentuk: z.enum(BENTUK),
  uraian: teks(2000),
  nilaiRupiah: z.number().int().min(0).max(1_000_000_000_000),
  tanggalTerima: skemaTanggal,
  tempat: teksOpsional(200),
  foto: z
    .strictObject({
      jenis: z.enum(["image/png", "image/jpeg"]),
      /** base64 */
      isi: z.string().max(Math.ceil((UKURAN_FOTO * 4) / 3) + 8),
    })
    .nullish(),
});

export const BodyTriase = z.strictObject({
  keputusan: z.enum(["diteruskan_kpk", "ditangani_upg"]),
  catatan: teksOpsional(2000),
});

export const BodyPenetapan = z.strictObject({
  penetapan: z.enum(PENETAPAN),
  nomorSk: teks(120),
  tanggal: skemaTanggal,
});

export const ParamId = z.strictObject({ id: z.uuid() });

export const KueriDaftar = z.strictObject({
  ...skemaHalaman,
  status: z.enum(STATUS).optional(),
  /** only reports still open whose deadline is near, on its last day, or past */
  hampirJatuhTempo: z
    .enum(["true", "false"])
    .transform((s) => s === "true")
    .optional(),
});
export const KueriSaya = z.strictObject({ ...skemaHalaman });
export const KueriEkspor = z.strictObject({
  format: z.enum(["csv", "xlsx"]).default("csv"),
  tahun: z.coerce.number().int().min(2000).max(2100).optional(),
});

export const SkemaTenggat = z.object({
  batas: z.string(),
  sisaHariKerja: z.number(),
  status: z.enum(STATUS_TENGGAT),
});

export const SkemaGratifikasi = z.object({
  id: z.string(),
  nomor: z.string(),
  jenis: z.enum(["diterima", "ditolak"]),
  pemberi: z.string(),
  hubungan: z.enum(HUBUNGAN),
  hubunganKeterangan: z.string().nullable(),
  bentuk: z.enum(BENTUK),
  uraian: z.string(),
  nilaiRupiah: z.number(),
  tanggalTerima: z.string(),
  tanggalLapor: z.string(),
  tempat: z.string().nullable(),
  adaFoto: z.boolean(),
  status: z.enum(STATUS),
  tanggalTriase: z.string().nullable(),
  catatanUpg: z.string().nullable(),
  penetapan: z.enum(PENETAPAN).nullable(),
  nomorSkKpk: z.string().nullable(),
  tanggalPenetapan: z.string().nullable(),
  /** the KPK deadline counted in working days; null once forwarded to KPK or decided */
  tenggat: SkemaTenggat.nullable(),
  /** reported to the UPG within the deadline (Pasal 12C ayat (2)) */
  tepatWaktu: z.boolean(),
});

export const SkemaGratifikasiUpg = SkemaGratifikasi.extend({
  pegawai: z.object({ id: z.string(), nip: z.string(), nama: z.string(), unit: z.string().nullable() }),
});

export const JawabanStatistik = z.object({
  jumlah: z.number(),
  diterima: z.number(),
  ditolak: z.number(),
  tepatWaktu: z.number(),
  persenTepatWaktu: z.number().nullable(),
  hampirJatuhTempo: z.number(),
  perStatus: z.record(z.string(), z.number()),
  perBulan: z.array(z.object({ bulan: z.string(), jumlah: z.number() })),
});

export const SkemaHariLibur = z.object({
  tanggal: z.string(),
  keterangan: z.string(),
  jenis: z.enum(["libur_nasional", "cuti_bersama"]),
});
export const ParamTahun = z.strictObject({ tahun: z.coerce.number().int().min(2000).max(2100) });
export const BodyHariLibur = z.strictObject({
  hari: z
    .array(
      z.strictObject({
        tanggal: skemaTanggal,
        keterangan: teks(120),
        jenis: z.enum(["libur_nasional", "cuti_bersama"]).default("libur_nasional"),
      }),
    )
    .max(60),
});
