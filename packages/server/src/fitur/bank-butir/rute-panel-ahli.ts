/**
 * Expert panel review, the expert's side (docs/panel-ahli.md). No account: the
 * expert spends the printed one-time code for a session token that only their
 * browser holds, sent in the body (never in a URL). An expert sees and
 * changes only their own ratings; never another expert's, never results.
 */
import { isKodeSubDimensi, RELEVANSI, subDimensi } from "@nurani/domain";
import { z } from "zod";
import { GalatApi } from "../../http/errors.ts";
import { grupRute } from "../../http/fitur.ts";
import { defineRoute } from "../../http/route.ts";
import { ahliDariToken, masukDenganKode } from "./panel.ts";

const TAG = "panel-ahli";
const token = z.string().min(20).max(100);
const Relevansi = z.enum(RELEVANSI as ["esensial", "berguna", "tidak_perlu"]);

export const rutePanelAhli = grupRute("/api/panel-ahli", [
  defineRoute({
    method: "POST",
    url: "/api/panel-ahli/masuk",
    akses: "publik",
    tag: TAG,
    ringkasan:
      "Ahli masuk dengan kode sekali pakai; kode hangus, jawabannya token sesi (disimpan peramban ahli saja)",
    aksi: "bank_butir.panel.masuk",
    body: z.strictObject({ kode: z.string().trim().min(8).max(40) }),
    response: z.object({ token: z.string(), nama: z.string(), judul: z.string() }),
    handler: async (ctx) => {
      const m = await masukDenganKode(ctx.db, ctx.body.kode);
      ctx.reply.header("cache-control", "no-store");
      ctx.audit({ objekJenis: "bank_butir_panel", objekId: m.panelId, rincian: { ahli: m.ahliId } });
      return { token: m.token, nama: m.nama, judul: m.judul };
    },
  }),

  defineRoute({
    method: "POST",
    url: "/api/panel-ahli/saya",
    akses: "publik",
    tag: TAG,
    ringkasan: "Pernyataan yang dinilai ahli, dengan definisi sub-dimensinya dan penilaian ahli itu sendiri",
    body: z.strictObject({ token }),
    response: z.object({
      nama: z.string(),
      judul: z.string(),
      pernyataan: z.array(
        z.object({
          id: z.string(),
          teks: z.string(),
          subDimensi: z.string(),
          namaSubDimensi: z.string(),
          definisi: z.string(),
          relevansi: Relevansi.nullable(),
          keinginanSosial: z.number().nullable(),
        }),
      ),
    }),
    handler: async (ctx) => {
      const a = await ahliDariToken(ctx.db, ctx.body.token);
      const [ps, nilai] = await Promise.all([
        ctx.db
          .selectFrom("bank_butir_panel_pernyataan")
          .select(["id", "teks", "sub_dimensi"])
          .where("panel_id", "=", a.panel_id)
          .orderBy("urutan")
          .execute(),
        ctx.db
          .selectFrom("bank_butir_panel_nilai")
          .select(["pernyataan_id", "relevansi", "keinginan_sosial"])
          .where("ahli_id", "=", a.id)
          .execute(),
      ]);
      const milik = new Map(nilai.map((n) => [n.pernyataan_id, n]));
      ctx.reply.header("cache-control", "no-store");
      return {
        nama: a.nama,
        judul: a.judul,
        pernyataan: ps.map((p) => {
          const sd = isKodeSubDimensi(p.sub_dimensi) ? subDimensi(p.sub_dimensi) : null;
          const n = milik.get(p.id);
          return {
            id: p.id,
            teks: p.teks,
            subDimensi: p.sub_dimensi,
            namaSubDimensi: sd?.nama.id ?? p.sub_dimensi,
            definisi: sd?.definisi.id ?? "",
            relevansi: n?.relevansi ?? null,
            keinginanSosial: n?.keinginan_sosial ?? null,
          };
        }),
      };
    },
  }),

  defineRoute({
    method: "PUT",
    url: "/api/panel-ahli/nilai",
    akses: "publik",
    tag: TAG,
    ringkasan: "Ahli menyimpan penilaian satu pernyataan: relevansi (Lawshe) dan keinginan sosial 1–5",
    aksi: "bank_butir.panel.nilai",
    body: z.strictObject({
      token,
      pernyataanId: z.string().min(1).max(20),
      relevansi: Relevansi,
      keinginanSosial: z.number().int().min(1).max(5),
    }),
    response: z.object({ dinilai: z.number(), total: z.number() }),
    handler: async (ctx) => {
      const a = await ahliDariToken(ctx.db, ctx.body.token);
      const ada = await ctx.db
        .selectFrom("bank_butir_panel_pernyataan")
        .select("id")
        .where("panel_id", "=", a.panel_id)
        .where("id", "=", ctx.body.pernyataanId)
        .executeTakeFirst();
      if (!ada)
        throw new GalatApi(404, "PERNYATAAN_TIDAK_ADA", {
          pesan: { id: "Pernyataan tidak ada di panel ini.", en: "Statement not in this panel." },
        });
      const isi = {
        relevansi: ctx.body.relevansi,
        keinginan_sosial: ctx.body.keinginanSosial,
        diubah: new Date(),
      };
      await ctx.db
        .insertInto("bank_butir_panel_nilai")
        .values({ ahli_id: a.id, panel_id: a.panel_id, pernyataan_id: ada.id, ...isi })
        .onConflict((oc) => oc.columns(["ahli_id", "pernyataan_id"]).doUpdateSet(isi))
        .execute();
      const [d, t] = await Promise.all([
        ctx.db
          .selectFrom("bank_butir_panel_nilai")
          .select((eb) => eb.fn.countAll<string>().as("n"))
          .where("ahli_id", "=", a.id)
          .executeTakeFirstOrThrow(),
        ctx.db
          .selectFrom("bank_butir_panel_pernyataan")
          .select((eb) => eb.fn.countAll<string>().as("n"))
          .where("panel_id", "=", a.panel_id)
          .executeTakeFirstOrThrow(),
      ]);
      // the audit names the expert and the statement, not the ratings
      ctx.audit({
        objekJenis: "bank_butir_panel",
        objekId: a.panel_id,
        rincian: { ahli: a.id, pernyataan: ada.id },
      });
      return { dinilai: Number(d.n), total: Number(t.n) };
    },
  }),
]);
