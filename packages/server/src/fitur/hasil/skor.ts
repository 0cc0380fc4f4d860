/**
 * The scoring job of a campaign (docs/hasil.md "Scoring job"; docs/penilaian.md "2. Scoring a pegawai";
 * BAB III.B.3.a: forced choice, IRT, norms and the derajat Integritas):
 * submitted participants' answers → domain `skorPegawaiLengkap` (12
 * sub-dimension MAP θ + SE, 3 factors, integrity; T, percentile, derajat;
 * level by the cuts in force; aberrance flags) and `derajatPlausible`
 * (plausible values of the latent derajat, from the same MAP pass,
 * conditioned on every participant scored so far) → `skor_asesmen` (upsert,
 * the compact record of tulis-skor.ts),
 * then the per-unit sums of the map (ringkasan.ts). Flagged patterns wait
 * for review (`tinjauan = 'menunggu'`) and stay out of the map until accepted.
 *
 * Per batch: one statement reads the participants with their answers
 * aggregated to text (baca-jawaban.ts), two statements upsert it from columnar
 * arrays (tulis-skor.ts). A pipeline: while a batch gets its plausible values
 * in this thread, the next one is in its MAP pass on the engine's worker
 * threads, the one after it is read, and the previous one is written
 * (PostgreSQL works in its own processes).
 */

import {
  type BatasLevel,
  derajatPlausible,
  type Formulir,
  type HasilSkor,
  type JawabanPegawai,
  kelompokPlausible,
  PenilaianError,
  type Pernyataan,
  skorPegawai,
  skorPegawaiLengkap,
  skorPegawaiLengkapDengan,
} from "@nurani/domain";
import { createTirtScoringPool, type TirtScoringPool } from "@nurani/irt";
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";
import { bacaBatch, type Peserta } from "./baca-jawaban.ts";
import { ACUAN_SEMENTARA, pastikanParameter } from "./parameter.ts";
import { batasNasionalTerbit } from "./penetapan.ts";
import { segarkanRingkasan } from "./ringkasan.ts";
import { type BarisSkor, tulisBatch } from "./tulis-skor.ts";

export const JOB_SKOR = "asesmen.skor";
/** Plausible values per person (domain default). */
export const JUMLAH_PV = 10;
/** Persons per batch: read, score, draw plausible values, write. */
export const UKURAN_BATCH = 2000;

export interface SnapshotFormulir {
  formulir: Formulir;
  pernyataan: Pernyataan[];
}

/**
 * Cuts in force for an agency: its newest adopted version; else (none, or
 * "baku") the cuts published by a national standard-setting session for this
 * form and parameter version (docs/norma-batas.md); else the reference default.
 */
export interface BatasBerlaku {
  /** "acuan", "instansi-<versi>" or "nasional-<session number>". */
  versi: string;
  batas: BatasLevel;
}

export async function batasBerlaku(
  db: Kysely<Database>,
  instansiId: string,
  bawaan: BatasLevel,
  parameter?: { formulirId: string; versi: string },
): Promise<BatasBerlaku> {
  const r = await db
    .selectFrom("batas_level_instansi")
    .select(["versi", "batas"])
    .where("instansi_id", "=", instansiId)
    .orderBy("versi", "desc")
    .limit(1)
    .executeTakeFirst();
  if (r && r.batas !== null) return { versi: `instansi-${r.versi}`, batas: r.batas as BatasLevel };
  const nasional = parameter ? await batasNasionalTerbit(db, parameter.formulirId, parameter.versi) : null;
  if (nasional) return nasional;
  return { versi: r ? `instansi-${r.versi}` : "acuan", batas: bawaan };
}

/** Seed of a campaign's plausible values (batch b): deterministic, from the campaign id. */
export function benihPv(kampanyeId: string, batch: number): number {
  let h = 2166136261;
  for (const c of kampanyeId) h = Math.imul(h ^ c.charCodeAt(0), 16777619) >>> 0;
  return (h + batch * 7919) % 2147483647;
}

