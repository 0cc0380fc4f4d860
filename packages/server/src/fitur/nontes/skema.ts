/** Request and answer schemas of the non-test routes (docs/nontes.md; BAB III.B.3.b). */
import { ATURAN_GABUNG, JENIS_PENILAI } from "@nurani/domain";
import { z } from "zod";
import { skemaHalaman } from "../../umum/halaman.ts";
import { skemaTanggal } from "../../umum/tanggal.ts";

export const SkemaCakupan = z.discriminatedUnion("jenis", [
  z.strictObject({ jenis: z.literal("semua") }),
  z.strictObject({
    jenis: z.literal("unit"),
    unitIds: z.array(z.uuid()).min(1).max(500),
    /** Include the sub-units (default true). */
    denganSubUnit: z.boolean().default(true),
  }),
  z.strictObject({
    jenis: z.literal("sampel"),
    ukuran: z.number().int().min(1).max(100_000),
    benih: z
      .number()
      .int()
      .min(0)
      .max(2 ** 31 - 1),
  }),
]);

export const SkemaBukaPeriode = z.strictObject({
  judul: z.string().trim().min(1).max(200),
  kampanyeId: z.uuid().nullable().optional(),
  cakupan: SkemaCakupan,
  aturanGabung: z.enum(ATURAN_GABUNG).default("selisih"),
  tenggat: skemaTanggal,
  /** Seed of the peer choice in the proposal (recorded, so it can be redrawn). */
  benih: z
    .number()
    .int()
    .min(0)
    .max(2 ** 31 - 1)
    .default(1),
});

export const ParamsPeriode = z.strictObject({ id: z.uuid() });
export const ParamsTugasPeriode = z.strictObject({ id: z.uuid(), tugasId: z.uuid() });
export const ParamsTinjauan = z.strictObject({ id: z.uuid(), pegawaiId: z.uuid() });
export const ParamsTugas = z.strictObject({ id: z.uuid() });

export const SkemaPeriode = z.object({
  id: z.uuid(),
  judul: z.string(),
  kampanyeId: z.uuid().nullable(),
  cakupan: SkemaCakupan,
  aturanGabung: z.enum(ATURAN_GABUNG),
  tenggat: z.string(),
  status: z.enum(["draf", "dibuka", "ditutup"]),
  dibuat: z.string(),
  sasaran: z.number(),
  tugas: z.number(),
  tugasSelesai: z.number(),
  dikoreksi: z.string().nullable(),
});
export type PeriodeApi = z.infer<typeof SkemaPeriode>;

export const KueriHalaman = z.strictObject({ ...skemaHalaman });
export const KueriPenugasan = z.strictObject({ ...skemaHalaman, pegawaiId: z.uuid().optional() });

export const SkemaPenugasan = z.object({
  id: z.uuid(),
  pegawai: z.object({ id: z.uuid(), nama: z.string() }),
  penilai: z.object({ id: z.uuid(), nama: z.string() }),
  jenis: z.enum(JENIS_PENILAI),
  dikirim: z.string().nullable(),
});

export const SkemaTambahTugas = z.strictObject({
  pegawaiId: z.uuid(),
  penilaiId: z.uuid(),
  jenis: z.enum(JENIS_PENILAI),
});

export const SkemaTugasSaya = z.object({
  id: z.uuid(),
  periode: z.object({ id: z.uuid(), judul: z.string(), tenggat: z.string() }),
  dinilai: z.object({ id: z.uuid(), nama: z.string() }),
  jenis: z.enum(JENIS_PENILAI),
  dikirim: z.string().nullable(),
});

const SkemaTeks = z.object({ id: z.string(), en: z.string() });
export const SkemaSkala = z.object({
  kode: z.string(),
  jenis: z.enum(["subdimensi", "kualitas", "teladan"]),
  nama: SkemaTeks,
  perilaku: SkemaTeks,
  sumber: z.string(),
  anchor: z.array(z.object({ level: z.number(), skor: z.number(), teks: SkemaTeks })),
});

export const SkemaIsiTugas = SkemaTugasSaya.extend({
  skala: z.array(SkemaSkala),
  nilai: z.record(z.string(), z.number().int().min(0).max(3).nullable()),
});

