/** Request and answer schemas of the employee routes. */
import {
  skemaEmail,
  skemaGolongan,
  skemaJabatan,
  skemaJenisJabatan,
  skemaNama,
  skemaTelepon,
} from "@nurani/domain";
import { z } from "zod";
import { boolOpsional, skemaHalaman, teksOpsional } from "../../umum/halaman.ts";

export const SkemaPegawai = z.object({
  id: z.uuid(),
  nip: z.string(),
  nama: z.string(),
  unitId: z.uuid().nullable(),
  unitNama: z.string().nullable(),
  jabatan: z.string().nullable(),
  jenisJabatan: z.enum(["struktural", "fungsional", "pelaksana"]).nullable(),
  golongan: z.string().nullable(),
  email: z.string().nullable(),
  telepon: z.string().nullable(),
  jenisKelamin: z.enum(["L", "P"]),
  tanggalLahir: z.string(),
  tmtCpns: z.string(),
  aktif: z.boolean(),
});
export type PegawaiApi = z.infer<typeof SkemaPegawai>;

/** Edit body: the shared domain field schemas (the same rules as the import). */
export const SkemaUbah = z.strictObject({
  nama: skemaNama.optional(),
  unitId: z.uuid().nullable().optional(),
  jabatan: skemaJabatan.nullable().optional(),
  jenisJabatan: skemaJenisJabatan.nullable().optional(),
  golongan: skemaGolongan.optional(),
  email: skemaEmail.optional(),
  telepon: skemaTelepon.optional(),
});

export const KueriDaftar = z.strictObject({
  q: teksOpsional(100),
  unitId: z
    .union([z.uuid(), z.literal("")])
    .optional()
    .transform((v) => v || undefined),
  subUnit: boolOpsional,
  aktif: boolOpsional,
  ...skemaHalaman,
});

export const ParamsPegawai = z.strictObject({ id: z.uuid() });
