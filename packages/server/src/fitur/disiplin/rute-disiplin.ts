/**
 * Discipline cases (PP 94/2021; Tabel 2 II, BAB II.E; docs/gratifikasi.md
 * "Discipline cases"): recorded by the PPK or the agency admin, read only by
 * them and APIP, every read audited naming the people. The rates per unit
 * (per 100 employees, k applied) are also for leaders and the supervision team.
 */
import { sql } from "kysely";
import { z } from "zod";
import { GalatApi } from "../../http/errors.ts";
import { grupRute } from "../../http/fitur.ts";
import { defineRoute } from "../../http/route.ts";
import { ambilHalaman, skemaDaftar } from "../../umum/halaman.ts";
import { kMinimum, pegawaiPerUnit } from "./kelompok.ts";
import { rekamJejakDisiplin } from "./rekam-jejak.ts";
import { BodyKasus, JawabanStatistik, KueriDaftar, KueriTahun, SkemaKasus } from "./skema.ts";

export const PEMBACA = ["admin_instansi", "ppk", "apip"] as const;
export const PENCATAT = ["admin_instansi", "ppk"] as const;
export const PEMBACA_STATISTIK = ["admin_instansi", "ppk", "apip", "pimpinan", "tim_supervisi"] as const;

const per100 = (c: number, n: number) => (n === 0 ? null : Math.round((1000 * 100 * c) / n) / 1000);

