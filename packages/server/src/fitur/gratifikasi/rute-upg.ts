/**
 * The gratification control unit's side (docs/gratifikasi.md): only users
 * holding `pengelola_upg` read the register; every read of a report names
 * the person and is audited. The statistics (counts, no person) are also for
 * leaders, the supervision team, the agency admin and APIP (the synergy panel).
 */
import { sql } from "kysely";
import { z } from "zod";
import { grupRute } from "../../http/fitur.ts";
import { defineRoute } from "../../http/route.ts";
import { ambilHalaman, skemaDaftar } from "../../umum/halaman.ts";
import { eksporGratifikasi } from "./ekspor.ts";
import { batasTerimaPeringatan, hariIniDi, KOLOM, keApi, muatLibur } from "./kueri.ts";
import { tetapkan, triase } from "./layanan.ts";
import { galatGratifikasi } from "./pesan.ts";
import {
  BodyPenetapan,
  BodyTriase,
  JawabanStatistik,
  KueriDaftar,
  KueriEkspor,
  ParamId,
  SkemaGratifikasiUpg,
} from "./skema.ts";
import { statistikGratifikasi } from "./statistik.ts";

export const UPG = ["pengelola_upg"] as const;
export const PEMBACA_STATISTIK = [
  "pengelola_upg",
  "pimpinan",
  "ppk",
  "tim_supervisi",
  "admin_instansi",
  "apip",
] as const;

