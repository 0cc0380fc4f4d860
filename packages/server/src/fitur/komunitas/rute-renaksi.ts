/**
 * Change agents' action plans (Renaksi) and their assessment (PermenPANRB
 * 60/2020 Tabel 2 I.1 "agen perubahan ... menyusun rencana aksi", I.2
 * "penilaian kinerja agen perubahan"), and rewards (Tabel 2 III.3
 * "pemberian penghargaan").
 *
 * A change agent writes their own plan and items (deadline, evidence,
 * status); the supervision team or a leader rates each item 1–4 with a
 * comment (never their own). Rewards are nominated by leaders, the
 * supervision team or the admin and decided by the PPK or a leader other
 * than the nominator; awarded ones are visible to every member.
 */
import { sql } from "kysely";
import { z } from "zod";
import { GalatApi, tidakDitemukan } from "../../http/errors.ts";
import { grupRute } from "../../http/fitur.ts";
import { defineRoute } from "../../http/route.ts";
import { skemaDaftar, skemaHalaman } from "../../umum/halaman.ts";
import { pegawaiSaya, skemaTanggal, teksBebas, teksWajib, wajibPegawai } from "./bersama.ts";
import {
  AGEN,
  BACA_RENAKSI,
  bukanMiliknya,
  butirDenganAgen,
  muatRenaksi,
  ParamId,
  PENILAI,
  SkemaRenaksi,
} from "./layanan-renaksi.ts";

