/**
 * Recalibration from real responses (docs/hasil.md "Recalibration"):
 * once a campaign has enough submitted responses (default 1,000), the
 * national evaluator runs a calibration of the Thurstonian IRT model on
 * them as a job, compares it with the parameters in force (drift of
 * loadings, thresholds and trait correlations; model fit), and may publish
 * it as a new version; publishing queues rescoring of every campaign on
 * that form, so each score is recomputed with the version it names.
 *
 * The new version is built with the same steps as the provisional reference
 * (domain acuan.ts) but on the real outcomes: engine calibration, MAP norms
 * of the campaign's own scores, simulated person-fit null, normative cuts.
 * The comparison adds DIF of every pair across sex, age group, golongan and
 * jenis jabatan (domain dif.ts; region is not in the data).
 */
import {
  type AtributDif,
  batasNormatif,
  DIF_ALPHA,
  DIF_MIN_KELOMPOK,
  type DifVariabel,
  difVariabel,
  type Formulir,
  hasilPasangan,
  type JawabanPegawai,
  KODE_SUBDIMENSI,
  kelompokDif,
  METODE_DIF,
  normaDariSkor,
  type ParameterAcuan,
  type Pernyataan,
  skorKomposit,
  toTirtDesign,
  VARIABEL_DIF,
  WILAYAH_DIF_TIDAK_TERSEDIA,
} from "@nurani/domain";
import { calibrateTirtModel, NormTable, tirtModelFromParams, tirtPersonFitNull } from "@nurani/irt";
import { type Kysely, sql } from "kysely";
import { z } from "zod";
import type { Database } from "../../db/schema.ts";
import { defineRoute } from "../../http/route.ts";
import { antrekanJob, type JobHandler } from "../../jobs/queue.ts";
import { parameterBerlaku, pastikanParameter } from "./parameter.ts";
import { galat } from "./pesan.ts";
import { bacaJawaban, JOB_SKOR, type Peserta, type SnapshotFormulir } from "./skor.ts";

export const JOB_KALIBRASI = "asesmen.kalibrasi";
/** Default minimum of submitted responses for a recalibration (docs/hasil.md "Recalibration"). */
export const MIN_RESPONS = 1000;

type Db = Kysely<Database>;

const angka = (x: number, digit = 4) => (Number.isFinite(x) ? Number(x.toFixed(digit)) : null);
const peluang = (x: number) => Number(x.toPrecision(3));

/** A grouping's DIF as the comparison keeps it: the groups and the flagged pairs, rounded. */
function ringkasDif(v: DifVariabel) {
  return {
    kode: v.kode,
    label: v.label,
    kelompok: v.kelompok,
    acuan: v.acuan,
    tidakDiuji: v.tidakDiuji,
    tanpaData: v.tanpaData,
    putaran: v.putaran,
    jumlahDiuji: v.pasangan.length,
    jumlahDitandai: v.jumlahDitandai,
    ditandai: v.pasangan
      .filter((d) => d.ditandai)
      .map((d) => ({
        blok: d.blok,
        pertama: d.pertama,
        kedua: d.kedua,
        n: d.n,
        g2: angka(d.g2, 2),
        df: d.df,
        p: peluang(d.p),
        q: peluang(d.q),
        deltaR2: angka(d.deltaR2),
        besaran: angka(d.besaran, 3),
        kelas: d.kelas,
        jenis: d.jenis,
        perKelompok: d.perKelompok.map((k) => ({
          kelompok: k.kelompok,
          geserLogit: angka(k.geserLogit, 3),
          bedaP: angka(k.bedaP, 3),
        })),
      })),
  };
}

/** Reads the DIF attributes of the pegawai behind `data`, in its order. */
async function bacaAtribut(
  db: Db,
  instansiId: string,
  data: readonly JawabanPegawai[],
): Promise<AtributDif[]> {
  const per = new Map<string, AtributDif>();
  const ids = data.map((d) => d.pegawaiId);
  for (let i = 0; i < ids.length; i += 2000) {
    const rows = await db
      .selectFrom("pegawai")
      .select(["id", "jenis_kelamin", "tanggal_lahir", "golongan", "jenis_jabatan"])
      .where("instansi_id", "=", instansiId)
      .where("id", "in", ids.slice(i, i + 2000))
      .execute();
    for (const r of rows)
      per.set(r.id, {
        jenisKelamin: r.jenis_kelamin,
        tanggalLahir: r.tanggal_lahir,
        golongan: r.golongan,
        jenisJabatan: r.jenis_jabatan,
      });
  }
  const kosong: AtributDif = { jenisKelamin: null, tanggalLahir: null, golongan: null, jenisJabatan: null };
  return ids.map((id) => per.get(id) ?? kosong);
}

