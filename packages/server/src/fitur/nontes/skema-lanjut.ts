/** Schemas of the track-record and structured-interview routes (docs/nontes.md; BAB III.B.3.b angka 1 and 3). */
import { JENIS_REKAM_JEJAK, KODE_FAKTOR, SUMBER_REKAM_JEJAK } from "@nurani/domain";
import { z } from "zod";
import { skemaHalaman } from "../../umum/halaman.ts";
import { skemaTanggal } from "../../umum/tanggal.ts";

export const SkemaRincian = z.discriminatedUnion("jenis", [
  z.strictObject({ jenis: z.literal("sanksi_disiplin"), tingkat: z.enum(["ringan", "sedang", "berat"]) }),
  z.strictObject({ jenis: z.literal("laporan_gratifikasi") }),
  z.strictObject({ jenis: z.literal("lhkasn"), status: z.enum(["tepat_waktu", "terlambat", "tidak_lapor"]) }),
  z.strictObject({ jenis: z.literal("temuan_apip"), tindakLanjut: z.enum(["belum", "selesai"]) }),
  z.strictObject({ jenis: z.literal("penghargaan"), faktor: z.array(z.enum(KODE_FAKTOR)).min(1).max(3) }),
  z.strictObject({ jenis: z.literal("uji_publik"), hasil: z.enum(["positif", "negatif"]) }),
]);

export const SkemaTambahEntri = z.strictObject({
  rincian: SkemaRincian,
  sumber: z.enum(SUMBER_REKAM_JEJAK),
  tanggal: skemaTanggal,
  keterangan: z.string().trim().max(2000).optional(),
  /** Evidence as a link (an uploaded file is attached afterwards). */
  buktiTautan: z.url().max(1000).optional(),
});

const Teks = z.object({ id: z.string(), en: z.string() });

export const SkemaEntri = z.object({
  id: z.uuid(),
  jenis: z.enum(JENIS_REKAM_JEJAK),
  rincian: SkemaRincian,
  sumber: z.enum(SUMBER_REKAM_JEJAK),
  tanggal: z.string(),
  keterangan: z.string().nullable(),
  buktiTautan: z.string().nullable(),
  buktiBerkas: z.string().nullable(),
  asal: z.string(),
  dicatatOleh: z.string().nullable(),
  dicatat: z.string(),
});

export const SkemaRefleksi = z.object({
  faktor: z.enum(KODE_FAKTOR),
  prompt: z.array(z.object({ kode: z.string(), teks: Teks, jawaban: z.string() })),
  diubah: z.string().nullable(),
  levelDinilai: z.number().int().nullable(),
  dinilai: z.string().nullable(),
});

export const SkemaLevelRubrik = z.object({
  faktor: z.enum(KODE_FAKTOR),
  level: z.number().int().nullable(),
  alasan: z.array(z.object({ entriId: z.uuid().nullable(), aturan: Teks, level: z.number().int() })),
});

export const SkemaBerkasRekamJejak = z.object({
  pegawai: z.object({ id: z.uuid(), nama: z.string() }),
  acuan: z.string(),
  jendelaTahun: z.number(),
  refleksi: z.array(SkemaRefleksi),
  entri: z.array(SkemaEntri),
  rubrik: z.array(SkemaLevelRubrik),
  level: z.number().int().nullable(),
});

export const ParamsPegawai = z.strictObject({ pegawaiId: z.uuid() });
export const ParamsEntri = z.strictObject({ pegawaiId: z.uuid(), id: z.uuid() });
export const ParamsFaktor = z.strictObject({ faktor: z.enum(KODE_FAKTOR) });
export const ParamsPegawaiFaktor = z.strictObject({ pegawaiId: z.uuid(), faktor: z.enum(KODE_FAKTOR) });

export const SkemaIsiRefleksi = z.strictObject({
  jawaban: z.record(z.string().max(10), z.string().trim().max(4000)),
});
export const SkemaNilaiRefleksi = z.strictObject({ level: z.number().int().min(1).max(4).nullable() });

export const KueriDaftarRekam = z.strictObject({
  ...skemaHalaman,
  cari: z.string().trim().max(100).optional(),
});
export const SkemaRingkasRekam = z.object({
  pegawai: z.object({ id: z.uuid(), nama: z.string() }),
  entri: z.number(),
  refleksi: z.number(),
});

// ---------- structured interview ----------

export const SkemaBuatWawancara = z.strictObject({
  pegawaiId: z.uuid(),
  tujuan: z.enum(["asesmen", "monev"]),
  periodeId: z.uuid().nullable().optional(),
  tanggal: skemaTanggal,
  /** One or two interviewers (accounts of this agency). */
  pewawancara: z.array(z.uuid()).min(1).max(2),
});

export const SkemaWawancara = z.object({
  id: z.uuid(),
  pegawai: z.object({ id: z.uuid(), nama: z.string() }),
  tujuan: z.enum(["asesmen", "monev"]),
  periodeId: z.uuid().nullable(),
  tanggal: z.string(),
  pewawancara: z.array(z.object({ id: z.uuid(), nama: z.string(), dikirim: z.string().nullable() })),
});

export const SkemaHasilWawancara = z.object({
  subdimensi: z.array(z.object({ kode: z.string(), rerata: z.number().nullable() })),
  faktor: z.array(
    z.object({
      faktor: z.enum(KODE_FAKTOR),
      rerata: z.number().nullable(),
      level: z.number().int().nullable(),
    }),
  ),
  level: z.number().int().nullable(),
  pewawancara: z.number(),
  kesepakatanTepat: z.number().nullable(),
});

export const SkemaIsiWawancara = SkemaWawancara.extend({
  panduan: z.array(
    z.object({
      kode: z.string(),
      nama: Teks,
      pertanyaan: Teks,
      lanjutan: z.array(Teks),
      anchor: z.array(z.object({ skor: z.number(), level: z.number(), teks: Teks })),
    }),
  ),
  saya: z
    .object({ nilai: z.record(z.string(), z.number().nullable()).nullable(), catatan: z.string().nullable() })
    .nullable(),
  /** Notes and scores of every interviewer (interviewers and the supervision team only). */
  catatan: z.array(
    z.object({
      pewawancara: z.string(),
      nilai: z.record(z.string(), z.number().nullable()).nullable(),
      catatan: z.string().nullable(),
    }),
  ),
  hasil: SkemaHasilWawancara.nullable(),
});

export const SkemaKirimWawancara = z.strictObject({
  nilai: z.record(z.string().max(10), z.number().int().min(0).max(3).nullable()),
  catatan: z.string().trim().max(8000).optional(),
});

export const KueriWawancara = z.strictObject({
  ...skemaHalaman,
  tujuan: z.enum(["asesmen", "monev"]).optional(),
});
export const ParamsWawancara = z.strictObject({ id: z.uuid() });