export const SkemaKirimNilai = z.strictObject({
  /** One answer per scale: 0–3 (the anchor of level 1–4) or null ("tidak dapat mengamati"). */
  nilai: z.record(z.string().max(20), z.number().int().min(0).max(3).nullable()),
});

const SkemaSumber = z.object({
  sumber: z.enum(["tes", "observasi", "rekam-jejak", "wawancara"]),
  level: z.number().int().min(1).max(4),
  z: z.number().nullable(),
  seZ: z.number().nullable(),
  reliabilitas: z.number().nullable(),
});

export const SkemaLevelFaktor = z.object({
  faktor: z.enum(["KD", "DN", "KM"]),
  level: z.number().int().min(1).max(4),
  aturan: z.enum(ATURAN_GABUNG),
  sumberDipakai: z.array(z.string()),
  sumber: z.array(SkemaSumber),
  perluTinjauan: z.boolean(),
  komposit: z.object({ z: z.number(), se: z.number(), rentang: z.array(z.number()) }).nullable(),
});

export const SkemaHasilPegawai = z.object({
  pegawaiId: z.uuid(),
  levelAkhir: z.number().int().min(1).max(4),
  faktor: z.array(SkemaLevelFaktor),
  kualitas: z.array(
    z.object({ kode: z.string(), level: z.number().nullable(), skorWajar: z.number().nullable() }),
  ),
  teladan: z.object({ level: z.number().nullable(), skorWajar: z.number().nullable() }).nullable(),
  perluTinjauan: z.boolean(),
  tinjauan: z.enum(["tidak_perlu", "menunggu", "selesai"]),
  catatanTinjauan: z.string().nullable(),
  dihitung: z.string(),
});
export type HasilPegawaiApi = z.infer<typeof SkemaHasilPegawai>;

const SkemaAgregat = z.union([
  z.object({
    jenis: z.enum(JENIS_PENILAI),
    ditahan: z.literal(false),
    penilai: z.number(),
    butir: z.array(z.object({ butir: z.string(), rerata: z.number().nullable(), n: z.number() })),
  }),
  z.object({ jenis: z.enum(JENIS_PENILAI), ditahan: z.literal(true) }),
]);

export const SkemaHasilSaya = z.object({
  minimalPenilai: z.number(),
  periode: z.array(
    z.object({
      id: z.uuid(),
      judul: z.string(),
      agregat: z.array(SkemaAgregat),
      hasil: SkemaHasilPegawai.nullable(),
    }),
  ),
});

export const SkemaHasilDaftar = SkemaHasilPegawai.extend({ nama: z.string() });

export const SkemaPutusTinjauan = z.strictObject({
  level: z.number().int().min(1).max(4),
  catatan: z.string().trim().min(1).max(2000),
});

const SkemaRasio = z.object({
  observed: z.number(),
  expected: z.number(),
  ratio: z.number(),
  flagged: z.boolean(),
});
const SkemaKesepakatan = z.object({
  pairs: z.number(),
  exact: z.number(),
  adjacent: z.number(),
  expectedExact: z.number(),
});

export const SkemaLaporanPenilai = z.object({
  periodeId: z.uuid(),
  dihitung: z.string().nullable(),
  galat: z.string().nullable(),
  konvergen: z.boolean().nullable(),
  terhubung: z.boolean().nullable(),
  reliabilitas: z
    .object({ persons: z.number().nullable(), raters: z.number().nullable(), items: z.number().nullable() })
    .nullable(),
  kesepakatan: SkemaKesepakatan.extend({ icc: z.number(), targets: z.number() }).nullable(),
  aturan: z.object({ fit: z.object({ low: z.number(), high: z.number() }) }).nullable(),
  penilai: z.array(
    z.object({
      id: z.string(),
      nama: z.string(),
      keparahan: z.number(),
      se: z.number().nullable(),
      infit: z.number().nullable(),
      outfit: z.number().nullable(),
      penilaian: z.number(),
      misfit: z.enum(["underfit", "overfit"]).nullable(),
      halo: SkemaRasio.nullable(),
      tendensiSentral: SkemaRasio.nullable(),
      kesepakatan: SkemaKesepakatan.nullable(),
    }),
  ),
});

export const SkemaJob = z.object({ jobId: z.uuid() });