function ringkasBeda(a: ArrayLike<number>, b: ArrayLike<number>) {
  let maks = 0;
  let jumlah = 0;
  for (let i = 0; i < a.length; i++) {
    const d = Math.abs(a[i] - b[i]);
    maks = Math.max(maks, d);
    jumlah += d * d;
  }
  return { rmsd: Math.sqrt(jumlah / Math.max(1, a.length)), maks };
}

/**
 * `<form>/kalibrasi-<date>-<campaign>`; a rerun the same day replaces that
 * draft, but never a version already published (it gets `-2`, `-3` …).
 */
async function namaVersiBaru(db: Db, formulirId: string, kampanyeId: string): Promise<string> {
  const hariIni = new Date().toISOString().slice(0, 10).replaceAll("-", "");
  const dasar = `${formulirId}/kalibrasi-${hariIni}-${kampanyeId.slice(0, 8)}`;
  for (let i = 1; ; i++) {
    const versi = i === 1 ? dasar : `${dasar}-${i}`;
    const ada = await db
      .selectFrom("parameter_asesmen")
      .select("status")
      .where("versi", "=", versi)
      .executeTakeFirst();
    if (!ada || ada.status === "draf") return versi;
  }
}

export async function kalibrasiUlang(
  db: Db,
  instansiId: string,
  kampanyeId: string,
  penggunaId: string | null,
  progres?: (s: number, t: number) => Promise<void>,
  minKelompokDif = DIF_MIN_KELOMPOK,
) {
  const k = await db
    .selectFrom("kampanye_asesmen")
    .select(["formulir", "dibuka"])
    .where("instansi_id", "=", instansiId)
    .where("id", "=", kampanyeId)
    .executeTakeFirstOrThrow();
  const snap = (typeof k.formulir === "string" ? JSON.parse(k.formulir) : k.formulir) as SnapshotFormulir;
  const formulir: Formulir = snap.formulir;
  const pernyataan: Pernyataan[] = snap.pernyataan;
  const lama = await pastikanParameter(db, formulir, pernyataan);
  const peserta = (await db
    .selectFrom("peserta_asesmen as p")
    .leftJoin("skor_asesmen as s", (j) =>
      j.onRef("s.instansi_id", "=", "p.instansi_id").onRef("s.peserta_id", "=", "p.id"),
    )
    .select(["p.id", "p.pegawai_id", sql<string | null>`null`.as("unit_id"), "p.urutan"])
    .where("p.instansi_id", "=", instansiId)
    .where("p.kampanye_id", "=", kampanyeId)
    .where("p.selesai", "is not", null)
    // patterns a reviewer excluded do not calibrate the national parameters
    .where((eb) => eb.or([eb("s.tinjauan", "is", null), eb("s.tinjauan", "!=", "dikecualikan")]))
    .orderBy("p.id")
    .execute()) as Peserta[];
  // progress: one unit per participant read, one for the calibration, one per DIF grouping
  const total = peserta.length + 1 + VARIABEL_DIF.length;
  const data: JawabanPegawai[] = [];
  for (let i = 0; i < peserta.length; i += 2000) {
    const j = await bacaJawaban(db, instansiId, peserta.slice(i, i + 2000));
    data.push(...j.filter((d) => d.jawaban.length > 0));
    await progres?.(Math.min(i + 2000, peserta.length), total);
  }
  const n = data.length;
  const { outcomes } = hasilPasangan(lama.acuan, formulir, data, pernyataan);
  const design = toTirtDesign(formulir, pernyataan);
  const idPernyataan = design.blocks.flatMap((b) => b.statements.map((st) => st.id));
  const modelLama = tirtModelFromParams(design, lama.acuan.parameter);
  const t0 = performance.now();
  const kal = calibrateTirtModel(design, outcomes, n, { start: modelLama });
  const est = kal.params.estimation;
  const versi = await namaVersiBaru(db, formulir.id, kampanyeId);
  const skor = skorKomposit(kal.model, outcomes, n);
  const norma = normaDariSkor(skor, `Kalibrasi dari jawaban nyata ${versi} (n = ${n})`, versi);
  const nul = tirtPersonFitNull(kal.model, { persons: Math.min(n, 2000), seed: 61, alpha: 0.01 });
  const ti = new NormTable(norma.integritas);
  const T = KODE_SUBDIMENSI.length;
  let jumlahPhi = 0;
  for (const x of kal.model.phi) jumlahPhi += x;
  const acuan: ParameterAcuan = {
    jenis: "nurani-parameter-acuan",
    versi,
    formulir: formulir.id,
    status: "kalibrasi",
    catatan: `Dikalibrasi dari ${n} jawaban nyata kampanye ${kampanyeId}. Norma dan batas level baku mengacu pada peserta kampanye ini.`,
    sampel: { n, benih: 0, sumber: "kampanye" },
    parameter: kal.params,
    norma,
    sdLatenIntegritas: Math.sqrt(jumlahPhi) / T,
    ambangLz: { nilai: nul.critical, alpha: 0.01, n: Math.min(n, 2000) },
    batasLevel: batasNormatif(Array.from(skor.integritas, (x) => ti.derajat(x))),
  };
  const detikKalibrasi = (performance.now() - t0) / 1000;
  await progres?.(peserta.length + 1, total);

  // DIF across the groupings the pegawai record holds, ages at the campaign's opening date
  const tanggal = new Date(k.dibuka).toISOString().slice(0, 10);
  const kelompok = kelompokDif(await bacaAtribut(db, instansiId, data), tanggal);
  const dif = [];
  for (const [i, v] of VARIABEL_DIF.entries()) {
    const h = difVariabel(kal.model, skor.map.theta, outcomes, kelompok[v.kode], v.kode, {
      minKelompok: minKelompokDif,
      alpha: DIF_ALPHA,
    });
    dif.push(ringkasDif(h));
    await progres?.(peserta.length + 2 + i, total);
  }
  const banding = {
    n,
    versiLama: lama.versi,
    versiBaru: versi,
    detikKalibrasi,
    kecocokan: {
      konvergen: est?.converged ?? false,
      iterasi: est?.iterations ?? null,
      srmr: est?.srmr ?? null,
      pesan: est?.message ?? null,
    },
    pergeseran: {
      muatan: ringkasBeda(modelLama.lambda, kal.model.lambda),
      ambang: ringkasBeda(modelLama.gamma, kal.model.gamma),
      korelasiTrait: ringkasBeda(modelLama.phi, kal.model.phi),
      /** Statements whose loading moved by more than 0.2. */
      muatanBergeser: Array.from(kal.model.lambda, (l, i) => ({ i, d: l - modelLama.lambda[i] }))
        .filter((x) => Math.abs(x.d) > 0.2)
        .map((x) => ({ pernyataan: idPernyataan[x.i] ?? String(x.i), beda: Number(x.d.toFixed(3)) })),
      /** Every statement's loading, in force and recalibrated. */
      perPernyataan: idPernyataan.map((id, i) => ({
        pernyataan: id,
        lama: angka(modelLama.lambda[i], 3),
        baru: angka(kal.model.lambda[i], 3),
        beda: angka(kal.model.lambda[i] - modelLama.lambda[i], 3),
      })),
    },
    dif: {
      metode: METODE_DIF,
      alpha: DIF_ALPHA,
      minKelompok: minKelompokDif,
      tanggalUsia: tanggal,
      wilayah: WILAYAH_DIF_TIDAK_TERSEDIA,
      variabel: dif,
    },
  };
  // The version's note: a short summary that fits the column (the full comparison is the job's result).
  const ringkasan = {
    n,
    versiLama: lama.versi,
    kecocokan: banding.kecocokan,
    pergeseran: {
      muatan: banding.pergeseran.muatan,
      ambang: banding.pergeseran.ambang,
      korelasiTrait: banding.pergeseran.korelasiTrait,
      muatanBergeser: banding.pergeseran.muatanBergeser.length,
    },
    dif: dif.map((v) => ({ kode: v.kode, diuji: v.tidakDiuji === null, ditandai: v.jumlahDitandai })),
  };
  const catatan = JSON.stringify(ringkasan).slice(0, 5000);
  await db
    .insertInto("parameter_asesmen")
    .values({
      versi,
      formulir_id: formulir.id,
      status: "draf",
      acuan: JSON.stringify(acuan),
      sumber_instansi_id: instansiId,
      sumber_kampanye_id: kampanyeId,
      catatan,
      dibuat_oleh: penggunaId,
    })
    .onConflict((oc) =>
      oc
        .column("versi")
        .doUpdateSet({ acuan: JSON.stringify(acuan), catatan })
        .where("parameter_asesmen.status", "=", "draf"),
    )
    .execute();
  return banding;
}

