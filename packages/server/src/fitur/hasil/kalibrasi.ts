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
import type { Database } from "../../db/schema.ts";
import type { JobHandler } from "../../jobs/queue.ts";
import { bacaJawaban, type Peserta } from "./baca-jawaban.ts";
import { parameterBerlaku, pastikanParameter } from "./parameter.ts";
import type { SnapshotFormulir } from "./skor.ts";

export const JOB_KALIBRASI = "asesmen.kalibrasi";
/** Default minimum of submitted responses for a recalibration (docs/hasil.md "Recalibration"). */
export const MIN_RESPONS = 1000;

type Db = Kysely<Database>;

export const angka = (x: number, digit = 4) => (Number.isFinite(x) ? Number(x.toFixed(digit)) : null);
export const peluang = (x: number) => Number(x.toPrecision(3));

/** A grouping's DIF as the comparison keeps it: the groups and the flagged pairs, rounded. */
export function ringkasDif(v: DifVariabel) {
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
export async function bacaAtribut(
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

export function ringkasBeda(a: ArrayLike<number>, b: ArrayLike<number>) {
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
export async function namaVersiBaru(db: Db, formulirId: string, kampanyeId: string): Promise<string> {
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
