/**
 * Managing the code of ethics (docs/kode-etik.md; Tabel 2 II "penyusunan,
 * penetapan dan internalisasi kode etik dan kode perilaku"): drafts, adoption
 * by decree, immutable published versions, coverage per unit (aggregated with
 * k) and the per-person attestation register (its handlers only, audited).
 */
import { PERAN, type Peran } from "@nurani/domain";
import { sql, type Transaction } from "kysely";
import { z } from "zod";
import type { Database } from "../../db/schema.ts";
import { grupRute } from "../../http/fitur.ts";
import { defineRoute } from "../../http/route.ts";
import { ambilHalaman, skemaDaftar } from "../../umum/halaman.ts";
import { cakupan, hariIni, periksaBerkas, soalDari } from "./layanan.ts";
import { galatEtik } from "./pesan.ts";
import {
  BodyKode,
  BodyTerbit,
  KueriAtestasi,
  KueriCakupan,
  ParamKode,
  SkemaAtestasiBaris,
  SkemaCakupan,
  SkemaKodeDetail,
  SkemaKodeRingkas,
} from "./skema.ts";

/** Who drafts and adopts the code. */
export const PERAN_KELOLA_KODE = ["admin_instansi", "tim_supervisi"] as const;
/** Who reads the versions (the text is not about anyone). */
export const PERAN_BACA_KODE = ["admin_instansi", "tim_supervisi", "pimpinan", "ppk", "apip"] as const;
/** Who sees coverage per unit (aggregated with k). */
export const PERAN_CAKUPAN = ["tim_supervisi", "pimpinan", "admin_instansi", "ppk", "apip"] as const;
/** The handlers of the per-person attestation register (purpose limitation, item 9). */
export const PERAN_REGISTER_ATESTASI = ["admin_instansi", "ppk", "apip"] as const;
export const PERAN_PEGAWAI: Peran[] = PERAN.filter((p) => p !== "evaluator_nasional");

const P = "/api/instansi/:instansiId/kode-etik";

const kolom = [
  "id",
  "versi",
  "judul",
  "status",
  "nomor_sk",
  "tanggal_sk",
  "nilai_lulus",
  "terbit",
  "soal",
  sql<boolean>`berkas_sk is not null`.as("ada_berkas"),
] as const;

type Baris = {
  id: string;
  versi: number | null;
  judul: string;
  status: "draf" | "terbit";
  nomor_sk: string | null;
  tanggal_sk: string | null;
  nilai_lulus: number;
  terbit: Date | null;
  soal: unknown;
  ada_berkas: boolean;
};
const ringkas = (k: Baris) => ({
  id: k.id,
  versi: k.versi,
  judul: k.judul,
  status: k.status,
  nomorSk: k.nomor_sk,
  tanggalSk: k.tanggal_sk,
  adaBerkas: !!k.ada_berkas,
  jumlahSoal: soalDari(k.soal).length,
  nilaiLulus: k.nilai_lulus,
  terbit: k.terbit ? new Date(k.terbit).toISOString() : null,
});

function periksaSoal(b: z.output<typeof BodyKode>) {
  if (b.soal.some((s) => s.kunci >= s.pilihan.length)) throw galatEtik(400, "KUNCI_TIDAK_SAH");
}

async function ambil(ctx: { db: Transaction<Database> }, instansiId: string, id: string) {
  const k = await ctx.db
    .selectFrom("kode_etik")
    .select([...kolom, "isi"])
    .where("instansi_id", "=", instansiId)
    .where("id", "=", id)
    .executeTakeFirst();
  if (!k) throw galatEtik(404, "KODE_TIDAK_ADA");
  return k;
}

