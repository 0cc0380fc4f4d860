/**
 * My calendar (docs/data-saya.md "Calendar"): my
 * activities as JSON for the month grid, and as an iCalendar file
 * (RFC 5545) to import into a calendar application.
 */
import { z } from "zod";
import { grupRute } from "../../http/fitur.ts";
import { defineRoute, type KonteksRute } from "../../http/route.ts";
import { tulisIcal } from "./ical.ts";
import { type KegiatanSaya, kegiatanSaya } from "./kueri.ts";

const P = "/api/instansi/:instansiId/kalender";

/** The app's base URL for links: the configured public URL, else the request's own host. */
export const basisUrl = (ctx: KonteksRute<unknown, unknown, unknown>) =>
  ctx.config.urlPublik ?? `${ctx.req.protocol}://${ctx.req.headers.host ?? "nurani"}`;

/** My activities as an iCalendar document (the one-off export and the subscribed feed). */
export function icsSaya(items: KegiatanSaya[], namaInstansi: string, basis: string): string {
  const host = basis.replace(/^https?:\/\//, "").replace(/[:/].*$/, "");
  return tulisIcal({
    nama: `Nurani — ${namaInstansi}`,
    acara: items.map((k) => ({
      uid: `${k.jenis}-${k.id}@${host}`,
      judul: k.jenis === "asesmen" && !/^asesmen/i.test(k.judul) ? `Asesmen: ${k.judul}` : k.judul,
      uraian: k.uraian,
      url: `${basis}${k.tautan}`,
      mulai: k.mulai,
      selesai: k.selesai,
      sepanjangHari: k.jenis === "kegiatan",
    })),
  });
}

const SkemaKegiatan = z.object({
  id: z.string(),
  jenis: z.enum(["kegiatan", "asesmen"]),
  judul: z.string(),
  uraian: z.string().nullable(),
  mulai: z.string(),
  selesai: z.string(),
  tautan: z.string(),
});

export const ruteKalender = grupRute(P, [
  defineRoute({
    method: "GET",
    url: `${P}/saya`,
    akses: "login",
    tag: "kalender",
    ringkasan:
      "Kegiatan saya: kegiatan program untuk seluruh instansi, unit saya, atau saya (siklus belum ditutup) dan asesmen untuk saya",
    response: z.object({ items: z.array(SkemaKegiatan) }),
    handler: async (ctx) => ({
      items: await kegiatanSaya(ctx.db, ctx.params.instansiId, ctx.sesi?.pengguna.id ?? ""),
    }),
  }),
  defineRoute({
    method: "GET",
    url: `${P}/saya.ics`,
    akses: "login",
    tag: "kalender",
    ringkasan: "Kegiatan saya sebagai berkas iCalendar (RFC 5545) untuk aplikasi kalender",
    handler: async (ctx) => {
      const items = await kegiatanSaya(ctx.db, ctx.params.instansiId, ctx.sesi?.pengguna.id ?? "");
      const ics = icsSaya(items, (ctx.instansi as { nama: string }).nama, basisUrl(ctx));
      ctx.reply.header("content-disposition", 'attachment; filename="kalender-saya.ics"');
      return ctx.reply.type("text/calendar; charset=utf-8").send(ics);
    },
  }),
]);
