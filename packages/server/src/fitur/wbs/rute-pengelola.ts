/**
 * The handlers' side of the whistleblowing system (docs/wbs.md "Who does what"
 * "purpose limitation"): only users holding `pengelola_wbs` in the agency read
 * reports, and not those routed away from them (`wbs_pengecualian`); every
 * read is audited. The statistics (no text, no person) are also for the
 * leaders and the supervision team (the synergy indicators, item 8).
 */
import { sql } from "kysely";
import { z } from "zod";
import { grupRute } from "../../http/fitur.ts";
import { defineRoute } from "../../http/route.ts";
import { ambilHalaman, skemaDaftar } from "../../umum/halaman.ts";
import {
  bukaLaporan,
  daftarPengelola,
  kunciLaporan,
  laporanPengelola,
  laporanTerbaca,
  tambahPesan,
  ubahStatus,
} from "./layanan.ts";
import { galatWbs } from "./pesan.ts";
import { buka, bukaTeks, muatCincin } from "./sandi.ts";
import {
  BodyPengecualian,
  BodyPesan,
  BodyStatus,
  JawabanDetail,
  JawabanStatistik,
  KueriDaftar,
  ParamLampiran,
  ParamLaporan,
  SkemaRingkas,
} from "./skema.ts";

export const PENGELOLA = ["pengelola_wbs"] as const;

const penggunaDari = (sesi: { pengguna: { id: string } } | null) => sesi?.pengguna.id as string;

