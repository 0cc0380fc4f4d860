/** Roles and schemas of the assessment routes (campaigns, the employee's own tests, the token test). */
import { z } from "zod";
import { SkemaKampanye } from "./skema-kampanye.ts";

export const KELOLA = ["tim_supervisi", "admin_instansi"] as const;
export const BACA = ["tim_supervisi", "admin_instansi", "pimpinan", "ppk"] as const;
export const TAG = "asesmen";
export const idParams = z.strictObject({ id: z.uuid() });

/** Header carrying the one-time token (kept out of the URL, so it never reaches access logs). */
export const HEADER_TOKEN = "x-token-ujian";

export const SkemaKeadaan = z.object({
  pesertaId: z.uuid(),
  kampanye: z.object({
    id: z.uuid(),
    nama: z.string(),
    tujuan: z.enum(["awal", "berkala", "akhir"]),
    dibuka: z.string(),
    ditutup: z.string(),
    batasMenit: z.number().nullable(),
    /** The consent text: the campaign's own text with who sees the result, written from the rules in force. */
    teksPersetujuan: z.string().nullable(),
    /** The same with the access paragraph in English (the campaign's own text stays as the agency wrote it). */
    teksPersetujuanEn: z.string().nullable(),
    /** A pilot: no individual result will be released (docs/norma-batas.md). */
    ujiCoba: z.boolean(),
  }),
  status: z.enum(["belum_dibuka", "siap", "berjalan", "waktu_habis", "ditutup", "selesai", "dibatalkan"]),
  sekarang: z.string(),
  mulai: z.string().nullable(),
  batas: z.string().nullable(),
  selesai: z.string().nullable(),
  persetujuan: z.string().nullable(),
  jumlahBlok: z.number(),
  blok: z.array(
    z.object({ id: z.string(), pernyataan: z.array(z.object({ id: z.string(), teks: z.string() })) }),
  ),
  jawaban: z.array(
    z.object({
      blok: z.string(),
      palingSesuai: z.string(),
      palingTidakSesuai: z.string(),
      urutanKlien: z.number(),
      detik: z.number().nullable(),
      perubahan: z.number(),
    }),
  ),
});

export const SkemaJawaban = z.strictObject({
  blok: z.string().min(1).max(60),
  palingSesuai: z.string().min(1).max(60),
  palingTidakSesuai: z.string().min(1).max(60),
  /** The client's counter for this participation: a save applies only above the stored number. */
  urutanKlien: z.number().int().min(0).max(2_147_483_647),
  detik: z.number().min(0).max(86_400).nullable().optional(),
  perubahan: z.number().int().min(0).max(10_000).nullable().optional(),
});
export const SkemaHasilSimpan = z.object({
  blok: z.string(),
  urutanKlien: z.number(),
  diterapkan: z.boolean(),
});
export const SkemaMulai = z.strictObject({
  setuju: z.boolean().default(false),
  /** The language the consent text was shown in: the one kept as agreed. */
  bahasa: z.enum(["id", "en"]).default("id"),
});
export const SkemaStatusUndangan = z.object({
  smtp: z.boolean(),
  job: z
    .object({
      id: z.uuid(),
      status: z.enum(["antre", "berjalan", "selesai", "gagal", "dibatalkan"]),
      progres: z.object({ selesai: z.number(), total: z.number() }),
      hasil: z.unknown(),
    })
    .nullable(),
  undangan: SkemaKampanye.shape.progres.shape.undangan,
});

export const SkemaAsesmenSaya = z.object({
  pesertaId: z.uuid(),
  kampanye: z.object({
    id: z.uuid(),
    nama: z.string(),
    tujuan: z.enum(["awal", "berkala", "akhir"]),
    dibuka: z.string(),
    ditutup: z.string(),
    batasMenit: z.number().nullable(),
    status: z.enum(["draf", "aktif", "dibatalkan"]),
    ujiCoba: z.boolean(),
  }),
  mulai: z.string().nullable(),
  batas: z.string().nullable(),
  selesai: z.string().nullable(),
  dijawab: z.number(),
  jumlahBlok: z.number(),
});

export const PEGAWAI = ["pegawai"] as const;
