/**
 * The employee's side of gratification control (docs/gratifikasi.md): report
 * a gift received or refused, and see one's own reports with the working-day
 * countdown to the KPK deadline (UU 31/1999 jo. UU 20/2001 Pasal 12C ayat (2)).
 */
import { sql } from "kysely";
import { z } from "zod";
import { grupRute } from "../../http/fitur.ts";
import { defineRoute } from "../../http/route.ts";
import { ambilHalaman, skemaDaftar } from "../../umum/halaman.ts";
import { hariIniDi, KOLOM, keApi, muatLibur } from "./kueri.ts";
import { lapor, pegawaiSaya } from "./layanan.ts";
import { galatGratifikasi } from "./pesan.ts";
import { BodyLapor, KueriSaya, ParamId, SkemaGratifikasi } from "./skema.ts";

export const ruteSaya = grupRute("/api/instansi/:instansiId/gratifikasi-saya", [
  defineRoute({
    method: "POST",
    url: "/api/instansi/:instansiId/gratifikasi-saya",
    akses: "login",
    tag: "gratifikasi",
    ringkasan:
      "Pegawai melaporkan gratifikasi yang diterima atau ditolak (pemberi, hubungan, bentuk, taksiran nilai, tanggal, foto opsional)",
    aksi: "gratifikasi.lapor",
    body: BodyLapor,
    bodyLimit: 4 * 1024 * 1024,
    response: z.object({ id: z.string(), nomor: z.string() }),
    status: 201,
    handler: async (ctx) => {
      const { instansiId } = ctx.params;
      const pegawaiId = await pegawaiSaya(ctx.db, instansiId, ctx.sesi?.pengguna.id);
      const r = await lapor(ctx.db, instansiId, pegawaiId, ctx.body, await hariIniDi(ctx.db, instansiId));
      ctx.audit({ objekJenis: "gratifikasi", objekId: r.id, rincian: { nomor: r.nomor } });
      return r;
    },
  }),

  defineRoute({
    method: "GET",
    url: "/api/instansi/:instansiId/gratifikasi-saya",
    akses: "login",
    tag: "gratifikasi",
    ringkasan:
      "Laporan gratifikasi milik saya, dengan hitung mundur hari kerja ke batas lapor KPK (berhalaman)",
    query: KueriSaya,
    response: skemaDaftar(SkemaGratifikasi).extend({ hariIni: z.string() }),
    handler: async (ctx) => {
      const { instansiId } = ctx.params;
      const pegawaiId = await pegawaiSaya(ctx.db, instansiId, ctx.sesi?.pengguna.id);
      const h = await ambilHalaman(
        ctx.db,
        ctx.db
          .selectFrom("gratifikasi as g")
          .select([...KOLOM, sql<boolean>`g.foto is not null`.as("ada_foto")])
          .where("g.instansi_id", "=", instansiId)
          .where("g.pegawai_id", "=", pegawaiId)
          .orderBy("g.tanggal_terima", "desc")
          .orderBy("g.nomor", "desc"),
        ctx.query,
      );
      const [hariIni, libur] = [await hariIniDi(ctx.db, instansiId), await muatLibur(ctx.db)];
      return { ...h, hariIni, items: h.items.map((r) => keApi(r, hariIni, libur)) };
    },
  }),

  defineRoute({
    method: "GET",
    url: "/api/instansi/:instansiId/gratifikasi-saya/:id/foto",
    akses: "login",
    tag: "gratifikasi",
    ringkasan: "Foto gratifikasi pada laporan saya",
    params: ParamId,
    handler: async (ctx) => {
      const { instansiId, id } = ctx.params;
      const pegawaiId = await pegawaiSaya(ctx.db, instansiId, ctx.sesi?.pengguna.id);
      const r = await ctx.db
        .selectFrom("gratifikasi")
        .select(["foto", "foto_jenis"])
        .where("instansi_id", "=", instansiId)
        .where("pegawai_id", "=", pegawaiId)
        .where("id", "=", id)
        .executeTakeFirst();
      if (!r) throw galatGratifikasi(404, "TIDAK_DITEMUKAN");
      if (!r.foto || !r.foto_jenis) throw galatGratifikasi(404, "TIDAK_ADA_FOTO");
      return ctx.reply.type(r.foto_jenis).header("cache-control", "no-store").send(Buffer.from(r.foto));
    },
  }),
]);