export const ruteUpg = grupRute("/api/instansi/:instansiId/gratifikasi", [
  defineRoute({
    method: "GET",
    url: "/api/instansi/:instansiId/gratifikasi",
    akses: UPG,
    tag: "gratifikasi",
    ringkasan:
      "Register gratifikasi instansi untuk UPG (saring status; `hampirJatuhTempo=true` untuk yang sisa ≤ 5 hari kerja atau lewat; berhalaman; diaudit)",
    aksi: "gratifikasi.daftar",
    query: KueriDaftar,
    response: skemaDaftar(SkemaGratifikasiUpg).extend({ hariIni: z.string() }),
    handler: async (ctx) => {
      const { instansiId } = ctx.params;
      const { page, pageSize, status, hampirJatuhTempo } = ctx.query;
      const [hariIni, libur] = [await hariIniDi(ctx.db, instansiId), await muatLibur(ctx.db)];
      let q = ctx.db
        .selectFrom("gratifikasi as g")
        .innerJoin("pegawai as p", (j) =>
          j.onRef("p.instansi_id", "=", "g.instansi_id").onRef("p.id", "=", "g.pegawai_id"),
        )
        .leftJoin("unit_kerja as u", (j) =>
          j.onRef("u.instansi_id", "=", "p.instansi_id").onRef("u.id", "=", "p.unit_id"),
        )
        .where("g.instansi_id", "=", instansiId);
      if (status) q = q.where("g.status", "=", status);
      if (hampirJatuhTempo)
        q = q
          .where("g.status", "=", "dilaporkan")
          .where("g.jenis", "=", "diterima")
          .where("g.tanggal_terima", "<=", batasTerimaPeringatan(hariIni, libur));
      const h = await ambilHalaman(
        ctx.db,
        q
          .select([
            ...KOLOM,
            sql<boolean>`g.foto is not null`.as("ada_foto"),
            "p.id as pegawai_id",
            "p.nip",
            "p.nama",
            "u.nama as unit",
          ])
          .orderBy(sql`(g.status = 'dilaporkan')`, "desc")
          .orderBy("g.tanggal_terima")
          .orderBy("g.nomor"),
        { page, pageSize },
      );
      ctx.audit({ rincian: { jumlah: h.items.length, pegawai: h.items.map((r) => r.pegawai_id) } });
      return {
        ...h,
        hariIni,
        items: h.items.map((r) => ({
          ...keApi(r, hariIni, libur),
          pegawai: { id: r.pegawai_id, nip: r.nip, nama: r.nama, unit: r.unit },
        })),
      };
    },
  }),

  defineRoute({
    method: "GET",
    url: "/api/instansi/:instansiId/gratifikasi/statistik",
    akses: PEMBACA_STATISTIK,
    tag: "gratifikasi",
    ringkasan:
      "Statistik gratifikasi (tanpa nama): jumlah, % dilaporkan tepat waktu (30 hari kerja), hampir jatuh tempo, per status dan per bulan",
    response: JawabanStatistik,
    handler: async (ctx) => statistikGratifikasi(ctx.db, ctx.params.instansiId),
  }),

  defineRoute({
    method: "GET",
    url: "/api/instansi/:instansiId/gratifikasi/ekspor",
    akses: UPG,
    tag: "gratifikasi",
    ringkasan:
      "Ekspor laporan gratifikasi instansi untuk disampaikan ke KPK (CSV atau XLSX; kolom di docs/gratifikasi.md)",
    aksi: "gratifikasi.ekspor",
    query: KueriEkspor,
    handler: async (ctx) => {
      const { format, tahun } = ctx.query;
      const berkas = await eksporGratifikasi(ctx.db, ctx.params.instansiId, format, tahun);
      ctx.audit({ rincian: { format, tahun: tahun ?? null, baris: berkas.baris } });
      const nama = `gratifikasi-${ctx.instansi?.kode ?? "instansi"}-${tahun ?? "semua"}.${format}`;
      ctx.reply.header("content-disposition", `attachment; filename="${nama}"`);
      return ctx.reply.type(berkas.jenis).send(berkas.isi);
    },
  }),

  defineRoute({
    method: "GET",
    url: "/api/instansi/:instansiId/gratifikasi/:id/foto",
    akses: UPG,
    tag: "gratifikasi",
    ringkasan: "Foto gratifikasi pada sebuah laporan (diaudit)",
    aksi: "gratifikasi.foto",
    params: ParamId,
    handler: async (ctx) => {
      const { instansiId, id } = ctx.params;
      const r = await ctx.db
        .selectFrom("gratifikasi")
        .select(["foto", "foto_jenis", "pegawai_id"])
        .where("instansi_id", "=", instansiId)
        .where("id", "=", id)
        .executeTakeFirst();
      if (!r) throw galatGratifikasi(404, "TIDAK_DITEMUKAN");
      if (!r.foto || !r.foto_jenis) throw galatGratifikasi(404, "TIDAK_ADA_FOTO");
      ctx.audit({ objekJenis: "gratifikasi", objekId: id, rincian: { pegawai: r.pegawai_id } });
      return ctx.reply.type(r.foto_jenis).header("cache-control", "no-store").send(Buffer.from(r.foto));
    },
  }),

  defineRoute({
    method: "PATCH",
    url: "/api/instansi/:instansiId/gratifikasi/:id/triase",
    akses: UPG,
    tag: "gratifikasi",
    ringkasan: "UPG menelaah laporan: diteruskan ke KPK, atau ditangani UPG atas pelimpahan kewenangan",
    aksi: "gratifikasi.triase",
    params: ParamId,
    body: BodyTriase,
    handler: async (ctx) => {
      const { instansiId, id } = ctx.params;
      const dari = await triase(ctx.db, instansiId, id, ctx.body, await hariIniDi(ctx.db, instansiId));
      ctx.audit({ objekJenis: "gratifikasi", objekId: id, rincian: { dari, ke: ctx.body.keputusan } });
    },
  }),

  defineRoute({
    method: "PATCH",
    url: "/api/instansi/:instansiId/gratifikasi/:id/penetapan",
    akses: UPG,
    tag: "gratifikasi",
    ringkasan:
      "Mencatat penetapan status gratifikasi (milik negara / milik penerima) dengan nomor dan tanggal SK",
    aksi: "gratifikasi.penetapan",
    params: ParamId,
    body: BodyPenetapan,
    handler: async (ctx) => {
      const { instansiId, id } = ctx.params;
      const dari = await tetapkan(ctx.db, instansiId, id, ctx.body);
      ctx.audit({ objekJenis: "gratifikasi", objekId: id, rincian: { dari, penetapan: ctx.body.penetapan } });
    },
  }),
]);
