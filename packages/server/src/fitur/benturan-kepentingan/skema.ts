/** Schemas of the conflict-of-interest routes (docs/kode-etik.md "Conflict of interest"). */
import { z } from "zod";
import { skemaHalaman } from "../../umum/halaman.ts";

export const JENIS_BK = [
  "keluarga_pengadaan",
  "keluarga_rekrutmen",
  "pekerjaan_luar",
  "kepemilikan_saham",
  "hadiah_jamuan",
  "lainnya",
  "nihil",
] as const;
export const KEPUTUSAN_BK = ["tanpa_tindakan", "pengunduran_diri", "penugasan_ulang"] as const;
export const STATUS_BK = ["menunggu", "diputuskan", "nihil"] as const;

const teks = (maks: number) =>
  z
    .string()
    .max(maks)
    .transform((s) => s.trim())
    .refine((s) => s.length > 0, { message: "Wajib diisi" });

export const BodyDeklarasi = z.strictObject({
  jenis: z.enum(JENIS_BK),
  uraian: teks(4000),
  pihakTerkait: z.string().max(300).optional(),
  permintaanId: z.uuid().optional(),
});

export const BodyKeputusan = z.strictObject({
  keputusan: z.enum(KEPUTUSAN_BK),
  catatan: z.string().max(2000).optional(),
});

export const BodyPermintaan = z.strictObject({
  judul: teks(200),
  jenis: z.enum(["pengadaan", "seleksi", "lainnya"]),
  keterangan: z.string().max(2000).optional(),
  pegawaiIds: z.array(z.uuid()).min(1).max(200),
});

export const BodyPengaturan = z.strictObject({ tenggatHariKerja: z.number().int().min(1).max(60) });
export const SkemaPengaturan = z.object({ tenggatHariKerja: z.number() });

export const ParamDeklarasi = z.strictObject({ id: z.uuid() });

export const KueriRegister = z.strictObject({
  ...skemaHalaman,
  unitId: z.uuid().optional(),
  status: z.enum(STATUS_BK).optional(),
});
export const KueriKeputusan = z.strictObject({ ...skemaHalaman, status: z.enum(STATUS_BK).optional() });

export const SkemaDeklarasi = z.object({
  id: z.string(),
  pegawai: z.object({ id: z.string(), nip: z.string(), nama: z.string() }),
  unit: z.string().nullable(),
  permintaan: z.object({ id: z.string(), judul: z.string() }).nullable(),
  jenis: z.enum(JENIS_BK),
  uraian: z.string(),
  pihakTerkait: z.string().nullable(),
  tanggal: z.string(),
  tenggat: z.string().nullable(),
  atasan: z.object({ id: z.string(), nama: z.string() }).nullable(),
  status: z.enum(STATUS_BK),
  keputusan: z.enum(KEPUTUSAN_BK).nullable(),
  catatanKeputusan: z.string().nullable(),
  tanggalKeputusan: z.string().nullable(),
  terlambat: z.boolean(),
});

export const SkemaPermintaanSaya = z.object({
  id: z.string(),
  judul: z.string(),
  jenis: z.enum(["pengadaan", "seleksi", "lainnya"]),
  keterangan: z.string().nullable(),
  tanggal: z.string(),
});

export const JawabanSaya = z.object({
  deklarasi: z.array(SkemaDeklarasi),
  permintaan: z.array(SkemaPermintaanSaya),
  jumlahMenungguKeputusan: z.number(),
});

export const SkemaPermintaan = SkemaPermintaanSaya.extend({
  jumlahPegawai: z.number(),
  jumlahMenjawab: z.number(),
});

export const SkemaRingkasan = z.object({
  tahun: z.number(),
  kodeEtik: z.object({
    versi: z.number().nullable(),
    jumlahPegawai: z.number(),
    jumlahAtestasi: z.number(),
    persen: z.number().nullable(),
  }),
  benturan: z.object({
    jumlah: z.number(),
    diputuskan: z.number(),
    menunggu: z.number(),
    tepatWaktu: z.number(),
    jatuhTempo: z.number(),
    persenTepatWaktu: z.number().nullable(),
  }),
});
