/** Schemas of the results routes: the map, campaigns, cut scores. */
import { z } from "zod";
import { SkemaSumberLevel } from "../nontes/index.ts";

export const pKampanye = z.strictObject({ kampanyeId: z.uuid() });
export const SkemaEstimasi = z.object({
  nilai: z.number(),
  se: z.number(),
  df: z.number(),
  bawah: z.number(),
  atas: z.number(),
  tingkat: z.number(),
  variansSampel: z.number(),
  variansUkur: z.number(),
});

export const SkemaBarisPeta = z.object({
  unitId: z.string(),
  nama: z.string(),
  indukId: z.string().nullable(),
  kedalaman: z.number(),
  tampil: z.boolean(),
  alasan: z.enum(["kecil", "komplementer"]).optional(),
  n: z.number().optional(),
  distribusiLevel: z.record(z.string(), z.number()).optional(),
  profilFaktor: z.record(z.string(), z.number()).optional(),
  indeks: SkemaEstimasi.optional(),
  /** Where non-test evidence exists the level counted is the final level (docs/nontes.md): the sources of the row's levels. */
  sumberLevel: SkemaSumberLevel.optional(),
});

export const SkemaKampanyeRingkas = z.object({
  id: z.string(),
  nama: z.string(),
  tujuan: z.string(),
  formulirId: z.string(),
  ditutup: z.string(),
  hasilDirilis: z.string().nullable(),
});

export const SkemaPeta = z.object({
  kampanye: SkemaKampanyeRingkas,
  k: z.number(),
  baris: z.array(SkemaBarisPeta),
  instansi: SkemaBarisPeta,
});

export const SkemaBatas = z.object({
  skala: z.enum(["derajat", "theta"]),
  batas: z.tuple([z.number(), z.number(), z.number()]),
  metode: z.string(),
});

export const SkemaPenetapan = z.discriminatedUnion("metode", [
  z.strictObject({
    metode: z.literal("kelompok_kontras"),
    kampanyeId: z.uuid(),
    /** The panel's judgements (BAB II.D descriptions, non-test evidence), blind to the scores. */
    panel: z
      .array(
        z.strictObject({
          pesertaId: z.uuid(),
          level: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
        }),
      )
      .min(4)
      .max(5000),
  }),
  z.strictObject({
    metode: z.literal("manual"),
    batas: z.tuple([z.number(), z.number(), z.number()]),
    alasan: z.string().trim().min(10).max(2000),
  }),
  z.strictObject({ metode: z.literal("baku") }),
]);

/** Computes the cuts a standard-setting request yields (refusing what the domain refuses). */