export interface OpsiSkorKampanye {
  /** Progress callback (persons done, total). */
  progres?: (selesai: number, total: number) => Promise<void> | void;
  /** Reference size and seed when the form has no parameters yet (default ACUAN_SEMENTARA). */
  acuan?: { n: number; benih: number };
  ukuranBatch?: number;
  signal?: AbortSignal;
  /** Where an earlier, interrupted run of the same job stopped (its last committed checkpoint). */
  titik?: TitikSkor | null;
  /** Commits a checkpoint after each batch is written (the job queue keeps it, `job.titik`). */
  simpanTitik?: (t: TitikSkor) => Promise<void>;
  /**
   * Worker threads for the MAP pass; default: a pool of the engine's for the run when the campaign
   * has at least a batch to score, none (this thread) below; null: never.
   */
  pool?: TirtScoringPool | null;
}

/** A batch's scoring: the records scored, their results, the records the domain refused. */
interface BatchTerskor {
  sah: { p: Peserta; d: JawabanPegawai }[];
  skor: ReturnType<typeof skorPegawaiLengkap> | null;
  ditolak: { pesertaId: string; pesan: string }[];
}

/**
 * A scoring run's state after a written batch: enough to resume with the
 * next batch exactly as an uninterrupted run would (same batches, same
 * plausible-value seeds, the group sums of everyone scored so far).
 */
export interface TitikSkor {
  versiParameter: string;
  batasVersi: string;
  /** Last participant id of the batch (id order), the next batch starts after it. */
  setelah: string;
  /** Number of the next batch. */
  nomor: number;
  selesai: number;
  dinilai: number;
  ditandai: number;
  tanpaJawaban: number;
  ditolak: { pesertaId: string; pesan: string }[];
  kelompok: { n: number; jumlahRerata: number[]; jumlahKovarians: number[] };
}

export interface HasilSkorKampanye {
  dinilai: number;
  ditandai: number;
  tanpaJawaban: number;
  /** Participants whose stored answers the domain refused (never silently scored). */
  ditolak: { pesertaId: string; pesan: string }[];
  versiParameter: string;
  batasVersi: string;
  /** Time to build the provisional reference when this run built it. */
  acuanDibangunMs: number | null;
  detik: number;
}

/** A stored result as readers get it (umum/skor-tersimpan.ts `hasilSkorJson`): the domain result plus the cuts used. */
export interface HasilTersimpan extends HasilSkor {
  batas: { versi: string; skala: BatasLevel["skala"]; batas: [number, number, number]; metode: string };
}

/** A promise that is awaited later: its rejection is not reported as unhandled in the meantime. */
function nanti<T>(p: Promise<T>): Promise<T> {
  p.catch(() => {});
  return p;
}

/**
 * Scores (or rescores) every submitted participant of a campaign with the
 * parameter version in force. Runs as the database owner (a job), fenced by
 * `instansi_id` in every statement.
 */
