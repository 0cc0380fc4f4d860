/** Schemas of a campaign: its population, create/update bodies, progress and its API shape. */
import { z } from "zod";

export const SkemaPopulasi = z.discriminatedUnion("jenis", [
  z.strictObject({ jenis: z.literal("semua") }),
  z.strictObject({
    jenis: z.literal("unit"),
    unitIds: z.array(z.uuid()).min(1).max(500),
    subUnit: z.boolean(),
  }),
  z.strictObject({ jenis: z.literal("daftar"), pegawaiIds: z.array(z.uuid()).min(1).max(50_000) }),
]);
export type Populasi = z.infer<typeof SkemaPopulasi>;

export const waktu = z.iso.datetime({ offset: true }).transform((s) => new Date(s));
export const teksPersetujuan = z
  .string()
  .max(5000)
  .transform((s) => s.trim())
  .nullable()
  .transform((s) => (s ? s : null));

export const SkemaBuat = z.strictObject({
  nama: z.string().trim().min(1).max(200),
  tujuan: z.enum(["awal", "berkala", "akhir"]),
  formulirId: z.string().min(1).max(60),
  populasi: SkemaPopulasi,
  dibuka: waktu,
  ditutup: waktu,
  batasMenit: z.number().int().min(5).max(600).nullable().default(null),
  teksPersetujuan: teksPersetujuan.default(null),
  /** A pilot ("uji coba"): answers for calibration only, no individual result (docs/norma-batas.md). */
  ujiCoba: z.boolean().default(false),
});

export const SkemaUbah = z.strictObject({
  nama: z.string().trim().min(1).max(200).optional(),
  tujuan: z.enum(["awal", "berkala", "akhir"]).optional(),
  formulirId: z.string().min(1).max(60).optional(),
  populasi: SkemaPopulasi.optional(),
  dibuka: waktu.optional(),
  ditutup: waktu.optional(),
  batasMenit: z.number().int().min(5).max(600).nullable().optional(),
  teksPersetujuan: teksPersetujuan.optional(),
  ujiCoba: z.boolean().optional(),
});

export const SkemaProgres = z.object({
  peserta: z.number(),
  diundang: z.number(),
  mulai: z.number(),
  selesai: z.number(),
  undangan: z.object({
    belum: z.number(),
    terkirim: z.number(),
    gagal: z.number(),
    tanpa_email: z.number(),
    token: z.number(),
  }),
});

export const SkemaKampanye = z.object({
  id: z.uuid(),
  nama: z.string(),
  tujuan: z.enum(["awal", "berkala", "akhir"]),
  formulirId: z.string(),
  formulirNama: z.object({ id: z.string(), en: z.string() }),
  bankVersi: z.string(),
  jumlahBlok: z.number(),
  populasi: SkemaPopulasi,
  dibuka: z.string(),
  ditutup: z.string(),
  batasMenit: z.number().nullable(),
  teksPersetujuan: z.string().nullable(),
  ujiCoba: z.boolean(),
  status: z.enum(["draf", "aktif", "dibatalkan"]),
  /** `draf`, `dijadwalkan` (active, not yet open), `berjalan`, `ditutup`, `dibatalkan`. */
  keadaan: z.enum(["draf", "dijadwalkan", "berjalan", "ditutup", "dibatalkan"]),
  hasilDirilis: z.string().nullable(),
  dibuat: z.string(),
  progres: SkemaProgres,
});
export type KampanyeApi = z.infer<typeof SkemaKampanye>;
