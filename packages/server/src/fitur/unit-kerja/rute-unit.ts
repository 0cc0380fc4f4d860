/**
 * Unit tree of an instansi (docs/api.md "Agencies, units, employees"): list,
 * create, rename, move (never into its own subtree), close (refused while
 * it still has active employees or active sub-units). Units are never deleted.
 */
import { sql } from "kysely";
import { z } from "zod";
import { grupRute } from "../../http/fitur.ts";
import { defineRoute } from "../../http/route.ts";
import { kolomUnit, unitApi, unitAtau404 } from "./kueri.ts";
import {
  periksaBolehTutup,
  periksaBukanSiklus,
  periksaInduk,
  periksaKodeBebas,
  periksaMasihAktif,
} from "./layanan.ts";
import { BodyBuat, BodyUbah, KueriDaftar, SkemaUnit } from "./skema.ts";

const ParamsUnit = z.strictObject({ id: z.uuid() });

export const ruteUnit = grupRute("/api/instansi/:instansiId/unit", [
  defineRoute({
    method: "GET",
    url: "/api/instansi/:instansiId/unit",
    akses: "login",
    bolehEvaluatorNasional: true,
    tag: "unit",
    ringkasan: "Daftar unit kerja (datar; klien menyusun pohonnya)",
    query: KueriDaftar,
    response: z.array(SkemaUnit),
    handler: async (ctx) => {
      let q = ctx.db
        .selectFrom("unit_kerja")
        .select(kolomUnit)
        .where("instansi_id", "=", ctx.params.instansiId);
      if (ctx.query.aktif) q = q.where("aktif", "=", ctx.query.aktif === "true");
      return (await q.orderBy("kode").execute()).map(unitApi);
    },
  }),

  defineRoute({
    method: "POST",
    url: "/api/instansi/:instansiId/unit",
    akses: ["admin_instansi"],
    tag: "unit",
    ringkasan: "Membuat unit kerja",
    aksi: "unit.buat",
    body: BodyBuat,
    response: SkemaUnit,
    status: 201,
    handler: async (ctx) => {
      const { instansiId } = ctx.params;
      const b = ctx.body;
      if (b.indukId) await periksaInduk(ctx.db, instansiId, b.indukId, b.eselon);
      await periksaKodeBebas(ctx.db, instansiId, b.kode);
      const u = await ctx.db
        .insertInto("unit_kerja")
        .values({
          instansi_id: instansiId,
          kode: b.kode,
          nama: b.nama,
          eselon: b.eselon,
          induk_id: b.indukId ?? null,
        })
        .returning(kolomUnit)
        .executeTakeFirstOrThrow();
      ctx.audit({
        objekJenis: "unit_kerja",
        objekId: u.id,
        rincian: { indukId: u.induk_id, eselon: u.eselon },
      });
      return unitApi(u);
    },
  }),

  defineRoute({
    method: "PATCH",
    url: "/api/instansi/:instansiId/unit/:id",
    akses: ["admin_instansi"],
    tag: "unit",
    ringkasan: "Mengganti nama dan/atau memindah unit kerja (tanpa siklus)",
    aksi: "unit.ubah",
    params: ParamsUnit,
    body: BodyUbah,
    response: SkemaUnit,
    handler: async (ctx) => {
      const { instansiId, id } = ctx.params;
      const u = await unitAtau404(ctx.db, instansiId, id);
      periksaMasihAktif(u);
      const b = ctx.body;
      const eselon = b.eselon === undefined ? u.eselon : b.eselon;
      const indukId = b.indukId === undefined ? u.induk_id : b.indukId;
      if (indukId !== null && (b.indukId !== undefined || b.eselon !== undefined)) {
        await periksaBukanSiklus(ctx.db, instansiId, id, indukId);
        await periksaInduk(ctx.db, instansiId, indukId, eselon);
      }
      const r = await ctx.db
        .updateTable("unit_kerja")
        .set({ nama: b.nama ?? u.nama, induk_id: indukId, eselon, diubah: sql<Date>`now()` })
        .where("instansi_id", "=", instansiId)
        .where("id", "=", id)
        .returning(kolomUnit)
        .executeTakeFirstOrThrow();
      ctx.audit({
        objekJenis: "unit_kerja",
        rincian: { kolom: Object.keys(b), indukLama: u.induk_id, indukBaru: r.induk_id },
      });
      return unitApi(r);
    },
  }),

  defineRoute({
    method: "POST",
    url: "/api/instansi/:instansiId/unit/:id/tutup",
    akses: ["admin_instansi"],
    tag: "unit",
    ringkasan: "Menutup unit kerja (ditolak bila masih ada pegawai aktif atau sub-unit aktif)",
    aksi: "unit.tutup",
    params: ParamsUnit,
    response: SkemaUnit,
    handler: async (ctx) => {
      const { instansiId, id } = ctx.params;
      const u = await unitAtau404(ctx.db, instansiId, id);
      if (!u.aktif) return unitApi(u);
      await periksaBolehTutup(ctx.db, instansiId, id);
      const r = await ctx.db
        .updateTable("unit_kerja")
        .set({ aktif: false, diubah: sql<Date>`now()` })
        .where("instansi_id", "=", instansiId)
        .where("id", "=", id)
        .returning(kolomUnit)
        .executeTakeFirstOrThrow();
      ctx.audit({ objekJenis: "unit_kerja" });
      return unitApi(r);
    },
  }),
]);