export async function skorKampanye(
  db: Kysely<Database>,
  instansiId: string,
  kampanyeId: string,
  opsi: OpsiSkorKampanye = {},
): Promise<HasilSkorKampanye> {
  const t0 = performance.now();
  const k = await db
    .selectFrom("kampanye_asesmen")
    .select(["formulir"])
    .where("instansi_id", "=", instansiId)
    .where("id", "=", kampanyeId)
    .executeTakeFirst();
  if (!k) throw new Error(`kampanye ${kampanyeId} tidak ada`);
  const snap = (typeof k.formulir === "string" ? JSON.parse(k.formulir) : k.formulir) as SnapshotFormulir;
  const param = await pastikanParameter(db, snap.formulir, snap.pernyataan, opsi.acuan ?? ACUAN_SEMENTARA);
  const acuan = param.acuan;
  const batas = await batasBerlaku(db, instansiId, acuan.batasLevel, {
    formulirId: snap.formulir.id,
    versi: acuan.versi,
  });
  const konteksRun = {
    instansiId,
    kampanyeId,
    versi: acuan.versi,
    formulirId: snap.formulir.id,
    batas: { versi: batas.versi, ...batas.batas },
  };

  const { total } = await db
    .selectFrom("peserta_asesmen")
    .select((eb) => eb.fn.countAll<number>().as("total"))
    .where("instansi_id", "=", instansiId)
    .where("kampanye_id", "=", kampanyeId)
    .where("selesai", "is not", null)
    .executeTakeFirstOrThrow();
  const jumlah = Number(total);

  const out: HasilSkorKampanye = {
    dinilai: 0,
    ditandai: 0,
    tanpaJawaban: 0,
    ditolak: [],
    versiParameter: acuan.versi,
    batasVersi: batas.versi,
    acuanDibangunMs: param.dibangunMs ?? null,
    detik: 0,
  };
  const B = opsi.ukuranBatch ?? UKURAN_BATCH;
  const opsiSkor = { batasLevel: batas.batas, pernyataan: snap.pernyataan };
  // plausible values of each batch are conditioned on every participant scored so far
  const kelompok = kelompokPlausible();
  // resume after the last committed batch of an interrupted run, if it used the same parameters and cuts
  const t = opsi.titik;
  const lanjut = t && t.versiParameter === acuan.versi && t.batasVersi === batas.versi ? t : null;
  let selesai = 0;
  if (lanjut) {
    kelompok.n = lanjut.kelompok.n;
    kelompok.jumlahRerata.set(lanjut.kelompok.jumlahRerata);
    kelompok.jumlahKovarians.set(lanjut.kelompok.jumlahKovarians);
    Object.assign(out, {
      dinilai: lanjut.dinilai,
      ditandai: lanjut.ditandai,
      tanpaJawaban: lanjut.tanpaJawaban,
      ditolak: [...lanjut.ditolak],
    });
    selesai = lanjut.selesai;
  }
  await opsi.progres?.(selesai, jumlah);
  // the MAP pass on worker threads for a campaign of at least a batch (small ones stay in this thread)
  const pool =
    opsi.pool !== undefined
      ? opsi.pool
      : jumlah - selesai >= Math.max(B, UKURAN_BATCH)
        ? await createTirtScoringPool()
        : null;
  const petakan = pool ? pool.scoreMap.bind(pool) : null;
  /** Scores a batch's records (MAP, norms, level, flags); a refused record is reported, the rest scored. */
  const skorBatch = async (layak: { p: Peserta; d: JawabanPegawai }[]): Promise<BatchTerskor> => {
    const lengkap = (xs: { d: JawabanPegawai }[]) => {
      const data = xs.map((x) => x.d);
      return petakan
        ? skorPegawaiLengkapDengan(petakan, acuan, snap.formulir, data, opsiSkor)
        : skorPegawaiLengkap(acuan, snap.formulir, data, opsiSkor);
    };
    const ditolak: HasilSkorKampanye["ditolak"] = [];
    try {
      return { sah: layak, skor: layak.length > 0 ? await lengkap(layak) : null, ditolak };
    } catch (e) {
      if (!(e instanceof PenilaianError)) throw e;
      // One bad record must not stop the campaign: find and report the refused, score the rest.
      const sah = layak.filter((x) => {
        try {
          skorPegawai(acuan, snap.formulir, [x.d], opsiSkor);
          return true;
        } catch (e1) {
          if (!(e1 instanceof PenilaianError)) throw e1;
          ditolak.push({ pesertaId: x.p.id, pesan: e1.message });
          return false;
        }
      });
      return { sah, skor: sah.length > 0 ? await lengkap(sah) : null, ditolak };
    }
  };
  /** Reads the batch after `setelah`; its scoring starts once the loop takes it (`mulai`). */
  const baca = (setelah: string | null) => nanti(bacaBatch(db, instansiId, kampanyeId, setelah, B));
  const mulai = ({ peserta, data }: Awaited<ReturnType<typeof bacaBatch>>) => {
    const layak: { p: Peserta; d: JawabanPegawai }[] = [];
    data.forEach((d, i) => {
      if (d.jawaban.length > 0) layak.push({ p: peserta[i], d });
    });
    return {
      peserta,
      tanpaJawaban: data.length - layak.length,
      skor: nanti(skorBatch(layak)),
      baca: peserta.length === B ? baca(peserta[peserta.length - 1].id) : null,
    };
  };
  let berikut: ReturnType<typeof mulai> | null = null;
  /** The write in flight; resolves to the checkpoint to commit once it is written. */
  let tulis: Promise<TitikSkor | null> = Promise.resolve(null);
  try {
    berikut = mulai(await baca(lanjut?.setelah ?? null));
    for (let nomor = lanjut?.nomor ?? 0; ; nomor++) {
      if (opsi.signal?.aborted) throw new Error("penskoran dihentikan");
      const ini: ReturnType<typeof mulai> = berikut;
      const { peserta } = ini;
      if (peserta.length === 0) break;
      const { sah, skor, ditolak } = await ini.skor;
      out.tanpaJawaban += ini.tanpaJawaban;
      out.ditolak.push(...ditolak);
      // the next batch (read while this one was scored) goes to the MAP pass while this one gets its
      // plausible values, and the one after it is read
      berikut = ini.baca ? mulai(await ini.baca) : mulai({ peserta: [], data: [] });
      const baris: BarisSkor[] = [];
      if (skor && sah.length > 0) {
        const pv = derajatPlausible(
          acuan,
          snap.formulir,
          sah.map((x) => x.d),
          { benih: benihPv(kampanyeId, nomor), m: JUMLAH_PV, skor, kelompok },
        );
        sah.forEach((x, i) => {
          const h = (skor as { hasil: HasilSkor[] }).hasil[i];
          const perlu = h.tanda.length > 0 || !h.konvergen;
          if (perlu) out.ditandai++;
          baris.push({
            peserta_id: x.p.id,
            pegawai_id: x.p.pegawai_id,
            unit_id: x.p.unit_id,
            hasil: h,
            pv: pv.derajat.subarray(i * pv.m, (i + 1) * pv.m),
            perlu_tinjauan: perlu,
          });
        });
      }
      // the previous batch's write has finished before this one starts (progress counts written batches)
      const titikSebelum = await tulis;
      if (titikSebelum) await opsi.simpanTitik?.(titikSebelum);
      if (selesai > 0) await opsi.progres?.(selesai, jumlah);
      // two statements, so PostgreSQL can spread the write over two connections (PGlite runs them in turn)
      const konteks = { ...konteksRun, dihitung: new Date() };
      const separuh = Math.ceil(baris.length / 2);
      out.dinilai += baris.length;
      selesai += peserta.length;
      const titik: TitikSkor = {
        versiParameter: acuan.versi,
        batasVersi: batas.versi,
        setelah: peserta[peserta.length - 1].id,
        nomor: nomor + 1,
        selesai,
        dinilai: out.dinilai,
        ditandai: out.ditandai,
        tanpaJawaban: out.tanpaJawaban,
        ditolak: [...out.ditolak],
        kelompok: {
          n: kelompok.n,
          jumlahRerata: Array.from(kelompok.jumlahRerata),
          jumlahKovarians: Array.from(kelompok.jumlahKovarians),
        },
      };
      tulis = nanti(
        Promise.all(
          [baris.slice(0, separuh), baris.slice(separuh)]
            .filter((x) => x.length > 0)
            .map((x) => tulisBatch(db, konteks, x)),
        ).then(() => titik),
      );
    }
  } catch (e) {
    // a read, scoring or write still in flight finishes before the job reports its error
    await Promise.allSettled([berikut?.skor, berikut?.baca, tulis]);
    throw e;
  } finally {
    if (pool && opsi.pool === undefined) await pool.close();
  }
  const titikAkhir = await tulis;
  if (titikAkhir) await opsi.simpanTitik?.(titikAkhir);
  await opsi.progres?.(selesai, jumlah);
  await segarkanRingkasan(db, instansiId, kampanyeId);
  out.detik = (performance.now() - t0) / 1000;
  return out;
}
