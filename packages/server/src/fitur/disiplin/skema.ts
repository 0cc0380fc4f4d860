/** Schemas of the discipline-case routes (docs/gratifikasi.md "Discipline cases"). */
import { z } from "zod";
import { skemaHalaman } from "../../umum/halaman.ts";
import { skemaTanggal } from "../../umum/tanggal.ts";

export const TINGKAT = ["ringan", "sedang", "berat"] as const;

const teks = (maks: number) =>
  z
    .string()
    .max(maks)
    .transform((s) => s.trim())
    .refine((s) => s.length > 0, { message: "Wajib diisi" });

export const BodyKasus = z.strictObject({
  nip: z
    .string()
    .max(30)
    .transform((s) => s.replace(/\s/g, "")),
  uraian: teks(2000),
  tingkat: z.enum(TINGKAT),
  hukuman: teks(300),
  tanggalPelanggaran: skemaTanggal.nullish(),
  tanggalKeputusan: skemaTanggal,
  nomorSk: teks(120),
});

export const KueriDaftar = z.strictObject({
  ...skemaHalaman,
  tahun: z.coerce.number().int().min(2000).max(2100).optional(),
});
export const KueriTahun = z.strictObject({ tahun: z.coerce.number().int().min(2000).max(2100).optional() });

export const SkemaKasus = z.object({
  id: z.string(),
  pegawai: z.object({ id: z.string(), nip: z.string(), nama: z.string(), unit: z.string().nullable() }),
  uraian: z.string(),
  tingkat: z.enum(TINGKAT),
  hukuman: z.string(),
  tanggalPelanggaran: z.string().nullable(),
  tanggalKeputusan: z.string(),
  nomorSk: z.string(),
});

export const JawabanStatistik = z.object({
  tahun: z.number(),
  k: z.number(),
  jumlah: z.number(),
  perTingkat: z.object({ ringan: z.number(), sedang: z.number(), berat: z.number() }),
  jumlahPegawai: z.number(),
  /** cases per 100 active employees, agency-wide */
  per100: z.number().nullable(),
  unit: z.array(
    z.object({
      id: z.string(),
      kode: z.string(),
      nama: z.string(),
      /** null when the unit has fewer than k employees */
      jumlahPegawai: z.number().nullable(),
      jumlah: z.number().nullable(),
      per100: z.number().nullable(),
    }),
  ),
});
