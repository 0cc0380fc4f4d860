/** Request and answer schemas of the audit log routes. */
import { z } from "zod";
import { skemaHalaman, teksOpsional } from "../../umum/halaman.ts";
import { waktuOpsional } from "../../umum/tanggal.ts";

/** The filters shared by the browse and export routes. */
export const saringAudit = {
  /** Username (exact, case-insensitive) or user id. */
  aktor: teksOpsional(100),
  /** Action, or an action prefix ending with "." (e.g. `pegawai.`). */
  aksi: teksOpsional(100),
  dari: waktuOpsional,
  sampai: waktuOpsional,
};

export const KueriDaftar = z.strictObject({ ...saringAudit, ...skemaHalaman });

export const KueriEkspor = z.strictObject({ ...saringAudit, format: z.enum(["csv", "xlsx"]).default("csv") });

export const SkemaEntri = z.object({
  id: z.string(),
  waktu: z.string(),
  aktor: z.string().nullable(),
  aktorNama: z.string().nullable(),
  aksi: z.string(),
  objek: z.string().nullable(),
  objekId: z.string().nullable(),
  ip: z.string().nullable(),
  rincian: z.unknown(),
});
