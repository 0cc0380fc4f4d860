/**
 * The national side of the evaluation (BAB IV): periods
 * with their timeline and participating categories, the review queue of a
 * period, rankings and their publication. National evaluator only.
 */

import { PELAKU_LEMBAR, periksaUbahPeriode, validasiPeriode } from "@nurani/domain";
import { sql } from "kysely";
import { z } from "zod";
import { GalatApi } from "../../http/errors.ts";
import { grupRute } from "../../http/fitur.ts";
import { defineRoute } from "../../http/route.ts";
import { skemaDaftar } from "../../umum/halaman.ts";
import { bekukanIndeksPeriode } from "../nasional/index.ts";
import { daftarPeriode, kolomDariPeriode, periodeAtau404, versiTerbit } from "./kueri.ts";
import { galatDomain, hariIni, pastikanJadwal, periodeApi } from "./layanan.ts";
import {
  distribusi,
  hitungPeringkat,
  hitungPeringkatIndeks,
  PENJELASAN_PERINGKAT,
  PENJELASAN_PERINGKAT_INDEKS,
} from "./peringkat.ts";
import {
  BodyPeriode,
  KueriLembarPeriode,
  ParamPeriode,
  SkemaBarisLembar,
  SkemaDistribusi,
  SkemaPeringkat,
  SkemaPeriode,
} from "./skema.ts";

const DASAR = "/api/evaluasi";
const EVALUATOR = PELAKU_LEMBAR.reviu;

