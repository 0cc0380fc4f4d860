/**
 * "Rencana saya" and the superior's view of an employee's plan
 * (docs/agen-perubahan.md "Rencana saya"; BAB III.B.2 a–d, Tabel 5–8).
 * Reads of a person's plan are audited.
 */
import { itemDaftarPeriksa, type LevelKematangan } from "@nurani/domain";
import { z } from "zod";
import { GalatApi, tidakDitemukan } from "../../http/errors.ts";
import { grupRute } from "../../http/fitur.ts";
import { defineRoute } from "../../http/route.ts";
import {
  muatRencana,
  pastikanAtasan,
  pastikanKriteria,
  pegawaiSaya,
  tetapkanRencana,
  wajibPegawai,
} from "./layanan.ts";
import {
  BodyCentang,
  BodyRencana,
  BodyStatusKegiatan,
  ParamPegawai,
  SkemaAgregatUnit,
  SkemaRencana,
  SkemaRencanaBerikut,
} from "./skema.ts";

const D = "/api/instansi/:instansiId/rencana";
const ATASAN = ["tim_supervisi", "pimpinan"] as const;
/** Smallest group whose aggregate a leader sees (docs/hasil.md keeps the same rule for results). */
const K = 5;
const Ok = z.object({ ok: z.boolean() });