export const rutePengelola = grupRute("/api/instansi/:instansiId/wbs", [
  defineRoute({
    method: "GET",
    url: "/api/instansi/:instansiId/wbs",
    akses: PENGELOLA,
    tag: "wbs",
    ringkasan: "Kotak masuk WBS: laporan yang boleh dibaca pengelola ini (saring status; berhalaman)",
    aksi: "wbs.daftar",
    query: KueriDaftar,
    response: skemaDaftar(SkemaRingkas),
    handler: async (ctx) => {
      const { instansiId } = ctx.params;
      const { page, pageSize, status } = ctx.query;
      let q = laporanTerbaca(ctx.db, instansiId, penggunaDari(ctx.sesi));
      if (status) q = q.where("l.status", "=", status);
      const h = await ambilHalaman(
        ctx.db,
        q
          .select([
            "l.id",
            "l.nomor_tiket",
            "l.kunci_id",
            "l.kunci_data",
            "l.judul_sandi",
            "l.status",
            "l.hasil",
            "l.tanggal",
            "l.tanggal_ditutup",
            (eb) =>
              eb
                .selectFrom("wbs_pesan as m")
                .select(sql<number>`count(*)::int`.as("n"))
                .whereRef("m.instansi_id", "=", "l.instansi_id")
                .whereRef("m.laporan_id", "=", "l.id")
                .as("jumlah_pesan"),
          ])
          .orderBy("l.tanggal", "desc")
          .orderBy("l.nomor_tiket"),
        { page, pageSize },
      );
      const cincin = muatCincin(ctx.config.dataDir);
      ctx.audit({ rincian: { jumlah: h.items.length } });
      return {
        ...h,
        items: h.items.map((l) => ({
          id: l.id,
          nomorTiket: l.nomor_tiket,
          judul: bukaTeks(kunciLaporan(cincin, l), l.judul_sandi, `judul:${l.id}`),
          status: l.status,
          hasil: l.hasil,
          tanggal: l.tanggal,
          tanggalDitutup: l.tanggal_ditutup,
          jumlahPesan: Number(l.jumlah_pesan ?? 0),
        })),
      };
    },
  }),

  defineRoute({
    method: "GET",
    url: "/api/instansi/:instansiId/wbs/statistik",
    akses: ["pengelola_wbs", "pimpinan", "ppk", "tim_supervisi", "admin_instansi", "apip"],
    tag: "wbs",
    ringkasan:
      "Statistik WBS (tanpa isi): jumlah, % ditutup, median hari sampai ditutup, per status dan per bulan",
    response: JawabanStatistik,
    handler: async (ctx) => statistikWbs(ctx.db, ctx.params.instansiId),
  }),

  defineRoute({
    method: "GET",
    url: "/api/instansi/:instansiId/wbs/:id",
    akses: PENGELOLA,
    tag: "wbs",
    ringkasan: "Membaca satu laporan WBS: isi, lampiran, dialog dengan pelapor (diaudit)",
    aksi: "wbs.baca",
    params: ParamLaporan,
    response: JawabanDetail,
    handler: async (ctx) => {
      const { instansiId, id } = ctx.params;
      const l = await laporanPengelola(ctx.db, instansiId, penggunaDari(ctx.sesi), id);
      const d = await bukaLaporan(ctx.db, muatCincin(ctx.config.dataDir), instansiId, l);
      const dikecualikan = await ctx.db
        .selectFrom("wbs_pengecualian as x")
        .innerJoin("pengguna as u", "u.id", "x.pengguna_id")
        .select(["u.id", "u.nama"])
        .where("x.instansi_id", "=", instansiId)
        .where("x.laporan_id", "=", id)
        .orderBy("u.nama")
        .execute();
      ctx.audit({ objekJenis: "wbs_laporan", objekId: id });
      return { ...d, jumlahPesan: d.pesan.length, dikecualikan };
    },
  }),

  defineRoute({
    method: "GET",
    url: "/api/instansi/:instansiId/wbs/:id/lampiran/:lampiranId",
    akses: PENGELOLA,
    tag: "wbs",
    ringkasan: "Mengunduh lampiran laporan WBS (didekripsi; diaudit)",
    aksi: "wbs.unduh_lampiran",
    params: ParamLampiran,
    handler: async (ctx) => {
      const { instansiId, id, lampiranId } = ctx.params;
      const l = await laporanPengelola(ctx.db, instansiId, penggunaDari(ctx.sesi), id);
      const x = await ctx.db
        .selectFrom("wbs_lampiran")
        .select(["id", "nama_sandi", "jenis", "isi_sandi"])
        .where("instansi_id", "=", instansiId)
        .where("laporan_id", "=", id)
        .where("id", "=", lampiranId)
        .executeTakeFirst();
      if (!x) throw galatWbs(404, "TIKET_TIDAK_DITEMUKAN");
      const k = kunciLaporan(muatCincin(ctx.config.dataDir), l);
      const nama = bukaTeks(k, x.nama_sandi, `lampiran-nama:${x.id}`);
      ctx.audit({ objekJenis: "wbs_lampiran", objekId: x.id, rincian: { laporan: id } });
      return ctx.reply
        .type(x.jenis)
        .header("content-disposition", `attachment; filename*=UTF-8''${encodeURIComponent(nama)}`)
        .header("cache-control", "no-store")
        .send(buka(k, x.isi_sandi, `lampiran:${x.id}`));
    },
  }),

  defineRoute({
    method: "POST",
    url: "/api/instansi/:instansiId/wbs/:id/pesan",
    akses: PENGELOLA,
    tag: "wbs",
    ringkasan: "Pengelola bertanya atau menjawab pelapor (dialog anonim, terenkripsi)",
    aksi: "wbs.pesan_pengelola",
    params: ParamLaporan,
    body: BodyPesan,
    response: z.object({ diterima: z.literal(true) }),
    status: 201,
    handler: async (ctx) => {
      const { instansiId, id } = ctx.params;
      const l = await laporanPengelola(ctx.db, instansiId, penggunaDari(ctx.sesi), id);
      if (l.status === "ditutup") throw galatWbs(409, "SUDAH_DITUTUP");
      await tambahPesan(
        ctx.db,
        muatCincin(ctx.config.dataDir),
        l,
        "pengelola",
        penggunaDari(ctx.sesi),
        ctx.body.isi,
      );
      ctx.audit({ objekJenis: "wbs_laporan", objekId: id });
      return { diterima: true as const };
    },
  }),

  defineRoute({
    method: "PATCH",
    url: "/api/instansi/:instansiId/wbs/:id/status",
    akses: PENGELOLA,
    tag: "wbs",
    ringkasan:
      "Mengubah status laporan WBS (diterima, diverifikasi, investigasi, ditutup dengan hasil); catatan tampil bagi pelapor",
    aksi: "wbs.status",
    params: ParamLaporan,
    body: BodyStatus,
    handler: async (ctx) => {
      const { instansiId, id } = ctx.params;
      const l = await laporanPengelola(ctx.db, instansiId, penggunaDari(ctx.sesi), id);
      await ubahStatus(ctx.db, l, ctx.body.status, ctx.body.hasil);
      if (ctx.body.catatan)
        await tambahPesan(
          ctx.db,
          muatCincin(ctx.config.dataDir),
          l,
          "pengelola",
          penggunaDari(ctx.sesi),
          ctx.body.catatan,
        );
      ctx.audit({
        objekJenis: "wbs_laporan",
        objekId: id,
        rincian: { dari: l.status, ke: ctx.body.status, hasil: ctx.body.hasil ?? null },
      });
    },
  }),

  defineRoute({
    method: "POST",
    url: "/api/instansi/:instansiId/wbs/:id/pengecualian",
    akses: PENGELOLA,
    tag: "wbs",
    ringkasan:
      "Mengecualikan seorang pengelola dari laporan yang menyangkut dirinya (ia tidak lagi dapat membacanya)",
    aksi: "wbs.kecualikan",
    params: ParamLaporan,
    body: BodyPengecualian,
    status: 204,
    handler: async (ctx) => {
      const { instansiId, id } = ctx.params;
      await laporanPengelola(ctx.db, instansiId, penggunaDari(ctx.sesi), id);
      const pengelola = (await daftarPengelola(ctx.db, instansiId)).map((p) => p.id);
      if (!pengelola.includes(ctx.body.penggunaId)) throw galatWbs(400, "PENGELOLA_TIDAK_DIKENAL");
      const sudah = await ctx.db
        .selectFrom("wbs_pengecualian")
        .select("pengguna_id")
        .where("instansi_id", "=", instansiId)
        .where("laporan_id", "=", id)
        .execute();
      const setelah = new Set([...sudah.map((s) => s.pengguna_id), ctx.body.penggunaId]);
      if (pengelola.every((p) => setelah.has(p))) throw galatWbs(400, "SEMUA_PENGELOLA_DIKECUALIKAN");
      await ctx.db
        .insertInto("wbs_pengecualian")
        .values({ instansi_id: instansiId, laporan_id: id, pengguna_id: ctx.body.penggunaId })
        .onConflict((oc) => oc.doNothing())
        .execute();
      ctx.audit({ objekJenis: "wbs_laporan", objekId: id, rincian: { dikecualikan: ctx.body.penggunaId } });
    },
  }),
]);

