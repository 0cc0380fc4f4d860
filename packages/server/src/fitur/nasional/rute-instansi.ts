/**
 * The national register and dashboard (BAB IV; docs/nasional.md Part II):
 * the national evaluator (held in KemenPANRB) lists every agency with its
 * kept figures, registers, edits, deactivates and reactivates agencies, and
 * creates an agency's first admin with a one-time activation code. Every
 * agency role gets 403: the national view is the Ministry's.
 */
import { GalatApi } from "../../http/errors.ts";
import { grupRute } from "../../http/fitur.ts";
import { defineRoute, type KonteksRute } from "../../http/route.ts";
import { barisDasbor, halamanDasbor, instansiApi, kueriDasbor } from "./kueri.ts";
import { aturAktif, buatAdminPertama, tambahInstansi, ubahInstansi } from "./layanan.ts";
import { cariPeriode, trenPeriode } from "./periode.ts";
import { segarkanBasi } from "./ringkasan.ts";
import {
  BodyAdminPertama,
  BodyInstansi,
  BodyUbahInstansi,
  KueriDasbor,
  KueriTren,
  ParamsId,
  SkemaAdminPertama,
  SkemaDasbor,
  SkemaInstansiRegister,
  SkemaTren,
} from "./skema.ts";

export const PERAN_NASIONAL = ["evaluator_nasional"] as const;

/** The role must be held in the national instansi (KemenPANRB), as everywhere else (guard.ts). */
// biome-ignore lint/suspicious/noExplicitAny: any route's context
export function pastikanNasional(ctx: KonteksRute<any, any, any>): string {
  const p = ctx.sesi?.peran.find((x) => x.instansiNasional && x.peran === "evaluator_nasional");
  if (!p) throw new GalatApi(403, "AKSES_DITOLAK");
  return p.instansiId;
}

export const ruteInstansi = grupRute("/api/nasional/instansi", [
  defineRoute({
    method: "GET",
    url: "/api/nasional/instansi",
    akses: PERAN_NASIONAL,
    tag: "nasional",
    ringkasan:
      "Dasbor nasional: setiap instansi dengan tahap program, kelengkapan persiapan, cakupan kegiatan, indeks terakhir yang dirilis (interval 95%), distribusi level dan partisipasi; saring jenis/provinsi, cari nama/kode, urut, berhalaman",
    query: KueriDasbor,
    response: SkemaDasbor,
    handler: async (ctx) => {
      pastikanNasional(ctx);
      // Only the rows a write has marked stale are recomputed (ringkasan.ts).
      await segarkanBasi(ctx.db);
      const { page, pageSize, urut, periode, ...saring } = ctx.query;
      const p = periode ? await cariPeriode(ctx.db, periode) : undefined;
      const h = await halamanDasbor(ctx.db, kueriDasbor(ctx.db, { ...saring, periode: p }, urut), {
        page,
        pageSize,
      });
      return { ...h, items: h.items.map(barisDasbor) };
    },
  }),

  defineRoute({
    method: "POST",
    url: "/api/nasional/instansi",
    akses: PERAN_NASIONAL,
    tag: "nasional",
    ringkasan: "Mendaftarkan instansi (kode, nama, jenis, provinsi/provinsi induk, kode wilayah, zona waktu)",
    aksi: "instansi.daftar",
    body: BodyInstansi,
    response: SkemaInstansiRegister,
    status: 201,
    handler: async (ctx) => {
      pastikanNasional(ctx);
      const r = await tambahInstansi(ctx.db, ctx.body);
      ctx.audit({
        instansiId: r.id,
        objekJenis: "instansi",
        objekId: r.id,
        rincian: { kode: r.kode, jenis: r.jenis },
      });
      return instansiApi(r);
    },
  }),

  defineRoute({
    method: "PATCH",
    url: "/api/nasional/instansi/:id",
    akses: PERAN_NASIONAL,
    tag: "nasional",
    ringkasan: "Mengubah data instansi di register",
    aksi: "instansi.ubah",
    params: ParamsId,
    body: BodyUbahInstansi,
    response: SkemaInstansiRegister,
    handler: async (ctx) => {
      pastikanNasional(ctx);
      const { lama, baru } = await ubahInstansi(ctx.db, ctx.params.id, ctx.body);
      const berubah = (["kode", "nama", "jenis", "provinsi", "kode_wilayah", "zona_waktu"] as const).filter(
        (k) => lama[k] !== baru[k],
      );
      ctx.audit({ instansiId: baru.id, objekJenis: "instansi", rincian: { kolom: berubah } });
      return instansiApi(baru);
    },
  }),

  defineRoute({
    method: "POST",
    url: "/api/nasional/instansi/:id/nonaktifkan",
    akses: PERAN_NASIONAL,
    tag: "nasional",
    ringkasan: "Menonaktifkan instansi (tidak pernah dihapus; datanya tetap)",
    aksi: "instansi.nonaktifkan",
    params: ParamsId,
    response: SkemaInstansiRegister,
    handler: async (ctx) => {
      pastikanNasional(ctx);
      const r = await aturAktif(ctx.db, ctx.params.id, false);
      ctx.audit({ instansiId: r.id, objekJenis: "instansi" });
      return instansiApi(r);
    },
  }),

  defineRoute({
    method: "POST",
    url: "/api/nasional/instansi/:id/aktifkan",
    akses: PERAN_NASIONAL,
    tag: "nasional",
    ringkasan: "Mengaktifkan kembali instansi",
    aksi: "instansi.aktifkan",
    params: ParamsId,
    response: SkemaInstansiRegister,
    handler: async (ctx) => {
      pastikanNasional(ctx);
      const r = await aturAktif(ctx.db, ctx.params.id, true);
      ctx.audit({ instansiId: r.id, objekJenis: "instansi" });
      return instansiApi(r);
    },
  }),

  defineRoute({
    method: "POST",
    url: "/api/nasional/instansi/:id/admin",
    akses: PERAN_NASIONAL,
    tag: "nasional",
    ringkasan:
      "Membuat admin pertama instansi tanpa kata sandi, dengan kode aktivasi sekali pakai (dicetak, diserahkan; hanya hash-nya disimpan)",
    aksi: "instansi.admin_pertama",
    params: ParamsId,
    body: BodyAdminPertama,
    response: SkemaAdminPertama,
    status: 201,
    handler: async (ctx) => {
      pastikanNasional(ctx);
      const r = await buatAdminPertama(ctx.db, ctx.params.id, ctx.body, ctx.sesi?.pengguna.id ?? null);
      // The code itself is never logged.
      ctx.audit({ instansiId: ctx.params.id, objekJenis: "pengguna", objekId: r.penggunaId });
      return { ...r, kedaluwarsa: r.kedaluwarsa.toISOString() };
    },
  }),
]);

export const ruteTren = grupRute("/api/nasional/tren", [
  defineRoute({
    method: "GET",
    url: "/api/nasional/tren",
    akses: PERAN_NASIONAL,
    tag: "nasional",
    ringkasan:
      "Tren antarperiode evaluasi: indeks (selang 95%), distribusi level dan nilai LKE per periode, untuk satu instansi atau satu jenis instansi",
    query: KueriTren,
    response: SkemaTren,
    handler: async (ctx) => {
      pastikanNasional(ctx);
      return trenPeriode(ctx.db, ctx.query);
    },
  }),
]);