export const ruteRencana = grupRute(D, [
  defineRoute({
    method: "GET",
    url: `${D}/saya`,
    akses: "login",
    tag: "rencana",
    ringkasan:
      "Rencana saya: subtahap, kegiatan Tabel 5–8 dan penugasan terbimbing, kriteria subtahap (BAB III.B.2)",
    aksi: "rencana.baca",
    response: SkemaRencana,
    handler: async (ctx) => {
      const saya = wajibPegawai(await pegawaiSaya(ctx.db, ctx.params.instansiId, ctx.sesi?.pengguna.id));
      ctx.audit({ objekJenis: "rencana_individu", objekId: saya, rincian: { sendiri: true } });
      return muatRencana(ctx.db, ctx.params.instansiId, saya, ctx.bahasa);
    },
  }),

  defineRoute({
    method: "GET",
    url: `${D}/saya/berikut`,
    akses: "login",
    tag: "rencana",
    ringkasan:
      "Yang berikutnya dalam rencana saya (beranda): kegiatan belum selesai menurut tenggat, kriteria belum dicentang atau menunggu konfirmasi",
    response: SkemaRencanaBerikut,
    handler: async (ctx) => {
      const saya = wajibPegawai(await pegawaiSaya(ctx.db, ctx.params.instansiId, ctx.sesi?.pengguna.id));
      const r = await muatRencana(ctx.db, ctx.params.instansiId, saya, ctx.bahasa);
      const terbuka = r.kegiatan
        .filter((k) => k.status !== "selesai")
        // nearest deadline first, those without one last
        .sort((a, b) => (a.tenggat ?? "9999").localeCompare(b.tenggat ?? "9999"));
      return {
        ditetapkan: r.ditetapkan,
        namaSubtahap: r.namaSubtahap,
        kegiatan: terbuka
          .slice(0, 3)
          .map((k) => ({ id: k.id, judul: k.judul, tenggat: k.tenggat, status: k.status })),
        kegiatanTerbuka: terbuka.length,
        kriteriaBelum: r.kriteria.filter((k) => !k.dicentang).length,
        kriteriaMenunggu: r.kriteria.filter((k) => k.dicentang && !k.dikonfirmasi).length,
      };
    },
  }),

  defineRoute({
    method: "PATCH",
    url: `${D}/saya/kegiatan/:id`,
    akses: "login",
    tag: "rencana",
    ringkasan: "Memperbarui status kegiatan rencana saya",
    aksi: "rencana.kegiatan.status",
    params: z.strictObject({ id: z.uuid() }),
    body: BodyStatusKegiatan,
    response: Ok,
    handler: async (ctx) => {
      const { instansiId, id } = ctx.params;
      const saya = wajibPegawai(await pegawaiSaya(ctx.db, instansiId, ctx.sesi?.pengguna.id));
      const r = await ctx.db
        .updateTable("kegiatan_rencana")
        .set({ status: ctx.body.status })
        .where("instansi_id", "=", instansiId)
        .where("id", "=", id)
        .where("pegawai_id", "=", saya)
        .executeTakeFirst();
      if (Number(r.numUpdatedRows) === 0) throw tidakDitemukan();
      ctx.audit({ objekJenis: "kegiatan_rencana", objekId: id, rincian: { status: ctx.body.status } });
      return { ok: true };
    },
  }),

  defineRoute({
    method: "PUT",
    url: `${D}/saya/kriteria/:kode`,
    akses: "login",
    tag: "rencana",
    ringkasan: "Menandai (atau membatalkan) kriteria subtahap yang menurut saya sudah tercapai",
    aksi: "rencana.kriteria.centang",
    params: z.strictObject({ kode: z.string().max(20) }),
    body: BodyCentang,
    response: Ok,
    handler: async (ctx) => {
      const { instansiId, kode } = ctx.params;
      const saya = wajibPegawai(await pegawaiSaya(ctx.db, instansiId, ctx.sesi?.pengguna.id));
      await pastikanKriteria(ctx.db, instansiId, saya, kode, ctx.bahasa);
      // unchecking withdraws the claim, and with it the superior's confirmation
      await ctx.db
        .deleteFrom("kriteria_individu")
        .where("instansi_id", "=", instansiId)
        .where("pegawai_id", "=", saya)
        .where("kode_item", "=", kode)
        .execute();
      if (ctx.body.tercapai)
        await ctx.db
          .insertInto("kriteria_individu")
          .values({ instansi_id: instansiId, pegawai_id: saya, kode_item: kode })
          .execute();
      ctx.audit({
        objekJenis: "rencana_individu",
        objekId: saya,
        rincian: { kode, tercapai: ctx.body.tercapai },
      });
      return { ok: true };
    },
  }),

  defineRoute({
    method: "GET",
    url: `${D}/pegawai/:pegawaiId`,
    akses: ATASAN,
    tag: "rencana",
    ringkasan: "Rencana seorang pegawai (atasannya atau Tim Supervisi)",
    aksi: "rencana.baca",
    params: ParamPegawai,
    response: SkemaRencana,
    handler: async (ctx) => {
      const { instansiId, pegawaiId } = ctx.params;
      const saya = await pegawaiSaya(ctx.db, instansiId, ctx.sesi?.pengguna.id);
      await pastikanAtasan(ctx.db, { instansiId, pegawaiId, peran: ctx.peran, saya });
      ctx.audit({ objekJenis: "rencana_individu", objekId: pegawaiId });
      return muatRencana(ctx.db, instansiId, pegawaiId, ctx.bahasa);
    },
  }),

  defineRoute({
    method: "PUT",
    url: `${D}/pegawai/:pegawaiId`,
    akses: ATASAN,
    tag: "rencana",
    ringkasan:
      "Menetapkan rencana pegawai: subtahap, modul Tabel 5–8, penugasan terbimbing dengan pembimbing",
    aksi: "rencana.tetapkan",
    params: ParamPegawai,
    body: BodyRencana,
    response: SkemaRencana,
    handler: async (ctx) => {
      const { instansiId, pegawaiId } = ctx.params;
      const saya = await pegawaiSaya(ctx.db, instansiId, ctx.sesi?.pengguna.id);
      await pastikanAtasan(ctx.db, { instansiId, pegawaiId, peran: ctx.peran, saya });
      await tetapkanRencana(ctx.db, {
        instansiId,
        pegawaiId,
        body: ctx.body,
        oleh: ctx.sesi?.pengguna.id ?? null,
        b: ctx.bahasa,
      });
      ctx.audit({
        objekJenis: "rencana_individu",
        objekId: pegawaiId,
        rincian: { kegiatan: ctx.body.kegiatan.length },
      });
      return muatRencana(ctx.db, instansiId, pegawaiId, ctx.bahasa);
    },
  }),

  defineRoute({
    method: "POST",
    url: `${D}/pegawai/:pegawaiId/kriteria/:kode/konfirmasi`,
    akses: ATASAN,
    tag: "rencana",
    ringkasan: "Atasan atau Tim Supervisi mengonfirmasi kriteria yang sudah ditandai pegawai",
    aksi: "rencana.kriteria.konfirmasi",
    params: z.strictObject({ pegawaiId: z.uuid(), kode: z.string().max(20) }),
    response: Ok,
    handler: async (ctx) => {
      const { instansiId, pegawaiId, kode } = ctx.params;
      const saya = await pegawaiSaya(ctx.db, instansiId, ctx.sesi?.pengguna.id);
      await pastikanAtasan(ctx.db, { instansiId, pegawaiId, peran: ctx.peran, saya });
      if (saya === pegawaiId)
        throw new GalatApi(403, "KONFLIK_KEPENTINGAN", {
          pesan: {
            id: "Anda tidak dapat mengonfirmasi kriteria Anda sendiri.",
            en: "You cannot confirm your own criterion.",
          },
        });
      const r = await ctx.db
        .updateTable("kriteria_individu")
        .set({ dikonfirmasi: new Date(), dikonfirmasi_oleh: ctx.sesi?.pengguna.id ?? null })
        .where("instansi_id", "=", instansiId)
        .where("pegawai_id", "=", pegawaiId)
        .where("kode_item", "=", kode)
        .executeTakeFirst();
      if (Number(r.numUpdatedRows) === 0)
        throw new GalatApi(409, "BELUM_DICENTANG", {
          pesan: {
            id: "Pegawai belum menandai kriteria ini sebagai tercapai.",
            en: "The employee has not marked this criterion as achieved.",
          },
        });
      ctx.audit({ objekJenis: "rencana_individu", objekId: pegawaiId, rincian: { kode } });
      return { ok: true };
    },
  }),

  defineRoute({
    method: "GET",
    url: `${D}/unit`,
    akses: ["pimpinan", "tim_supervisi", "ppk"],
    tag: "rencana",
    ringkasan: `Agregat rencana per unit: pegawai berencana, proporsi kriteria dikonfirmasi, kegiatan selesai (disembunyikan di bawah ${K} orang)`,
    response: SkemaAgregatUnit,
    handler: async (ctx) => {
      const { instansiId } = ctx.params;
      const rencana = await ctx.db
        .selectFrom("rencana_individu as r")
        .innerJoin("pegawai as p", (j) =>
          j.onRef("p.instansi_id", "=", "r.instansi_id").onRef("p.id", "=", "r.pegawai_id"),
        )
        .innerJoin("unit_kerja as u", (j) =>
          j.onRef("u.instansi_id", "=", "p.instansi_id").onRef("u.id", "=", "p.unit_id"),
        )
        .select(["r.pegawai_id", "r.subtahap", "u.id as unit_id", "u.nama"])
        .where("r.instansi_id", "=", instansiId)
        .execute();
      const konfirmasi = await ctx.db
        .selectFrom("kriteria_individu")
        .select(["pegawai_id", "kode_item"])
        .where("instansi_id", "=", instansiId)
        .where("dikonfirmasi", "is not", null)
        .execute();
      const kegiatan = await ctx.db
        .selectFrom("kegiatan_rencana")
        .select(["pegawai_id", "status"])
        .where("instansi_id", "=", instansiId)
        .execute();
      const unit = new Map<string, { nama: string; orang: typeof rencana }>();
      for (const r of rencana) {
        const u = unit.get(r.unit_id) ?? { nama: r.nama, orang: [] };
        u.orang.push(r);
        unit.set(r.unit_id, u);
      }
      return {
        k: K,
        unit: [...unit].map(([unitId, u]) => {
          const cukup = u.orang.length >= K;
          const ids = new Set(u.orang.map((o) => o.pegawai_id));
          const item = u.orang.reduce(
            (s, o) => s + itemDaftarPeriksa(o.subtahap as LevelKematangan).length,
            0,
          );
          const kon = konfirmasi.filter((x) => ids.has(x.pegawai_id)).length;
          const keg = kegiatan.filter((x) => ids.has(x.pegawai_id));
          return {
            unitId,
            nama: u.nama,
            pegawaiBerencana: u.orang.length,
            proporsiDikonfirmasi: cukup && item > 0 ? kon / item : null,
            kegiatanSelesai:
              cukup && keg.length > 0 ? keg.filter((x) => x.status === "selesai").length / keg.length : null,
          };
        }),
      };
    },
  }),
]);