export const ruteRenaksi = grupRute("/api/instansi/:instansiId/renaksi", [
  defineRoute({
    method: "GET",
    url: "/api/instansi/:instansiId/renaksi",
    akses: BACA_RENAKSI,
    tag: "renaksi",
    ringkasan: "Rencana aksi agen perubahan dengan butir, bukti dan penilaian (agen: miliknya sendiri)",
    query: z.strictObject({ ...skemaHalaman }),
    response: skemaDaftar(SkemaRenaksi),
    handler: async (ctx) => {
      const { instansiId } = ctx.params;
      const { page, pageSize } = ctx.query;
      const penilai = ctx.peran.some((p) =>
        ["tim_supervisi", "pimpinan", "admin_instansi", "ppk"].includes(p),
      );
      const saring: { agenId?: string } = {};
      if (!penilai)
        saring.agenId =
          (await pegawaiSaya(ctx.db, instansiId, ctx.sesi?.pengguna.id ?? "")) ??
          "00000000-0000-0000-0000-000000000000";
      const semua = await muatRenaksi(ctx.db, instansiId, saring);
      return {
        items: semua.slice((page - 1) * pageSize, page * pageSize),
        total: semua.length,
        page,
        pageSize,
      };
    },
  }),

  defineRoute({
    method: "POST",
    url: "/api/instansi/:instansiId/renaksi",
    akses: AGEN,
    tag: "renaksi",
    ringkasan: "Agen perubahan menyusun rencana aksinya",
    aksi: "renaksi.buat",
    body: z.strictObject({ judul: teksWajib(200), mulai: skemaTanggal, selesai: skemaTanggal }),
    response: SkemaRenaksi,
    status: 201,
    handler: async (ctx) => {
      const { instansiId } = ctx.params;
      const saya = await wajibPegawai(ctx.db, instansiId, ctx.sesi);
      const b = ctx.body;
      if (b.selesai < b.mulai) {
        throw new GalatApi(400, "VALIDASI", {
          pesan: {
            id: "Tanggal selesai tidak boleh sebelum tanggal mulai.",
            en: "The end date cannot be before the start date.",
          },
        });
      }
      const { id } = await ctx.db
        .insertInto("renaksi")
        .values({
          instansi_id: instansiId,
          agen_id: saya,
          judul: b.judul,
          mulai: b.mulai,
          selesai: b.selesai,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      ctx.audit({ objekJenis: "renaksi", objekId: id });
      return (await muatRenaksi(ctx.db, instansiId, { id }))[0];
    },
  }),

  defineRoute({
    method: "POST",
    url: "/api/instansi/:instansiId/renaksi/:id/butir",
    akses: AGEN,
    tag: "renaksi",
    ringkasan: "Menambah butir rencana aksi (uraian, tenggat)",
    aksi: "renaksi.butir.buat",
    params: ParamId,
    body: z.strictObject({
      uraian: teksWajib(1000),
      tenggat: skemaTanggal,
      bukti: teksBebas(2000).optional(),
    }),
    response: SkemaRenaksi,
    status: 201,
    handler: async (ctx) => {
      const { instansiId, id } = ctx.params;
      const saya = await wajibPegawai(ctx.db, instansiId, ctx.sesi);
      const r = await ctx.db
        .selectFrom("renaksi")
        .select("agen_id")
        .where("instansi_id", "=", instansiId)
        .where("id", "=", id)
        .executeTakeFirst();
      if (!r) throw tidakDitemukan();
      if (r.agen_id !== saya) throw bukanMiliknya();
      await ctx.db
        .insertInto("butir_renaksi")
        .values({
          instansi_id: instansiId,
          renaksi_id: id,
          uraian: ctx.body.uraian,
          tenggat: ctx.body.tenggat,
          bukti: ctx.body.bukti ?? null,
        })
        .execute();
      ctx.audit({ objekJenis: "renaksi" });
      return (await muatRenaksi(ctx.db, instansiId, { id }))[0];
    },
  }),

  defineRoute({
    method: "PATCH",
    url: "/api/instansi/:instansiId/renaksi/butir/:id",
    akses: AGEN,
    tag: "renaksi",
    ringkasan: "Agen memperbarui butir: uraian, tenggat, bukti, status",
    aksi: "renaksi.butir.ubah",
    params: ParamId,
    body: z.strictObject({
      uraian: teksWajib(1000).optional(),
      tenggat: skemaTanggal.optional(),
      bukti: teksBebas(2000).optional(),
      status: z.enum(["rencana", "berjalan", "selesai"]).optional(),
    }),
    response: SkemaRenaksi,
    handler: async (ctx) => {
      const { instansiId, id } = ctx.params;
      const saya = await wajibPegawai(ctx.db, instansiId, ctx.sesi);
      const butir = await butirDenganAgen(ctx.db, instansiId, id);
      if (butir.agen_id !== saya) throw bukanMiliknya();
      const b = ctx.body;
      await ctx.db
        .updateTable("butir_renaksi")
        .set({
          ...(b.uraian !== undefined && { uraian: b.uraian }),
          ...(b.tenggat !== undefined && { tenggat: b.tenggat }),
          ...(b.bukti !== undefined && { bukti: b.bukti }),
          ...(b.status !== undefined && { status: b.status }),
          diubah: sql<Date>`now()`,
        })
        .where("instansi_id", "=", instansiId)
        .where("id", "=", id)
        .execute();
      ctx.audit({ objekJenis: "butir_renaksi", rincian: { kolom: Object.keys(b) } });
      return (await muatRenaksi(ctx.db, instansiId, { id: butir.renaksi_id }))[0];
    },
  }),

  defineRoute({
    method: "POST",
    url: "/api/instansi/:instansiId/renaksi/butir/:id/nilai",
    akses: PENILAI,
    tag: "renaksi",
    ringkasan: "Penilai (tim supervisi/pimpinan) memberi nilai 1–4 dan komentar atas butir rencana aksi",
    aksi: "renaksi.nilai",
    params: ParamId,
    body: z.strictObject({ nilai: z.number().int().min(1).max(4), komentar: teksBebas(2000).optional() }),
    response: SkemaRenaksi,
    handler: async (ctx) => {
      const { instansiId, id } = ctx.params;
      const butir = await butirDenganAgen(ctx.db, instansiId, id);
      const saya = await pegawaiSaya(ctx.db, instansiId, ctx.sesi?.pengguna.id ?? "");
      if (saya && saya === butir.agen_id) {
        throw new GalatApi(403, "AKSES_DITOLAK", {
          pesan: {
            id: "Anda tidak dapat menilai rencana aksi Anda sendiri.",
            en: "You cannot rate your own action plan.",
          },
        });
      }
      await ctx.db
        .updateTable("butir_renaksi")
        .set({
          nilai: ctx.body.nilai,
          komentar_penilai: ctx.body.komentar ?? null,
          dinilai_oleh: ctx.sesi?.pengguna.id ?? null,
          dinilai_pada: sql<Date>`now()`,
        })
        .where("instansi_id", "=", instansiId)
        .where("id", "=", id)
        .execute();
      ctx.audit({ objekJenis: "butir_renaksi", rincian: { nilai: ctx.body.nilai } });
      return (await muatRenaksi(ctx.db, instansiId, { id: butir.renaksi_id }))[0];
    },
  }),

  defineRoute({
    method: "DELETE",
    url: "/api/instansi/:instansiId/renaksi/butir/:id",
    akses: AGEN,
    tag: "renaksi",
    ringkasan: "Agen menghapus butir yang belum dinilai",
    aksi: "renaksi.butir.hapus",
    params: ParamId,
    handler: async (ctx) => {
      const { instansiId, id } = ctx.params;
      const saya = await wajibPegawai(ctx.db, instansiId, ctx.sesi);
      const butir = await butirDenganAgen(ctx.db, instansiId, id);
      if (butir.agen_id !== saya) throw bukanMiliknya();
      if (butir.nilai !== null) {
        throw new GalatApi(409, "KONFLIK", {
          pesan: {
            id: "Butir yang sudah dinilai tidak dapat dihapus.",
            en: "An item that has been rated cannot be deleted.",
          },
        });
      }
      await ctx.db
        .deleteFrom("butir_renaksi")
        .where("instansi_id", "=", instansiId)
        .where("id", "=", id)
        .execute();
      ctx.audit({ objekJenis: "butir_renaksi" });
    },
  }),
]);