export const ruteDisiplin = grupRute("/api/instansi/:instansiId/disiplin", [
  defineRoute({
    method: "GET",
    url: "/api/instansi/:instansiId/disiplin",
    akses: PEMBACA,
    tag: "disiplin",
    ringkasan:
      "Daftar kasus disiplin (PP 94/2021), terbaru dulu; saring tahun keputusan; berhalaman; diaudit",
    aksi: "disiplin.daftar",
    query: KueriDaftar,
    response: skemaDaftar(SkemaKasus),
    handler: async (ctx) => {
      const { instansiId } = ctx.params;
      const { page, pageSize, tahun } = ctx.query;
      let q = ctx.db
        .selectFrom("kasus_disiplin as k")
        .innerJoin("pegawai as p", (j) =>
          j.onRef("p.instansi_id", "=", "k.instansi_id").onRef("p.id", "=", "k.pegawai_id"),
        )
        .leftJoin("unit_kerja as u", (j) =>
          j.onRef("u.instansi_id", "=", "p.instansi_id").onRef("u.id", "=", "p.unit_id"),
        )
        .where("k.instansi_id", "=", instansiId);
      if (tahun) q = q.where(sql<string>`to_char(k.tanggal_keputusan, 'YYYY')`, "=", String(tahun));
      const h = await ambilHalaman(
        ctx.db,
        q
          .select([
            "k.id",
            "k.uraian",
            "k.tingkat",
            "k.hukuman",
            "k.tanggal_pelanggaran",
            "k.tanggal_keputusan",
            "k.nomor_sk",
            "p.id as pegawai_id",
            "p.nip",
            "p.nama",
            "u.nama as unit",
          ])
          .orderBy("k.tanggal_keputusan", "desc")
          .orderBy("k.id"),
        { page, pageSize },
      );
      ctx.audit({ rincian: { jumlah: h.items.length, pegawai: h.items.map((r) => r.pegawai_id) } });
      return {
        ...h,
        items: h.items.map((r) => ({
          id: r.id,
          pegawai: { id: r.pegawai_id, nip: r.nip, nama: r.nama, unit: r.unit },
          uraian: r.uraian,
          tingkat: r.tingkat,
          hukuman: r.hukuman,
          tanggalPelanggaran: r.tanggal_pelanggaran,
          tanggalKeputusan: r.tanggal_keputusan,
          nomorSk: r.nomor_sk,
        })),
      };
    },
  }),

  defineRoute({
    method: "POST",
    url: "/api/instansi/:instansiId/disiplin",
    akses: PENCATAT,
    tag: "disiplin",
    ringkasan:
      "Mencatat kasus disiplin: pegawai (NIP), uraian, tingkat (ringan/sedang/berat), hukuman, tanggal, nomor SK",
    aksi: "disiplin.catat",
    body: BodyKasus,
    response: z.object({ id: z.string() }),
    status: 201,
    handler: async (ctx) => {
      const { instansiId } = ctx.params;
      const b = ctx.body;
      const p = await ctx.db
        .selectFrom("pegawai")
        .select("id")
        .where("instansi_id", "=", instansiId)
        .where("nip", "=", b.nip)
        .executeTakeFirst();
      if (!p)
        throw new GalatApi(400, "NIP_TIDAK_DIKENAL", {
          pesan: { id: "NIP tidak ditemukan di instansi ini.", en: "The NIP is not found in this agency." },
        });
      const r = await ctx.db
        .insertInto("kasus_disiplin")
        .values({
          instansi_id: instansiId,
          pegawai_id: p.id,
          uraian: b.uraian,
          tingkat: b.tingkat,
          hukuman: b.hukuman,
          tanggal_pelanggaran: b.tanggalPelanggaran ?? null,
          tanggal_keputusan: b.tanggalKeputusan,
          nomor_sk: b.nomorSk,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      await rekamJejakDisiplin(
        ctx.db,
        instansiId,
        {
          id: r.id,
          pegawaiId: p.id,
          tingkat: b.tingkat,
          tanggalKeputusan: b.tanggalKeputusan,
          nomorSk: b.nomorSk,
        },
        ctx.sesi?.pengguna.id ?? null,
      );
      ctx.audit({
        objekJenis: "kasus_disiplin",
        objekId: r.id,
        rincian: { pegawai: p.id, tingkat: b.tingkat },
      });
      return r;
    },
  }),

  defineRoute({
    method: "GET",
    url: "/api/instansi/:instansiId/disiplin/statistik",
    akses: PEMBACA_STATISTIK,
    tag: "disiplin",
    ringkasan:
      "Kasus disiplin per 100 pegawai, instansi dan per unit (unit dengan pegawai < k tidak ditampilkan); tanpa nama",
    query: KueriTahun,
    response: JawabanStatistik,
    handler: async (ctx) => statistikDisiplin(ctx.db, ctx.params.instansiId, ctx.query.tahun),
  }),
]);

export async function statistikDisiplin(
  db: Parameters<typeof pegawaiPerUnit>[0],
  instansiId: string,
  tahunDiminta?: number,
) {
  const tahun = tahunDiminta ?? new Date().getUTCFullYear();
  const k = await kMinimum(db, instansiId);
  const kasus = await db
    .selectFrom("kasus_disiplin as k")
    .innerJoin("pegawai as p", (j) =>
      j.onRef("p.instansi_id", "=", "k.instansi_id").onRef("p.id", "=", "k.pegawai_id"),
    )
    .where("k.instansi_id", "=", instansiId)
    .where(sql<string>`to_char(k.tanggal_keputusan, 'YYYY')`, "=", String(tahun))
    .select(["p.unit_id", "k.tingkat"])
    .execute();
  const { unit, total } = await pegawaiPerUnit(db, instansiId);
  const perUnit = new Map<string, number>();
  for (const c of kasus) if (c.unit_id) perUnit.set(c.unit_id, (perUnit.get(c.unit_id) ?? 0) + 1);
  return {
    tahun,
    k,
    jumlah: kasus.length,
    perTingkat: {
      ringan: kasus.filter((c) => c.tingkat === "ringan").length,
      sedang: kasus.filter((c) => c.tingkat === "sedang").length,
      berat: kasus.filter((c) => c.tingkat === "berat").length,
    },
    jumlahPegawai: total,
    per100: per100(kasus.length, total),
    unit: unit.map((u) => {
      const cukup = u.n >= k;
      const c = perUnit.get(u.id) ?? 0;
      return {
        id: u.id,
        kode: u.kode,
        nama: u.nama,
        jumlahPegawai: cukup ? u.n : null,
        jumlah: cukup ? c : null,
        per100: cukup ? per100(c, u.n) : null,
      };
    }),
  };
}