export const ruteKelola = grupRute(P, [
  defineRoute({
    method: "GET",
    url: P,
    akses: PERAN_BACA_KODE,
    tag: "kode-etik",
    ringkasan: "Versi kode etik dan kode perilaku instansi (draf dan terbit, terbaru dahulu)",
    response: z.object({ items: z.array(SkemaKodeRingkas) }),
    handler: async (ctx) => {
      const r = await ctx.db
        .selectFrom("kode_etik")
        .select(kolom)
        .where("instansi_id", "=", ctx.params.instansiId)
        .orderBy(sql`versi desc nulls first`)
        .orderBy("dibuat", "desc")
        .execute();
      return { items: r.map(ringkas) };
    },
  }),

  defineRoute({
    method: "POST",
    url: P,
    akses: PERAN_KELOLA_KODE,
    tag: "kode-etik",
    ringkasan: "Menyusun draf kode etik (teks dan kuis pilihan ganda opsional)",
    aksi: "kode_etik.buat",
    body: BodyKode,
    response: SkemaKodeRingkas,
    status: 201,
    handler: async (ctx) => {
      periksaSoal(ctx.body);
      const { id } = await ctx.db
        .insertInto("kode_etik")
        .values({
          instansi_id: ctx.params.instansiId,
          judul: ctx.body.judul,
          isi: ctx.body.isi,
          soal: JSON.stringify(ctx.body.soal),
          nilai_lulus: ctx.body.nilaiLulus,
          dibuat_oleh: ctx.sesi?.pengguna.id ?? null,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      ctx.audit({ objekJenis: "kode_etik", objekId: id });
      return ringkas(await ambil(ctx, ctx.params.instansiId, id));
    },
  }),

  defineRoute({
    method: "GET",
    url: `${P}/cakupan`,
    akses: PERAN_CAKUPAN,
    tag: "kode-etik",
    ringkasan: "Cakupan pernyataan kode etik per unit kerja (agregat; unit di bawah k pegawai disembunyikan)",
    query: KueriCakupan,
    response: SkemaCakupan,
    handler: async (ctx) => {
      const tahun = ctx.query.tahun ?? Number((await hariIni(ctx.db, ctx.params.instansiId)).slice(0, 4));
      return cakupan(ctx.db, ctx.params.instansiId, tahun);
    },
  }),

  defineRoute({
    method: "GET",
    url: `${P}/atestasi`,
    akses: PERAN_REGISTER_ATESTASI,
    tag: "kode-etik",
    ringkasan: "Register pernyataan kode etik per pegawai (pengelola register saja; diaudit)",
    aksi: "kode_etik_atestasi.daftar",
    query: KueriAtestasi,
    response: skemaDaftar(SkemaAtestasiBaris),
    handler: async (ctx) => {
      const { instansiId } = ctx.params;
      const tahun = ctx.query.tahun ?? Number((await hariIni(ctx.db, instansiId)).slice(0, 4));
      let q = ctx.db
        .selectFrom("kode_etik_atestasi as a")
        .innerJoin("kode_etik as k", (j) =>
          j.onRef("k.instansi_id", "=", "a.instansi_id").onRef("k.id", "=", "a.kode_id"),
        )
        .innerJoin("pegawai as p", (j) =>
          j.onRef("p.instansi_id", "=", "a.instansi_id").onRef("p.id", "=", "a.pegawai_id"),
        )
        .leftJoin("unit_kerja as u", (j) =>
          j.onRef("u.instansi_id", "=", "p.instansi_id").onRef("u.id", "=", "p.unit_id"),
        )
        .select(["p.id as pegawai_id", "p.nip", "p.nama", "u.nama as unit", "k.versi", "a.tanggal", "a.skor"])
        .where("a.instansi_id", "=", instansiId)
        .where("a.tahun", "=", tahun);
      if (ctx.query.unitId) q = q.where("p.unit_id", "=", ctx.query.unitId);
      const h = await ambilHalaman(ctx.db, q.orderBy("a.tanggal", "desc").orderBy("p.nama"), ctx.query);
      ctx.audit({ rincian: { tahun, jumlah: h.items.length, pegawai: h.items.map((x) => x.pegawai_id) } });
      return {
        ...h,
        items: h.items.map((x) => ({
          pegawaiId: x.pegawai_id,
          nip: x.nip,
          nama: x.nama,
          unit: x.unit,
          versi: Number(x.versi),
          tanggal: x.tanggal,
          skor: x.skor,
        })),
      };
    },
  }),

  defineRoute({
    method: "GET",
    url: `${P}/:id`,
    akses: PERAN_BACA_KODE,
    tag: "kode-etik",
    ringkasan: "Satu versi kode etik dengan kuis dan kunci jawabannya",
    params: ParamKode,
    response: SkemaKodeDetail,
    handler: async (ctx) => {
      const k = await ambil(ctx, ctx.params.instansiId, ctx.params.id);
      return { ...ringkas(k), isi: k.isi, soal: soalDari(k.soal) };
    },
  }),

  defineRoute({
    method: "PUT",
    url: `${P}/:id`,
    akses: PERAN_KELOLA_KODE,
    tag: "kode-etik",
    ringkasan: "Mengubah draf kode etik (versi terbit tidak dapat diubah)",
    aksi: "kode_etik.ubah",
    params: ParamKode,
    body: BodyKode,
    response: SkemaKodeRingkas,
    handler: async (ctx) => {
      const { instansiId, id } = ctx.params;
      const k = await ambil(ctx, instansiId, id);
      if (k.status === "terbit") throw galatEtik(409, "SUDAH_TERBIT");
      periksaSoal(ctx.body);
      await ctx.db
        .updateTable("kode_etik")
        .set({
          judul: ctx.body.judul,
          isi: ctx.body.isi,
          soal: JSON.stringify(ctx.body.soal),
          nilai_lulus: ctx.body.nilaiLulus,
        })
        .where("instansi_id", "=", instansiId)
        .where("id", "=", id)
        .execute();
      ctx.audit({ objekJenis: "kode_etik", objekId: id });
      return ringkas(await ambil(ctx, instansiId, id));
    },
  }),

  defineRoute({
    method: "POST",
    url: `${P}/:id/terbit`,
    akses: PERAN_KELOLA_KODE,
    tag: "kode-etik",
    ringkasan:
      "Menetapkan dan menerbitkan draf dengan nomor dan tanggal SK (berkas SK opsional); sejak itu tetap",
    aksi: "kode_etik.terbit",
    params: ParamKode,
    body: BodyTerbit,
    response: SkemaKodeRingkas,
    bodyLimit: 3 * 1024 * 1024,
    handler: async (ctx) => {
      const { instansiId, id } = ctx.params;
      const k = await ambil(ctx, instansiId, id);
      if (k.status === "terbit") throw galatEtik(409, "SUDAH_TERBIT");
      const f = ctx.body.berkas;
      const isi = f ? Buffer.from(f.isiBase64, "base64") : null;
      if (f && isi && !periksaBerkas(f.jenis, isi)) throw galatEtik(400, "BERKAS_DITOLAK");
      const m = await ctx.db
        .selectFrom("kode_etik")
        .select((eb) => eb.fn.max("versi").as("v"))
        .where("instansi_id", "=", instansiId)
        .executeTakeFirst();
      const versi = Number(m?.v ?? 0) + 1;
      await ctx.db
        .updateTable("kode_etik")
        .set({
          status: "terbit",
          versi,
          nomor_sk: ctx.body.nomorSk,
          tanggal_sk: ctx.body.tanggalSk,
          berkas_sk: isi,
          berkas_nama: f?.nama ?? null,
          berkas_jenis: f?.jenis ?? null,
          terbit: new Date(),
        })
        .where("instansi_id", "=", instansiId)
        .where("id", "=", id)
        .execute();
      ctx.audit({ objekJenis: "kode_etik", objekId: id, rincian: { versi, nomorSk: ctx.body.nomorSk } });
      return ringkas(await ambil(ctx, instansiId, id));
    },
  }),

  defineRoute({
    method: "GET",
    url: `${P}/:id/berkas-sk`,
    akses: PERAN_PEGAWAI,
    tag: "kode-etik",
    ringkasan: "Mengunduh berkas SK penetapan kode etik (versi terbit)",
    params: ParamKode,
    handler: async (ctx) => {
      const x = await ctx.db
        .selectFrom("kode_etik")
        .select(["berkas_sk", "berkas_nama", "berkas_jenis", "status"])
        .where("instansi_id", "=", ctx.params.instansiId)
        .where("id", "=", ctx.params.id)
        .executeTakeFirst();
      const kelola = ctx.peran.some((p) => (PERAN_BACA_KODE as readonly string[]).includes(p));
      if (!x || (x.status !== "terbit" && !kelola)) throw galatEtik(404, "KODE_TIDAK_ADA");
      if (!x.berkas_sk || !x.berkas_jenis) throw galatEtik(404, "BERKAS_TIDAK_ADA");
      return ctx.reply
        .type(x.berkas_jenis)
        .header(
          "content-disposition",
          `attachment; filename*=UTF-8''${encodeURIComponent(x.berkas_nama ?? "sk")}`,
        )
        .send(Buffer.from(x.berkas_sk));
    },
  }),
]);
