/**
 * Results of the integrity assessment over HTTP (docs/hasil.md "Pipeline", "API",
 * "Who sees what"): scoring job, review of
 * flagged patterns, release, the employee's own profile, the assessment map
 * and index (Tabel 3 no. 3; BAB III.B.3.a), pre/post, drill-down, cut
 * scores, recalibration and exports.
 */
import {
  type BatasLevel,
  bandingkanIndeks,
  bandingkanPeta,
  batasKelompokKontras,
  K_BAKU,
  type LevelKematangan,
  PenilaianError,
  type PetaAsesmen,
  periksaBatas,
} from "@nurani/domain";
import { sql } from "kysely";
import { z } from "zod";
import { type JsonSiap, jsonSiap, kirimJsonSiap } from "../../http/json-siap.ts";
import { defineRoute } from "../../http/route.ts";
import { instansiDitulis } from "../../http/setelah-tulis.ts";
import { SimpananInstansi } from "../../http/simpanan-instansi.ts";
import { antrekanJob, batalkanJob, type JobHandler } from "../../jobs/queue.ts";
import { skemaHalaman } from "../halaman.ts";
import { levelAkhirSaya, SkemaLevelAkhirSaya } from "../nontes/index.ts";
import {
  type Ctx,
  type Db,
  jumlahSkor,
  kampanye,
  kMinimum,
  PERAN_KELOLA,
  PERAN_PETA,
  PERAN_TINJAUAN,
  pegawaiSaya,
} from "./bersama.ts";
import { profilPdf, ringkasanPdf, ringkasanXlsx } from "./ekspor.ts";
import { JOB_KALIBRASI, jobKalibrasi } from "./kalibrasi.ts";
import { parameterVersi } from "./parameter.ts";
import { galat } from "./pesan.ts";
import { type ProfilPegawai, susunProfil } from "./profil.ts";
import { ruteRilis } from "./rilis.ts";
import { ruteRinci } from "./rinci.ts";
import {
  bacaPetaMentah,
  type PetaMentah,
  petaDariRingkasan,
  segarkanRingkasan,
  TINJAUAN_DILAPORKAN,
} from "./ringkasan.ts";
import { rutesKalibrasi } from "./rute-kalibrasi.ts";
import { type HasilTersimpan, JOB_SKOR, JUMLAH_PV, skorKampanye, type TitikSkor } from "./skor.ts";

const pKampanye = z.strictObject({ kampanyeId: z.uuid() });

const bolehSebelumRilis = (ctx: Ctx) =>
  ctx.peran.some((p) => (PERAN_KELOLA as readonly string[]).includes(p));

async function jobSkorTerakhir(db: Db, instansiId: string, kampanyeId: string) {
  return db
    .selectFrom("job")
    .select(["id", "status", "progres_selesai", "progres_total", "hasil", "galat", "dibuat", "selesai"])
    .where("instansi_id", "=", instansiId)
    .where("jenis", "=", JOB_SKOR)
    .where(sql<string>`muatan->>'kampanyeId'`, "=", kampanyeId)
    .orderBy("dibuat", "desc")
    .limit(1)
    .executeTakeFirst();
}

/** A campaign's assembled map, as kept between reads (`simpananPeta`). */
interface PetaKampanye {
  kampanye: Omit<PetaMentah, "ringkasan" | "unit">;
  peta: ReturnType<typeof petaDariRingkasan>;
  /** No person counts in the map yet (none scored, or all flagged and waiting). */
  kosong: boolean;
  /** The `/hasil/peta` answer, once serialised. */
  json?: JsonSiap;
}

/**
 * Assembled maps, kept per (instansi, campaign) for 30 s (8 campaigns per
 * instansi, 200 instansi). A map of 100,000 people over 1,110 units costs a
 * query of every unit's sums and the tree plus the subtree sums and indexes
 * in JS; between two scorings or review decisions it does not change. Any
 * write in the instansi through this process drops it, and so does the end
 * of a scoring job. Who may see a map is still checked on every read.
 */
const simpananPeta = new SimpananInstansi<PetaKampanye>(30_000, 8, 200);

