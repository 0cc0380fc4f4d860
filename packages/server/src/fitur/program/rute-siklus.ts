/**
 * Programme cycles (Pasal 4 ayat (2)): create, list, status ("where are we,
 * what's next, who acts"), configuration, stage transitions through the
 * domain state machine, and the cycle's stored files.
 */

import type {} from "@fastify/multipart";
import {
  catatAsesmenAkhir,
  KODE_KEGIATAN_UTAMA,
  mulaiPelaksanaan,
  mulaiPenilaian,
  tutupSiklus,
} from "@nurani/domain";
import { sql } from "kysely";
import { z } from "zod";
import { GalatApi, tidakDitemukan } from "../../http/errors.ts";
import { grupRute } from "../../http/fitur.ts";
import { defineRoute } from "../../http/route.ts";
import { wajibBerkasUnggahan } from "../../http/unggahan.ts";
import { berkasTerlaluBesar, periksaBerkas, UKURAN_MAKS_BERKAS } from "../../umum/berkas.ts";
import { skemaDaftar, skemaHalaman } from "../../umum/halaman.ts";
import { akhiriSk } from "../peran-sk/index.ts";
import { Bebas, DASAR, PERAN_BACA, PERAN_CATAT, PERAN_KELOLA, paramSiklus, skemaTanggal } from "./bersama.ts";
import {
  bacaKampanye,
  galatDomain,
  keluaranAsesmen,
  muatSiklus,
  pastikanTerbuka,
  tanggalDi,
  zonaInstansi,
} from "./fakta.ts";
import { statusSiklus } from "./status.ts";

const SkemaKonfigurasi = z.strictObject({
  targetAgenPerubahan: z.number().int().min(1).max(100_000).optional(),
  kegiatanWajibSebelumPenilaian: z.array(z.enum(KODE_KEGIATAN_UTAMA)).max(5).optional(),
  panduan: z
    .strictObject({
      aturan: z
        .union([
          z.strictObject({ aturan: z.literal("ambang"), proporsi: z.number().gt(0).max(1) }),
          z.strictObject({ aturan: z.literal("modus") }),
        ])
        .optional(),
      minimalPegawai: z.number().int().min(1).max(10_000).optional(),
    })
    .optional(),
});

const SkemaSiklusRingkas = z.object({
  id: z.uuid(),
  nama: z.string(),
  tahap: z.string(),
  pelaksanaanMulai: z.string().nullable(),
  penilaianMulai: z.string().nullable(),
  ditutup: z.string().nullable(),
  dibuat: z.string(),
});

const tahapDari = (r: {
  pelaksanaan_mulai: string | null;
  penilaian_mulai: string | null;
  ditutup: string | null;
}) =>
  r.ditutup ? "selesai" : r.penilaian_mulai ? "penilaian" : r.pelaksanaan_mulai ? "pelaksanaan" : "persiapan";

const SkemaBerkas = z.object({
  id: z.uuid(),
  nama: z.string(),
  jenis: z.string(),
  ukuran: z.number(),
  dibuat: z.string(),
});

/** A stage transition: one domain function, a date, one column. */
function transisi(o: {
  jalur: string;
  ringkasan: string;
  aksi: string;
  akses: readonly ("ppk" | "tim_supervisi")[];
  kolom: "pelaksanaan_mulai" | "penilaian_mulai" | "ditutup";
  fungsi: typeof mulaiPelaksanaan;
}) {
  return defineRoute({
    method: "POST",
    url: `${DASAR}/siklus/:id/${o.jalur}`,
    akses: o.akses,
    tag: "program",
    ringkasan: o.ringkasan,
    aksi: o.aksi,
    params: paramSiklus,
    body: z.strictObject({ tanggal: skemaTanggal }),
    response: Bebas,
    handler: async (ctx) => {
      const { instansiId, id } = ctx.params;
      const s = await muatSiklus(ctx.db, instansiId, id, { kunci: true });
      const h = o.fungsi(s.fakta, ctx.body.tanggal, s.hariIni);
      if (!h.ok) throw galatDomain(h.galat);
      await ctx.db
        .updateTable("siklus_program")
        .set({ [o.kolom]: ctx.body.tanggal, diubah: sql<Date>`now()` })
        .where("instansi_id", "=", instansiId)
        .where("id", "=", id)
        .execute();
      // closing the cycle ends its decrees: the roles they gave go (Tabel 3 no. 1, 6)
      if (o.kolom === "ditutup")
        await akhiriSk(ctx.db, {
          instansiId,
          siklusId: id,
          alasan: "siklus_ditutup",
          oleh: ctx.sesi?.pengguna.id ?? null,
        });
      ctx.audit({ objekJenis: "siklus_program", rincian: { tanggal: ctx.body.tanggal } });
      return statusSiklus(ctx.db, await muatSiklus(ctx.db, instansiId, id));
    },
  });
}

