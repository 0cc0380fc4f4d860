/**
 * Track-record routes (BAB III.B.3.b angka 1; docs/nontes.md): the
 * supervision team lists employees, reads one file (audited), records
 * entries with their source, date and evidence, and reads a reflection
 * against the levels; the employee writes their own reflection and reads
 * their own file (audited). Nobody else reaches a file.
 */
import { sql } from "kysely";
import { z } from "zod";
import { tidakDitemukan } from "../../http/errors.ts";
import { grupRute } from "../../http/fitur.ts";
import { defineRoute } from "../../http/route.ts";
import { wajibBerkasUnggahan } from "../../http/unggahan.ts";
import { ambilHalaman, skemaDaftar } from "../../umum/halaman.ts";
import { tanggalDi } from "../../umum/tanggal.ts";
import { buktiTerlaluBesar, periksaBukti, UKURAN_MAKS_BUKTI } from "./bukti.ts";
import { pegawaiSaya } from "./layanan.ts";
import { berkasRekamJejak, catatEntriRekamJejak, nilaiRefleksi, simpanRefleksi } from "./rekam-jejak.ts";
import { PERAN_PEGAWAI } from "./rute-tugas.ts";
import {
  KueriDaftarRekam,
  ParamsEntri,
  ParamsFaktor,
  ParamsPegawai,
  ParamsPegawaiFaktor,
  SkemaBerkasRekamJejak,
  SkemaIsiRefleksi,
  SkemaNilaiRefleksi,
  SkemaRingkasRekam,
  SkemaTambahEntri,
} from "./skema-lanjut.ts";

const TIM = ["tim_supervisi"] as const;
const R = "/api/instansi/:instansiId/nontes/rekam-jejak";
const hariIni = () => tanggalDi(new Date());

