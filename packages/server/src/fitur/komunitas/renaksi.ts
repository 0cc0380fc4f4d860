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
import { sql, type Transaction } from "kysely";
import { z } from "zod";
import type { Database } from "../../db/schema.ts";
import { GalatApi, tidakDitemukan } from "../../http/errors.ts";
import { defineRoute } from "../../http/route.ts";
import { skemaDaftar, skemaHalaman } from "../halaman.ts";
import {
  iso,
  pegawaiSaya,
  skemaTanggal,
  teksBebas,
  teksWajib,
  wajibPegawai,
  wajibPegawaiAktif,
} from "./bersama.ts";

type Trx = Transaction<Database>;
const AGEN = ["agen_perubahan"] as const;
const PENILAI = ["tim_supervisi", "pimpinan"] as const;
const BACA_RENAKSI = ["agen_perubahan", "tim_supervisi", "pimpinan", "admin_instansi", "ppk"] as const;
const PENGUSUL = ["pimpinan", "tim_supervisi", "admin_instansi"] as const;
const PEMUTUS = ["ppk", "pimpinan"] as const;
const ParamId = z.strictObject({ id: z.uuid() });

const SkemaButir = z.object({
  id: z.uuid(),
  uraian: z.string(),
  tenggat: z.string(),
  bukti: z.string().nullable(),
  status: z.enum(["rencana", "berjalan", "selesai"]),
  nilai: z.number().nullable(),
  komentarPenilai: z.string().nullable(),
  dinilaiPada: z.string().nullable(),
  terlambat: z.boolean(),
});
const SkemaRenaksi = z.object({
  id: z.uuid(),
  agen: z.object({ id: z.uuid(), nama: z.string() }),
  judul: z.string(),
  mulai: z.string(),
  selesai: z.string(),
  butir: z.array(SkemaButir),
  ringkasan: z.object({ butir: z.number(), selesai: z.number(), rerataNilai: z.number().nullable() }),
});

const hariIni = () => new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10); // Asia/Jakarta

async function muatRenaksi(db: Trx, instansiId: string, saring: { id?: string; agenId?: string }) {
  let k = db
    .selectFrom("renaksi as r")
    .innerJoin("pegawai as p", (j) =>
      j.onRef("p.instansi_id", "=", "r.instansi_id").onRef("p.id", "=", "r.agen_id"),
    )
    .where("r.instansi_id", "=", instansiId)
    .select(["r.id", "r.agen_id", "p.nama", "r.judul", "r.mulai", "r.selesai"]);
  if (saring.id) k = k.where("r.id", "=", saring.id);
  if (saring.agenId) k = k.where("r.agen_id", "=", saring.agenId);
  const rows = await k.orderBy("r.mulai", "desc").orderBy("r.id").execute();
  if (rows.length === 0) return [];
  const butir = await db
    .selectFrom("butir_renaksi")
    .where("instansi_id", "=", instansiId)
    .where(
      "renaksi_id",
      "in",
      rows.map((r) => r.id),
    )
    .selectAll()
    .orderBy("tenggat")
    .orderBy("id")
    .execute();
  const hari = hariIni();
  return rows.map((r): z.input<typeof SkemaRenaksi> => {
    const b = butir.filter((x) => x.renaksi_id === r.id);
    const dinilai = b.filter((x) => x.nilai !== null);
    return {
      id: r.id,
      agen: { id: r.agen_id, nama: r.nama },
      judul: r.judul,
      mulai: r.mulai,
      selesai: r.selesai,
      butir: b.map((x) => ({
        id: x.id,
        uraian: x.uraian,
        tenggat: x.tenggat,
        bukti: x.bukti,
        status: x.status,
        nilai: x.nilai,
        komentarPenilai: x.komentar_penilai,
        dinilaiPada: iso(x.dinilai_pada),
        terlambat: x.status !== "selesai" && x.tenggat < hari,
      })),
      ringkasan: {
        butir: b.length,
        selesai: b.filter((x) => x.status === "selesai").length,
        rerataNilai: dinilai.length ? dinilai.reduce((s, x) => s + (x.nilai ?? 0), 0) / dinilai.length : null,
      },
    };
  });
}