export const ruteSiklus = grupRute(DASAR, [
  defineRoute({
    method: "GET",
    url: `${DASAR}/siklus`,
    akses: [...PERAN_BACA, "pegawai"],
    bolehEvaluatorNasional: true,
    tag: "program",
    ringkasan: "Daftar siklus program pembangunan integritas instansi (berhalaman)",
    query: z.strictObject(skemaHalaman),
    response: skemaDaftar(SkemaSiklusRingkas),
    handler: async (ctx) => {
      const { page, pageSize } = ctx.query;
      const q = ctx.db.selectFrom("siklus_program").where("instansi_id", "=", ctx.params.instansiId);
      const rows = await q
        .select(["id", "nama", "pelaksanaan_mulai", "penilaian_mulai", "ditutup", "dibuat"])
        .orderBy("dibuat", "desc")
        .orderBy("id")
        .limit(pageSize)
        .offset((page - 1) * pageSize)
        .execute();
      const { n } = await q.select(sql<number>`count(*)::int`.as("n")).executeTakeFirstOrThrow();
      return {
        items: rows.map((r) => ({
          id: r.id,
          nama: r.nama,
          tahap: tahapDari(r),
          pelaksanaanMulai: r.pelaksanaan_mulai,
          penilaianMulai: r.penilaian_mulai,
          ditutup: r.ditutup,
          dibuat: r.dibuat.toISOString(),
        })),
        total: Number(n),
        page,
        pageSize,
      };
    },
  }),

  defineRoute({
    method: "POST",
    url: `${DASAR}/siklus`,
    akses: PERAN_KELOLA,
    tag: "program",
    ringkasan: "Membuat siklus program (mulai dari tahap persiapan)",
    aksi: "program.siklus.buat",
    body: z.strictObject({
      nama: z.string().trim().min(1).max(200),
      konfigurasi: SkemaKonfigurasi.optional(),
    }),
    response: Bebas,
    status: 201,
    handler: async (ctx) => {
      const { instansiId } = ctx.params;
      const ada = await ctx.db
        .selectFrom("siklus_program")
        .select("id")
        .where("instansi_id", "=", instansiId)
        .where("nama", "=", ctx.body.nama)
        .executeTakeFirst();
      if (ada)
        throw new GalatApi(409, "SIKLUS_NAMA_GANDA", {
          pesan: {
            id: `Sudah ada siklus bernama "${ctx.body.nama}".`,
            en: `A cycle named "${ctx.body.nama}" already exists.`,
          },
        });
      const { id } = await ctx.db
        .insertInto("siklus_program")
        .values({
          instansi_id: instansiId,
          nama: ctx.body.nama,
          konfigurasi: JSON.stringify(ctx.body.konfigurasi ?? {}),
          dibuat_oleh: ctx.sesi?.pengguna.id ?? null,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      ctx.audit({ objekJenis: "siklus_program", objekId: id });
      return statusSiklus(ctx.db, await muatSiklus(ctx.db, instansiId, id));
    },
  }),

  defineRoute({
    method: "GET",
    url: `${DASAR}/siklus/:id`,
    akses: PERAN_BACA,
    bolehEvaluatorNasional: true,
    tag: "program",
    ringkasan:
      "Posisi siklus: tahap, langkah selesai, aksi berikut dan peran yang bertindak, keluaran, target",
    params: paramSiklus,
    response: Bebas,
    handler: async (ctx) =>
      statusSiklus(ctx.db, await muatSiklus(ctx.db, ctx.params.instansiId, ctx.params.id)),
  }),

  defineRoute({
    method: "PATCH",
    url: `${DASAR}/siklus/:id`,
    akses: PERAN_KELOLA,
    tag: "program",
    ringkasan: "Mengubah nama atau konfigurasi siklus (selama belum ditutup)",
    aksi: "program.siklus.ubah",
    params: paramSiklus,
    body: z.strictObject({
      nama: z.string().trim().min(1).max(200).optional(),
      konfigurasi: SkemaKonfigurasi.optional(),
    }),
    response: Bebas,
    handler: async (ctx) => {
      const { instansiId, id } = ctx.params;
      const s = await muatSiklus(ctx.db, instansiId, id);
      pastikanTerbuka(s);
      await ctx.db
        .updateTable("siklus_program")
        .set({
          ...(ctx.body.nama !== undefined && { nama: ctx.body.nama }),
          ...(ctx.body.konfigurasi !== undefined && { konfigurasi: JSON.stringify(ctx.body.konfigurasi) }),
          diubah: sql<Date>`now()`,
        })
        .where("instansi_id", "=", instansiId)
        .where("id", "=", id)
        .execute();
      ctx.audit({ objekJenis: "siklus_program", rincian: { kolom: Object.keys(ctx.body) } });
      return statusSiklus(ctx.db, await muatSiklus(ctx.db, instansiId, id));
    },
  }),

  transisi({
    jalur: "mulai-pelaksanaan",
    ringkasan: "Memulai tahap pelaksanaan (hanya setelah keenam langkah persiapan selesai)",
    aksi: "program.pelaksanaan.mulai",
    akses: PERAN_CATAT,
    kolom: "pelaksanaan_mulai",
    fungsi: mulaiPelaksanaan,
  }),
  transisi({
    jalur: "mulai-penilaian",
    ringkasan: "Memulai tahap penilaian (setelah kegiatan utama wajib terlaksana)",
    aksi: "program.penilaian.mulai",
    akses: PERAN_CATAT,
    kolom: "penilaian_mulai",
    fungsi: mulaiPenilaian,
  }),
  transisi({
    jalur: "tutup",
    ringkasan: "Menutup siklus (setelah hasil asesmen akhir dirilis); tidak dapat dibatalkan",
    aksi: "program.siklus.tutup",
    akses: ["ppk"],
    kolom: "ditutup",
    fungsi: tutupSiklus,
  }),

  defineRoute({
    method: "PUT",
    url: `${DASAR}/siklus/:id/asesmen-akhir`,
    akses: ["tim_supervisi"],
    tag: "program",
    ringkasan: "Menautkan kampanye asesmen akhir program (tahap penilaian; Tabel 4 no. 5)",
    aksi: "program.asesmen_akhir.tautkan",
    params: paramSiklus,
    body: z.strictObject({ kampanyeId: z.uuid() }),
    response: Bebas,
    handler: async (ctx) => {
      const { instansiId, id } = ctx.params;
      const s = await muatSiklus(ctx.db, instansiId, id, { kunci: true });
      const k = await bacaKampanye(ctx.db, instansiId, ctx.body.kampanyeId);
      if (k?.tujuan !== "akhir")
        throw new GalatApi(400, "KAMPANYE_BUKAN_AKHIR", {
          pesan: {
            id: "Pilih kampanye asesmen instansi ini dengan tujuan 'akhir program'.",
            en: "Choose one of this agency's assessment campaigns whose purpose is 'end of programme'.",
          },
        });
      const keluaran = await keluaranAsesmen(ctx.db, instansiId, k.id, s.zona);
      const h = catatAsesmenAkhir(s.fakta, keluaran, s.hariIni);
      // before release the campaign's map is still empty: the link waits for the release
      const sisa = h.ok ? [] : h.galat.filter((g) => !(g.kode === "PETA_KOSONG" && !k.hasilDirilis));
      if (sisa.length > 0) throw galatDomain(sisa);
      await ctx.db
        .updateTable("siklus_program")
        .set({ kampanye_akhir_id: k.id, diubah: sql<Date>`now()` })
        .where("instansi_id", "=", instansiId)
        .where("id", "=", id)
        .execute();
      ctx.audit({ objekJenis: "siklus_program", rincian: { kampanyeId: k.id } });
      return statusSiklus(ctx.db, await muatSiklus(ctx.db, instansiId, id));
    },
  }),

  defineRoute({
    method: "GET",
    url: `${DASAR}/kampanye`,
    akses: PERAN_BACA,
    tag: "program",
    ringkasan: "Kampanye asesmen instansi untuk ditautkan (asesmen awal / akhir)",
    query: z.strictObject({ tujuan: z.enum(["awal", "berkala", "akhir"]).optional() }),
    response: z.array(
      z.object({
        id: z.uuid(),
        nama: z.string(),
        tujuan: z.string(),
        status: z.string(),
        dirilis: z.string().nullable(),
      }),
    ),
    handler: async (ctx) => {
      const { zona } = await zonaInstansi(ctx.db, ctx.params.instansiId);
      let q = ctx.db
        .selectFrom("kampanye_asesmen")
        .select(["id", "nama", "tujuan", "status", "hasil_dirilis"])
        .where("instansi_id", "=", ctx.params.instansiId);
      if (ctx.query.tujuan) q = q.where("tujuan", "=", ctx.query.tujuan);
      const rows = await q.orderBy("dibuat", "desc").limit(200).execute();
      return rows.map((r) => ({
        id: r.id,
        nama: r.nama,
        tujuan: r.tujuan,
        status: r.status,
        dirilis: r.hasil_dirilis ? tanggalDi(r.hasil_dirilis, zona) : null,
      }));
    },
  }),

  defineRoute({
    method: "POST",
    url: `${DASAR}/siklus/:id/berkas`,
    akses: [...PERAN_CATAT, "admin_instansi", "agen_perubahan"],
    tag: "program",
    ringkasan:
      "Mengunggah dokumen/bukti (multipart `file`; PDF, PNG, JPEG, DOCX, XLSX; ≤ 10 MiB; jenis dicek dari isi)",
    aksi: "program.berkas.unggah",
    params: paramSiklus,
    bodyLimit: UKURAN_MAKS_BERKAS + 64 * 1024,
    response: SkemaBerkas,
    status: 201,
    handler: async (ctx) => {
      const { instansiId, id } = ctx.params;
      const s = await muatSiklus(ctx.db, instansiId, id);
      pastikanTerbuka(s);
      const bagian = await wajibBerkasUnggahan(ctx.req, UKURAN_MAKS_BERKAS, berkasTerlaluBesar);
      const { isi } = bagian;
      const nama = (bagian.nama || "berkas").slice(0, 255);
      const cek = periksaBerkas(nama, isi);
      const r = await ctx.db
        .insertInto("berkas_program")
        .values({
          instansi_id: instansiId,
          siklus_id: id,
          nama,
          jenis: cek.jenis,
          mime: cek.mime,
          ukuran: isi.length,
          sha256: cek.sha256,
          isi,
          diunggah_oleh: ctx.sesi?.pengguna.id ?? null,
        })
        .returning(["id", "nama", "jenis", "ukuran", "dibuat"])
        .executeTakeFirstOrThrow();
      ctx.audit({
        objekJenis: "berkas_program",
        objekId: r.id,
        rincian: { ukuran: isi.length, jenis: cek.jenis },
      });
      return { ...r, dibuat: r.dibuat.toISOString() };
    },
  }),

  defineRoute({
    method: "GET",
    url: `${DASAR}/siklus/:id/berkas`,
    akses: PERAN_BACA,
    tag: "program",
    ringkasan: "Daftar berkas siklus (berhalaman)",
    params: paramSiklus,
    query: z.strictObject(skemaHalaman),
    response: skemaDaftar(SkemaBerkas),
    handler: async (ctx) => {
      const { instansiId, id } = ctx.params;
      const { page, pageSize } = ctx.query;
      const q = ctx.db
        .selectFrom("berkas_program")
        .where("instansi_id", "=", instansiId)
        .where("siklus_id", "=", id);
      const rows = await q
        .select(["id", "nama", "jenis", "ukuran", "dibuat"])
        .orderBy("dibuat", "desc")
        .orderBy("id")
        .limit(pageSize)
        .offset((page - 1) * pageSize)
        .execute();
      const { n } = await q.select(sql<number>`count(*)::int`.as("n")).executeTakeFirstOrThrow();
      return {
        items: rows.map((r) => ({ ...r, dibuat: r.dibuat.toISOString() })),
        total: Number(n),
        page,
        pageSize,
      };
    },
  }),

  defineRoute({
    method: "GET",
    url: `${DASAR}/siklus/:id/berkas/:berkasId`,
    akses: PERAN_BACA,
    tag: "program",
    ringkasan: "Mengunduh sebuah berkas siklus",
    params: z.strictObject({ id: z.uuid(), berkasId: z.uuid() }),
    handler: async (ctx) => {
      const { instansiId, id, berkasId } = ctx.params;
      const r = await ctx.db
        .selectFrom("berkas_program")
        .select(["nama", "mime", "isi"])
        .where("instansi_id", "=", instansiId)
        .where("siklus_id", "=", id)
        .where("id", "=", berkasId)
        .executeTakeFirst();
      if (!r) throw tidakDitemukan();
      ctx.reply.header("content-disposition", `attachment; filename*=UTF-8''${encodeURIComponent(r.nama)}`);
      ctx.reply.header("x-content-type-options", "nosniff");
      return ctx.reply.type(r.mime).send(Buffer.from(r.isi));
    },
  }),
]);
