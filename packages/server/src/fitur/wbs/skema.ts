/** Schemas of the whistleblowing routes (docs/wbs.md). */
import { z } from "zod";
import { skemaHalaman } from "../../umum/halaman.ts";

export const STATUS_WBS = ["diterima", "diverifikasi", "investigasi", "ditutup"] as const;
export const HASIL_WBS = [
  "terbukti",
  "tidak_terbukti",
  "dilimpahkan",
  "tidak_dapat_ditindaklanjuti",
] as const;
export const JENIS_LAMPIRAN = ["application/pdf", "image/png", "image/jpeg", "text/plain"] as const;

export const BATAS_WBS = {
  judul: 200,
  isi: 10_000,
  pesan: 4_000,
  lampiran: 3,
  /** bytes per attachment */
  ukuranLampiran: 2 * 1024 * 1024,
  kecualikan: 10,
} as const;

export const KODE_INSTANSI = z
  .string()
  .min(1)
  .max(40)
  .regex(/^[A-Za-z0-9._-]+$/);
export const NOMOR_TIKET = z
  .string()
  .max(20)
  .transform((s) => s.trim().toUpperCase());

const teksWajib = (maks: number) =>
  z
    .string()
    .max(maks)
    .transform((s) => s.trim())
    .refine((s) => s.length > 0, { message: "Wajib diisi" });

export const SkemaTantangan = z.object({
  tantangan: z.string(),
  kesulitan: z.number(),
  kedaluwarsa: z.string(),
});

export const ParamPublik = z.strictObject({ kodeInstansi: KODE_INSTANSI });
export const ParamTiket = z.strictObject({ kodeInstansi: KODE_INSTANSI, nomorTiket: NOMOR_TIKET });

export const JawabanFormulir = z.object({
  instansi: z.object({ kode: z.string(), nama: z.string() }),
  tantangan: SkemaTantangan,
  pengelola: z.array(z.object({ id: z.string(), nama: z.string() })),
  batas: z.object({
    judul: z.number(),
    isi: z.number(),
    pesan: z.number(),
    lampiran: z.number(),
    ukuranLampiran: z.number(),
  }),
});

export const SkemaLampiranMasuk = z.strictObject({
  nama: teksWajib(120),
  jenis: z.enum(JENIS_LAMPIRAN),
  /** base64 */
  isi: z.string().max(Math.ceil((BATAS_WBS.ukuranLampiran * 4) / 3) + 8),
});

export const BodyLapor = z.strictObject({
  tantangan: z.string().max(400),
  nonce: z.string().max(40),
  judul: teksWajib(BATAS_WBS.judul),
  isi: teksWajib(BATAS_WBS.isi),
  /** handlers the report concerns: they will not be able to read it */
  kecualikan: z.array(z.uuid()).max(BATAS_WBS.kecualikan).optional(),
  lampiran: z.array(SkemaLampiranMasuk).max(BATAS_WBS.lampiran).optional(),
});

export const JawabanLapor = z.object({ nomorTiket: z.string(), kodeRahasia: z.string() });

export const BodyPesan = z.strictObject({ isi: teksWajib(BATAS_WBS.pesan) });

const SkemaPesan = z.object({
  dari: z.enum(["pelapor", "pengelola"]),
  tanggal: z.string(),
  isi: z.string(),
});

export const JawabanTiket = z.object({
  nomorTiket: z.string(),
  status: z.enum(STATUS_WBS),
  hasil: z.enum(HASIL_WBS).nullable(),
  tanggal: z.string(),
  tanggalDitutup: z.string().nullable(),
  judul: z.string(),
  isi: z.string(),
  lampiran: z.array(z.object({ nama: z.string(), jenis: z.string(), ukuran: z.number() })),
  pesan: z.array(SkemaPesan),
});

export const KueriDaftar = z.strictObject({
  ...skemaHalaman,
  status: z.enum(STATUS_WBS).optional(),
});

export const SkemaRingkas = z.object({
  id: z.string(),
  nomorTiket: z.string(),
  judul: z.string(),
  status: z.enum(STATUS_WBS),
  hasil: z.enum(HASIL_WBS).nullable(),
  tanggal: z.string(),
  tanggalDitutup: z.string().nullable(),
  jumlahPesan: z.number(),
});

export const JawabanDetail = SkemaRingkas.extend({
  isi: z.string(),
  lampiran: z.array(z.object({ id: z.string(), nama: z.string(), jenis: z.string(), ukuran: z.number() })),
  pesan: z.array(SkemaPesan.extend({ pengelola: z.string().nullable() })),
  dikecualikan: z.array(z.object({ id: z.string(), nama: z.string() })),
});

export const ParamLaporan = z.strictObject({ id: z.uuid() });
export const ParamLampiran = z.strictObject({ id: z.uuid(), lampiranId: z.uuid() });

export const BodyStatus = z.strictObject({
  status: z.enum(STATUS_WBS),
  hasil: z.enum(HASIL_WBS).optional(),
  /** shown to the reporter as a handler's message */
  catatan: z
    .string()
    .max(BATAS_WBS.pesan)
    .transform((s) => s.trim())
    .optional(),
});

export const BodyPengecualian = z.strictObject({ penggunaId: z.uuid() });

export const JawabanStatistik = z.object({
  jumlah: z.number(),
  ditutup: z.number(),
  persenDitutup: z.number().nullable(),
  medianHariSelesai: z.number().nullable(),
  perStatus: z.record(z.string(), z.number()),
  perBulan: z.array(z.object({ bulan: z.string(), jumlah: z.number() })),
});
