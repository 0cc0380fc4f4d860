/**
 * zod schemas of the evaluation period and recommendation request bodies;
 * the rules (periode.ts, rekomendasi.ts) run on the parsed value.
 */
import { z } from "zod";
import { JENIS_INSTANSI } from "./jenis-instansi.ts";

const tanggal = z.string().max(10);
const rentang = z.object({ mulai: tanggal, selesai: tanggal });

export const skemaPeriodeEvaluasi = z.object({
  kode: z.string().max(32),
  nama: z.string().max(100),
  tahun: z.number().int(),
  jenisPeserta: z.array(z.enum(JENIS_INSTANSI)).max(JENIS_INSTANSI.length * 2),
  versiLke: z.string().max(20),
  penilaianMandiri: rentang,
  reviu: rentang,
  publikasi: tanggal,
});

export const skemaKirimRekomendasi = z.object({
  kodeIndikator: z.string().max(20),
  isi: z.string().max(2000),
  tenggat: tanggal,
});

export const skemaJawabRekomendasi = z.object({
  tindakan: z.string().max(2000),
  bukti: z.array(z.string().max(100)).max(20).optional(),
});

export const skemaBukaKembaliRekomendasi = z.object({
  catatan: z.string().max(2000),
  tenggat: tanggal,
});
