/** Schemas of the employee import routes. */
import { z } from "zod";

export const SkemaStatus = z.object({
  id: z.uuid(),
  namaBerkas: z.string(),
  status: z.enum(["memvalidasi", "siap", "ditolak", "menulis", "selesai", "gagal"]),
  progres: z.object({ selesai: z.number(), total: z.number() }),
  ringkasan: z.object({
    baris: z.number(),
    valid: z.number(),
    galat: z.number(),
    baru: z.number(),
    diperbarui: z.number(),
  }),
  /** What is wrong with the file as a whole (or why writing failed), in the caller's language. */
  pesan: z.string().nullable(),
});

export const params = z.strictObject({ id: z.uuid() });