/** The map of a campaign, checked for who may see it now. */
async function petaKampanye(ctx: Ctx, kampanyeId: string): Promise<PetaKampanye> {
  const { instansiId } = ctx.params;
  const simpan = await simpananPeta.ambil(ctx.db, instansiId, kampanyeId);
  let hasil = simpan.nilai;
  if (!hasil) {
    const k = await bacaPetaMentah(ctx.db, instansiId, kampanyeId);
    if (!k) throw galat(404, "KAMPANYE_TIDAK_ADA");
    const { ringkasan, unit: daftarUnit, ...kampanye } = k;
    const instansi = ctx.instansi as { id: string; nama: string };
    const unit = [
      { id: instansi.id, nama: instansi.nama, indukId: null },
      ...(daftarUnit ?? []).map((u) => ({ id: u.id, nama: u.nama, indukId: u.induk_id ?? instansi.id })),
    ];
    const peta = petaDariRingkasan(unit, ringkasan ?? [], { k: k.k_minimum ?? K_BAKU, m: JUMLAH_PV });
    hasil = { kampanye, peta, kosong: (ringkasan ?? []).every((x) => x.n === 0) };
    simpananPeta.simpan(instansiId, kampanyeId, hasil, simpan.versi);
  }
  if (!hasil.kampanye.hasil_dirilis && !bolehSebelumRilis(ctx)) throw galat(409, "BELUM_DIRILIS");
  if (hasil.kosong) {
    const j = await jumlahSkor(ctx.db, instansiId, kampanyeId);
    if (j.dinilai === 0) throw galat(409, "BELUM_ADA_SKOR");
  }
  return hasil;
}

const SkemaEstimasi = z.object({
  nilai: z.number(),
  se: z.number(),
  df: z.number(),
  bawah: z.number(),
  atas: z.number(),
  tingkat: z.number(),
  variansSampel: z.number(),
  variansUkur: z.number(),
});

const SkemaBarisPeta = z.object({
  unitId: z.string(),
  nama: z.string(),
  indukId: z.string().nullable(),
  kedalaman: z.number(),
  tampil: z.boolean(),
  alasan: z.enum(["kecil", "komplementer"]).optional(),
  n: z.number().optional(),
  distribusiLevel: z.record(z.string(), z.number()).optional(),
  profilFaktor: z.record(z.string(), z.number()).optional(),
  indeks: SkemaEstimasi.optional(),
});

const SkemaKampanyeRingkas = z.object({
  id: z.string(),
  nama: z.string(),
  tujuan: z.string(),
  formulirId: z.string(),
  ditutup: z.string(),
  hasilDirilis: z.string().nullable(),
});

const SkemaPeta = z.object({
  kampanye: SkemaKampanyeRingkas,
  k: z.number(),
  baris: z.array(SkemaBarisPeta),
  instansi: SkemaBarisPeta,
});

const ringkasKampanye = (k: Awaited<ReturnType<typeof kampanye>>) => ({
  id: k.id,
  nama: k.nama,
  tujuan: k.tujuan,
  formulirId: k.formulir_id,
  ditutup: new Date(k.ditutup).toISOString(),
  hasilDirilis: k.hasil_dirilis ? new Date(k.hasil_dirilis).toISOString() : null,
});

/** Released, reported results of one pegawai, newest campaign first. */
async function hasilPegawai(db: Db, instansiId: string, pegawaiId: string, kampanyeId?: string) {
  let q = db
    .selectFrom("skor_asesmen as s")
    .innerJoin("kampanye_asesmen as k", (j) =>
      j.onRef("k.instansi_id", "=", "s.instansi_id").onRef("k.id", "=", "s.kampanye_id"),
    )
    .select([
      "s.hasil",
      "s.dihitung",
      "s.parameter_versi",
      "k.id",
      "k.nama",
      "k.tujuan",
      "k.dibuka",
      "k.hasil_dirilis",
    ])
    .where("s.instansi_id", "=", instansiId)
    .where("s.pegawai_id", "=", pegawaiId)
    .where("k.hasil_dirilis", "is not", null)
    .where("s.tinjauan", "in", TINJAUAN_DILAPORKAN)
    .orderBy("k.dibuka", "desc");
  if (kampanyeId) q = q.where("k.id", "=", kampanyeId);
  return q.execute();
}

async function profilSaya(ctx: Ctx, kampanyeId?: string) {
  const saya = await pegawaiSaya(ctx);
  const rows = await hasilPegawai(ctx.db, ctx.params.instansiId, saya.id, kampanyeId);
  ctx.audit({ objekJenis: "hasil_asesmen", objekId: saya.id, rincian: { kampanyeId: kampanyeId ?? null } });
  const profil: ProfilPegawai[] = [];
  for (const r of rows) {
    const h = (typeof r.hasil === "string" ? JSON.parse(r.hasil) : r.hasil) as HasilTersimpan;
    profil.push(
      susunProfil(
        h,
        await parameterVersi(ctx.db, r.parameter_versi),
        {
          id: r.id,
          nama: r.nama,
          tujuan: r.tujuan,
          dirilis: r.hasil_dirilis ? new Date(r.hasil_dirilis).toISOString() : null,
        },
        new Date(r.dihitung),
        ctx.bahasa,
      ),
    );
  }
  return { saya, profil };
}

const SkemaBatas = z.object({
  skala: z.enum(["derajat", "theta"]),
  batas: z.tuple([z.number(), z.number(), z.number()]),
  metode: z.string(),
});

