/**
 * The register of conflict-of-interest declarations per unit (docs/kode-etik.md
 * "Purpose limitation"): read only by its handlers — the agency admin, the PPK
 * and APIP — plus, for one declaration, its declarant and the superior who
 * decides it. Every read is audited. Requests to declare go to the members
 * of a procurement or selection panel and land on their to-do.
 */
import { sql } from "kysely";
import { z } from "zod";
import { grupRute } from "../../http/fitur.ts";
import { defineRoute } from "../../http/route.ts";
import { ambilHalaman, skemaDaftar } from "../../umum/halaman.ts";
import { galatEtik, hariIni, PERAN_PEGAWAI } from "../kode-etik/index.ts";
import { keluaran, kueriDeklarasi, TENGGAT_BAKU, tenggatHariKerja } from "./layanan.ts";
import {
  BodyPengaturan,
  BodyPermintaan,
  KueriRegister,
  ParamDeklarasi,
  SkemaDeklarasi,
  SkemaPengaturan,
  SkemaPermintaan,
} from "./skema.ts";

/** The register's handlers (purpose limitation, issue item 9). */
export const PERAN_REGISTER_BK = ["admin_instansi", "ppk", "apip"] as const;
/** Who asks panel members to declare. */
export const PERAN_MINTA_BK = ["admin_instansi", "ppk"] as const;

const B = "/api/instansi/:instansiId/benturan-kepentingan";

