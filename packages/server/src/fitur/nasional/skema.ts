/** Schemas of the national register and dashboard (docs/nasional.md Part II). */
import { JENIS_INSTANSI, KODE_PROVINSI } from "@nurani/domain";
import { z } from "zod";
import { boolOpsional, skemaDaftar, skemaHalaman, teksOpsional } from "../../umum/halaman.ts";

const Jenis = z.enum(JENIS_INSTANSI as unknown as [string, ...string[]]);
const Provinsi = z.enum(KODE_PROVINSI as unknown as [string, ...string[]]);

/** Sort keys of the dashboard; a leading `-` sorts descending. */
export const URUTAN = [
  "nama",
  "kode",
  "jenis",
  "provinsi",
  "indeks",
  "partisipasi",
  "tahap",
  "persiapan",
  "kegiatan",
] as const;
export type Urutan = (typeof URUTAN)[number];
const Urut = z.enum([...URUTAN, ...URUTAN.map((u) => `-${u}` as const)] as [string, ...string[]]);

export const KueriDasbor = z.strictObject({
  /** The evaluation period (id or code): its participating categories, worksheet, and frozen figures once published. */
  periode: teksOpsional(40),
  jenis: Jenis.optional(),
  provinsi: Provinsi.optional(),
  /** Name or code, case-insensitive, anywhere in it. */
  q: teksOpsional(100),
  urut: Urut.default("nama"),
  /** Active agencies by default; `false` lists the deactivated ones. */
  aktif: boolOpsional,
  ...skemaHalaman,
});

export const SkemaIndeks = z.object({ nilai: z.number(), bawah: z.number(), atas: z.number() });

export const SkemaBarisDasbor = z.object({
  instansiId: z.string(),
  kode: z.string(),
  nama: z.string(),
  jenis: z.string(),
  /** Kemendagri code (the parent province for kabupaten/kota), null for central agencies. */
  provinsi: z.string().nullable(),
  aktif: z.boolean(),
  /** Latest programme cycle's stage (Pasal 4 ayat (2)), null when the agency has none. */
  tahap: z.enum(["persiapan", "pelaksanaan", "penilaian", "selesai"]).nullable(),
  /** Preparation outputs recorded, of 6 (Tabel 3). */
  langkahPersiapan: z.number(),
  /** Main activities carried out at least once, of 5 (Tabel 4). */
  kegiatanTerlaksana: z.number(),
  /** Latest released organisation index (BAB III.B.3.a) with its 95 % interval; null when none or below k. */
  indeks: SkemaIndeks.nullable(),
  /** Persons per level 1–4 of that campaign (null as the index). */
  distribusiLevel: z.array(z.number()).nullable(),
  /** Reported results over active employees (0–1). */
  partisipasi: z.number().nullable(),
  n: z.number().nullable(),
  jumlahPegawai: z.number().nullable(),
  dirilis: z.string().nullable(),
  /** With `periode`: the agency's worksheet status and final score (0–100) in that period. */
  statusLke: z.string().nullable(),
  skorLke: z.number().nullable(),
});

export const SkemaDasbor = skemaDaftar(SkemaBarisDasbor);

export const KueriTren = z.strictObject({
  instansiId: z.uuid().optional(),
  jenis: Jenis.optional(),
});
export const SkemaTren = z.array(
  z.object({
    periodeId: z.string(),
    kode: z.string(),
    nama: z.string(),
    tahun: z.number(),
    /** Rankings published: frozen figures; otherwise live. */
    beku: z.boolean(),
    instansi: z.number(),
    denganIndeks: z.number(),
    /** One agency: its index and 95 % interval; a category: the median, and the lowest and highest agency value. */
    indeks: SkemaIndeks.nullable(),
    level: z.array(z.number()).nullable(),
    skorLke: z.number().nullable(),
  }),
);

export const SkemaInstansiRegister = z.object({
  id: z.string(),
  kode: z.string(),
  nama: z.string(),
  jenis: z.string(),
  provinsi: z.string().nullable(),
  kodeWilayah: z.string().nullable(),
  zonaWaktu: z.string(),
  aktif: z.boolean(),
  nasional: z.boolean(),
});

const teks = (maks: number) => z.string().max(maks);
export const BodyInstansi = z.strictObject({
  kode: teks(40),
  nama: teks(300),
  jenis: teks(80),
  provinsi: teks(80).nullable().optional(),
  kodeWilayah: teks(10).nullable().optional(),
  zonaWaktu: teks(20).nullable().optional(),
});
export const BodyUbahInstansi = BodyInstansi.partial();

export const BodyAdminPertama = z.strictObject({
  username: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9][a-z0-9._@-]{2,63}$/),
  nama: z.string().trim().min(1).max(200),
});
export const SkemaAdminPertama = z.object({
  penggunaId: z.string(),
  username: z.string(),
  /** Shown once: printed and handed to the admin. Only its hash is stored. */
  kodeAktivasi: z.string(),
  kedaluwarsa: z.string(),
});

export const BodyAktivasi = z.strictObject({
  kode: z.string().trim().min(16).max(40),
  passwordBaru: z.string().min(1).max(200),
});
export const KueriAktivasi = z.strictObject({ kode: z.string().trim().min(16).max(40) });

export const ParamsId = z.strictObject({ id: z.uuid() });

export const KueriLaporan = z.strictObject({
  periode: teksOpsional(40),
  format: z.enum(["xlsx", "pdf"]).default("xlsx"),
});

export const KueriSebaran = z.strictObject({ periode: teksOpsional(40) });
const SkemaKelompok = z.object({
  /** The category or province code (`kelompok` is its name in the caller's language). */
  kode: z.string(),
  kelompok: z.string(),
  instansi: z.number(),
  denganIndeks: z.number(),
  rerata: z.number().nullable(),
  min: z.number().nullable(),
  median: z.number().nullable(),
  maks: z.number().nullable(),
});
export const SkemaSebaran = z.object({
  nasional: SkemaKelompok,
  jenis: z.array(SkemaKelompok),
  provinsi: z.array(SkemaKelompok),
});