const SkemaPenetapan = z.discriminatedUnion("metode", [
  z.strictObject({
    metode: z.literal("kelompok_kontras"),
    kampanyeId: z.uuid(),
    /** The panel's judgements (BAB II.D descriptions, non-test evidence), blind to the scores. */
    panel: z
      .array(
        z.strictObject({
          pesertaId: z.uuid(),
          level: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
        }),
      )
      .min(4)
      .max(5000),
  }),
  z.strictObject({
    metode: z.literal("manual"),
    batas: z.tuple([z.number(), z.number(), z.number()]),
    alasan: z.string().trim().min(10).max(2000),
  }),
  z.strictObject({ metode: z.literal("baku") }),
]);

/** Computes the cuts a standard-setting request yields (refusing what the domain refuses). */
async function hitungBatas(ctx: Ctx, body: z.output<typeof SkemaPenetapan>) {
  const { instansiId } = ctx.params;
  if (body.metode === "baku") return { batas: null, rincian: {} };
  if (body.metode === "manual") {
    const b: BatasLevel = { skala: "derajat", batas: body.batas, metode: `manual: ${body.alasan}` };
    try {
      periksaBatas(b);
    } catch (e) {
      if (e instanceof PenilaianError) throw galat(400, "BATAS_TIDAK_VALID", { alasan: e.message });
      throw e;
    }
    return { batas: b, rincian: { alasan: body.alasan } };
  }
  await kampanye(ctx.db, instansiId, body.kampanyeId);
  const ids = body.panel.map((p) => p.pesertaId);
  if (new Set(ids).size !== ids.length)
    throw galat(400, "BATAS_TIDAK_VALID", { alasan: "peserta yang sama dinilai lebih dari sekali." });
  const skor = await ctx.db
    .selectFrom("skor_asesmen")
    .select(["peserta_id", "derajat"])
    .where("instansi_id", "=", instansiId)
    .where("kampanye_id", "=", body.kampanyeId)
    .where("peserta_id", "in", ids)
    .execute();
  const d = new Map(skor.map((s) => [s.peserta_id, s.derajat]));
  const hilang = ids.filter((id) => !d.has(id));
  if (hilang.length > 0)
    throw galat(400, "BATAS_TIDAK_VALID", {
      alasan: `${hilang.length} peserta panel belum diskor di kampanye ini.`,
    });
  try {
    const r = batasKelompokKontras(
      body.panel.map((p) => ({ skor: d.get(p.pesertaId) as number, level: p.level as LevelKematangan })),
      "derajat",
    );
    return {
      batas: r.batas,
      rincian: {
        kampanyeId: body.kampanyeId,
        panel: body.panel.length,
        salahKlasifikasi: r.salahKlasifikasi,
      },
    };
  } catch (e) {
    if (e instanceof PenilaianError) throw galat(400, "BATAS_TIDAK_VALID", { alasan: e.message });
    throw e;
  }
}

