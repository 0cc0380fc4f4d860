/** Schemas, checks and reads of implementation (rute-pelaksanaan.ts, rute-daftar-periksa.ts). */
import {
  itemDaftarPeriksa,
  K_BAKU,
  KEGIATAN_SUBTAHAP,
  KODE_KEGIATAN_UTAMA,
  LEVEL_KEMATANGAN,
  panduanSubtahap,
  tahapSiklus,
} from "@nurani/domain";
import { sql } from "kysely";
import { z } from "zod";
import type { Db } from "../../db/factory.ts";
import { GalatApi, tidakDitemukan } from "../../http/errors.ts";
import { pastikanPegawai } from "./bersama.ts";
import {
  kampanyeSiklus,
  kampanyeTertutupTerakhir,
  kampanyeUkur,
  pastikanTerbuka,
  petaKampanyeSumber,
  type SiklusTersimpan,
  tanggalDi,
} from "./fakta.ts";

export const POLA_TANGGAL = /^\d{4}-\d{2}-\d{2}$/;
export const tanggal = z.string().regex(POLA_TANGGAL, "YYYY-MM-DD");

export const SkemaKegiatanIsi = {
  kegiatanUtama: z.enum(KODE_KEGIATAN_UTAMA),
  subtahap: z.number().int().min(1).max(4).nullable().optional(),
  templat: z.string().max(20).nullable().optional(),
  judul: z.string().trim().min(1).max(300),
  uraian: z.string().max(5000).nullable().optional(),
  sasaranUnit: z.array(z.uuid()).max(500).optional(),
  sasaranPegawai: z.array(z.uuid()).max(5000).optional(),
  rencanaMulai: tanggal,
  rencanaSelesai: tanggal,
  penanggungJawabPegawaiId: z.uuid().nullable().optional(),
};

export const SkemaKegiatan = z.object({
  id: z.uuid(),
  kegiatanUtama: z.string(),
  subtahap: z.number().nullable(),
  templat: z.string().nullable(),
  judul: z.string(),
  uraian: z.string().nullable(),
  sasaranUnit: z.array(z.string()),
  sasaranPegawai: z.array(z.string()),
  rencanaMulai: z.string(),
  rencanaSelesai: z.string(),
  penanggungJawabPegawaiId: z.string().nullable(),
  penanggungJawabNama: z.string().nullable(),
  jumlahPelaksanaan: z.number(),
});

export const SkemaPelaksanaan = z.object({
  id: z.uuid(),
  kegiatanId: z.uuid(),
  judul: z.string(),
  kegiatanUtama: z.string(),
  subtahap: z.number().nullable(),
  tanggal: z.string(),
  jumlahPeserta: z.number(),
  jumlahHadir: z.number(),
  hasil: z.string(),
  bukti: z.array(z.string()),
});

export const paramKegiatan = z.strictObject({ id: z.uuid(), kegiatanId: z.uuid() });

export const galatInput = (kode: string, id: string, en: string) =>
  new GalatApi(400, kode, { pesan: { id, en } });

/** Checks of a planned activity that the domain does not make at planning time (it does at execution). */
export async function periksaRencana(
  db: Db,
  s: SiklusTersimpan,
  k: {
    kegiatanUtama: string;
    subtahap?: number | null;
    templat?: string | null;
    sasaranUnit?: string[];
    sasaranPegawai?: string[];
    rencanaMulai: string;
    rencanaSelesai: string;
    penanggungJawabPegawaiId?: string | null;
  },
) {
  pastikanTerbuka(s);
  const tahap = tahapSiklus(s.fakta);
  if (tahap !== "persiapan" && tahap !== "pelaksanaan")
    throw new GalatApi(409, "TAHAP_TIDAK_SESUAI", {
      pesan: {
        id: "Kegiatan hanya dapat direncanakan pada tahap persiapan atau pelaksanaan.",
        en: "Activities can only be planned in the preparation or implementation stage.",
      },
    });
  if (k.rencanaSelesai < k.rencanaMulai)
    throw galatInput(
      "JADWAL_TIDAK_VALID",
      "Tanggal selesai tidak boleh sebelum tanggal mulai.",
      "The end date cannot be before the start date.",
    );
  // BAB III.B.2: every activity belongs to a sub-stage, monitoring and evaluation excepted (Tabel 4 no. 5)
  if (k.kegiatanUtama !== "pemantauan_evaluasi" && !k.subtahap)
    throw galatInput(
      "KEGIATAN_TANPA_SUBTAHAP",
      "Kegiatan harus terkait satu subtahap (kesadaran, pemahaman, penerimaan, kepemilikan).",
      "The activity must be tied to a sub-stage (awareness, understanding, acceptance, ownership).",
    );
  if (k.templat) {
    const t = KEGIATAN_SUBTAHAP.find((x) => x.kode === k.templat);
    if (!t || t.subtahap !== k.subtahap)
      throw galatInput(
        "MODUL_TEMPLAT",
        `Templat ${k.templat} tidak ada atau bukan dari tabel subtahap ${k.subtahap ?? "-"} (Tabel 5–8).`,
        `Template ${k.templat} does not exist or is not from sub-stage ${k.subtahap ?? "-"}'s table (Tabel 5–8).`,
      );
  }
  if (k.sasaranUnit && k.sasaranUnit.length > 0) {
    const ada = await db
      .selectFrom("unit_kerja")
      .select("id")
      .where("instansi_id", "=", s.instansiId)
      .where("id", "in", [...new Set(k.sasaranUnit)])
      .execute();
    if (ada.length !== new Set(k.sasaranUnit).size)
      throw galatInput(
        "UNIT_TIDAK_DIKENAL",
        "Sasaran memuat unit kerja yang tidak ada di instansi ini.",
        "The targets name a work unit that does not exist in this agency.",
      );
  }
  await pastikanPegawai(db, s.instansiId, k.sasaranPegawai ?? [], "sasaranPegawai");
  if (k.penanggungJawabPegawaiId)
    await pastikanPegawai(db, s.instansiId, [k.penanggungJawabPegawaiId], "penanggungJawabPegawaiId");
}