const bolehNasional = (peran: { instansiNasional: boolean; peran: string }[]) =>
  peran.some((p) => p.instansiNasional && p.peran === "evaluator_nasional");

export const rutesKalibrasi = [
  defineRoute({
    method: "GET",
    url: "/api/asesmen/parameter",
    akses: ["evaluator_nasional"],
    tag: "hasil",
    ringkasan: "Versi parameter asesmen per formulir (sementara, draf kalibrasi ulang, terbit, diganti)",
    response: z.object({
      items: z.array(
        z.object({
          id: z.string(),
          versi: z.string(),
          formulirId: z.string(),
          status: z.string(),
          catatan: z.string().nullable(),
          sumberKampanyeId: z.string().nullable(),
          dibuat: z.string(),
          diterbitkan: z.string().nullable(),
        }),
      ),
    }),
    handler: async (ctx) => {
      if (!bolehNasional(ctx.sesi?.peran ?? [])) throw galat(403, "BUKAN_NASIONAL");
      const rows = await ctx.db
        .selectFrom("parameter_asesmen")
        .select([
          "id",
          "versi",
          "formulir_id",
          "status",
          "catatan",
          "sumber_kampanye_id",
          "dibuat",
          "diterbitkan",
        ])
        .orderBy("formulir_id")
        .orderBy("dibuat", "desc")
        .limit(500)
        .execute();
      return {
        items: rows.map((r) => ({
          id: r.id,
          versi: r.versi,
          formulirId: r.formulir_id,
          status: r.status,
          catatan: r.catatan,
          sumberKampanyeId: r.sumber_kampanye_id,
          dibuat: new Date(r.dibuat).toISOString(),
          diterbitkan: r.diterbitkan ? new Date(r.diterbitkan).toISOString() : null,
        })),
      };
    },
  }),

  defineRoute({
    method: "GET",
    url: "/api/asesmen/kalibrasi-ulang/kampanye",
    akses: ["evaluator_nasional"],
    tag: "hasil",
    ringkasan:
      "Kampanye semua instansi dengan jumlah respons terkirim terhadap ambang kalibrasi ulang, dan kalibrasi terakhirnya",
    query: z.strictObject({
      minimum: z.coerce.number().int().min(100).max(1_000_000).default(MIN_RESPONS),
    }),
    response: z.object({
      minimum: z.number(),
      items: z.array(
        z.object({
          instansiId: z.string(),
          instansiNama: z.string(),
          kampanyeId: z.string(),
          nama: z.string(),
          formulirId: z.string(),
          ditutup: z.string(),
          selesai: z.number(),
          layak: z.boolean(),
          job: z
            .object({
              id: z.string(),
              status: z.string(),
              progres: z.object({ selesai: z.number(), total: z.number().nullable() }),
              galat: z.string().nullable(),
              dibuat: z.string(),
            })
            .nullable(),
        }),
      ),
    }),
    handler: async (ctx) => {
      if (!bolehNasional(ctx.sesi?.peran ?? [])) throw galat(403, "BUKAN_NASIONAL");
      const { minimum } = ctx.query;
      // counts only: no person's data leaves this query
      const rows = await ctx.db
        .selectFrom("kampanye_asesmen as k")
        .innerJoin("instansi as i", "i.id", "k.instansi_id")
        .leftJoin("peserta_asesmen as p", (j) =>
          j
            .onRef("p.instansi_id", "=", "k.instansi_id")
            .onRef("p.kampanye_id", "=", "k.id")
            .on("p.selesai", "is not", null),
        )
        .select((eb) => [
          "k.instansi_id",
          "i.nama as instansi_nama",
          "k.id",
          "k.nama",
          "k.formulir_id",
          "k.ditutup",
          eb.fn.count<string>("p.id").as("selesai"),
        ])
        .groupBy(["k.instansi_id", "i.nama", "k.id", "k.nama", "k.formulir_id", "k.ditutup"])
        .orderBy("selesai", "desc")
        .orderBy("k.ditutup", "desc")
        .limit(500)
        .execute();
      const jobs = await ctx.db
        .selectFrom("job")
        .select(["id", "status", "progres_selesai", "progres_total", "galat", "dibuat", "muatan"])
        .where("jenis", "=", JOB_KALIBRASI)
        .orderBy("dibuat", "desc")
        .limit(1000)
        .execute();
      const terakhir = new Map<string, (typeof jobs)[number]>();
      for (const j of jobs) {
        const m = (typeof j.muatan === "string" ? JSON.parse(j.muatan) : j.muatan) as { kampanyeId?: string };
        if (m.kampanyeId && !terakhir.has(m.kampanyeId)) terakhir.set(m.kampanyeId, j);
      }
      return {
        minimum,
        items: rows.map((r) => {
          const j = terakhir.get(r.id);
          return {
            instansiId: r.instansi_id,
            instansiNama: r.instansi_nama,
            kampanyeId: r.id,
            nama: r.nama,
            formulirId: r.formulir_id,
            ditutup: new Date(r.ditutup).toISOString(),
            selesai: Number(r.selesai),
            layak: Number(r.selesai) >= minimum,
            job: j
              ? {
                  id: j.id,
                  status: j.status,
                  progres: { selesai: j.progres_selesai, total: j.progres_total },
                  galat: j.galat,
                  dibuat: new Date(j.dibuat).toISOString(),
                }
              : null,
          };
        }),
      };
    },
  }),

  defineRoute({
    method: "GET",
    url: "/api/asesmen/parameter/:id/banding",
    akses: ["evaluator_nasional"],
    tag: "hasil",
    ringkasan:
      "Perbandingan sebuah versi hasil kalibrasi ulang dengan versi yang berlaku saat itu (kecocokan, pergeseran, DIF)",
    params: z.strictObject({ id: z.uuid() }),
    response: z.object({ versi: z.string(), status: z.string(), banding: z.unknown() }),
    handler: async (ctx) => {
      if (!bolehNasional(ctx.sesi?.peran ?? [])) throw galat(403, "BUKAN_NASIONAL");
      const p = await ctx.db
        .selectFrom("parameter_asesmen")
        .select(["versi", "status"])
        .where("id", "=", ctx.params.id)
        .executeTakeFirst();
      if (!p) throw galat(404, "PARAMETER_TIDAK_ADA");
      // the comparison is the result of the newest finished job that produced this version
      const j = await ctx.db
        .selectFrom("job")
        .select("hasil")
        .where("jenis", "=", JOB_KALIBRASI)
        .where("status", "=", "selesai")
        .where(sql<string>`hasil->>'versiBaru'`, "=", p.versi)
        .orderBy("selesai", "desc")
        .executeTakeFirst();
      if (!j) throw galat(404, "BANDING_TIDAK_ADA");
      return { versi: p.versi, status: p.status, banding: j.hasil };
    },
  }),

  defineRoute({
    method: "POST",
    url: "/api/asesmen/kalibrasi-ulang",
    akses: ["evaluator_nasional"],
    tag: "hasil",
    ringkasan:
      "Kalibrasi ulang dari jawaban nyata sebuah kampanye (job); hasilnya versi parameter berstatus draf",
    aksi: "asesmen.kalibrasi_ulang.mulai",
    body: z.strictObject({
      instansiId: z.uuid(),
      kampanyeId: z.uuid(),
      /** Minimum submitted responses (default 1,000; never below 100). */
      minimum: z.number().int().min(100).max(1_000_000).default(MIN_RESPONS),
      /** Smallest group tested for DIF (default 100; never below 30). */
      minKelompokDif: z.number().int().min(30).max(1_000_000).default(DIF_MIN_KELOMPOK),
    }),
    response: z.object({ jobId: z.uuid() }),
    status: 202,
    handler: async (ctx) => {
      if (!bolehNasional(ctx.sesi?.peran ?? [])) throw galat(403, "BUKAN_NASIONAL");
      const { instansiId, kampanyeId, minimum, minKelompokDif } = ctx.body;
      const k = await ctx.db
        .selectFrom("kampanye_asesmen")
        .select("id")
        .where("instansi_id", "=", instansiId)
        .where("id", "=", kampanyeId)
        .executeTakeFirst();
      if (!k) throw galat(404, "KAMPANYE_TIDAK_ADA");
      const { n } = await ctx.db
        .selectFrom("peserta_asesmen")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .where("instansi_id", "=", instansiId)
        .where("kampanye_id", "=", kampanyeId)
        .where("selesai", "is not", null)
        .executeTakeFirstOrThrow();
      if (Number(n) < minimum) throw galat(409, "RESPONS_KURANG", { min: minimum, n: Number(n) });
      const jobId = await antrekanJob(ctx.db, {
        jenis: JOB_KALIBRASI,
        instansiId,
        muatan: { kampanyeId, penggunaId: ctx.sesi?.pengguna.id ?? null, minKelompokDif },
      });
      ctx.audit({ objekJenis: "kampanye_asesmen", objekId: kampanyeId, rincian: { instansiId, jobId } });
      return { jobId };
    },
  }),

  defineRoute({
    method: "GET",
    url: "/api/asesmen/kalibrasi-ulang/:jobId",
    akses: ["evaluator_nasional"],
    tag: "hasil",
    ringkasan: "Status dan perbandingan sebuah kalibrasi ulang",
    params: z.strictObject({ jobId: z.uuid() }),
    response: z.object({
      status: z.string(),
      progres: z.object({ selesai: z.number(), total: z.number().nullable() }),
      hasil: z.unknown(),
      galat: z.string().nullable(),
    }),
    handler: async (ctx) => {
      if (!bolehNasional(ctx.sesi?.peran ?? [])) throw galat(403, "BUKAN_NASIONAL");
      const j = await ctx.db
        .selectFrom("job")
        .select(["status", "progres_selesai", "progres_total", "hasil", "galat"])
        .where("id", "=", ctx.params.jobId)
        .where("jenis", "=", JOB_KALIBRASI)
        .executeTakeFirst();
      if (!j) throw galat(404, "PARAMETER_TIDAK_ADA");
      return {
        status: j.status,
        progres: { selesai: j.progres_selesai, total: j.progres_total },
        hasil: j.hasil,
        galat: j.galat,
      };
    },
  }),

  defineRoute({
    method: "POST",
    url: "/api/asesmen/parameter/:id/terbitkan",
    akses: ["evaluator_nasional"],
    tag: "hasil",
    ringkasan:
      "Menerbitkan versi parameter hasil kalibrasi ulang; versi lama diganti dan kampanye formulir itu diskor ulang",
    aksi: "asesmen.parameter.terbitkan",
    params: z.strictObject({ id: z.uuid() }),
    response: z.object({ versi: z.string(), penskoranUlang: z.number() }),
    handler: async (ctx) => {
      if (!bolehNasional(ctx.sesi?.peran ?? [])) throw galat(403, "BUKAN_NASIONAL");
      const p = await ctx.db
        .selectFrom("parameter_asesmen")
        .select(["id", "versi", "formulir_id", "status"])
        .where("id", "=", ctx.params.id)
        .executeTakeFirst();
      if (!p) throw galat(404, "PARAMETER_TIDAK_ADA");
      if (p.status !== "draf") throw galat(409, "PARAMETER_BUKAN_DRAF");
      await ctx.db
        .updateTable("parameter_asesmen")
        .set({ status: "diganti" })
        .where("formulir_id", "=", p.formulir_id)
        .where("status", "=", "terbit")
        .execute();
      await ctx.db
        .updateTable("parameter_asesmen")
        .set({ status: "terbit", diterbitkan: new Date() })
        .where("id", "=", p.id)
        .execute();
      // Every campaign on this form that has scores is rescored with the new version.
      const ks = await ctx.db
        .selectFrom("skor_asesmen as s")
        .innerJoin("kampanye_asesmen as k", (j) =>
          j.onRef("k.instansi_id", "=", "s.instansi_id").onRef("k.id", "=", "s.kampanye_id"),
        )
        .select(["k.instansi_id", "k.id"])
        .where("k.formulir_id", "=", p.formulir_id)
        .groupBy(["k.instansi_id", "k.id"])
        .execute();
      for (const k of ks)
        await antrekanJob(ctx.db, {
          jenis: JOB_SKOR,
          instansiId: k.instansi_id,
          muatan: {
            kampanyeId: k.id,
            penggunaId: ctx.sesi?.pengguna.id ?? null,
            alasan: `parameter ${p.versi}`,
          },
        });
      ctx.audit({
        objekJenis: "parameter_asesmen",
        objekId: p.id,
        rincian: { versi: p.versi, penskoranUlang: ks.length },
      });
      return { versi: p.versi, penskoranUlang: ks.length };
    },
  }),
];

export const jobKalibrasi: JobHandler = async (job, ctx) => {
  const m = job.muatan as { kampanyeId?: string; penggunaId?: string | null; minKelompokDif?: number };
  if (!job.instansi_id || !m.kampanyeId) throw new Error("muatan job kalibrasi tidak lengkap");
  return kalibrasiUlang(
    ctx.db,
    job.instansi_id,
    m.kampanyeId,
    m.penggunaId ?? null,
    (s, t) => ctx.progres(s, t),
    m.minKelompokDif ?? DIF_MIN_KELOMPOK,
  );
};

export { parameterBerlaku };
