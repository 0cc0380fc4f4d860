/** Schemas of the LHKPN/LHKASN compliance routes (docs/gratifikasi.md "LHKPN/LHKASN"). */
import { z } from "zod";
import { skemaHalaman } from "../../umum/halaman.ts";

export const UKURAN_MAKS = 5 * 1024 * 1024;
const tahun = z.coerce.number().int().min(2000).max(2100);

export const BodyImpor = z.strictObject({
  tahun,
  format: z.enum(["csv", "xlsx"]),
  /** base64 of the file */
  isi: z.string().max(Math.ceil((UKURAN_MAKS * 4) / 3) + 8),
  /** false = validate only (the default); true = replace the year's list when every row is valid */
  terapkan: z.boolean().default(false),
});
export const JawabanImpor = z.object({
  tahun: z.number(),
  baris: z.number(),
  sah: z.number(),
  galat: z.array(z.object({ baris: z.number(), nip: z.string(), pesan: z.string() })),
  diterapkan: z.boolean(),
});

export const KueriTahun = z.strictObject({ tahun: tahun.optional() });
export const KueriDaftar = z.strictObject({
  ...skemaHalaman,
  tahun: tahun.optional(),
  belumLapor: z
    .enum(["true", "false"])
    .transform((s) => s === "true")
    .optional(),
});

const Kepatuhan = z.object({ wajib: z.number(), lapor: z.number(), persen: z.number().nullable() });
export const JawabanKepatuhan = z.object({
  tahun: z.number().nullable(),
  k: z.number(),
  instansi: Kepatuhan,
  unit: z.array(
    z.object({
      id: z.string(),
      kode: z.string(),
      nama: z.string(),
      /** null when fewer than k obliged employees */
      kepatuhan: Kepatuhan.nullable(),
    }),
  ),
});
export const SkemaKewajiban = z.object({
  tahun: z.number(),
  jenis: z.enum(["LHKPN", "LHKASN"]),
  tanggalLapor: z.string().nullable(),
});
export const SkemaKewajibanPegawai = SkemaKewajiban.extend({
  pegawai: z.object({ id: z.string(), nip: z.string(), nama: z.string(), unit: z.string().nullable() }),
});
