/**
 * A subscribable calendar (docs/data-saya.md "Calendar"): the signed-in user makes
 * a secret URL that a calendar application fetches without a session, and may make a new one (the old
 * stops) or end it. The feed holds what "my calendar" shows that user in that agency, nothing more.
 * The secret is 256 random bits; only its SHA-256 is stored (migration 0110), so the URL is shown once.
 */
import { createHash, randomBytes } from "node:crypto";
import { z } from "zod";
import { masukPagar } from "../../db/rls.ts";
import { tidakDitemukan } from "../../http/errors.ts";
import { grupRute } from "../../http/fitur.ts";
import { defineRoute } from "../../http/route.ts";
import { kegiatanSaya } from "./kueri.ts";
import { basisUrl, icsSaya } from "./rute-kalender.ts";

const P = "/api/instansi/:instansiId/kalender/langganan";
const PUBLIK = "/api/publik/kalender";
const TOKEN = z.string().regex(/^[A-Za-z0-9_-]{43}$/);

const hash = (token: string) => createHash("sha256").update(token).digest("hex");

const SkemaLangganan = z.object({
  /** Since when the current URL works; null: no feed. */
  dibuat: z.string().nullable(),
});

export const ruteLangganan = grupRute(P, [
  defineRoute({
    method: "GET",
    url: P,
    akses: "login",
    tag: "kalender",
    ringkasan:
      "Apakah saya punya tautan langganan kalender, dan sejak kapan (tautannya hanya ditampilkan saat dibuat)",
    response: SkemaLangganan,
    handler: async (ctx) => {
      const r = await ctx.db
        .selectFrom("langganan_kalender")
        .select("dibuat")
        .where("instansi_id", "=", ctx.params.instansiId)
        .where("pengguna_id", "=", ctx.sesi?.pengguna.id ?? "")
        .executeTakeFirst();
      return { dibuat: r ? new Date(r.dibuat).toISOString() : null };
    },
  }),
  defineRoute({
    method: "POST",
    url: P,
    akses: "login",
    tag: "kalender",
    ringkasan:
      "Membuat tautan langganan kalender kegiatan saya (rahasia, tanpa login); tautan lama, bila ada, berhenti berlaku",
    aksi: "kalender.langganan.buat",
    response: z.object({ url: z.string(), dibuat: z.string() }),
    status: 201,
    handler: async (ctx) => {
      const token = randomBytes(32).toString("base64url");
      const baris = {
        instansi_id: ctx.params.instansiId,
        pengguna_id: ctx.sesi?.pengguna.id ?? "",
        token_hash: hash(token),
        dibuat: new Date(),
      };
      const r = await ctx.db
        .insertInto("langganan_kalender")
        .values(baris)
        .onConflict((oc) =>
          oc
            .columns(["instansi_id", "pengguna_id"])
            .doUpdateSet({ token_hash: baris.token_hash, dibuat: baris.dibuat }),
        )
        .returning("dibuat")
        .executeTakeFirstOrThrow();
      return { url: `${basisUrl(ctx)}${PUBLIK}/${token}`, dibuat: new Date(r.dibuat).toISOString() };
    },
  }),
  defineRoute({
    method: "DELETE",
    url: P,
    akses: "login",
    tag: "kalender",
    ringkasan: "Menghentikan tautan langganan kalender saya",
    aksi: "kalender.langganan.hapus",
    handler: async (ctx) => {
      await ctx.db
        .deleteFrom("langganan_kalender")
        .where("instansi_id", "=", ctx.params.instansiId)
        .where("pengguna_id", "=", ctx.sesi?.pengguna.id ?? "")
        .execute();
    },
  }),
]);

export const ruteFeed = grupRute(PUBLIK, [
  defineRoute({
    method: "GET",
    url: `${PUBLIK}/:token`,
    akses: "publik",
    // a calendar application polls it: no audit entry per fetch, no address kept
    tanpaAlamat: true,
    tag: "kalender",
    ringkasan:
      "Kalender kegiatan pemilik tautan langganan (iCalendar, RFC 5545; tanpa login, dengan tautan rahasia)",
    params: z.strictObject({ token: TOKEN }),
    handler: async (ctx) => {
      const r = await ctx.db
        .selectFrom("langganan_kalender as l")
        .innerJoin("pengguna as g", "g.id", "l.pengguna_id")
        .innerJoin("instansi as i", "i.id", "l.instansi_id")
        .select(["l.instansi_id", "l.pengguna_id", "i.nama"])
        .where("l.token_hash", "=", hash(ctx.params.token))
        .where("g.aktif", "=", true)
        // still someone in that agency
        .where((eb) =>
          eb.exists(
            eb
              .selectFrom("peran_pengguna as p")
              .select("p.peran")
              .whereRef("p.pengguna_id", "=", "l.pengguna_id")
              .whereRef("p.instansi_id", "=", "l.instansi_id"),
          ),
        )
        .executeTakeFirst();
      if (!r) throw tidakDitemukan();
      // from here on the transaction sees that agency's rows only
      await masukPagar(ctx.db, r.instansi_id);
      const items = await kegiatanSaya(ctx.db, r.instansi_id, r.pengguna_id);
      ctx.reply.header("cache-control", "private, no-store");
      return ctx.reply.type("text/calendar; charset=utf-8").send(icsSaya(items, r.nama, basisUrl(ctx)));
    },
  }),
]);