export const ruteRegister = grupRute(B, [
  defineRoute({
    method: "GET",
    url: B,
    akses: PERAN_REGISTER_BK,
    tag: "benturan-kepentingan",
    ringkasan:
      "Register deklarasi benturan kepentingan per unit (pengelola register saja; berhalaman; diaudit)",
    aksi: "bk_deklarasi.daftar",
    query: KueriRegister,
    response: skemaDaftar(SkemaDeklarasi),
    handler: async (ctx) => {
      const { instansiId } = ctx.params;
      const kini = await hariIni(ctx.db, instansiId);
      let q = kueriDeklarasi(ctx.db, instansiId);
      if (ctx.query.unitId) q = q.where("d.unit_id", "=", ctx.query.unitId);
      if (ctx.query.status) q = q.where("d.status", "=", ctx.query.status);
      const h = await ambilHalaman(ctx.db, q.orderBy("d.tanggal", "desc").orderBy("d.id"), ctx.query);
      ctx.audit({ rincian: { jumlah: h.items.length, deklarasi: h.items.map((x) => x.id) } });
      return { ...h, items: h.items.map((x) => keluaran(x, kini)) };
    },
  }),

  defineRoute({
    method: "GET",
    url: `${B}/permintaan`,
    akses: PERAN_REGISTER_BK,
    tag: "benturan-kepentingan",
    ringkasan: "Permintaan deklarasi kepada panitia pengadaan/seleksi, dengan jumlah yang sudah menjawab",
    response: z.object({ items: z.array(SkemaPermintaan) }),
    handler: async (ctx) => {
      const r = await ctx.db
        .selectFrom("bk_permintaan as r")
        .select((eb) => [
          "r.id",
          "r.judul",
          "r.jenis",
          "r.keterangan",
          "r.tanggal",
          eb
            .selectFrom("bk_permintaan_pegawai as x")
            .select(eb.fn.countAll<number>().as("n"))
            .whereRef("x.instansi_id", "=", "r.instansi_id")
            .whereRef("x.permintaan_id", "=", "r.id")
            .as("jumlah_pegawai"),
          eb
            .selectFrom("bk_deklarasi as d")
            .select(sql<number>`count(distinct d.pegawai_id)::int`.as("n"))
            .whereRef("d.instansi_id", "=", "r.instansi_id")
            .whereRef("d.permintaan_id", "=", "r.id")
            .as("jumlah_menjawab"),
        ])
        .where("r.instansi_id", "=", ctx.params.instansiId)
        .orderBy("r.tanggal", "desc")
        .limit(200)
        .execute();
      return {
        items: r.map((x) => ({
          id: x.id,
          judul: x.judul,
          jenis: x.jenis,
          keterangan: x.keterangan,
          tanggal: x.tanggal,
          jumlahPegawai: Number(x.jumlah_pegawai ?? 0),
          jumlahMenjawab: Number(x.jumlah_menjawab ?? 0),
        })),
      };
    },
  }),

  defineRoute({
    method: "POST",
    url: `${B}/permintaan`,
    akses: PERAN_MINTA_BK,
    tag: "benturan-kepentingan",
    ringkasan: "Meminta anggota panitia pengadaan atau seleksi mendeklarasikan benturan kepentingan",
    aksi: "bk_permintaan.buat",
    body: BodyPermintaan,
    response: SkemaPermintaan,
    status: 201,
    handler: async (ctx) => {
      const { instansiId } = ctx.params;
      const ids = [...new Set(ctx.body.pegawaiIds)];
      const ada = await ctx.db
        .selectFrom("pegawai")
        .select("id")
        .where("instansi_id", "=", instansiId)
        .where("aktif", "=", true)
        .where("id", "in", ids)
        .execute();
      if (ada.length !== ids.length) throw galatEtik(400, "PEGAWAI_TIDAK_DIKENAL");
      const r = await ctx.db
        .insertInto("bk_permintaan")
        .values({
          instansi_id: instansiId,
          judul: ctx.body.judul,
          jenis: ctx.body.jenis,
          keterangan: ctx.body.keterangan?.trim() || null,
          tanggal: await hariIni(ctx.db, instansiId),
          dibuat_oleh: ctx.sesi?.pengguna.id ?? null,
        })
        .returning(["id", "judul", "jenis", "keterangan", "tanggal"])
        .executeTakeFirstOrThrow();
      await ctx.db
        .insertInto("bk_permintaan_pegawai")
        .values(ids.map((p) => ({ instansi_id: instansiId, permintaan_id: r.id, pegawai_id: p })))
        .execute();
      ctx.audit({ objekJenis: "bk_permintaan", objekId: r.id, rincian: { pegawai: ids } });
      return { ...r, jumlahPegawai: ids.length, jumlahMenjawab: 0 };
    },
  }),

  defineRoute({
    method: "GET",
    url: `${B}/pengaturan`,
    akses: PERAN_REGISTER_BK,
    tag: "benturan-kepentingan",
    ringkasan: "Tenggat keputusan atasan (hari kerja)",
    response: SkemaPengaturan,
    handler: async (ctx) => ({ tenggatHariKerja: await tenggatHariKerja(ctx.db, ctx.params.instansiId) }),
  }),

  defineRoute({
    method: "PUT",
    url: `${B}/pengaturan`,
    akses: ["admin_instansi"],
    tag: "benturan-kepentingan",
    ringkasan: `Mengatur tenggat keputusan atasan dalam hari kerja (baku ${TENGGAT_BAKU})`,
    aksi: "bk_pengaturan.ubah",
    body: BodyPengaturan,
    response: SkemaPengaturan,
    handler: async (ctx) => {
      await ctx.db
        .insertInto("pengaturan_bk")
        .values({ instansi_id: ctx.params.instansiId, tenggat_hari_kerja: ctx.body.tenggatHariKerja })
        .onConflict((oc) =>
          oc.column("instansi_id").doUpdateSet({ tenggat_hari_kerja: ctx.body.tenggatHariKerja }),
        )
        .execute();
      return { tenggatHariKerja: ctx.body.tenggatHariKerja };
    },
  }),

  defineRoute({
    method: "GET",
    url: `${B}/:id`,
    akses: PERAN_PEGAWAI,
    tag: "benturan-kepentingan",
    ringkasan:
      "Satu deklarasi: untuk pengelola register, deklaran sendiri, dan atasan yang memutuskannya (diaudit)",
    bacaPribadi: "bk_deklarasi",
    params: ParamDeklarasi,
    response: SkemaDeklarasi,
    handler: async (ctx) => {
      const { instansiId, id } = ctx.params;
      const d = await kueriDeklarasi(ctx.db, instansiId).where("d.id", "=", id).executeTakeFirst();
      if (!d) throw galatEtik(404, "DEKLARASI_TIDAK_ADA");
      const pengelola = ctx.peran.some((p) => (PERAN_REGISTER_BK as readonly string[]).includes(p));
      if (!pengelola) {
        const u = await ctx.db
          .selectFrom("pengguna")
          .select("pegawai_id")
          .where("id", "=", ctx.sesi?.pengguna.id ?? "")
          .where("pegawai_instansi_id", "=", instansiId)
          .executeTakeFirst();
        const saya = u?.pegawai_id;
        if (!saya || (saya !== d.pegawai_id && saya !== d.atasan_pegawai_id))
          throw galatEtik(404, "DEKLARASI_TIDAK_ADA");
      }
      return keluaran(d, await hariIni(ctx.db, instansiId));
    },
  }),
]);
