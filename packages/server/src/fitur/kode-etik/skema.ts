/** Schemas of the code-of-ethics routes (docs/kode-etik.md). */
import { z } from "zod";
import { skemaHalaman } from "../../umum/halaman.ts";
import { skemaTanggal } from "../../umum/tanggal.ts";

export const BATAS_KODE = {
  judul: 200,
  isi: 100_000,
  soal: 20,
  pilihan: 6,
  teksSoal: 500,
  berkas: 2 * 1024 * 1024,
};

const teks = (maks: number) =>
  z
    .string()
    .max(maks)
    .transform((s) => s.trim())
    .refine((s) => s.length > 0, { message: "Wajib diisi" });

export const SkemaSoal = z.strictObject({
  pertanyaan: teks(BATAS_KODE.teksSoal),
  pilihan: z.array(teks(BATAS_KODE.teksSoal)).min(2).max(BATAS_KODE.pilihan),
  kunci: z.number().int().min(0),
});

export const BodyKode = z.strictObject({
  judul: teks(BATAS_KODE.judul),
  isi: teks(BATAS_KODE.isi),
  soal: z.array(SkemaSoal).max(BATAS_KODE.soal).default([]),
  nilaiLulus: z.number().int().min(0).max(100).default(70),
});

export const BodyTerbit = z.strictObject({
  nomorSk: teks(120),
  tanggalSk: skemaTanggal,
  berkas: z
    .strictObject({
      nama: teks(200),
      jenis: z.enum(["application/pdf", "image/png", "image/jpeg"]),
      isiBase64: z.string().max(Math.ceil((BATAS_KODE.berkas * 4) / 3) + 8),
    })
    .optional(),
});

export const ParamKode = z.strictObject({ id: z.uuid() });

export const SkemaKodeRingkas = z.object({
  id: z.string(),
  versi: z.number().nullable(),
  judul: z.string(),
  status: z.enum(["draf", "terbit"]),
  nomorSk: z.string().nullable(),
  tanggalSk: z.string().nullable(),
  adaBerkas: z.boolean(),
  jumlahSoal: z.number(),
  nilaiLulus: z.number(),
  terbit: z.string().nullable(),
});

export const SkemaKodeDetail = SkemaKodeRingkas.extend({
  isi: z.string(),
  soal: z.array(z.object({ pertanyaan: z.string(), pilihan: z.array(z.string()), kunci: z.number() })),
});

export const JawabanSaya = z.object({
  tahun: z.number(),
  kode: z
    .object({
      id: z.string(),
      versi: z.number(),
      judul: z.string(),
      isi: z.string(),
      nomorSk: z.string(),
      tanggalSk: z.string(),
      nilaiLulus: z.number(),
      soal: z.array(z.object({ pertanyaan: z.string(), pilihan: z.array(z.string()) })),
    })
    .nullable(),
  atestasi: z.object({ tanggal: z.string(), skor: z.number().nullable() }).nullable(),
  riwayat: z.array(
    z.object({ versi: z.number(), tahun: z.number(), tanggal: z.string(), skor: z.number().nullable() }),
  ),
});

export const BodyAtestasi = z.strictObject({
  kodeId: z.uuid(),
  paham: z.literal(true),
  jawaban: z.array(z.number().int().min(0).max(20)).max(BATAS_KODE.soal).default([]),
});

export const JawabanAtestasi = z.object({
  tercatat: z.boolean(),
  lulus: z.boolean(),
  skor: z.number().nullable(),
  nilaiLulus: z.number(),
  salah: z.array(z.number()),
});

export const KueriCakupan = z.strictObject({ tahun: z.coerce.number().int().min(2000).max(2100).optional() });

export const SkemaCakupan = z.object({
  tahun: z.number(),
  kodeId: z.string().nullable(),
  versi: z.number().nullable(),
  k: z.number(),
  jumlahPegawai: z.number(),
  jumlahAtestasi: z.number(),
  persen: z.number().nullable(),
  unit: z.array(
    z.object({
      unitId: z.string().nullable(),
      nama: z.string(),
      jumlahPegawai: z.number(),
      jumlahAtestasi: z.number().nullable(),
      persen: z.number().nullable(),
      /** Fewer than k employees: counted only in `unitKecil` and the total. */
      disembunyikan: z.boolean(),
    }),
  ),
});

export const KueriAtestasi = z.strictObject({
  ...skemaHalaman,
  tahun: z.coerce.number().int().min(2000).max(2100).optional(),
  unitId: z.uuid().optional(),
});

export const SkemaAtestasiBaris = z.object({
  pegawaiId: z.string(),
  nip: z.string(),
  nama: z.string(),
  unit: z.string().nullable(),
  versi: z.number(),
  tanggal: z.string(),
  skor: z.number().nullable(),
});