export const rutePeriode = grupRute(DASAR, [
  defineRoute({
    method: "GET",
    url: `${DASAR}/periode`,
    akses: EVALUATOR,
    tag: "evaluasi",
    ringkasan: "Daftar periode evaluasi dengan fasenya hari ini",
    response: z.array(SkemaPeriode),
    handler: async (ctx) => (await daftarPeriode(ctx.db)).map(periodeApi),
  }),

  defineRoute({
    method: "POST",
    url: `${DASAR}/periode`,
    akses: EVALUATOR,
    tag: "evaluasi",
    ringkasan: "Membuka periode evaluasi: jadwal penilaian mandiri, reviu, publikasi; jenis instansi peserta",
    aksi: "evaluasi.periode.buat",
    body: BodyPeriode,
    response: SkemaPeriode,
    status: 201,
    handler: async (ctx) => {
      const g = validasiPeriode(ctx.body, await versiTerbit(ctx.db));
      if (g.length > 0) throw galatDomain(g);
      const ada = await ctx.db
        .selectFrom("periode_evaluasi")
        .select("id")
        .where("kode", "=", ctx.body.kode)
        .executeTakeFirst();
      if (ada)
        throw new GalatApi(409, "KODE_PERIODE_DIPAKAI", {
          pesan: {
            id: `Kode periode ${ctx.body.kode} sudah dipakai.`,
            en: `Period code ${ctx.body.kode} is taken.`,
          },
        });
      const r = await ctx.db
        .insertInto("periode_evaluasi")
        .values({ ...kolomDariPeriode(ctx.body), dibuat_oleh: ctx.sesi?.pengguna.id ?? null })
        .returning("id")
        .executeTakeFirstOrThrow();
      ctx.audit({ objekJenis: "periode_evaluasi", objekId: r.id, rincian: { kode: ctx.body.kode } });
      return periodeApi(await periodeAtau404(ctx.db, r.id));
    },
  }),

  defineRoute({
    method: "PUT",
    url: `${DASAR}/periode/:periodeId`,
    akses: EVALUATOR,
    tag: "evaluasi",
    ringkasan: "Mengubah jadwal periode (sebelum publikasi; tanggal yang lewat tetap)",
    aksi: "evaluasi.periode.ubah",
    params: ParamPeriode,
    body: BodyPeriode,
    response: SkemaPeriode,
    handler: async (ctx) => {
      const lama = await periodeAtau404(ctx.db, ctx.params.periodeId);
      const g = periksaUbahPeriode(lama, ctx.body, hariIni(), await versiTerbit(ctx.db));
      if (g.length > 0) throw galatDomain(g, g.some((x) => x.kode === "DI_LUAR_JADWAL") ? 409 : 400);
      await ctx.db
        .updateTable("periode_evaluasi")
        .set({ ...kolomDariPeriode(ctx.body), diubah: new Date() })
        .where("id", "=", lama.id)
        .execute();
      ctx.audit({ objekJenis: "periode_evaluasi", objekId: lama.id });
      return periodeApi(await periodeAtau404(ctx.db, lama.id));
    },
  }),

  defineRoute({
    method: "GET",
    url: `${DASAR}/periode/:periodeId/lembar`,
    akses: EVALUATOR,
    tag: "evaluasi",
    ringkasan: "Antrean reviu: instansi peserta periode dengan status dan skor LKE-nya (berhalaman)",
    params: ParamPeriode,
    query: KueriLembarPeriode,
    response: skemaDaftar(SkemaBarisLembar),
    handler: async (ctx) => {
      const p = await periodeAtau404(ctx.db, ctx.params.periodeId);
      const { page, pageSize, status, jenis } = ctx.query;
      const jenisDb = p.jenisPeserta.flatMap((j) =>
        j === "lembaga_pemerintah_nonkementerian" ? [j, "lembaga"] : [j],
      );
      const saringJenis = jenis
        ? jenis === "lembaga_pemerintah_nonkementerian"
          ? [jenis, "lembaga"]
          : [jenis]
        : null;
      const dasar = sql`from instansi i
        left join lembar_evaluasi l on l.instansi_id = i.id and l.periode_id = ${p.id}
        where not i.nasional and i.jenis = any(${jenisDb}::text[])
          ${saringJenis ? sql`and i.jenis = any(${saringJenis}::text[])` : sql``}
          ${status ? sql`and coalesce(l.status, 'belum_mulai') = ${status}` : sql``}`;
      const rows = await sql<{
        instansi_id: string;
        kode: string;
        nama: string;
        jenis: string;
        status: string | null;
        skor_mandiri: string | null;
        skor_akhir: string | null;
      }>`select i.id as instansi_id, i.kode, i.nama, i.jenis, l.status, l.skor_mandiri, l.skor_akhir ${dasar}
        order by case l.status when 'dikirim' then 0 when 'difinalisasi' then 1 else 2 end, i.kode
        limit ${pageSize} offset ${(page - 1) * pageSize}`.execute(ctx.db);
      const n = await sql<{ n: number }>`select count(*)::int as n ${dasar}`.execute(ctx.db);
      return {
        items: rows.rows.map((r) => ({
          instansiId: r.instansi_id,
          kode: r.kode,
          nama: r.nama,
          jenis: r.jenis === "lembaga" ? "lembaga_pemerintah_nonkementerian" : r.jenis,
          status: (r.status ?? "belum_mulai") as "belum_mulai",
          skorMandiri: r.skor_mandiri === null ? null : Number(r.skor_mandiri),
          skorAkhir: r.skor_akhir === null ? null : Number(r.skor_akhir),
        })),
        total: n.rows[0]?.n ?? 0,
        page,
        pageSize,
      };
    },
  }),

  defineRoute({
    method: "GET",
    url: `${DASAR}/periode/:periodeId/peringkat`,
    akses: EVALUATOR,
    tag: "evaluasi",
    ringkasan:
      "Peringkat per jenis instansi dengan rentang peringkat dan pita: menurut nilai LKE yang disetujui (`dasar=lke`) atau menurut indeks integritas dengan selang 95% (`dasar=indeks`)",
    params: ParamPeriode,
    query: z.strictObject({ dasar: z.enum(["lke", "indeks"]).default("lke") }),
    response: z.object({
      periode: SkemaPeriode,
      items: z.array(SkemaPeringkat),
      distribusi: z.array(SkemaDistribusi),
      penjelasan: z.string(),
    }),
    handler: async (ctx) => {
      const p = await periodeAtau404(ctx.db, ctx.params.periodeId);
      const indeks = ctx.query.dasar === "indeks";
      const items = indeks ? await hitungPeringkatIndeks(ctx.db, p.id) : await hitungPeringkat(ctx.db, p.id);
      return {
        periode: periodeApi(p),
        items,
        distribusi: distribusi(items),
        penjelasan: indeks ? PENJELASAN_PERINGKAT_INDEKS : PENJELASAN_PERINGKAT,
      };
    },
  }),

  defineRoute({
    method: "POST",
    url: `${DASAR}/periode/:periodeId/peringkat/terbitkan`,
    akses: EVALUATOR,
    tag: "evaluasi",
    ringkasan: "Menerbitkan peringkat (sejak tanggal publikasi): tiap instansi melihat posisinya",
    aksi: "evaluasi.peringkat.terbitkan",
    params: ParamPeriode,
    response: SkemaPeriode,
    handler: async (ctx) => {
      const p = await periodeAtau404(ctx.db, ctx.params.periodeId);
      pastikanJadwal(p, "terbitkan_peringkat");
      if (!p.peringkatTerbit) {
        // The agencies' national figures as they stand now become the period's (the trend's point).
        await bekukanIndeksPeriode(ctx.db, p.id);
        await ctx.db
          .updateTable("periode_evaluasi")
          .set({
            peringkat_terbit: new Date(),
            peringkat_terbit_oleh: ctx.sesi?.pengguna.id ?? null,
            peringkat: JSON.stringify(await hitungPeringkat(ctx.db, p.id)),
          })
          .where("id", "=", p.id)
          .execute();
      }
      ctx.audit({ objekJenis: "periode_evaluasi", objekId: p.id });
      return periodeApi(await periodeAtau404(ctx.db, p.id));
    },
  }),
]);