export async function bacaKegiatan(db: Db, instansiId: string, siklusId: string, kegiatanId?: string) {
  let q = db
    .selectFrom("kegiatan_program as k")
    .leftJoin("pegawai as p", (j) =>
      j.onRef("p.instansi_id", "=", "k.instansi_id").onRef("p.id", "=", "k.penanggung_jawab_pegawai_id"),
    )
    .select([
      "k.id",
      "k.kegiatan_utama",
      "k.subtahap",
      "k.templat",
      "k.judul",
      "k.uraian",
      "k.sasaran_unit",
      "k.sasaran_pegawai",
      "k.rencana_mulai",
      "k.rencana_selesai",
      "k.penanggung_jawab_pegawai_id",
      "p.nama as pj_nama",
      (eb) =>
        eb
          .selectFrom("pelaksanaan_kegiatan as x")
          .select(sql<number>`count(*)::int`.as("n"))
          .whereRef("x.instansi_id", "=", "k.instansi_id")
          .whereRef("x.kegiatan_id", "=", "k.id")
          .as("jumlah"),
    ])
    .where("k.instansi_id", "=", instansiId)
    .where("k.siklus_id", "=", siklusId);
  if (kegiatanId) q = q.where("k.id", "=", kegiatanId);
  return q;
}

export type BarisKegiatan = Awaited<ReturnType<Awaited<ReturnType<typeof bacaKegiatan>>["execute"]>>[number];
export const keKegiatan = (r: BarisKegiatan) => ({
  id: r.id,
  kegiatanUtama: r.kegiatan_utama,
  subtahap: r.subtahap,
  templat: r.templat,
  judul: r.judul,
  uraian: r.uraian,
  sasaranUnit: r.sasaran_unit ?? [],
  sasaranPegawai: r.sasaran_pegawai ?? [],
  rencanaMulai: r.rencana_mulai,
  rencanaSelesai: r.rencana_selesai,
  penanggungJawabPegawaiId: r.penanggung_jawab_pegawai_id,
  penanggungJawabNama: r.pj_nama ?? null,
  jumlahPelaksanaan: Number(r.jumlah ?? 0),
});

export async function satuKegiatan(db: Db, instansiId: string, siklusId: string, kegiatanId: string) {
  const r = await (await bacaKegiatan(db, instansiId, siklusId, kegiatanId)).executeTakeFirst();
  if (!r) throw tidakDitemukan();
  return keKegiatan(r);
}

export const sudahDilaksanakan = () =>
  new GalatApi(409, "KEGIATAN_SUDAH_DILAKSANAKAN", {
    pesan: {
      id: "Kegiatan ini sudah punya catatan pelaksanaan; jenis, subtahap dan sasarannya tidak dapat diubah lagi.",
      en: "This activity already has recorded executions; its kind, sub-stage and targets can no longer change.",
    },
  });

/** Every item code of the four checklists (BAB III.B.2 a–d). */
export const KODE_ITEM = new Set(LEVEL_KEMATANGAN.flatMap((l) => itemDaftarPeriksa(l).map((i) => i.kode)));

/**
 * The guide on the cycle's measuring campaign (`kampanyeUkur`), or without a
 * cycle on the latest closed, released one; units with fewer than K_BAKU
 * assessed are not placed (privacy).
 */
export async function panduanTerbaru(db: Db, instansiId: string, s?: SiklusTersimpan) {
  const k = s ? kampanyeUkur(await kampanyeSiklus(db, s)) : await kampanyeTertutupTerakhir(db, instansiId);
  if (!k) return null;
  const { peta, sumberLevel } = await petaKampanyeSumber(db, instansiId, k.id);
  const opsi = s?.konfigurasi.panduan ?? {};
  const panduan = panduanSubtahap(peta, {
    ...opsi,
    minimalPegawai: Math.max(opsi.minimalPegawai ?? 1, K_BAKU),
  });
  const nama = new Map(peta.map((u) => [u.unitKerjaId, u.nama ?? u.unitKerjaId]));
  const zona = s?.zona ?? "Asia/Jakarta";
  return {
    kampanye: {
      id: k.id,
      nama: k.nama,
      tujuan: k.tujuan,
      dirilis: k.hasilDirilis ? tanggalDi(k.hasilDirilis, zona) : null,
    },
    minimalPegawai: Math.max(opsi.minimalPegawai ?? 1, K_BAKU),
    /** Where non-test evidence exists units are placed on the final level: its sources (null: test only, or under k). */
    sumberLevel,
    unit: panduan.map((p) => ({ ...p, nama: nama.get(p.unitKerjaId) ?? p.unitKerjaId })),
  };
}
