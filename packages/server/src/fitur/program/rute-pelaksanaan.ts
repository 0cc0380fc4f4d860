/**
 * Implementation (Tabel 4; BAB III.B.2): planned activities on a calendar,
 * each tied to a sub-stage and its targets; executions recorded through the
 * domain's `catatRealisasi` (only during implementation, dated within it);
 * sub-stage achievement checklists with evidence (BAB III.B.2 a–d,
 * `capaianSubtahap`); the maturity-stage guide (`panduanSubtahap`, Tabel 5–8)
 * and its one-action adoption into the calendar.
 */
import { randomUUID } from "node:crypto";
import {
  catatRealisasi,
  itemDaftarPeriksa,
  JENIS_BUKTI,
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
import { defineRoute } from "../../http/route.ts";
import { skemaDaftar, skemaHalaman } from "../halaman.ts";
import {
  Bebas,
  DASAR,
  PERAN_BACA,
  PERAN_CATAT,
  pastikanBerkas,
  pastikanPegawai,
  pegawaiPengguna,
  punyaPeran,
} from "./bersama.ts";
import {
  galatDomain,
  kampanyeSiklus,
  kampanyeTertutupTerakhir,
  kampanyeUkur,
  keRealisasi,
  muatSiklus,
  pastikanTerbuka,
  petaKampanye,
  type SiklusTersimpan,
  tanggalDi,
} from "./fakta.ts";
import { daftarPeriksa } from "./status.ts";

const POLA_TANGGAL = /^\d{4}-\d{2}-\d{2}$/;
const tanggal = z.string().regex(POLA_TANGGAL, "YYYY-MM-DD");

const SkemaKegiatanIsi = {
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

const SkemaKegiatan = z.object({
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

const SkemaPelaksanaan = z.object({
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

const paramKegiatan = z.strictObject({ id: z.uuid(), kegiatanId: z.uuid() });

const galatInput = (kode: string, id: string, en: string) => new GalatApi(400, kode, { pesan: { id, en } });

/** Checks of a planned activity that the domain does not make at planning time (it does at execution). */
async function periksaRencana(
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

async function bacaKegiatan(db: Db, instansiId: string, siklusId: string, kegiatanId?: string) {
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

type BarisKegiatan = Awaited<ReturnType<Awaited<ReturnType<typeof bacaKegiatan>>["execute"]>>[number];
const keKegiatan = (r: BarisKegiatan) => ({
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

async function satuKegiatan(db: Db, instansiId: string, siklusId: string, kegiatanId: string) {
  const r = await (await bacaKegiatan(db, instansiId, siklusId, kegiatanId)).executeTakeFirst();
  if (!r) throw tidakDitemukan();
  return keKegiatan(r);
}

const sudahDilaksanakan = () =>
  new GalatApi(409, "KEGIATAN_SUDAH_DILAKSANAKAN", {
    pesan: {
      id: "Kegiatan ini sudah punya catatan pelaksanaan; jenis, subtahap dan sasarannya tidak dapat diubah lagi.",
      en: "This activity already has recorded executions; its kind, sub-stage and targets can no longer change.",
    },
  });

/** Every item code of the four checklists (BAB III.B.2 a–d). */
const KODE_ITEM = new Set(LEVEL_KEMATANGAN.flatMap((l) => itemDaftarPeriksa(l).map((i) => i.kode)));

/**
 * The guide on the cycle's measuring campaign (`kampanyeUkur`), or without a
 * cycle on the latest closed, released one; units with fewer than K_BAKU
 * assessed are not placed (privacy).
 */
async function panduanTerbaru(db: Db, instansiId: string, s?: SiklusTersimpan) {
  const k = s ? kampanyeUkur(await kampanyeSiklus(db, s)) : await kampanyeTertutupTerakhir(db, instansiId);
  if (!k) return null;
  const peta = await petaKampanye(db, instansiId, k.id);
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
    unit: panduan.map((p) => ({ ...p, nama: nama.get(p.unitKerjaId) ?? p.unitKerjaId })),
  };
}

export const rutePelaksanaan = [
  defineRoute({
    method: "GET",
    url: `${DASAR}/siklus/:id/kegiatan`,
    akses: PERAN_BACA,
    bolehEvaluatorNasional: true,
    tag: "program",
    ringkasan: "Kalender kegiatan (Tabel 4): saring rentang tanggal, kegiatan utama, subtahap; berhalaman",
    params: z.strictObject({ id: z.uuid() }),
    query: z.strictObject({
      dari: tanggal.optional(),
      sampai: tanggal.optional(),
      kegiatanUtama: z.enum(KODE_KEGIATAN_UTAMA).optional(),
      subtahap: z.coerce.number().int().min(1).max(4).optional(),
      ...skemaHalaman,
    }),
    response: skemaDaftar(SkemaKegiatan),
    handler: async (ctx) => {
      const { instansiId, id } = ctx.params;
      const { page, pageSize, dari, sampai, kegiatanUtama, subtahap } = ctx.query;
      await muatSiklus(ctx.db, instansiId, id);
      let q = await bacaKegiatan(ctx.db, instansiId, id);
      // an activity overlaps [dari, sampai] when it starts before the end and ends after the start
      if (dari) q = q.where("k.rencana_selesai", ">=", dari);
      if (sampai) q = q.where("k.rencana_mulai", "<=", sampai);
      if (kegiatanUtama) q = q.where("k.kegiatan_utama", "=", kegiatanUtama);
      if (subtahap) q = q.where("k.subtahap", "=", subtahap);
      const semua = q.clearSelect().select(sql<number>`count(*)::int`.as("n"));
      const { n } = await semua.executeTakeFirstOrThrow();
      const rows = await q
        .orderBy("k.rencana_mulai")
        .orderBy("k.id")
        .limit(pageSize)
        .offset((page - 1) * pageSize)
        .execute();
      return { items: rows.map(keKegiatan), total: Number(n), page, pageSize };
    },
  }),

  defineRoute({
    method: "POST",
    url: `${DASAR}/siklus/:id/kegiatan`,
    akses: PERAN_CATAT,
    tag: "program",
    ringkasan: "Merencanakan kegiatan di kalender (kegiatan utama Tabel 4, subtahap, sasaran, jadwal)",
    aksi: "program.kegiatan.buat",
    params: z.strictObject({ id: z.uuid() }),
    body: z.strictObject(SkemaKegiatanIsi),
    response: SkemaKegiatan,
    status: 201,
    handler: async (ctx) => {
      const { instansiId, id } = ctx.params;
      const b = ctx.body;
      const s = await muatSiklus(ctx.db, instansiId, id);
      await periksaRencana(ctx.db, s, b);
      const r = await ctx.db
        .insertInto("kegiatan_program")
        .values({
          instansi_id: instansiId,
          siklus_id: id,
          kegiatan_utama: b.kegiatanUtama,
          subtahap: b.subtahap ?? null,
          templat: b.templat ?? null,
          judul: b.judul,
          uraian: b.uraian ?? null,
          sasaran_unit: b.sasaranUnit?.length ? JSON.stringify(b.sasaranUnit) : null,
          sasaran_pegawai: b.sasaranPegawai?.length ? JSON.stringify(b.sasaranPegawai) : null,
          rencana_mulai: b.rencanaMulai,
          rencana_selesai: b.rencanaSelesai,
          penanggung_jawab_pegawai_id: b.penanggungJawabPegawaiId ?? null,
          dibuat_oleh: ctx.sesi?.pengguna.id ?? null,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      ctx.audit({ objekJenis: "kegiatan_program", objekId: r.id });
      return satuKegiatan(ctx.db, instansiId, id, r.id);
    },
  }),

  defineRoute({
    method: "PATCH",
    url: `${DASAR}/siklus/:id/kegiatan/:kegiatanId`,
    akses: PERAN_CATAT,
    tag: "program",
    ringkasan:
      "Mengoreksi kegiatan terencana (jadwal dan uraian selalu; jenis, subtahap, sasaran sebelum dilaksanakan)",
    aksi: "program.kegiatan.ubah",
    params: paramKegiatan,
    body: z.strictObject(
      Object.fromEntries(Object.entries(SkemaKegiatanIsi).map(([k, v]) => [k, v.optional()])) as {
        [K in keyof typeof SkemaKegiatanIsi]: z.ZodOptional<(typeof SkemaKegiatanIsi)[K]>;
      },
    ),
    response: SkemaKegiatan,
    handler: async (ctx) => {
      const { instansiId, id, kegiatanId } = ctx.params;
      const s = await muatSiklus(ctx.db, instansiId, id);
      const lama = await satuKegiatan(ctx.db, instansiId, id, kegiatanId);
      const b = ctx.body;
      const baru = {
        kegiatanUtama: b.kegiatanUtama ?? lama.kegiatanUtama,
        subtahap: b.subtahap !== undefined ? b.subtahap : lama.subtahap,
        templat: b.templat !== undefined ? b.templat : lama.templat,
        sasaranUnit: b.sasaranUnit ?? lama.sasaranUnit,
        sasaranPegawai: b.sasaranPegawai ?? lama.sasaranPegawai,
        rencanaMulai: b.rencanaMulai ?? lama.rencanaMulai,
        rencanaSelesai: b.rencanaSelesai ?? lama.rencanaSelesai,
        penanggungJawabPegawaiId:
          b.penanggungJawabPegawaiId !== undefined
            ? b.penanggungJawabPegawaiId
            : lama.penanggungJawabPegawaiId,
      };
      const ubahInti =
        baru.kegiatanUtama !== lama.kegiatanUtama ||
        baru.subtahap !== lama.subtahap ||
        JSON.stringify(baru.sasaranUnit) !== JSON.stringify(lama.sasaranUnit);
      if (ubahInti && lama.jumlahPelaksanaan > 0) throw sudahDilaksanakan();
      await periksaRencana(ctx.db, s, baru);
      await ctx.db
        .updateTable("kegiatan_program")
        .set({
          kegiatan_utama: baru.kegiatanUtama,
          subtahap: baru.subtahap,
          templat: baru.templat,
          ...(b.judul !== undefined && { judul: b.judul }),
          ...(b.uraian !== undefined && { uraian: b.uraian }),
          sasaran_unit: baru.sasaranUnit.length ? JSON.stringify(baru.sasaranUnit) : null,
          sasaran_pegawai: baru.sasaranPegawai.length ? JSON.stringify(baru.sasaranPegawai) : null,
          rencana_mulai: baru.rencanaMulai,
          rencana_selesai: baru.rencanaSelesai,
          penanggung_jawab_pegawai_id: baru.penanggungJawabPegawaiId,
          diubah: sql<Date>`now()`,
        })
        .where("instansi_id", "=", instansiId)
        .where("id", "=", kegiatanId)
        .execute();
      ctx.audit({ objekJenis: "kegiatan_program", objekId: kegiatanId, rincian: { kolom: Object.keys(b) } });
      return satuKegiatan(ctx.db, instansiId, id, kegiatanId);
    },
  }),

  defineRoute({
    method: "DELETE",
    url: `${DASAR}/siklus/:id/kegiatan/:kegiatanId`,
    akses: PERAN_CATAT,
    tag: "program",
    ringkasan: "Menghapus kegiatan terencana yang belum pernah dilaksanakan",
    aksi: "program.kegiatan.hapus",
    params: paramKegiatan,
    handler: async (ctx) => {
      const { instansiId, id, kegiatanId } = ctx.params;
      pastikanTerbuka(await muatSiklus(ctx.db, instansiId, id));
      const k = await satuKegiatan(ctx.db, instansiId, id, kegiatanId);
      if (k.jumlahPelaksanaan > 0) throw sudahDilaksanakan();
      await ctx.db
        .deleteFrom("kegiatan_program")
        .where("instansi_id", "=", instansiId)
        .where("id", "=", kegiatanId)
        .execute();
      ctx.audit({ objekJenis: "kegiatan_program", objekId: kegiatanId });
    },
  }),

  defineRoute({
    method: "POST",
    url: `${DASAR}/siklus/:id/kegiatan/:kegiatanId/pelaksanaan`,
    akses: [...PERAN_CATAT, "agen_perubahan"],
    tag: "program",
    ringkasan:
      "Mencatat pelaksanaan kegiatan (tanggal, kehadiran, bukti, hasil) — hanya pada tahap pelaksanaan; agen perubahan untuk kegiatan yang dipimpinnya",
    aksi: "program.pelaksanaan.catat",
    params: paramKegiatan,
    body: z.strictObject({
      tanggal: z.string().max(10),
      jumlahPeserta: z.number().int().min(0).max(10_000_000).optional(),
      hadir: z.array(z.uuid()).max(20_000).optional(),
      hasil: z.string().trim().min(1).max(5000),
      bukti: z.array(z.uuid()).max(50).optional(),
    }),
    response: SkemaPelaksanaan,
    status: 201,
    handler: async (ctx) => {
      const { instansiId, id, kegiatanId } = ctx.params;
      const s = await muatSiklus(ctx.db, instansiId, id, { kunci: true });
      const k = await satuKegiatan(ctx.db, instansiId, id, kegiatanId);
      if (!punyaPeran(ctx.peran, PERAN_CATAT)) {
        // a change agent records only the activities they lead
        const pegawaiId = ctx.sesi ? await pegawaiPengguna(ctx.db, ctx.sesi.pengguna.id, instansiId) : null;
        if (!pegawaiId || pegawaiId !== k.penanggungJawabPegawaiId)
          throw new GalatApi(403, "BUKAN_PENANGGUNG_JAWAB", {
            pesan: {
              id: "Agen perubahan hanya dapat mencatat pelaksanaan kegiatan yang dipimpinnya.",
              en: "A change agent can only record executions of activities they lead.",
            },
          });
      }
      const b = ctx.body;
      const hadir = [...new Set(b.hadir ?? [])];
      await pastikanPegawai(ctx.db, instansiId, hadir, "hadir");
      const bukti = [...new Set(b.bukti ?? [])];
      await pastikanBerkas(ctx.db, instansiId, id, bukti, "bukti");
      const pid = randomUUID();
      const jumlahPeserta = b.jumlahPeserta ?? hadir.length;
      const h = catatRealisasi(
        s.fakta,
        keRealisasi({
          id: pid,
          tanggal: b.tanggal,
          jumlah_peserta: jumlahPeserta,
          kegiatan_utama: k.kegiatanUtama,
          subtahap: k.subtahap,
          sasaran_unit: k.sasaranUnit,
        }),
        s.hariIni,
      );
      if (!h.ok) throw galatDomain(h.galat);
      await ctx.db
        .insertInto("pelaksanaan_kegiatan")
        .values({
          instansi_id: instansiId,
          id: pid,
          siklus_id: id,
          kegiatan_id: kegiatanId,
          tanggal: b.tanggal,
          jumlah_peserta: jumlahPeserta,
          hadir: JSON.stringify(hadir),
          hasil: b.hasil,
          bukti: JSON.stringify(bukti),
          dicatat_oleh: ctx.sesi?.pengguna.id ?? null,
        })
        .execute();
      ctx.audit({
        objekJenis: "pelaksanaan_kegiatan",
        objekId: pid,
        rincian: { kegiatanId, hadir: hadir.length },
      });
      return {
        id: pid,
        kegiatanId,
        judul: k.judul,
        kegiatanUtama: k.kegiatanUtama,
        subtahap: k.subtahap,
        tanggal: b.tanggal,
        jumlahPeserta,
        jumlahHadir: hadir.length,
        hasil: b.hasil,
        bukti,
      };
    },
  }),

  defineRoute({
    method: "GET",
    url: `${DASAR}/siklus/:id/pelaksanaan`,
    akses: PERAN_BACA,
    bolehEvaluatorNasional: true,
    tag: "program",
    ringkasan: "Catatan pelaksanaan kegiatan siklus (terbaru dulu; berhalaman)",
    params: z.strictObject({ id: z.uuid() }),
    query: z.strictObject({ kegiatanId: z.uuid().optional(), ...skemaHalaman }),
    response: skemaDaftar(SkemaPelaksanaan),
    handler: async (ctx) => {
      const { instansiId, id } = ctx.params;
      const { page, pageSize, kegiatanId } = ctx.query;
      let q = ctx.db
        .selectFrom("pelaksanaan_kegiatan as p")
        .innerJoin("kegiatan_program as k", (j) =>
          j.onRef("k.instansi_id", "=", "p.instansi_id").onRef("k.id", "=", "p.kegiatan_id"),
        )
        .where("p.instansi_id", "=", instansiId)
        .where("p.siklus_id", "=", id);
      if (kegiatanId) q = q.where("p.kegiatan_id", "=", kegiatanId);
      const { n } = await q.select(sql<number>`count(*)::int`.as("n")).executeTakeFirstOrThrow();
      const rows = await q
        .select([
          "p.id",
          "p.kegiatan_id",
          "k.judul",
          "k.kegiatan_utama",
          "k.subtahap",
          "p.tanggal",
          "p.jumlah_peserta",
          "p.hadir",
          "p.hasil",
          "p.bukti",
        ])
        .orderBy("p.tanggal", "desc")
        .orderBy("p.id")
        .limit(pageSize)
        .offset((page - 1) * pageSize)
        .execute();
      return {
        items: rows.map((r) => ({
          id: r.id,
          kegiatanId: r.kegiatan_id,
          judul: r.judul,
          kegiatanUtama: r.kegiatan_utama,
          subtahap: r.subtahap,
          tanggal: r.tanggal,
          jumlahPeserta: r.jumlah_peserta,
          jumlahHadir: r.hadir.length,
          hasil: r.hasil,
          bukti: r.bukti,
        })),
        total: Number(n),
        page,
        pageSize,
      };
    },
  }),

  defineRoute({
    method: "DELETE",
    url: `${DASAR}/siklus/:id/pelaksanaan/:pelaksanaanId`,
    akses: ["tim_supervisi"],
    tag: "program",
    ringkasan: "Menghapus catatan pelaksanaan yang keliru (hanya selama tahap pelaksanaan)",
    aksi: "program.pelaksanaan.hapus",
    params: z.strictObject({ id: z.uuid(), pelaksanaanId: z.uuid() }),
    handler: async (ctx) => {
      const { instansiId, id, pelaksanaanId } = ctx.params;
      const s = await muatSiklus(ctx.db, instansiId, id);
      if (tahapSiklus(s.fakta) !== "pelaksanaan")
        throw new GalatApi(409, "TAHAP_TIDAK_SESUAI", {
          pesan: {
            id: "Catatan pelaksanaan hanya dapat dikoreksi selama tahap pelaksanaan.",
            en: "Execution records can only be corrected during the implementation stage.",
          },
        });
      const r = await ctx.db
        .deleteFrom("pelaksanaan_kegiatan")
        .where("instansi_id", "=", instansiId)
        .where("siklus_id", "=", id)
        .where("id", "=", pelaksanaanId)
        .executeTakeFirst();
      if (Number(r.numDeletedRows) === 0) throw tidakDitemukan();
      ctx.audit({ objekJenis: "pelaksanaan_kegiatan", objekId: pelaksanaanId });
    },
  }),

  defineRoute({
    method: "GET",
    url: `${DASAR}/siklus/:id/daftar-periksa`,
    akses: PERAN_BACA,
    bolehEvaluatorNasional: true,
    tag: "program",
    ringkasan:
      "Daftar periksa kriteria pencapaian keempat subtahap (BAB III.B.2 a–d) dengan bukti dan kemajuan",
    params: z.strictObject({ id: z.uuid() }),
    response: Bebas,
    handler: async (ctx) => {
      const { instansiId, id } = ctx.params;
      await muatSiklus(ctx.db, instansiId, id);
      return { subtahap: await daftarPeriksa(ctx.db, instansiId, id) };
    },
  }),

  defineRoute({
    method: "POST",
    url: `${DASAR}/siklus/:id/daftar-periksa/bukti`,
    akses: [...PERAN_CATAT, "agen_perubahan"],
    tag: "program",
    ringkasan: "Melampirkan bukti (berkas siklus) pada butir daftar periksa",
    aksi: "program.daftar_periksa.bukti",
    params: z.strictObject({ id: z.uuid() }),
    body: z.strictObject({ kodeItem: z.string().max(20), jenis: z.enum(JENIS_BUKTI), berkasId: z.uuid() }),
    handler: async (ctx) => {
      const { instansiId, id } = ctx.params;
      const s = await muatSiklus(ctx.db, instansiId, id);
      pastikanTerbuka(s);
      if (!KODE_ITEM.has(ctx.body.kodeItem))
        throw galatInput(
          "ITEM_TIDAK_DIKENAL",
          "Butir daftar periksa tidak dikenal.",
          "Unknown checklist item.",
        );
      await pastikanBerkas(ctx.db, instansiId, id, [ctx.body.berkasId], "berkasId");
      await ctx.db
        .insertInto("bukti_daftar_periksa")
        .values({
          instansi_id: instansiId,
          siklus_id: id,
          kode_item: ctx.body.kodeItem,
          berkas_id: ctx.body.berkasId,
          jenis: ctx.body.jenis,
          dicatat_oleh: ctx.sesi?.pengguna.id ?? null,
        })
        .onConflict((oc) =>
          oc
            .columns(["instansi_id", "siklus_id", "kode_item", "berkas_id"])
            .doUpdateSet({ jenis: ctx.body.jenis }),
        )
        .execute();
      ctx.audit({ objekJenis: "siklus_program", rincian: { kodeItem: ctx.body.kodeItem } });
    },
  }),

  defineRoute({
    method: "PUT",
    url: `${DASAR}/siklus/:id/daftar-periksa/verifikasi`,
    akses: ["tim_supervisi"],
    tag: "program",
    ringkasan: "Tim Supervisi memverifikasi (atau membatalkan verifikasi) sebuah butir daftar periksa",
    aksi: "program.daftar_periksa.verifikasi",
    params: z.strictObject({ id: z.uuid() }),
    body: z.strictObject({ kodeItem: z.string().max(20), diverifikasi: z.boolean() }),
    handler: async (ctx) => {
      const { instansiId, id } = ctx.params;
      pastikanTerbuka(await muatSiklus(ctx.db, instansiId, id));
      const { kodeItem, diverifikasi } = ctx.body;
      if (!KODE_ITEM.has(kodeItem))
        throw galatInput(
          "ITEM_TIDAK_DIKENAL",
          "Butir daftar periksa tidak dikenal.",
          "Unknown checklist item.",
        );
      if (diverifikasi)
        await ctx.db
          .insertInto("verifikasi_daftar_periksa")
          .values({
            instansi_id: instansiId,
            siklus_id: id,
            kode_item: kodeItem,
            oleh: ctx.sesi?.pengguna.id ?? null,
          })
          .onConflict((oc) => oc.columns(["instansi_id", "siklus_id", "kode_item"]).doNothing())
          .execute();
      else
        await ctx.db
          .deleteFrom("verifikasi_daftar_periksa")
          .where("instansi_id", "=", instansiId)
          .where("siklus_id", "=", id)
          .where("kode_item", "=", kodeItem)
          .execute();
      ctx.audit({ objekJenis: "siklus_program", rincian: { kodeItem, diverifikasi } });
    },
  }),

  defineRoute({
    method: "GET",
    url: `${DASAR}/panduan`,
    akses: PERAN_BACA,
    bolehEvaluatorNasional: true,
    tag: "program",
    ringkasan:
      "Panduan subtahap: dari peta kampanye yang ditautkan ke siklus (atau, tanpa siklus, kampanye tertutup terakhir yang dirilis), subtahap tiap unit dan usulan kegiatan Tabel 5–8",
    query: z.strictObject({ siklusId: z.uuid().optional() }),
    response: z.object({ ada: z.boolean(), panduan: Bebas.nullable() }),
    handler: async (ctx) => {
      const s = ctx.query.siklusId
        ? await muatSiklus(ctx.db, ctx.params.instansiId, ctx.query.siklusId)
        : undefined;
      const p = await panduanTerbaru(ctx.db, ctx.params.instansiId, s);
      return { ada: p !== null, panduan: p };
    },
  }),

  defineRoute({
    method: "POST",
    url: `${DASAR}/siklus/:id/panduan/adopsi`,
    akses: PERAN_CATAT,
    tag: "program",
    ringkasan:
      "Mengadopsi usulan panduan subtahap ke kalender: satu kegiatan per baris Tabel 5–8 per subtahap, sasaran unit pada subtahap itu",
    aksi: "program.panduan.adopsi",
    params: z.strictObject({ id: z.uuid() }),
    body: z.strictObject({
      rencanaMulai: tanggal,
      rencanaSelesai: tanggal,
      subtahap: z.array(z.number().int().min(1).max(4)).max(4).optional(),
    }),
    response: z.object({ dibuat: z.number(), sudahAda: z.number() }),
    handler: async (ctx) => {
      const { instansiId, id } = ctx.params;
      const s = await muatSiklus(ctx.db, instansiId, id);
      const p = await panduanTerbaru(ctx.db, instansiId, s);
      if (!p)
        throw new GalatApi(409, "PETA_BELUM_ADA", {
          pesan: {
            id: "Belum ada hasil asesmen yang dirilis; panduan subtahap belum dapat dibuat.",
            en: "No assessment results have been released yet; the guide cannot be made.",
          },
        });
      const b = ctx.body;
      const dipilih = new Set(b.subtahap ?? LEVEL_KEMATANGAN);
      const ada = new Set(
        (
          await ctx.db
            .selectFrom("kegiatan_program")
            .select("templat")
            .where("instansi_id", "=", instansiId)
            .where("siklus_id", "=", id)
            .where("templat", "is not", null)
            .execute()
        ).map((r) => r.templat),
      );
      let dibuat = 0;
      let sudahAda = 0;
      for (const l of LEVEL_KEMATANGAN) {
        if (!dipilih.has(l)) continue;
        const unit = p.unit.flatMap((u) => (u.status === "ada" && u.subtahap === l ? [u.unitKerjaId] : []));
        if (unit.length === 0) continue;
        for (const row of KEGIATAN_SUBTAHAP.filter((x) => x.subtahap === l)) {
          if (ada.has(row.kode)) {
            sudahAda++;
            continue;
          }
          const rencana = {
            kegiatanUtama: row.kegiatanUtama,
            subtahap: l,
            templat: row.kode,
            sasaranUnit: unit,
            rencanaMulai: b.rencanaMulai,
            rencanaSelesai: b.rencanaSelesai,
          };
          await periksaRencana(ctx.db, s, rencana);
          await ctx.db
            .insertInto("kegiatan_program")
            .values({
              instansi_id: instansiId,
              siklus_id: id,
              kegiatan_utama: row.kegiatanUtama,
              subtahap: l,
              templat: row.kode,
              judul: (row.baris > 1 ? `${row.kegiatan.id} (${row.baris})` : row.kegiatan.id).slice(0, 300),
              uraian: [
                `Tujuan: ${row.tujuan.map((t) => t.id).join("; ")}`,
                `Cara: ${row.cara.map((t) => t.id).join("; ")}`,
                `Media: ${row.media.map((t) => t.id).join("; ")}`,
                `Sumber: ${row.sumber}`,
              ]
                .join("\n")
                .slice(0, 5000),
              sasaran_unit: JSON.stringify(unit),
              rencana_mulai: b.rencanaMulai,
              rencana_selesai: b.rencanaSelesai,
              dibuat_oleh: ctx.sesi?.pengguna.id ?? null,
            })
            .execute();
          dibuat++;
        }
      }
      ctx.audit({ objekJenis: "siklus_program", rincian: { dibuat, sudahAda } });
      return { dibuat, sudahAda };
    },
  }),
];