/** The item with its plan's agent; 404 when absent. */
async function butirDenganAgen(db: Trx, instansiId: string, id: string) {
  const r = await db
    .selectFrom("butir_renaksi as b")
    .innerJoin("renaksi as r", (j) =>
      j.onRef("r.instansi_id", "=", "b.instansi_id").onRef("r.id", "=", "b.renaksi_id"),
    )
    .where("b.instansi_id", "=", instansiId)
    .where("b.id", "=", id)
    .select(["b.id", "b.renaksi_id", "b.nilai", "r.agen_id"])
    .executeTakeFirst();
  if (!r) throw tidakDitemukan();
  return r;
}

const bukanMiliknya = () =>
  new GalatApi(403, "AKSES_DITOLAK", {
    pesan: {
      id: "Hanya agen perubahan pemilik rencana aksi ini yang dapat mengubahnya.",
      en: "Only the change agent who owns this action plan can change it.",
    },
  });

const SkemaPenghargaan = z.object({
  id: z.uuid(),
  pegawai: z.object({ id: z.uuid(), nama: z.string() }),
  kategori: z.string(),
  alasan: z.string(),
  diusulkan: z.string(),
  status: z.enum(["diusulkan", "diberikan", "ditolak"]),
  tanggalKeputusan: z.string().nullable(),
  catatanKeputusan: z.string().nullable(),
});

function penghargaanDasar(db: Trx, instansiId: string) {
  return db
    .selectFrom("penghargaan as h")
    .innerJoin("pegawai as p", (j) =>
      j.onRef("p.instansi_id", "=", "h.instansi_id").onRef("p.id", "=", "h.pegawai_id"),
    )
    .where("h.instansi_id", "=", instansiId)
    .select([
      "h.id",
      "h.pegawai_id",
      "p.nama",
      "h.kategori",
      "h.alasan",
      "h.diusulkan",
      "h.status",
      "h.tanggal_keputusan",
      "h.catatan_keputusan",
      "h.diusulkan_oleh",
    ]);
}
type BarisPenghargaan = Awaited<ReturnType<ReturnType<typeof penghargaanDasar>["executeTakeFirstOrThrow"]>>;
const penghargaanKeApi = (r: BarisPenghargaan): z.input<typeof SkemaPenghargaan> => ({
  id: r.id,
  pegawai: { id: r.pegawai_id, nama: r.nama },
  kategori: r.kategori,
  alasan: r.alasan,
  diusulkan: iso(r.diusulkan) ?? "",
  status: r.status,
  tanggalKeputusan: r.tanggal_keputusan,
  catatanKeputusan: r.catatan_keputusan,
});

