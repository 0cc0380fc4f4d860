/**
 * My notification channels per kind, the overdue view for the PPK and the
 * supervision team, and running today's reminders now (docs/pengingat.md).
 */
import { z } from "zod";
import { grupRute } from "../../http/fitur.ts";
import { defineRoute } from "../../http/route.ts";
import { skemaDaftar, skemaHalaman } from "../../umum/halaman.ts";
import { tanggalDi } from "../../umum/tanggal.ts";
import { jalankanPengingat } from "./layanan.ts";
import { peristiwaHariIni } from "./peristiwa.ts";
import { daftarTerlambat } from "./terlambat.ts";

const DASAR = "/api/instansi/:instansiId/pengingat";

/** The kinds a user sets channels for (the part of `notifikasi.jenis` before the dot). */
export const KELOMPOK = [
  "program",
  "asesmen",
  "hasil",
  "renaksi",
  "audit",
  "evaluasi",
  "nontes",
  "gratifikasi",
  "benturan",
  "pendampingan",
  "forum",
  "akun",
] as const;

const SkemaPreferensi = z.object({
  kelompok: z.enum(KELOMPOK),
  dalamAplikasi: z.boolean(),
  email: z.boolean(),
  ringkasanHarian: z.boolean(),
});

const SkemaTerlambat = z.object({
  jenis: z.enum(["renaksi", "temuan_audit", "langkah_persiapan"]),
  judul: z.string(),
  pemilik: z.string(),
  sejak: z.string(),
  hari: z.number(),
  tautan: z.string(),
});

const SkemaTugas = z.object({
  jenis: z.string(),
  judul: z.string(),
  isi: z.string().nullable(),
  tautan: z.string(),
  batas: z.string().nullable(),
});

export const rutePengingat = grupRute(DASAR, [
  defineRoute({
    method: "GET",
    url: `${DASAR}/tugas-saya`,
    akses: "login",
    tag: "notifikasi",
    ringkasan:
      "Yang menunggu saya hari ini (beranda): asesmen terbuka dengan batas waktunya, tanda tangan, langkah persiapan, Renaksi, temuan audit",
    response: z.object({ items: z.array(SkemaTugas) }),
    handler: async (ctx) => {
      const { instansiId } = ctx.params;
      const i = await ctx.db
        .selectFrom("instansi")
        .select("zona_waktu")
        .where("id", "=", instansiId)
        .executeTakeFirstOrThrow();
      const b = ctx.bahasa;
      const semua = await peristiwaHariIni(
        ctx.db,
        instansiId,
        new Date(),
        i.zona_waktu,
        ctx.sesi?.pengguna.id ?? "",
      );
      // "closes soon" repeats "open for you" (and "tomorrow" "scheduled") on the home page: one line each
      const items = semua
        .filter((p) => p.jenis !== "asesmen.segera_tutup" && p.jenis !== "pendampingan.segera")
        .map((p) => ({
          jenis: p.jenis,
          judul: p.judul[b],
          isi: p.isi?.[b] ?? null,
          tautan: p.tautan,
          batas: p.batas ?? null,
        }))
        .sort((x, y) => (x.batas ?? "9999").localeCompare(y.batas ?? "9999"));
      return { items };
    },
  }),
  defineRoute({
    method: "GET",
    url: `${DASAR}/preferensi`,
    akses: "login",
    tag: "notifikasi",
    ringkasan: "Saluran notifikasi saya per jenis: lonceng, email langsung, ringkasan harian",
    response: z.array(SkemaPreferensi),
    handler: async (ctx) => {
      const rows = await ctx.db
        .selectFrom("preferensi_notifikasi")
        .select(["kelompok", "dalam_aplikasi", "email", "ringkasan_harian"])
        .where("instansi_id", "=", ctx.params.instansiId)
        .where("pengguna_id", "=", ctx.sesi?.pengguna.id ?? "")
        .execute();
      return KELOMPOK.map((k) => {
        const r = rows.find((x) => x.kelompok === k);
        return {
          kelompok: k,
          dalamAplikasi: r?.dalam_aplikasi ?? true,
          email: r?.email ?? true,
          ringkasanHarian: r?.ringkasan_harian ?? false,
        };
      });
    },
  }),

  defineRoute({
    method: "PUT",
    url: `${DASAR}/preferensi`,
    akses: "login",
    tag: "notifikasi",
    ringkasan: "Mengatur saluran notifikasi saya per jenis",
    aksi: "notifikasi.preferensi",
    body: z.strictObject({
      preferensi: z
        .array(
          z.strictObject({
            kelompok: z.enum(KELOMPOK),
            dalamAplikasi: z.boolean(),
            email: z.boolean(),
            ringkasanHarian: z.boolean(),
          }),
        )
        .max(KELOMPOK.length),
    }),
    response: z.object({ disimpan: z.number() }),
    handler: async (ctx) => {
      const penggunaId = ctx.sesi?.pengguna.id ?? "";
      for (const p of ctx.body.preferensi) {
        const nilai = {
          dalam_aplikasi: p.dalamAplikasi,
          email: p.email,
          ringkasan_harian: p.ringkasanHarian,
        };
        await ctx.db
          .insertInto("preferensi_notifikasi")
          .values({
            instansi_id: ctx.params.instansiId,
            pengguna_id: penggunaId,
            kelompok: p.kelompok,
            ...nilai,
          })
          .onConflict((oc) =>
            oc
              .columns(["instansi_id", "pengguna_id", "kelompok"])
              .doUpdateSet({ ...nilai, diubah: new Date() }),
          )
          .execute();
      }
      return { disimpan: ctx.body.preferensi.length };
    },
  }),

  defineRoute({
    method: "GET",
    url: `${DASAR}/terlambat`,
    akses: ["ppk", "tim_supervisi"],
    tag: "notifikasi",
    ringkasan:
      "Yang terlambat: apa, siapa pemiliknya, sejak kapan (butir Renaksi, temuan audit, langkah persiapan)",
    query: z.strictObject(skemaHalaman),
    response: skemaDaftar(SkemaTerlambat),
    handler: async (ctx) => {
      const { zona_waktu: zona } = await ctx.db
        .selectFrom("instansi")
        .select("zona_waktu")
        .where("id", "=", ctx.params.instansiId)
        .executeTakeFirstOrThrow();
      const semua = await daftarTerlambat(ctx.db, ctx.params.instansiId, tanggalDi(new Date(), zona), zona);
      const { page, pageSize } = ctx.query;
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
    url: `${DASAR}/jalankan`,
    akses: ["admin_instansi", "ppk"],
    tag: "notifikasi",
    ringkasan:
      "Menjalankan pengingat hari ini sekarang (idempoten: yang sudah terkirim hari ini tidak dikirim lagi)",
    aksi: "pengingat.jalankan",
    response: z.object({ dikirim: z.number(), ringkasan: z.number() }),
    handler: (ctx) => jalankanPengingat(ctx.db, { smtp: ctx.config.smtp, instansiId: ctx.params.instansiId }),
  }),
]);
