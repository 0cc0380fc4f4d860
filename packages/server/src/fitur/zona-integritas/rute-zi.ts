/**
 * Zona Integritas per unit and the agency's merit-system index (Tabel 2 II;
 * docs/gratifikasi.md "Zona Integritas and merit"). Organisational records:
 * read by the agency's leaders, admin, PPK, supervision team and APIP; entered
 * by the admin and the supervision team. Employees without those roles are refused.
 */
import { sql, type Transaction } from "kysely";
import { z } from "zod";
import type { Database } from "../../db/schema.ts";
import { GalatApi } from "../../http/errors.ts";
import { grupRute } from "../../http/fitur.ts";
import { defineRoute } from "../../http/route.ts";
import {
  BodyMerit,
  BodyZi,
  JawabanStatistik,
  KueriTahun,
  ParamTahun,
  ParamUnitTahun,
  SkemaMerit,
  SkemaZi,
} from "./skema.ts";

export const PEMBACA = ["admin_instansi", "ppk", "tim_supervisi", "pimpinan", "apip"] as const;
export const PENCATAT = ["admin_instansi", "tim_supervisi"] as const;

export const ruteZi = grupRute("/api/instansi/:instansiId/zona-integritas", [
  defineRoute({
    method: "GET",
    url: "/api/instansi/:instansiId/zona-integritas",
    akses: PEMBACA,
    tag: "zona-integritas",
    ringkasan: "Status Zona Integritas unit kerja (diusulkan, WBK, WBBM) per tahun, dengan SK",
    query: KueriTahun,
    response: z.array(SkemaZi),
    handler: async (ctx) => {
      let q = ctx.db
        .selectFrom("zona_integritas as z")
        .innerJoin("unit_kerja as u", (j) =>
          j.onRef("u.instansi_id", "=", "z.instansi_id").onRef("u.id", "=", "z.unit_id"),
        )
        .where("z.instansi_id", "=", ctx.params.instansiId);
      if (ctx.query.tahun) q = q.where("z.tahun", "=", ctx.query.tahun);
      const rows = await q
        .select(["u.id", "u.kode", "u.nama", "z.tahun", "z.status", "z.nomor_sk", "z.tanggal_sk"])
        .orderBy("z.tahun", "desc")
        .orderBy("u.kode")
        .execute();
      return rows.map((r) => ({
        unit: { id: r.id, kode: r.kode, nama: r.nama },
        tahun: r.tahun,
        status: r.status,
        nomorSk: r.nomor_sk,
        tanggalSk: r.tanggal_sk,
      }));
    },
  }),

  defineRoute({
    method: "PUT",
    url: "/api/instansi/:instansiId/zona-integritas/:unitId/:tahun",
    akses: PENCATAT,
    tag: "zona-integritas",
    ringkasan:
      "Mencatat status Zona Integritas sebuah unit untuk satu tahun (diusulkan, WBK, WBBM; nomor dan tanggal SK)",
    aksi: "zi.catat",
    params: ParamUnitTahun,
    body: BodyZi,
    handler: async (ctx) => {
      const { instansiId, unitId, tahun } = ctx.params;
      const u = await ctx.db
        .selectFrom("unit_kerja")
        .select("id")
        .where("instansi_id", "=", instansiId)
        .where("id", "=", unitId)
        .executeTakeFirst();
      if (!u)
        throw new GalatApi(404, "UNIT_TIDAK_DITEMUKAN", {
          pesan: { id: "Unit kerja tidak ditemukan.", en: "Work unit not found." },
        });
      const nilai = {
        status: ctx.body.status,
        nomor_sk: ctx.body.nomorSk ?? null,
        tanggal_sk: ctx.body.tanggalSk ?? null,
      };
      await ctx.db
        .insertInto("zona_integritas")
        .values({ instansi_id: instansiId, unit_id: unitId, tahun, ...nilai })
        .onConflict((oc) => oc.columns(["instansi_id", "unit_id", "tahun"]).doUpdateSet(nilai))
        .execute();
      ctx.audit({ objekJenis: "unit_kerja", objekId: unitId, rincian: { tahun, status: ctx.body.status } });
    },
  }),

  defineRoute({
    method: "GET",
    url: "/api/instansi/:instansiId/zona-integritas/merit",
    akses: PEMBACA,
    tag: "zona-integritas",
    ringkasan: "Indeks sistem merit instansi per tahun",
    response: z.array(SkemaMerit),
    handler: async (ctx) =>
      (
        await ctx.db
          .selectFrom("indeks_merit")
          .select(["tahun", sql<number>`nilai::float8`.as("nilai"), "kategori"])
          .where("instansi_id", "=", ctx.params.instansiId)
          .orderBy("tahun", "desc")
          .execute()
      ).map((r) => ({ ...r, nilai: Number(r.nilai) })),
  }),

  defineRoute({
    method: "PUT",
    url: "/api/instansi/:instansiId/zona-integritas/merit/:tahun",
    akses: PENCATAT,
    tag: "zona-integritas",
    ringkasan: "Mencatat indeks sistem merit instansi untuk satu tahun (0–400) dan kategorinya",
    aksi: "merit.catat",
    params: ParamTahun,
    body: BodyMerit,
    handler: async (ctx) => {
      const { instansiId, tahun } = ctx.params;
      const nilai = { nilai: ctx.body.nilai, kategori: ctx.body.kategori ?? null };
      await ctx.db
        .insertInto("indeks_merit")
        .values({ instansi_id: instansiId, tahun, ...nilai })
        .onConflict((oc) => oc.columns(["instansi_id", "tahun"]).doUpdateSet(nilai))
        .execute();
      ctx.audit({ rincian: { tahun, nilai: ctx.body.nilai } });
    },
  }),

  defineRoute({
    method: "GET",
    url: "/api/instansi/:instansiId/zona-integritas/statistik",
    akses: PEMBACA,
    tag: "zona-integritas",
    ringkasan: "Jumlah unit per status Zona Integritas terakhir, dan indeks merit terakhir",
    response: JawabanStatistik,
    handler: async (ctx) => statistikZi(ctx.db, ctx.params.instansiId),
  }),
]);

export async function statistikZi(db: Transaction<Database>, instansiId: string) {
  const terakhir = await db
    .selectFrom("zona_integritas as z")
    .where("z.instansi_id", "=", instansiId)
    .where(({ eb, selectFrom }) =>
      eb(
        "z.tahun",
        "=",
        selectFrom("zona_integritas as y")
          .select(sql<number>`max(y.tahun)`.as("t"))
          .whereRef("y.instansi_id", "=", "z.instansi_id")
          .whereRef("y.unit_id", "=", "z.unit_id"),
      ),
    )
    .select(["z.status", sql<number>`count(*)::int`.as("n")])
    .groupBy("z.status")
    .execute();
  const zi = { diusulkan: 0, wbk: 0, wbbm: 0 };
  for (const r of terakhir) zi[r.status] = r.n;
  const m = await db
    .selectFrom("indeks_merit")
    .select(["tahun", sql<number>`nilai::float8`.as("nilai"), "kategori"])
    .where("instansi_id", "=", instansiId)
    .orderBy("tahun", "desc")
    .limit(1)
    .executeTakeFirst();
  return { zi, merit: m ? { ...m, nilai: Number(m.nilai) } : null };
}
