/**
 * Where roles come from (Tabel 3 no. 1 and no. 6: the supervision team and
 * the change agents are appointed by decree): the admin sees each user's
 * roles with their origin and history; a user sees their own; the PPK
 * revokes a decree's roles.
 */
import { z } from "zod";
import { GalatApi, tidakDitemukan } from "../../http/errors.ts";
import { grupRute } from "../../http/fitur.ts";
import { defineRoute } from "../../http/route.ts";
import { ambilHalaman, skemaDaftar, skemaHalaman } from "../../umum/halaman.ts";
import { asalPeran, kueriRiwayat, riwayatApi } from "./kueri.ts";
import { akhiriSk } from "./layanan.ts";
import { LANGKAH_SK, SkemaAsalPeran, SkemaRiwayat } from "./skema.ts";

const DASAR = "/api/instansi/:instansiId/peran-sk";

export const rutePeranSk = grupRute(DASAR, [
  defineRoute({
    method: "GET",
    url: `${DASAR}/asal`,
    akses: ["admin_instansi"],
    tag: "pengguna",
    ringkasan: "Asal setiap peran pengguna instansi ini: diberikan admin, SK yang berlaku, atau keduanya",
    response: z.array(SkemaAsalPeran),
    handler: (ctx) => asalPeran(ctx.db, ctx.params.instansiId),
  }),

  defineRoute({
    method: "GET",
    url: `${DASAR}/saya`,
    akses: "login",
    tag: "pengguna",
    ringkasan: "Asal peran saya di instansi ini",
    response: z.array(SkemaAsalPeran),
    handler: (ctx) => asalPeran(ctx.db, ctx.params.instansiId, ctx.sesi?.pengguna.id ?? ""),
  }),

  defineRoute({
    method: "GET",
    url: `${DASAR}/pengguna/:id/riwayat`,
    akses: ["admin_instansi"],
    tag: "pengguna",
    ringkasan: "Riwayat peran seorang pengguna: siapa memberi atau mencabut, kapan, dari SK mana",
    params: z.strictObject({ id: z.uuid() }),
    query: z.strictObject(skemaHalaman),
    response: skemaDaftar(SkemaRiwayat),
    handler: async (ctx) => {
      const h = await ambilHalaman(
        ctx.db,
        kueriRiwayat(ctx.db, ctx.params.instansiId, ctx.params.id),
        ctx.query,
      );
      return { ...h, items: h.items.map(riwayatApi) };
    },
  }),

  defineRoute({
    method: "POST",
    url: `${DASAR}/cabut`,
    akses: ["ppk"],
    tag: "pengguna",
    ringkasan:
      "Mencabut SK Tim Supervisi atau SK Agen Perubahan sebuah siklus: peran yang diberikannya dicabut (Tabel 3 no. 1, 6)",
    aksi: "peran_sk.cabut",
    body: z.strictObject({ siklusId: z.uuid(), langkah: z.enum(LANGKAH_SK) }),
    response: z.object({ dicabut: z.number() }),
    handler: async (ctx) => {
      const { instansiId } = ctx.params;
      const s = await ctx.db
        .selectFrom("siklus_program")
        .select("id")
        .where("instansi_id", "=", instansiId)
        .where("id", "=", ctx.body.siklusId)
        .executeTakeFirst();
      if (!s) throw tidakDitemukan();
      const n = await akhiriSk(ctx.db, {
        instansiId,
        siklusId: s.id,
        langkah: ctx.body.langkah,
        alasan: "sk_dicabut",
        oleh: ctx.sesi?.pengguna.id ?? null,
      });
      if (n === 0)
        throw new GalatApi(409, "SK_TIDAK_BERLAKU", {
          pesan: {
            id: "Tidak ada SK yang berlaku untuk langkah ini pada siklus tersebut.",
            en: "No decree is in force for this step of that cycle.",
          },
        });
      ctx.audit({
        objekJenis: "siklus_program",
        objekId: s.id,
        rincian: { langkah: ctx.body.langkah, dicabut: n },
      });
      return { dicabut: n };
    },
  }),
]);
