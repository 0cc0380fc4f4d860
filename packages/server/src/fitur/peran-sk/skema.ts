/** Shapes of the roles-from-decrees answers (fitur/peran-sk). */
import { z } from "zod";

export const LANGKAH_SK = ["pembentukan_tim", "agen_perubahan"] as const;

export const SkemaSkBerlaku = z.object({
  siklusId: z.uuid(),
  siklusNama: z.string(),
  langkah: z.enum(LANGKAH_SK),
  nomorSk: z.string(),
  tanggalSk: z.string().nullable(),
});

/** Where one role of one user comes from: the admin, decrees in force, or both. */
export const SkemaAsalPeran = z.object({
  penggunaId: z.uuid(),
  peran: z.string(),
  dariAdmin: z.boolean(),
  sk: z.array(SkemaSkBerlaku),
});

export const SkemaRiwayat = z.object({
  id: z.uuid(),
  peran: z.string(),
  aksi: z.enum(["diberikan", "dicabut"]),
  sumber: z.enum(["sk", "admin"]),
  alasan: z.enum(["sk_dicatat", "sk_diganti", "sk_dicabut", "siklus_ditutup", "admin"]),
  siklusId: z.uuid().nullable(),
  siklusNama: z.string().nullable(),
  langkah: z.string().nullable(),
  nomorSk: z.string().nullable(),
  /** Who changed it (the admin or PPK recording the decree); null for a job. */
  olehNama: z.string().nullable(),
  waktu: z.string(),
});
