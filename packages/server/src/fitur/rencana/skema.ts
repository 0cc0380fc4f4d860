/** Shapes of the individual development plan (fitur/rencana). */
import { z } from "zod";
import { skemaTanggal } from "../../umum/tanggal.ts";

export const ParamPegawai = z.strictObject({ pegawaiId: z.uuid() });

export const BodyRencana = z.strictObject({
  /** Omitted: the sub-stage of the latest released result (or 1). */
  subtahap: z.number().int().min(1).max(4).optional(),
  kegiatan: z
    .array(
      z.strictObject({
        jenis: z.enum(["modul", "penugasan_terbimbing"]),
        /** A Tabel 5–8 row of the plan's sub-stage (modules). */
        kodeTemplat: z.string().max(20).optional(),
        judul: z.string().trim().min(1).max(300).optional(),
        pembimbingId: z.uuid().optional(),
        tenggat: skemaTanggal.optional(),
      }),
    )
    .max(50),
});

export const BodyStatusKegiatan = z.strictObject({ status: z.enum(["rencana", "berjalan", "selesai"]) });
export const BodyCentang = z.strictObject({ tercapai: z.boolean() });

export const SkemaRencana = z.object({
  pegawai: z.object({ id: z.uuid(), nama: z.string(), unit: z.string().nullable() }),
  profil: z.object({
    level: z.number().nullable(),
    kampanye: z.string().nullable(),
    subDimensiTerlemah: z.array(z.object({ kode: z.string(), nama: z.string(), t: z.number() })),
  }),
  subtahap: z.number(),
  namaSubtahap: z.string(),
  ditetapkan: z.boolean(),
  kegiatan: z.array(
    z.object({
      id: z.uuid(),
      jenis: z.enum(["modul", "penugasan_terbimbing"]),
      kodeTemplat: z.string().nullable(),
      judul: z.string(),
      pembimbing: z.string().nullable(),
      pembimbingId: z.uuid().nullable(),
      tenggat: z.string().nullable(),
      status: z.enum(["rencana", "berjalan", "selesai"]),
    }),
  ),
  usulan: z.array(
    z.object({ kode: z.string(), kegiatan: z.string(), tujuan: z.array(z.string()), sumber: z.string() }),
  ),
  kriteria: z.array(
    z.object({
      kode: z.string(),
      teks: z.string(),
      sumber: z.string(),
      dicentang: z.boolean(),
      dikonfirmasi: z.boolean(),
    }),
  ),
  /** Attendance at executed programme activities and mentoring sessions received (a count, never content). */
  kehadiran: z.object({
    jumlah: z.number(),
    perSubtahap: z.array(z.object({ subtahap: z.number(), jumlah: z.number() })),
    terakhir: z.array(z.object({ judul: z.string(), tanggal: z.string(), subtahap: z.number().nullable() })),
    pendampingan: z.number(),
  }),
});

/** The next items of my plan, for the home page (docs/data-saya.md "Home pages that lead"). */
export const SkemaRencanaBerikut = z.object({
  ditetapkan: z.boolean(),
  namaSubtahap: z.string(),
  /** Up to three activities not done, nearest deadline first. */
  kegiatan: z.array(
    z.object({
      id: z.uuid(),
      judul: z.string(),
      tenggat: z.string().nullable(),
      status: z.enum(["rencana", "berjalan", "selesai"]),
    }),
  ),
  kegiatanTerbuka: z.number(),
  kriteriaBelum: z.number(),
  kriteriaMenunggu: z.number(),
});

export const SkemaAgregatUnit = z.object({
  k: z.number(),
  unit: z.array(
    z.object({
      unitId: z.string(),
      nama: z.string(),
      pegawaiBerencana: z.number(),
      /** null when fewer than k people have a plan (small groups are not shown). */
      proporsiDikonfirmasi: z.number().nullable(),
      kegiatanSelesai: z.number().nullable(),
    }),
  ),
});
