/**
 * Implementation (Tabel 4; BAB III.B.2): planned activities on a calendar,
 * each tied to a sub-stage and its targets; executions recorded through the
 * domain's `catatRealisasi` (only during implementation, dated within it);
 * sub-stage achievement checklists with evidence (BAB III.B.2 a–d,
 * `capaianSubtahap`); the maturity-stage guide (`panduanSubtahap`, Tabel 5–8)
 * and its one-action adoption into the calendar.
 */
import { randomUUID } from "node:crypto";
import { catatRealisasi, KODE_KEGIATAN_UTAMA, tahapSiklus } from "@nurani/domain";
import { sql } from "kysely";
import { z } from "zod";
import { GalatApi, tidakDitemukan } from "../../http/errors.ts";
import { grupRute } from "../../http/fitur.ts";
import { defineRoute } from "../../http/route.ts";
import { skemaDaftar, skemaHalaman } from "../../umum/halaman.ts";
import {
  DASAR,
  PERAN_BACA,
  PERAN_CATAT,
  pastikanBerkas,
  pastikanPegawai,
  pegawaiPengguna,
  punyaPeran,
} from "./bersama.ts";
import { galatDomain, keRealisasi, muatSiklus, pastikanTerbuka } from "./fakta.ts";
import {
  bacaKegiatan,
  keKegiatan,
  paramKegiatan,
  periksaRencana,
  SkemaKegiatan,
  SkemaKegiatanIsi,
  SkemaPelaksanaan,
  satuKegiatan,
  sudahDilaksanakan,
  tanggal,
} from "./layanan-pelaksanaan.ts";

export const rutePelaksanaan = grupRute(DASAR, [
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
]);
