/** zod schemas of the evaluation routes (docs/evaluasi.md); the rules run on the parsed values. */
import {
  JENIS_INSTANSI,
  skemaBukaKembaliRekomendasi,
  skemaJawabRekomendasi,
  skemaKirimRekomendasi,
  skemaNilaiJawaban,
  skemaPeriodeEvaluasi,
} from "@nurani/domain";
import { z } from "zod";
import { skemaHalaman } from "../../umum/halaman.ts";

export const ParamPeriode = z.strictObject({ periodeId: z.uuid() });
export const ParamKode = z.strictObject({ periodeId: z.uuid(), kode: z.string().min(1).max(20) });
export const ParamId = z.strictObject({ periodeId: z.uuid(), id: z.uuid() });

const rentangKetat = z.strictObject({ mulai: z.string().max(10), selesai: z.string().max(10) });
/** The domain's period body, with every nested object closed to unknown keys. */
export const BodyPeriode = skemaPeriodeEvaluasi
  .extend({ penilaianMandiri: rentangKetat, reviu: rentangKetat })
  .strict();
export const BodyJawaban = z.strictObject({ nilai: skemaNilaiJawaban.nullable() });
/** Domain `skemaKeputusanReviu`, closed to unknown keys. */
export const BodyReviu = z.discriminatedUnion("keputusan", [
  z.strictObject({ keputusan: z.literal("diterima") }),
  z.strictObject({
    keputusan: z.literal("disesuaikan"),
    skor: z.number().min(0).max(1),
    catatan: z.string().max(2000),
  }),
]);
export const BodyCatatan = z.strictObject({ catatan: z.string().max(2000) });
export const BodyKlarifikasi = z.strictObject({
  kodeIndikator: z.string().min(1).max(20),
  isi: z.string().max(2000),
});
export const BodyKirimRekomendasi = skemaKirimRekomendasi.strict();
export const BodyJawabRekomendasi = skemaJawabRekomendasi.strict();
export const BodyBukaKembali = skemaBukaKembaliRekomendasi.strict();
export const BodyTutup = z.strictObject({ catatan: z.string().max(2000).optional() });

export const KueriLembarPeriode = z.strictObject({
  ...skemaHalaman,
  status: z.enum(["belum_mulai", "draf", "dikirim", "difinalisasi", "disetujui"]).optional(),
  jenis: z.enum(JENIS_INSTANSI).optional(),
});

export const FASE = ["belum_mulai", "penilaian_mandiri", "reviu", "menunggu_publikasi", "terbit"] as const;

export const SkemaPeriode = z.object({
  id: z.string(),
  kode: z.string(),
  nama: z.string(),
  tahun: z.number(),
  jenisPeserta: z.array(z.string()),
  versiLke: z.string(),
  penilaianMandiri: z.object({ mulai: z.string(), selesai: z.string() }),
  reviu: z.object({ mulai: z.string(), selesai: z.string() }),
  publikasi: z.string(),
  peringkatTerbit: z.string().nullable(),
  fase: z.enum(FASE),
  aksi: z.array(z.string()),
});

export const SkemaBerkas = z.object({
  id: z.string(),
  kodeIndikator: z.string(),
  nama: z.string(),
  jenis: z.string(),
  ukuran: z.number(),
  dibuat: z.string(),
});

export const SkemaKlarifikasi = z.object({
  id: z.string(),
  kodeIndikator: z.string(),
  dari: z.enum(["evaluator", "instansi"]),
  isi: z.string(),
  dibuat: z.string(),
});

export const SkemaLembar = z.object({
  periode: SkemaPeriode,
  instansi: z.object({ id: z.string(), nama: z.string(), kode: z.string() }),
  status: z.enum(["draf", "dikirim", "difinalisasi", "disetujui"]),
  /** The worksheet version's content (domain IsiLke). */
  isi: z.unknown(),
  jawaban: z.record(z.string(), z.unknown()),
  reviu: z.record(z.string(), z.unknown()),
  dihitung: z.record(z.string(), z.unknown()),
  bukti: z.array(SkemaBerkas),
  klarifikasi: z.array(SkemaKlarifikasi),
  /** Domain HasilSkorLke with the review applied, and the self-assessed one. */
  skor: z.unknown(),
  skorMandiri: z.unknown(),
  kekurangan: z.array(z.object({ kode: z.string(), pesan: z.string(), bidang: z.string().nullable() })),
  difinalisasiOleh: z.string().nullable(),
  disetujuiOleh: z.string().nullable(),
  catatanKembali: z.string().nullable(),
  dikirim: z.string().nullable(),
});

export const SkemaBarisLembar = z.object({
  instansiId: z.string(),
  kode: z.string(),
  nama: z.string(),
  jenis: z.string(),
  status: z.enum(["belum_mulai", "draf", "dikirim", "difinalisasi", "disetujui"]),
  skorMandiri: z.number().nullable(),
  skorAkhir: z.number().nullable(),
});

export const SkemaPeringkat = z.object({
  instansiId: z.string(),
  kode: z.string(),
  nama: z.string(),
  jenis: z.string(),
  nilai: z.number(),
  bawah: z.number(),
  atas: z.number(),
  peringkat: z.number(),
  terbaik: z.number(),
  terburuk: z.number(),
  rentang: z.string(),
  pita: z.enum(["atas", "tengah", "bawah"]),
});

export const SkemaDistribusi = z.object({
  jenis: z.string(),
  n: z.number(),
  min: z.number(),
  kuartil1: z.number(),
  median: z.number(),
  kuartil3: z.number(),
  maks: z.number(),
  /** Counts per 10-point bin, 0–10 … 90–100. */
  histogram: z.array(z.number()),
});

export const SkemaPosisi = z.object({
  periode: SkemaPeriode,
  terbit: z.boolean(),
  posisi: SkemaPeringkat.nullable(),
  jumlahSekategori: z.number(),
  distribusi: z.array(SkemaDistribusi),
  penjelasan: z.string(),
});

export const SkemaRekomendasi = z.object({
  id: z.string(),
  periodeId: z.string(),
  instansiId: z.string(),
  kodeIndikator: z.string(),
  isi: z.string(),
  tenggat: z.string(),
  status: z.enum(["terkirim", "dijawab", "ditutup", "dibuka_kembali"]),
  terlambat: z.boolean(),
  hariTerlambat: z.number(),
  riwayat: z.array(
    z.object({
      aksi: z.string(),
      tanggal: z.string(),
      catatan: z.string().optional(),
      bukti: z.array(z.string()).optional(),
      tenggat: z.string().optional(),
    }),
  ),
});