/** Counts without any text (the synergy panel): per status, % closed, median days from filing to closing, per month. */
export async function statistikWbs(db: Parameters<typeof laporanTerbaca>[0], instansiId: string) {
  const r = await db
    .selectFrom("wbs_laporan")
    .where("instansi_id", "=", instansiId)
    .select([
      sql<number>`count(*)::int`.as("jumlah"),
      sql<number>`(count(*) filter (where status = 'ditutup'))::int`.as("ditutup"),
      sql<number | null>`percentile_cont(0.5) within group (order by (tanggal_ditutup - tanggal))
        filter (where status = 'ditutup')`.as("median"),
    ])
    .executeTakeFirstOrThrow();
  const perStatus = await db
    .selectFrom("wbs_laporan")
    .where("instansi_id", "=", instansiId)
    .select(["status", sql<number>`count(*)::int`.as("n")])
    .groupBy("status")
    .execute();
  const perBulan = await db
    .selectFrom("wbs_laporan")
    .where("instansi_id", "=", instansiId)
    .select([sql<string>`to_char(tanggal, 'YYYY-MM')`.as("bulan"), sql<number>`count(*)::int`.as("jumlah")])
    .groupBy(sql`1`)
    .orderBy(sql`1`)
    .execute();
  return {
    jumlah: r.jumlah,
    ditutup: r.ditutup,
    persenDitutup: r.jumlah === 0 ? null : Math.round((1000 * r.ditutup) / r.jumlah) / 10,
    medianHariSelesai: r.median === null ? null : Number(r.median),
    perStatus: Object.fromEntries(perStatus.map((s) => [s.status, s.n])),
    perBulan,
  };
}