export const ruteRekamJejak = grupRute(R, [
  defineRoute({
    method: "GET",
    url: R,
    akses: TIM,
    tag: "nontes",
    ringkasan: "Daftar pegawai dengan jumlah entri rekam jejak dan refleksi",
    query: KueriDaftarRekam,
    response: skemaDaftar(SkemaRingkasRekam),
    handler: async (ctx) => {
      const i = ctx.params.instansiId;
      let q = ctx.db
        .selectFrom("pegawai as p")
        .select((eb) => [
          "p.id",
          "p.nama",
          eb
            .selectFrom("entri_rekam_jejak as e")
            .select(eb.fn.countAll<string>().as("n"))
            .where("e.instansi_id", "=", i)
            .whereRef("e.pegawai_id", "=", "p.id")
            .as("entri"),
          eb
            .selectFrom("refleksi_rekam_jejak as r")
            .select(eb.fn.countAll<string>().as("n"))
            .where("r.instansi_id", "=", i)
            .whereRef("r.pegawai_id", "=", "p.id")
            .as("refleksi"),
        ])
        .where("p.instansi_id", "=", i)
        .where("p.aktif", "=", true)
        .orderBy("p.nama")
        .orderBy("p.id");
      if (ctx.query.cari) q = q.where(sql<boolean>`p.nama ilike ${`%${ctx.query.cari}%`}`);
      const h = await ambilHalaman(ctx.db, q, ctx.query);
      return {
        ...h,
        items: h.items.map((r) => ({
          pegawai: { id: r.id, nama: r.nama },
          entri: Number(r.entri ?? 0),
          refleksi: Number(r.refleksi ?? 0),
        })),
      };
    },
  }),
  defineRoute({
    method: "GET",
    url: `${R}/pegawai/:pegawaiId`,
    akses: TIM,
    tag: "nontes",
    ringkasan: "Berkas rekam jejak satu pegawai dengan level per faktor menurut rubrik (dan aturannya)",
    aksi: "rekam_jejak.baca",
    params: ParamsPegawai,
    response: SkemaBerkasRekamJejak,
    handler: async (ctx) => {
      ctx.audit({ objekJenis: "rekam_jejak", objekId: ctx.params.pegawaiId });
      return berkasRekamJejak(ctx.db, ctx.params.instansiId, ctx.params.pegawaiId, hariIni());
    },
  }),
  defineRoute({
    method: "POST",
    url: `${R}/pegawai/:pegawaiId/entri`,
    akses: TIM,
    tag: "nontes",
    ringkasan: "Mencatat entri rekam jejak (sumber, tanggal, bukti tautan) secara manual",
    aksi: "rekam_jejak.entri.catat",
    params: ParamsPegawai,
    body: SkemaTambahEntri,
    response: SkemaBerkasRekamJejak,
    status: 201,
    handler: async (ctx) => {
      const { instansiId, pegawaiId } = ctx.params;
      const id = await catatEntriRekamJejak(
        ctx.db,
        instansiId,
        { pegawaiId, ...ctx.body },
        ctx.sesi?.pengguna.id ?? null,
      );
      ctx.audit({ objekJenis: "entri_rekam_jejak", objekId: id, rincian: { jenis: ctx.body.rincian.jenis } });
      return berkasRekamJejak(ctx.db, instansiId, pegawaiId, hariIni());
    },
  }),
  defineRoute({
    method: "POST",
    url: `${R}/pegawai/:pegawaiId/entri/:id/bukti`,
    akses: TIM,
    tag: "nontes",
    ringkasan: "Mengunggah berkas bukti satu entri (multipart `file`; PDF, PNG, JPEG; ≤ 10 MiB)",
    aksi: "rekam_jejak.bukti.unggah",
    params: ParamsEntri,
    bodyLimit: UKURAN_MAKS_BUKTI + 64 * 1024,
    response: z.object({ nama: z.string() }),
    status: 201,
    handler: async (ctx) => {
      const b = await wajibBerkasUnggahan(ctx.req, UKURAN_MAKS_BUKTI, buktiTerlaluBesar);
      const nama = (b.nama || "bukti").slice(0, 200);
      const cek = periksaBukti(nama, b.isi);
      const r = await ctx.db
        .updateTable("entri_rekam_jejak")
        .set({ bukti_nama: nama, bukti_mime: cek.mime, bukti_isi: b.isi })
        .where("instansi_id", "=", ctx.params.instansiId)
        .where("pegawai_id", "=", ctx.params.pegawaiId)
        .where("id", "=", ctx.params.id)
        .executeTakeFirst();
      if (Number(r.numUpdatedRows) === 0) throw tidakDitemukan();
      ctx.audit({ objekJenis: "entri_rekam_jejak", objekId: ctx.params.id, rincian: { sha256: cek.sha256 } });
      return { nama };
    },
  }),
  defineRoute({
    method: "GET",
    url: `${R}/pegawai/:pegawaiId/entri/:id/bukti`,
    akses: TIM,
    tag: "nontes",
    ringkasan: "Mengunduh berkas bukti satu entri",
    aksi: "rekam_jejak.bukti.baca",
    params: ParamsEntri,
    handler: async (ctx) => {
      const r = await ctx.db
        .selectFrom("entri_rekam_jejak")
        .select(["bukti_nama", "bukti_mime", "bukti_isi"])
        .where("instansi_id", "=", ctx.params.instansiId)
        .where("pegawai_id", "=", ctx.params.pegawaiId)
        .where("id", "=", ctx.params.id)
        .executeTakeFirst();
      if (!r?.bukti_isi || !r.bukti_nama || !r.bukti_mime) throw tidakDitemukan();
      ctx.audit({ objekJenis: "entri_rekam_jejak", objekId: ctx.params.id });
      ctx.reply.header(
        "content-disposition",
        `attachment; filename*=UTF-8''${encodeURIComponent(r.bukti_nama)}`,
      );
      ctx.reply.header("x-content-type-options", "nosniff");
      return ctx.reply.type(r.bukti_mime).send(Buffer.from(r.bukti_isi));
    },
  }),
  defineRoute({
    method: "PUT",
    url: `${R}/pegawai/:pegawaiId/refleksi/:faktor`,
    akses: TIM,
    tag: "nontes",
    ringkasan: "Tim menilai refleksi satu faktor pada level BAB II.D (null menghapus penilaian)",
    aksi: "rekam_jejak.refleksi.nilai",
    params: ParamsPegawaiFaktor,
    body: SkemaNilaiRefleksi,
    response: SkemaBerkasRekamJejak,
    handler: async (ctx) => {
      const { instansiId, pegawaiId, faktor } = ctx.params;
      await nilaiRefleksi(
        ctx.db,
        instansiId,
        pegawaiId,
        faktor,
        ctx.body.level,
        ctx.sesi?.pengguna.id ?? null,
      );
      ctx.audit({ objekJenis: "rekam_jejak", objekId: pegawaiId, rincian: { faktor } });
      return berkasRekamJejak(ctx.db, instansiId, pegawaiId, hariIni());
    },
  }),
  defineRoute({
    method: "GET",
    url: `${R}/saya`,
    akses: PERAN_PEGAWAI,
    tag: "nontes",
    ringkasan: "Berkas rekam jejak saya: refleksi, entri, dan level menurut rubrik dengan aturannya",
    aksi: "rekam_jejak.baca",
    response: SkemaBerkasRekamJejak,
    handler: async (ctx) => {
      const saya = await pegawaiSaya(ctx.db, ctx.params.instansiId, ctx.sesi?.pengguna.id);
      ctx.audit({ objekJenis: "rekam_jejak", objekId: saya });
      return berkasRekamJejak(ctx.db, ctx.params.instansiId, saya, hariIni());
    },
  }),
  defineRoute({
    method: "PUT",
    url: `${R}/saya/refleksi/:faktor`,
    akses: PERAN_PEGAWAI,
    tag: "nontes",
    ringkasan: "Menulis refleksi terstruktur saya untuk satu faktor (biografi)",
    aksi: "rekam_jejak.refleksi.tulis",
    params: ParamsFaktor,
    body: SkemaIsiRefleksi,
    response: SkemaBerkasRekamJejak,
    handler: async (ctx) => {
      const saya = await pegawaiSaya(ctx.db, ctx.params.instansiId, ctx.sesi?.pengguna.id);
      await simpanRefleksi(ctx.db, ctx.params.instansiId, saya, ctx.params.faktor, ctx.body.jawaban);
      ctx.audit({ objekJenis: "rekam_jejak", objekId: saya, rincian: { faktor: ctx.params.faktor } });
      return berkasRekamJejak(ctx.db, ctx.params.instansiId, saya, hariIni());
    },
  }),
]);
