/** Schemas of the user administration routes. */
import { PERAN } from "@nurani/domain";
import { z } from "zod";

export const SkemaPengguna = z.object({
  id: z.uuid(),
  username: z.string(),
  nama: z.string(),
  pegawaiId: z.uuid().nullable(),
  peran: z.array(z.enum(PERAN)),
  aktif: z.boolean(),
  totpAktif: z.boolean(),
  terkunci: z.boolean(),
  harusGantiPassword: z.boolean(),
});

export const skemaPeran = z.array(z.enum(PERAN)).max(PERAN.length);
export const params = z.strictObject({ id: z.uuid() });
