/**
 * zod schemas of the worksheet's shapes, for the API and the web form to
 * parse untrusted JSON before the rules run: `skemaIsiLke` checks the
 * structure (types, lengths), `validasiLke` then checks the meaning
 * (weights, codes, rules, sources). Inferred types equal the domain's.
 */
import { z } from "zod";
import { type KunciSumber, SUMBER_DATA_LKE } from "./sumber.ts";
import { HURUF_SKALA, JENIS_JAWABAN } from "./tipe.ts";

const teks = (maks: number) => z.strictObject({ id: z.string().max(maks), en: z.string().max(maks) });
const angka = z.number().finite();

export const skemaAturanSkor = z.discriminatedUnion("jenis", [
  z.strictObject({ jenis: z.literal("ya_tidak") }),
  z.strictObject({ jenis: z.literal("skala_ae") }),
  z.strictObject({
    jenis: z.literal("linier"),
    titik: z
      .array(z.tuple([angka, angka]))
      .min(1)
      .max(20),
  }),
  z.strictObject({
    jenis: z.literal("ambang"),
    tangga: z
      .array(z.strictObject({ minimal: angka, skor: angka }))
      .min(1)
      .max(20),
  }),
]);

export const skemaPertanyaanLke = z.strictObject({
  kode: z.string().max(20),
  teks: teks(1000),
  jenisJawaban: z.enum(JENIS_JAWABAN),
  aturan: skemaAturanSkor,
  bobot: angka,
  opsi: z.strictObject({ A: teks(500), B: teks(500), C: teks(500), D: teks(500), E: teks(500) }).optional(),
  satuan: teks(50).optional(),
  rentang: z.strictObject({ min: angka.optional(), maks: angka.optional() }).optional(),
  sumberData: z.enum(Object.keys(SUMBER_DATA_LKE) as [KunciSumber, ...KunciSumber[]]).optional(),
});

export const skemaIndikatorLke = z.strictObject({
  kode: z.string().max(20),
  nama: teks(300),
  uraian: teks(2000).optional(),
  bobot: angka,
  pengisian: z.enum(["dihitung", "dijawab"]),
  bukti: z.enum(["wajib", "opsional", "otomatis"]),
  buktiDiminta: teks(500).optional(),
  sumber: z.string().max(300),
  pertanyaan: z.array(skemaPertanyaanLke).max(50),
});

export const skemaKomponenLke = z.strictObject({
  kode: z.string().max(20),
  nama: teks(300),
  bobot: angka,
  sumber: z.string().max(300),
  indikator: z.array(skemaIndikatorLke).max(100),
});

export const skemaIsiLke = z.strictObject({ komponen: z.array(skemaKomponenLke).max(20) });

export const skemaNilaiJawaban = z.union([z.boolean(), z.enum(HURUF_SKALA), angka]);

export const skemaKeputusanReviu = z.discriminatedUnion("keputusan", [
  z.strictObject({ keputusan: z.literal("diterima") }),
  z.strictObject({ keputusan: z.literal("disesuaikan"), skor: angka, catatan: z.string().max(2000) }),
]);
