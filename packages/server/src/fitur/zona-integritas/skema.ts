/** Schemas of the Zona Integritas and merit routes (docs/gratifikasi.md "Zona Integritas and merit"). */
import { z } from "zod";
import { skemaTanggal } from "../../umum/tanggal.ts";

export const STATUS_ZI = ["diusulkan", "wbk", "wbbm"] as const;
const tahun = z.coerce.number().int().min(2000).max(2100);

export const ParamUnitTahun = z.strictObject({ unitId: z.uuid(), tahun });
export const ParamTahun = z.strictObject({ tahun });
export const KueriTahun = z.strictObject({ tahun: tahun.optional() });

export const BodyZi = z.strictObject({
  status: z.enum(STATUS_ZI),
  nomorSk: z
    .string()
    .max(120)
    .transform((s) => s.trim() || null)
    .nullish(),
  tanggalSk: skemaTanggal.nullish(),
});
export const BodyMerit = z.strictObject({
  nilai: z.number().min(0).max(400),
  kategori: z
    .string()
    .max(60)
    .transform((s) => s.trim() || null)
    .nullish(),
});

export const SkemaZi = z.object({
  unit: z.object({ id: z.string(), kode: z.string(), nama: z.string() }),
  tahun: z.number(),
  status: z.enum(STATUS_ZI),
  nomorSk: z.string().nullable(),
  tanggalSk: z.string().nullable(),
});
export const SkemaMerit = z.object({ tahun: z.number(), nilai: z.number(), kategori: z.string().nullable() });
export const JawabanStatistik = z.object({
  /** each unit's latest status */
  zi: z.object({ diusulkan: z.number(), wbk: z.number(), wbbm: z.number() }),
  merit: SkemaMerit.nullable(),
});
