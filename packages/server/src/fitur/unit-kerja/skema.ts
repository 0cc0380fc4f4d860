/** Request and answer schemas of the unit routes. */
import { z } from "zod";

export const SkemaUnit = z.object({
  id: z.uuid(),
  kode: z.string(),
  nama: z.string(),
  eselon: z.number().nullable(),
  indukId: z.uuid().nullable(),
  aktif: z.boolean(),
});

const skemaKode = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/)
  .transform((s) => s.toUpperCase());
const skemaNama = z.string().trim().min(1).max(200);
const skemaEselon = z.number().int().min(1).max(4).nullable();

export const BodyBuat = z.strictObject({
  kode: skemaKode,
  nama: skemaNama,
  eselon: skemaEselon.default(null),
  indukId: z.uuid().nullish(),
});

export const BodyUbah = z.strictObject({
  nama: skemaNama.optional(),
  indukId: z.uuid().nullable().optional(),
  eselon: skemaEselon.optional(),
});

export const KueriDaftar = z.strictObject({ aktif: z.enum(["true", "false"]).optional() });
