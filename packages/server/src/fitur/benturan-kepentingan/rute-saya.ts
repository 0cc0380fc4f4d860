/**
 * The employee's and the superior's side of conflict-of-interest declarations
 * (docs/kode-etik.md): declare (on one's own or answering a panel request),
 * see one's declarations and their decisions; the direct superior decides
 * those assigned to them within the deadline. Every read is audited.
 */
import { grupRute } from "../../http/fitur.ts";
import { defineRoute } from "../../http/route.ts";
import { ambilHalaman, skemaDaftar } from "../../umum/halaman.ts";
import { galatEtik, hariIni, PERAN_PEGAWAI, pegawaiSaya } from "../kode-etik/index.ts";
import { atasanDari, hitungTenggat, keluaran, kueriDeklarasi } from "./layanan.ts";
import {
  BodyDeklarasi,
  BodyKeputusan,
  JawabanSaya,
  KueriKeputusan,
  ParamDeklarasi,
  SkemaDeklarasi,
} from "./skema.ts";

const B = "/api/instansi/:instansiId/benturan-kepentingan";

export const ruteSaya = grupRute(`${B}/saya`, [
  defineRoute({
    method: "GET",
    url: `${B}/saya`,
    akses: PERAN_PEGAWAI,
    tag: "benturan-kepentingan",
    ringkasan:
      "Deklarasi benturan kepentingan saya dengan keputusannya, dan permintaan deklarasi yang belum saya jawab",
    aksi: "bk_deklarasi.baca_sendiri",
    response: JawabanSaya,
    handler: async (ctx) => {
      const { instansiId } = ctx.params;
      const saya = await pegawaiSaya(ctx.db, instansiId, ctx.sesi?.pengguna.id);
      const kini = await hariIni(ctx.db, instansiId);
      const d = await kueriDeklarasi(ctx.db, instansiId)
        .where("d.pegawai_id", "=", saya)
        .orderBy("d.tanggal", "desc")
        .limit(100)
        .execute();
      const permintaan = await ctx.db
        .selectFrom("bk_permintaan_pegawai as x")
        .innerJoin("bk_permintaan as r", (j) =>
          j.onRef("r.instansi_id", "=", "x.instansi_id").onRef("r.id", "=", "x.permintaan_id"),
        )
        .select(["r.id", "r.judul", "r.jenis", "r.keterangan", "r.tanggal"])
        .where("x.instansi_id", "=", instansiId)
        .where("x.pegawai_id", "=", saya)
        .where((eb) =>
          eb.not(
            eb.exists(
              eb
                .selectFrom("bk_deklarasi as d")
                .select("d.id")
                .whereRef("d.instansi_id", "=", "x.instansi_id")
                .whereRef("d.permintaan_id", "=", "x.permintaan_id")
                .whereRef("d.pegawai_id", "=", "x.pegawai_id"),
            ),
          ),
        )
        .orderBy("r.tanggal", "desc")
        .execute();
      const menunggu = await ctx.db
        .selectFrom("bk_deklarasi")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .where("instansi_id", "=", instansiId)
        .where("atasan_pegawai_id", "=", saya)
        .where("status", "=", "menunggu")
        .executeTakeFirstOrThrow();
      ctx.audit({ objekJenis: "pegawai", objekId: saya });
      return {
        deklarasi: d.map((x) => keluaran(x, kini)),
        permintaan,
        jumlahMenungguKeputusan: Number(menunggu.n),
      };
    },
  }),

  defineRoute({
    method: "POST",
    url: `${B}/saya`,
    akses: PERAN_PEGAWAI,
    tag: "benturan-kepentingan",
    ringkasan: "Mendeklarasikan potensi benturan kepentingan (atau 'tidak ada' untuk menjawab permintaan)",
    aksi: "bk_deklarasi.buat",
    body: BodyDeklarasi,
    response: SkemaDeklarasi,
    status: 201,
    handler: async (ctx) => {
      const { instansiId } = ctx.params;
      const b = ctx.body;
      const saya = await pegawaiSaya(ctx.db, instansiId, ctx.sesi?.pengguna.id);
      if (b.jenis === "nihil" && !b.permintaanId) throw galatEtik(400, "NIHIL_TANPA_PERMINTAAN");
      if (b.permintaanId) {
        const ada = await ctx.db
          .selectFrom("bk_permintaan_pegawai")
          .select("pegawai_id")
          .where("instansi_id", "=", instansiId)
          .where("permintaan_id", "=", b.permintaanId)
          .where("pegawai_id", "=", saya)
          .executeTakeFirst();
        if (!ada) throw galatEtik(404, "PERMINTAAN_TIDAK_ADA");
      }
      const p = await ctx.db
        .selectFrom("pegawai")
        .select("unit_id")
        .where("instansi_id", "=", instansiId)
        .where("id", "=", saya)
        .executeTakeFirstOrThrow();
      const tanggal = await hariIni(ctx.db, instansiId);
      const nihil = b.jenis === "nihil";
      const { id } = await ctx.db
        .insertInto("bk_deklarasi")
        .values({
          instansi_id: instansiId,
          pegawai_id: saya,
          unit_id: p.unit_id,
          permintaan_id: b.permintaanId ?? null,
          jenis: b.jenis,
          uraian: b.uraian,
          pihak_terkait: b.pihakTerkait?.trim() || null,
          tanggal,
          tenggat: nihil ? null : await hitungTenggat(ctx.db, instansiId, tanggal),
          atasan_pegawai_id: nihil ? null : await atasanDari(ctx.db, instansiId, saya),
          status: nihil ? "nihil" : "menunggu",
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      ctx.audit({ objekJenis: "bk_deklarasi", objekId: id });
      return keluaran(
        await kueriDeklarasi(ctx.db, instansiId).where("d.id", "=", id).executeTakeFirstOrThrow(),
        tanggal,
      );
    },
  }),
]);

export const ruteAtasan = grupRute(`${B}/keputusan`, [
  defineRoute({
    method: "GET",
    url: `${B}/keputusan`,
    akses: PERAN_PEGAWAI,
    tag: "benturan-kepentingan",
    ringkasan: "Deklarasi bawahan langsung yang harus saya putuskan (berhalaman; diaudit)",
    aksi: "bk_deklarasi.daftar_atasan",
    query: KueriKeputusan,
    response: skemaDaftar(SkemaDeklarasi),
    handler: async (ctx) => {
      const { instansiId } = ctx.params;
      const saya = await pegawaiSaya(ctx.db, instansiId, ctx.sesi?.pengguna.id);
      const kini = await hariIni(ctx.db, instansiId);
      let q = kueriDeklarasi(ctx.db, instansiId).where("d.atasan_pegawai_id", "=", saya);
      if (ctx.query.status) q = q.where("d.status", "=", ctx.query.status);
      const h = await ambilHalaman(
        ctx.db,
        q.orderBy("d.status", "desc").orderBy("d.tenggat").orderBy("d.id"),
        ctx.query,
      );
      ctx.audit({ rincian: { jumlah: h.items.length, deklarasi: h.items.map((x) => x.id) } });
      return { ...h, items: h.items.map((x) => keluaran(x, kini)) };
    },
  }),

  defineRoute({
    method: "POST",
    url: `${B}/keputusan/:id`,
    akses: PERAN_PEGAWAI,
    tag: "benturan-kepentingan",
    ringkasan:
      "Atasan langsung memutuskan: tanpa tindakan, pengunduran diri dari tugas, atau penugasan ulang (diaudit)",
    aksi: "bk_deklarasi.putuskan",
    params: ParamDeklarasi,
    body: BodyKeputusan,
    response: SkemaDeklarasi,
    handler: async (ctx) => {
      const { instansiId, id } = ctx.params;
      const d = await kueriDeklarasi(ctx.db, instansiId).where("d.id", "=", id).executeTakeFirst();
      if (!d) throw galatEtik(404, "DEKLARASI_TIDAK_ADA");
      // no superior in the unit tree: the PPK decides
      const olehPpk = d.atasan_pegawai_id === null && ctx.peran.includes("ppk");
      if (!olehPpk) {
        const saya = await pegawaiSaya(ctx.db, instansiId, ctx.sesi?.pengguna.id);
        if (d.atasan_pegawai_id !== saya) throw galatEtik(403, "BUKAN_ATASAN");
      }
      if (d.status !== "menunggu") throw galatEtik(409, "SUDAH_DIPUTUSKAN");
      const tanggal = await hariIni(ctx.db, instansiId);
      await ctx.db
        .updateTable("bk_deklarasi")
        .set({
          status: "diputuskan",
          keputusan: ctx.body.keputusan,
          catatan_keputusan: ctx.body.catatan?.trim() || null,
          diputuskan_oleh: ctx.sesi?.pengguna.id ?? null,
          tanggal_keputusan: tanggal,
        })
        .where("instansi_id", "=", instansiId)
        .where("id", "=", id)
        .execute();
      ctx.audit({
        objekJenis: "bk_deklarasi",
        objekId: id,
        rincian: {
          keputusan: ctx.body.keputusan,
          pegawai: d.pegawai_id,
          tepatWaktu: !d.tenggat || tanggal <= d.tenggat,
        },
      });
      return keluaran(
        await kueriDeklarasi(ctx.db, instansiId).where("d.id", "=", id).executeTakeFirstOrThrow(),
        tanggal,
      );
    },
  }),
]);
