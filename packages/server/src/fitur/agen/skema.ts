/** Shapes of the change-agent lifecycle's requests and answers (fitur/agen). */
import { z } from "zod";
import { skemaTanggal } from "../../umum/tanggal.ts";

const teks = (min: number, max: number) => z.string().trim().min(min).max(max);

export const ParamSiklus = z.strictObject({ siklusId: z.uuid() });
export const ParamId = z.strictObject({ id: z.uuid() });

export const BodyAturan = z.strictObject({
  kriteria: z.array(teks(1, 500)).min(1).max(50),
  minPegawai: z.number().int().min(1).max(100_000).default(20),
  minAgen: z.number().int().min(1).max(1000).default(1),
});

export const BodyNominasi = z.strictObject({
  /** Omitted: I nominate myself. */
  pegawaiId: z.uuid().optional(),
  alasan: teks(1, 2000),
});

export const BodyKeputusan = z.strictObject({
  keputusan: z.enum(["terpilih", "tidak_terpilih"]),
  catatan: z.string().max(2000).optional(),
});

export const BodyPenetapan = z.strictObject({
  nomorSk: teks(1, 100),
  tanggalSk: skemaTanggal,
});

export const BodyInstrumen = z.strictObject({
  kriteria: z
    .array(
      z.strictObject({
        kode: teks(1, 20),
        nama: teks(1, 300),
        bobot: z.number().int().min(1).max(100),
        rubrik: z.array(teks(1, 1000)).length(4),
      }),
    )
    .min(1)
    .max(30),
});

export const BodyPenilaian = z.strictObject({
  pegawaiId: z.uuid(),
  periode: teks(1, 40),
  skor: z
    .array(z.strictObject({ kode: teks(1, 20), level: z.number().int().min(1).max(4), bukti: teks(1, 2000) }))
    .min(1)
    .max(30),
  catatan: z.string().max(2000).optional(),
});

export const BodyRenaksi = z.strictObject({
  renaksiId: z.uuid(),
  targetKode: z.array(teks(1, 40)).max(100).default([]),
});

export const BodyInovasi = z.strictObject({
  siklusId: z.uuid().optional(),
  /** Omitted: myself. */
  pegawaiId: z.uuid().optional(),
  sebagai: z.enum(["pimpinan", "agen_perubahan"]),
  judul: teks(1, 200),
  uraian: teks(1, 5000),
  dampak: z.string().max(2000).optional(),
  tanggal: skemaTanggal,
});

export const SkemaAturan = z.object({
  kriteria: z.array(z.string()),
  minPegawai: z.number(),
  minAgen: z.number(),
  diterbitkan: z.string(),
});

export const SkemaNominasi = z.object({
  id: z.uuid(),
  pegawai: z.object({ id: z.uuid(), nama: z.string(), nip: z.string() }),
  unit: z.string().nullable(),
  mandiri: z.boolean(),
  pengusul: z.string().nullable(),
  alasan: z.string(),
  status: z.enum(["diajukan", "terpilih", "tidak_terpilih", "ditetapkan"]),
  catatanSeleksi: z.string().nullable(),
  nomorSk: z.string().nullable(),
  dibuat: z.string(),
});

export const SkemaKriteriaInstrumen = z.object({
  kode: z.string(),
  nama: z.string(),
  bobot: z.number(),
  rubrik: z.array(z.string()),
});

export const SkemaInstrumen = z.object({
  kriteria: z.array(SkemaKriteriaInstrumen),
  diubah: z.string(),
  /** Assessments exist: the instrument can no longer change. */
  terkunci: z.boolean(),
});

export const SkemaPenilaian = z.object({
  id: z.uuid(),
  pegawai: z.object({ id: z.uuid(), nama: z.string() }),
  periode: z.string(),
  skor: z.array(z.object({ kode: z.string(), level: z.number(), bukti: z.string() })),
  nilai: z.number(),
  catatan: z.string().nullable(),
  penilai: z.string().nullable(),
  dinilai: z.string(),
});

export const SkemaRingkasan = z.object({
  siklus: z.object({ id: z.uuid(), nama: z.string(), ditutup: z.boolean() }),
  aturan: SkemaAturan.nullable(),
  instrumen: SkemaInstrumen.nullable(),
  nominasiSaya: SkemaNominasi.nullable(),
  jumlah: z.object({
    nominasi: z.number(),
    diajukan: z.number(),
    terpilih: z.number(),
    tidakTerpilih: z.number(),
    ditetapkan: z.number(),
  }),
  skBerlaku: z.object({ nomorSk: z.string(), tanggalSk: z.string().nullable() }).nullable(),
});

export const SkemaCakupan = z.object({
  aturan: z.object({ minPegawai: z.number(), minAgen: z.number() }),
  unit: z.array(
    z.object({
      unitId: z.string(),
      nama: z.string(),
      pegawai: z.number(),
      agen: z.number(),
      wajib: z.boolean(),
      memadai: z.boolean(),
    }),
  ),
  unitWajib: z.number(),
  unitMemadai: z.number(),
  memadai: z.boolean(),
});

export const SkemaRenaksiSiklus = z.object({
  renaksiId: z.uuid(),
  judul: z.string(),
  agen: z.object({ id: z.uuid(), nama: z.string() }),
  targetKode: z.array(z.string()),
  butir: z.number(),
  selesai: z.number(),
  rerataNilai: z.number().nullable(),
});

export const SkemaInovasi = z.object({
  id: z.uuid(),
  siklusId: z.uuid().nullable(),
  pegawai: z.object({ id: z.uuid(), nama: z.string() }),
  sebagai: z.enum(["pimpinan", "agen_perubahan"]),
  judul: z.string(),
  uraian: z.string(),
  dampak: z.string().nullable(),
  tanggal: z.string(),
});