export const routes = [
  defineRoute({
    method: "GET",
    url: "/api/instansi/:instansiId/hasil/kampanye",
    akses: PERAN_PETA,
    bolehEvaluatorNasional: true,
    tag: "hasil",
    ringkasan: "Kampanye asesmen dengan status penskoran, tinjauan dan rilis",
    response: z.object({
      items: z.array(
        SkemaKampanyeRingkas.extend({
          selesai: z.number(),
          dinilai: z.number(),
          menunggu: z.number(),
          versiParameter: z.array(z.string()),
        }),
      ),
    }),
    handler: async (ctx) => {
      const { instansiId } = ctx.params;
      const ks = await ctx.db
        .selectFrom("kampanye_asesmen")
        .select(["id", "nama", "tujuan", "formulir_id", "dibuka", "ditutup", "status", "hasil_dirilis"])
        .where("instansi_id", "=", instansiId)
        .orderBy("dibuka", "desc")
        .limit(200)
        .execute();
      const items = [];
      for (const k of ks) {
        // leaders, PPK and the national evaluator see released campaigns only
        if (!k.hasil_dirilis && !bolehSebelumRilis(ctx as Ctx)) continue;
        const { n } = await ctx.db
          .selectFrom("peserta_asesmen")
          .select((eb) => eb.fn.countAll<number>().as("n"))
          .where("instansi_id", "=", instansiId)
          .where("kampanye_id", "=", k.id)
          .where("selesai", "is not", null)
          .executeTakeFirstOrThrow();
        const j = await jumlahSkor(ctx.db, instansiId, k.id);
        items.push({
          ...ringkasKampanye(k),
          selesai: Number(n),
          dinilai: j.dinilai,
          menunggu: j.menunggu,
          versiParameter: j.versiParameter,
        });
      }
      return { items };
    },
  }),

  defineRoute({
    method: "POST",
    url: "/api/instansi/:instansiId/hasil/kampanye/:kampanyeId/skor",
    akses: PERAN_KELOLA,
    tag: "hasil",
    ringkasan: "Menjalankan penskoran (atau penskoran ulang) kampanye di latar belakang",
    aksi: "hasil.skor.mulai",
    params: pKampanye,
    response: z.object({ jobId: z.uuid() }),
    status: 202,
    handler: async (ctx) => {
      const { instansiId, kampanyeId } = ctx.params;
      await kampanye(ctx.db, instansiId, kampanyeId);
      const j = await jobSkorTerakhir(ctx.db, instansiId, kampanyeId);
      if (j && (j.status === "antre" || j.status === "berjalan")) throw galat(409, "SKOR_BERJALAN");
      const jobId = await antrekanJob(ctx.db, {
        jenis: JOB_SKOR,
        instansiId,
        muatan: { kampanyeId, penggunaId: ctx.sesi?.pengguna.id ?? null },
      });
      ctx.audit({ objekJenis: "kampanye_asesmen", objekId: kampanyeId, rincian: { jobId } });
      return { jobId };
    },
  }),

  defineRoute({
    method: "POST",
    url: "/api/instansi/:instansiId/hasil/kampanye/:kampanyeId/skor/batal",
    akses: PERAN_KELOLA,
    tag: "hasil",
    ringkasan:
      "Membatalkan penskoran yang antre atau berjalan (hasil per batch yang sudah tertulis tetap; skor ulang bila perlu)",
    aksi: "hasil.skor.batal",
    params: pKampanye,
    response: z.object({ jobId: z.uuid(), status: z.string() }),
    handler: async (ctx) => {
      const { instansiId, kampanyeId } = ctx.params;
      await kampanye(ctx.db, instansiId, kampanyeId);
      const j = await jobSkorTerakhir(ctx.db, instansiId, kampanyeId);
      if (!j || (j.status !== "antre" && j.status !== "berjalan")) throw galat(409, "SKOR_TIDAK_BERJALAN");
      const nama = ctx.sesi?.pengguna.username ?? "operator";
      const batal = await batalkanJob(ctx.db, j.id, `Dibatalkan oleh ${nama}.`);
      if (!batal) throw galat(409, "SKOR_TIDAK_BERJALAN");
      ctx.audit({
        objekJenis: "kampanye_asesmen",
        objekId: kampanyeId,
        rincian: { jobId: j.id, status: j.status, progres: j.progres_selesai },
      });
      return { jobId: j.id, status: batal.status };
    },
  }),

  defineRoute({
    method: "GET",
    url: "/api/instansi/:instansiId/hasil/kampanye/:kampanyeId/skor",
    akses: PERAN_KELOLA,
    tag: "hasil",
    ringkasan: "Progres penskoran terakhir dan jumlah hasil per status tinjauan",
    params: pKampanye,
    response: z.object({
      job: z
        .object({
          id: z.string(),
          status: z.string(),
          progres: z.object({ selesai: z.number(), total: z.number().nullable() }),
          hasil: z.unknown(),
          galat: z.string().nullable(),
        })
        .nullable(),
      dinilai: z.number(),
      menunggu: z.number(),
      diterima: z.number(),
      dikecualikan: z.number(),
      versiParameter: z.array(z.string()),
      hasilDirilis: z.string().nullable(),
    }),
    handler: async (ctx) => {
      const { instansiId, kampanyeId } = ctx.params;
      const k = await kampanye(ctx.db, instansiId, kampanyeId);
      const j = await jobSkorTerakhir(ctx.db, instansiId, kampanyeId);
      return {
        job: j
          ? {
              id: j.id,
              status: j.status,
              progres: { selesai: j.progres_selesai, total: j.progres_total },
              hasil: j.hasil,
              galat: j.galat,
            }
          : null,
        ...(await jumlahSkor(ctx.db, instansiId, kampanyeId)),
        hasilDirilis: k.hasil_dirilis ? new Date(k.hasil_dirilis).toISOString() : null,
      };
    },
  }),

  defineRoute({
    method: "GET",
    url: "/api/instansi/:instansiId/hasil/kampanye/:kampanyeId/tinjauan",
    akses: PERAN_TINJAUAN,
    tag: "hasil",
    ringkasan: "Pola jawaban yang ditandai untuk ditinjau (nama pegawai; dicatat di log audit)",
    aksi: "hasil.tinjauan.baca",
    params: pKampanye,
    query: z.strictObject({
      ...skemaHalaman,
      status: z.enum(["menunggu", "diterima", "dikecualikan"]).default("menunggu"),
    }),
    response: z.object({
      items: z.array(
        z.object({
          pesertaId: z.string(),
          pegawaiId: z.string(),
          nama: z.string(),
          nip: z.string(),
          derajat: z.number(),
          level: z.number(),
          tinjauan: z.string(),
          tanda: z.array(z.object({ kode: z.string(), alasan: z.string() })),
        }),
      ),
      total: z.number(),
      page: z.number(),
      pageSize: z.number(),
    }),
    handler: async (ctx) => {
      const { instansiId, kampanyeId } = ctx.params;
      await kampanye(ctx.db, instansiId, kampanyeId);
      const q = ctx.db
        .selectFrom("skor_asesmen as s")
        .innerJoin("pegawai as p", (j) =>
          j.onRef("p.instansi_id", "=", "s.instansi_id").onRef("p.id", "=", "s.pegawai_id"),
        )
        .where("s.instansi_id", "=", instansiId)
        .where("s.kampanye_id", "=", kampanyeId)
        .where("s.perlu_tinjauan", "=", true)
        .where("s.tinjauan", "=", ctx.query.status);
      const rows = await q
        .select([
          "s.peserta_id",
          "s.pegawai_id",
          "p.nama",
          "p.nip",
          "s.derajat",
          "s.level",
          "s.tinjauan",
          "s.hasil",
        ])
        .orderBy("p.nama")
        .orderBy("s.peserta_id")
        .limit(ctx.query.pageSize)
        .offset((ctx.query.page - 1) * ctx.query.pageSize)
        .execute();
      const { n } = await q.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
      ctx.audit({
        objekJenis: "kampanye_asesmen",
        objekId: kampanyeId,
        rincian: {
          jumlah: rows.length,
          tujuan: "verifikasi_data",
          peran: PERAN_TINJAUAN.find((p) => ctx.peran.includes(p)),
          pegawai: rows.map((r) => r.pegawai_id),
        },
      });
      return {
        items: rows.map((r) => {
          const h = (typeof r.hasil === "string" ? JSON.parse(r.hasil) : r.hasil) as HasilTersimpan;
          const tanda: { kode: string; alasan: string }[] = h.tanda.map((t) => ({
            kode: t.kode,
            alasan: t.alasan,
          }));
          if (!h.konvergen)
            tanda.push({
              kode: "tidak-konvergen",
              alasan: "Estimasi skor tidak konvergen; periksa pola jawaban.",
            });
          return {
            pesertaId: r.peserta_id,
            pegawaiId: r.pegawai_id,
            nama: r.nama,
            nip: r.nip,
            derajat: r.derajat,
            level: r.level,
            tinjauan: r.tinjauan,
            tanda,
          };
        }),
        total: Number(n),
        page: ctx.query.page,
        pageSize: ctx.query.pageSize,
      };
    },
  }),

  defineRoute({
    method: "POST",
    url: "/api/instansi/:instansiId/hasil/kampanye/:kampanyeId/tinjauan/:pesertaId",
    akses: PERAN_KELOLA,
    tag: "hasil",
    ringkasan: "Memutuskan hasil yang ditandai: diterima (masuk peta) atau dikecualikan",
    aksi: "hasil.tinjauan.putuskan",
    params: z.strictObject({ kampanyeId: z.uuid(), pesertaId: z.uuid() }),
    body: z.strictObject({
      keputusan: z.enum(["diterima", "dikecualikan"]),
      alasan: z.string().trim().min(3).max(2000),
    }),
    response: z.object({ pesertaId: z.string(), tinjauan: z.string() }),
    handler: async (ctx) => {
      const { instansiId, kampanyeId, pesertaId } = ctx.params;
      await kampanye(ctx.db, instansiId, kampanyeId);
      const r = await ctx.db
        .updateTable("skor_asesmen")
        .set({ tinjauan: ctx.body.keputusan })
        .where("instansi_id", "=", instansiId)
        .where("kampanye_id", "=", kampanyeId)
        .where("peserta_id", "=", pesertaId)
        .where("perlu_tinjauan", "=", true)
        .returning(["peserta_id", "tinjauan", "unit_id"])
        .executeTakeFirst();
      if (!r) throw galat(404, "TINJAUAN_TIDAK_ADA");
      // only this person's unit row of the map sums changes
      await segarkanRingkasan(ctx.db, instansiId, kampanyeId, r.unit_id);
      ctx.audit({
        objekJenis: "skor_asesmen",
        objekId: pesertaId,
        rincian: { kampanyeId, keputusan: ctx.body.keputusan, alasan: ctx.body.alasan },
      });
      return { pesertaId: r.peserta_id, tinjauan: r.tinjauan };
    },
  }),

  ...ruteRilis,

  defineRoute({
    method: "GET",
    url: "/api/instansi/:instansiId/hasil/peta",
    akses: PERAN_PETA,
    bolehEvaluatorNasional: true,
    tag: "hasil",
    ringkasan:
      "Peta Asesmen: distribusi level per unit, profil faktor dan indeks integritas dengan selang (kelompok < k disembunyikan)",
    query: z.strictObject({ kampanyeId: z.uuid() }),
    response: SkemaPeta,
    handler: async (ctx) => {
      const p = await petaKampanye(ctx as Ctx, ctx.query.kampanyeId);
      // serialised once per kept map, not on every read
      p.json ??= jsonSiap(SkemaPeta, { kampanye: ringkasKampanye(p.kampanye), ...p.peta });
      return kirimJsonSiap(ctx.req, ctx.reply, p.json);
    },
  }),

  defineRoute({
    method: "GET",
    url: "/api/instansi/:instansiId/hasil/banding",
    akses: PERAN_PETA,
    bolehEvaluatorNasional: true,
    tag: "hasil",
    ringkasan: "Perbandingan pra/pasca dua kampanye: perubahan indeks per unit dengan selangnya",
    query: z.strictObject({ pra: z.uuid(), pasca: z.uuid() }),
    response: z.object({
      pra: SkemaKampanyeRingkas,
      pasca: SkemaKampanyeRingkas,
      indeks: SkemaEstimasi.nullable(),
      unit: z.array(
        z.object({
          unitId: z.string(),
          nama: z.string(),
          tampil: z.boolean(),
          perubahanIndeks: SkemaEstimasi.optional(),
          perubahanFaktor: z.record(z.string(), z.number()).optional(),
        }),
      ),
    }),
    handler: async (ctx) => {
      if (ctx.query.pra === ctx.query.pasca) throw galat(400, "SAMA");
      const a = await petaKampanye(ctx as Ctx, ctx.query.pra);
      const b = await petaKampanye(ctx as Ctx, ctx.query.pasca);
      const ia = a.peta.instansi.indeks;
      const ib = b.peta.instansi.indeks;
      return {
        pra: ringkasKampanye(a.kampanye),
        pasca: ringkasKampanye(b.kampanye),
        indeks: ia && ib ? bandingkanIndeks(ia, ib) : null,
        unit: bandingkanPeta(a.peta, b.peta),
      };
    },
  }),

  ...ruteRinci,

  defineRoute({
    method: "GET",
    url: "/api/instansi/:instansiId/hasil/saya",
    akses: "login",
    tag: "hasil",
    ringkasan: "Hasil asesmen saya (hanya kampanye yang sudah dirilis), dengan riwayat",
    bacaPribadi: "hasil_asesmen",
    response: z.object({
      profil: z.array(z.unknown()),
      /** The final level where non-test evidence exists, with its sources (docs/nontes.md). */
      levelAkhir: SkemaLevelAkhirSaya,
      riwayat: z.array(
        z.object({
          kampanyeId: z.string(),
          nama: z.string(),
          derajat: z.number(),
          level: z.number(),
          faktorT: z.record(z.string(), z.number()),
        }),
      ),
    }),
    handler: async (ctx) => {
      const { saya, profil } = await profilSaya(ctx as Ctx);
      return {
        profil,
        levelAkhir: await levelAkhirSaya(ctx.db, ctx.params.instansiId, saya.id),
        riwayat: profil.map((p) => ({
          kampanyeId: p.kampanye.id,
          nama: p.kampanye.nama,
          derajat: p.integritas.derajat,
          level: p.level.level,
          faktorT: Object.fromEntries(p.faktor.map((f) => [f.kode, f.t])),
        })),
      };
    },
  }),

  defineRoute({
    method: "GET",
    url: "/api/instansi/:instansiId/hasil/saya/:kampanyeId/pdf",
    akses: "login",
    tag: "hasil",
    ringkasan: "Laporan hasil saya satu halaman (PDF)",
    bacaPribadi: "hasil_asesmen",
    params: pKampanye,
    handler: async (ctx) => {
      const { profil } = await profilSaya(ctx as Ctx, ctx.params.kampanyeId);
      if (profil.length === 0) throw galat(404, "HASIL_TIDAK_ADA");
      const nama = ctx.sesi?.pengguna.nama ?? "";
      const isi = await profilPdf(profil[0], nama, ctx.bahasa);
      ctx.reply.header("content-disposition", 'attachment; filename="hasil-asesmen.pdf"');
      return ctx.reply.type("application/pdf").send(isi);
    },
  }),

  defineRoute({
    method: "GET",
    url: "/api/instansi/:instansiId/hasil/kampanye/:kampanyeId/ekspor",
    akses: PERAN_PETA,
    bolehEvaluatorNasional: true,
    tag: "hasil",
    ringkasan:
      "Ringkasan instansi (Peta Asesmen dan indeks) sebagai XLSX atau PDF; kelompok < k disembunyikan",
    aksi: "hasil.ekspor",
    params: pKampanye,
    query: z.strictObject({ format: z.enum(["xlsx", "pdf"]) }),
    handler: async (ctx) => {
      const { kampanye: k, peta } = await petaKampanye(ctx as Ctx, ctx.params.kampanyeId);
      const instansi = ctx.instansi as { nama: string };
      const judul = { instansi: instansi.nama, kampanye: k.nama };
      ctx.audit({ objekJenis: "kampanye_asesmen", objekId: k.id, rincian: { format: ctx.query.format } });
      if (ctx.query.format === "xlsx") {
        const isi = await ringkasanXlsx(peta as PetaAsesmen, judul, ctx.bahasa);
        ctx.reply.header("content-disposition", 'attachment; filename="peta-asesmen.xlsx"');
        return ctx.reply.type("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").send(isi);
      }
      const isi = await ringkasanPdf(peta as PetaAsesmen, judul, ctx.bahasa);
      ctx.reply.header("content-disposition", 'attachment; filename="peta-asesmen.pdf"');
      return ctx.reply.type("application/pdf").send(isi);
    },
  }),

  defineRoute({
    method: "GET",
    url: "/api/instansi/:instansiId/hasil/pengaturan",
    akses: PERAN_PETA,
    tag: "hasil",
    ringkasan: "Ukuran kelompok minimum peta (k) dan batas level yang berlaku",
    response: z.object({
      k: z.number(),
      batasLevel: z.array(
        z.object({
          versi: z.number(),
          metode: z.string(),
          batas: SkemaBatas.nullable(),
          rincian: z.unknown(),
          dibuat: z.string(),
          dibuatOleh: z.string().nullable(),
        }),
      ),
    }),
    handler: async (ctx) => {
      const { instansiId } = ctx.params;
      const rows = await ctx.db
        .selectFrom("batas_level_instansi as b")
        .leftJoin("pengguna as u", "u.id", "b.dibuat_oleh")
        .select(["b.versi", "b.metode", "b.batas", "b.rincian", "b.dibuat", "u.nama"])
        .where("b.instansi_id", "=", instansiId)
        .orderBy("b.versi", "desc")
        .execute();
      return {
        k: await kMinimum(ctx.db, instansiId),
        batasLevel: rows.map((r) => ({
          versi: r.versi,
          metode: r.metode,
          batas: (r.batas as BatasLevel | null) ?? null,
          rincian: r.rincian,
          dibuat: new Date(r.dibuat).toISOString(),
          dibuatOleh: r.nama ?? null,
        })),
      };
    },
  }),

  defineRoute({
    method: "PUT",
    url: "/api/instansi/:instansiId/hasil/pengaturan",
    akses: ["admin_instansi"],
    tag: "hasil",
    ringkasan: "Mengubah ukuran kelompok minimum peta (k ≥ 3)",
    aksi: "hasil.pengaturan.ubah",
    body: z.strictObject({ k: z.number().int().min(3).max(1000) }),
    response: z.object({ k: z.number() }),
    handler: async (ctx) => {
      const { instansiId } = ctx.params;
      await ctx.db
        .insertInto("pengaturan_hasil")
        .values({
          instansi_id: instansiId,
          k_minimum: ctx.body.k,
          diubah_oleh: ctx.sesi?.pengguna.id ?? null,
        })
        .onConflict((oc) =>
          oc.column("instansi_id").doUpdateSet({
            k_minimum: ctx.body.k,
            diubah_oleh: ctx.sesi?.pengguna.id ?? null,
            diubah: new Date(),
          }),
        )
        .execute();
      ctx.audit({ objekJenis: "pengaturan_hasil", objekId: instansiId, rincian: { k: ctx.body.k } });
      return { k: ctx.body.k };
    },
  }),

  defineRoute({
    method: "GET",
    url: "/api/instansi/:instansiId/hasil/kampanye/:kampanyeId/panel",
    akses: PERAN_KELOLA,
    tag: "hasil",
    ringkasan:
      "Peserta yang sudah diskor untuk dinilai panel penetapan batas level (tanpa skor: panel menilai buta skor); dicatat di log audit",
    aksi: "hasil.panel.baca",
    params: pKampanye,
    query: z.strictObject({ ...skemaHalaman, q: z.string().trim().max(100).optional() }),
    response: z.object({
      items: z.array(
        z.object({ pesertaId: z.string(), nama: z.string(), nip: z.string(), unit: z.string().nullable() }),
      ),
      total: z.number(),
      page: z.number(),
      pageSize: z.number(),
    }),
    handler: async (ctx) => {
      const { instansiId, kampanyeId } = ctx.params;
      await kampanye(ctx.db, instansiId, kampanyeId);
      let q = ctx.db
        .selectFrom("skor_asesmen as s")
        .innerJoin("pegawai as p", (j) =>
          j.onRef("p.instansi_id", "=", "s.instansi_id").onRef("p.id", "=", "s.pegawai_id"),
        )
        .leftJoin("unit_kerja as u", (j) =>
          j.onRef("u.instansi_id", "=", "s.instansi_id").onRef("u.id", "=", "s.unit_id"),
        )
        .where("s.instansi_id", "=", instansiId)
        .where("s.kampanye_id", "=", kampanyeId)
        .where("s.tinjauan", "in", TINJAUAN_DILAPORKAN);
      if (ctx.query.q) {
        const cari = ctx.query.q;
        q = q.where((eb) =>
          eb.or([
            eb("p.nama", "ilike", `%${cari.replace(/[%_\\]/g, "")}%`),
            eb("p.nip", "like", `${cari.replace(/\D/g, "")}%`),
          ]),
        );
      }
      const rows = await q
        .select(["s.peserta_id", "p.nama", "p.nip", "u.nama as unit"])
        .orderBy("p.nama")
        .orderBy("s.peserta_id")
        .limit(ctx.query.pageSize)
        .offset((ctx.query.page - 1) * ctx.query.pageSize)
        .execute();
      const { n } = await q.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
      ctx.audit({ objekJenis: "kampanye_asesmen", objekId: kampanyeId, rincian: { jumlah: rows.length } });
      return {
        items: rows.map((r) => ({ pesertaId: r.peserta_id, nama: r.nama, nip: r.nip, unit: r.unit ?? null })),
        total: Number(n),
        page: ctx.query.page,
        pageSize: ctx.query.pageSize,
      };
    },
  }),

  defineRoute({
    method: "POST",
    url: "/api/instansi/:instansiId/hasil/batas-level/pratinjau",
    akses: PERAN_KELOLA,
    tag: "hasil",
    ringkasan:
      "Pratinjau penetapan batas level (kelompok kontras, manual, atau kembali ke baku) tanpa menyimpan",
    body: SkemaPenetapan,
    response: z.object({ batas: SkemaBatas.nullable(), rincian: z.unknown() }),
    handler: async (ctx) => hitungBatas(ctx as Ctx, ctx.body),
  }),

  defineRoute({
    method: "POST",
    url: "/api/instansi/:instansiId/hasil/batas-level",
    akses: PERAN_KELOLA,
    tag: "hasil",
    ringkasan:
      "Menetapkan batas level instansi (dicatat dengan metode, siapa dan kapan); berlaku untuk penskoran berikutnya",
    aksi: "hasil.batas_level.tetapkan",
    body: SkemaPenetapan,
    response: z.object({ versi: z.number(), batas: SkemaBatas.nullable() }),
    status: 201,
    handler: async (ctx) => {
      const { instansiId } = ctx.params;
      const { batas, rincian } = await hitungBatas(ctx as Ctx, ctx.body);
      const { maks } = await ctx.db
        .selectFrom("batas_level_instansi")
        .select((eb) => eb.fn.max("versi").as("maks"))
        .where("instansi_id", "=", instansiId)
        .executeTakeFirstOrThrow();
      const versi = (Number(maks) || 0) + 1;
      await ctx.db
        .insertInto("batas_level_instansi")
        .values({
          instansi_id: instansiId,
          versi,
          batas: batas ? JSON.stringify(batas) : null,
          metode: ctx.body.metode,
          rincian: JSON.stringify(rincian),
          dibuat_oleh: ctx.sesi?.pengguna.id ?? null,
        })
        .execute();
      ctx.audit({
        objekJenis: "batas_level_instansi",
        objekId: String(versi),
        rincian: { metode: ctx.body.metode, batas },
      });
      return { versi, batas };
    },
  }),

  ...rutesKalibrasi,
];

export const jobs: Record<string, JobHandler> = {
  [JOB_SKOR]: async (job, ctx) => {
    const m = job.muatan as { kampanyeId?: string };
    if (!job.instansi_id || !m.kampanyeId) throw new Error("muatan job penskoran tidak lengkap");
    try {
      // a retaken job (its worker died) resumes after its last written batch
      return await skorKampanye(ctx.db, job.instansi_id, m.kampanyeId, {
        progres: (s, t) => ctx.progres(s, t),
        signal: ctx.signal,
        titik: (ctx.titik ?? null) as TitikSkor | null,
        simpanTitik: async (t) => {
          await ctx.simpanTitik?.(t);
        },
      });
    } finally {
      // the per-unit sums changed: a kept map is stale, in every process
      await instansiDitulis(ctx.db, job.instansi_id);
    }
  },
  [JOB_KALIBRASI]: jobKalibrasi,
};