export const ruteRenaksi = [
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

  // ---- rewards (Tabel 2 III.3) ----
  defineRoute({
    method: "GET",
    url: "/api/instansi/:instansiId/penghargaan",
    akses: [...new Set([...PENGUSUL, ...PEMUTUS])],
    tag: "renaksi",
    ringkasan: "Usulan dan keputusan penghargaan",
    query: z.strictObject({
      status: z.enum(["diusulkan", "diberikan", "ditolak", ""]).optional(),
      ...skemaHalaman,
    }),
    response: skemaDaftar(SkemaPenghargaan),
    handler: async (ctx) => {
      const { status, page, pageSize } = ctx.query;
      let k = penghargaanDasar(ctx.db, ctx.params.instansiId);
      if (status) k = k.where("h.status", "=", status);
      const semua = await k.orderBy("h.diusulkan", "desc").orderBy("h.id").execute();
      return {
        items: semua.slice((page - 1) * pageSize, page * pageSize).map(penghargaanKeApi),
        total: semua.length,
        page,
        pageSize,
      };
    },
  }),

  defineRoute({
    method: "GET",
    url: "/api/instansi/:instansiId/penghargaan/diberikan",
    akses: "login",
    tag: "renaksi",
    ringkasan: "Penghargaan yang telah diberikan (pengakuan terbuka bagi seluruh pegawai)",
    query: z.strictObject({ ...skemaHalaman }),
    response: skemaDaftar(SkemaPenghargaan),
    handler: async (ctx) => {
      const { page, pageSize } = ctx.query;
      const semua = await penghargaanDasar(ctx.db, ctx.params.instansiId)
        .where("h.status", "=", "diberikan")
        .orderBy("h.tanggal_keputusan", "desc")
        .orderBy("h.id")
        .execute();
      return {
        items: semua
          .slice((page - 1) * pageSize, page * pageSize)
          .map((r) => ({ ...penghargaanKeApi(r), catatanKeputusan: null })),
        total: semua.length,
        page,
        pageSize,
      };
    },
  }),

  defineRoute({
    method: "POST",
    url: "/api/instansi/:instansiId/penghargaan",
    akses: PENGUSUL,
    tag: "renaksi",
    ringkasan: "Mengusulkan penghargaan bagi pegawai/agen perubahan",
    aksi: "penghargaan.usul",
    body: z.strictObject({ pegawaiId: z.uuid(), kategori: teksWajib(100), alasan: teksWajib(2000) }),
    response: SkemaPenghargaan,
    status: 201,
    handler: async (ctx) => {
      const { instansiId } = ctx.params;
      await wajibPegawaiAktif(ctx.db, instansiId, ctx.body.pegawaiId);
      const { id } = await ctx.db
        .insertInto("penghargaan")
        .values({
          instansi_id: instansiId,
          pegawai_id: ctx.body.pegawaiId,
          kategori: ctx.body.kategori,
          alasan: ctx.body.alasan,
          diusulkan_oleh: ctx.sesi?.pengguna.id ?? null,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      ctx.audit({ objekJenis: "penghargaan", objekId: id });
      return penghargaanKeApi(
        await penghargaanDasar(ctx.db, instansiId).where("h.id", "=", id).executeTakeFirstOrThrow(),
      );
    },
  }),

  defineRoute({
    method: "POST",
    url: "/api/instansi/:instansiId/penghargaan/:id/keputusan",
    akses: PEMUTUS,
    tag: "renaksi",
    ringkasan: "Memutuskan usulan penghargaan (PPK/pimpinan, bukan pengusulnya)",
    aksi: "penghargaan.putus",
    params: ParamId,
    body: z.strictObject({
      status: z.enum(["diberikan", "ditolak"]),
      tanggal: skemaTanggal,
      catatan: teksBebas(2000).optional(),
    }),
    response: SkemaPenghargaan,
    handler: async (ctx) => {
      const { instansiId, id } = ctx.params;
      const lama = await penghargaanDasar(ctx.db, instansiId).where("h.id", "=", id).executeTakeFirst();
      if (!lama) throw tidakDitemukan();
      if (lama.diusulkan_oleh === ctx.sesi?.pengguna.id) {
        throw new GalatApi(403, "AKSES_DITOLAK", {
          pesan: {
            id: "Pengusul tidak dapat memutuskan usulannya sendiri.",
            en: "The nominator cannot decide their own nomination.",
          },
        });
      }
      await ctx.db
        .updateTable("penghargaan")
        .set({
          status: ctx.body.status,
          tanggal_keputusan: ctx.body.tanggal,
          catatan_keputusan: ctx.body.catatan ?? null,
          diputuskan_oleh: ctx.sesi?.pengguna.id ?? null,
        })
        .where("instansi_id", "=", instansiId)
        .where("id", "=", id)
        .execute();
      ctx.audit({ objekJenis: "penghargaan", rincian: { status: ctx.body.status } });
      return penghargaanKeApi(
        await penghargaanDasar(ctx.db, instansiId).where("h.id", "=", id).executeTakeFirstOrThrow(),
      );
    },
  }),
];
