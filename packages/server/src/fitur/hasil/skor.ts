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
 * I/O per batch: one statement reads the participants with their answers
 * aggregated to JSON, one statement upserts the batch from columnar arrays
 * (`unnest`). The next batch is read and the previous one written
 * while the current one is scored (PostgreSQL works in its own process).
 */

import {
  type BatasLevel,
  derajatPlausible,
  type Formulir,
  type HasilSkor,
  type JawabanBlok,
  type JawabanPegawai,
  kelompokPlausible,
  PenilaianError,
  type Pernyataan,
  skorPegawai,
  skorPegawaiLengkap,
} from "@nurani/domain";
import { type Kysely, sql } from "kysely";
import type { Database } from "../../db/schema.ts";
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

/**
 * The display order of a block's statements from `peserta_asesmen.urutan`
 * (recorded by test delivery). Accepted shapes: `{pernyataan: {blok: ids}}`,
 * `{blok: ids}` and `[{blok, pernyataan: ids}]`; anything else → the form's order.
 */
export function urutanTampil(urutan: unknown, blok: string): string[] | undefined {
  if (!urutan || typeof urutan !== "object") return undefined;
  const ok = (x: unknown): x is string[] =>
    Array.isArray(x) && x.length >= 2 && x.every((s) => typeof s === "string");
  if (Array.isArray(urutan)) {
    const e = urutan.find((u) => u && typeof u === "object" && (u as { blok?: unknown }).blok === blok) as
      | { pernyataan?: unknown }
      | undefined;
    return ok(e?.pernyataan) ? e.pernyataan : undefined;
  }
  const o = urutan as Record<string, unknown>;
  const dalam =
    o.pernyataan && typeof o.pernyataan === "object" ? (o.pernyataan as Record<string, unknown>) : o;
  const x = dalam[blok];
  return ok(x) ? x : undefined;
}

/** Seed of a campaign's plausible values (batch b): deterministic, from the campaign id. */
export function benihPv(kampanyeId: string, batch: number): number {
  let h = 2166136261;
  for (const c of kampanyeId) h = Math.imul(h ^ c.charCodeAt(0), 16777619) >>> 0;
  return (h + batch * 7919) % 2147483647;
}

export interface Peserta {
  id: string;
  pegawai_id: string;
  unit_id: string | null;
  urutan: unknown;
}

/** A participant's answers as `jawabanJson` aggregates them: [blok, paling sesuai, paling tidak sesuai, detik, perubahan]. */
type BarisJawaban = [string, string, string, number | null, number];

/** The answers of participant `p` (column `p.instansi_id`, `p.id` in the outer query), blocks in order, as one JSON array. */
const jawabanJson = sql<BarisJawaban[] | null>`(
  select json_agg(json_build_array(j.blok, j.paling_sesuai, j.paling_tidak_sesuai, j.detik, j.perubahan)
    order by j.blok)
  from jawaban_asesmen j
  where j.instansi_id = p.instansi_id and j.peserta_id = p.id)`;

function keJawaban(
  p: { pegawai_id: string; urutan: unknown },
  baris: BarisJawaban[] | string | null,
): JawabanPegawai {
  const daftar = (typeof baris === "string" ? JSON.parse(baris) : (baris ?? [])) as BarisJawaban[];
  return {
    pegawaiId: p.pegawai_id,
    jawaban: daftar.map(([blok, sesuai, tidakSesuai, detik, perubahan]): JawabanBlok => {
      const u = urutanTampil(p.urutan, blok);
      return {
        blok,
        palingSesuai: sesuai,
        palingTidakSesuai: tidakSesuai,
        ...(u ? { urutanTampil: u } : {}),
        ...(detik === null ? {} : { detik }),
        perubahan,
      };
    }),
  };
}

/** Answers of a batch of participants as the domain reads them (one statement). */
export async function bacaJawaban(
  db: Kysely<Database>,
  instansiId: string,
  peserta: readonly Peserta[],
): Promise<JawabanPegawai[]> {
  if (peserta.length === 0) return [];
  const baris = await db
    .selectFrom("peserta_asesmen as p")
    .select(["p.id", jawabanJson.as("jawaban")])
    .where("p.instansi_id", "=", instansiId)
    .where(
      "p.id",
      "in",
      peserta.map((x) => x.id),
    )
    .execute();
  const per = new Map(baris.map((b) => [b.id, b.jawaban]));
  return peserta.map((p) => keJawaban(p, per.get(p.id) ?? null));
}

/** The next batch of submitted participants after `setelah` (id order) with their answers: one statement. */
async function bacaBatch(
  db: Kysely<Database>,
  instansiId: string,
  kampanyeId: string,
  setelah: string | null,
  ukuran: number,
): Promise<{ peserta: Peserta[]; data: JawabanPegawai[] }> {
  let q = db
    .selectFrom("peserta_asesmen as p")
    .leftJoin("pegawai as g", (j) =>
      j.onRef("g.instansi_id", "=", "p.instansi_id").onRef("g.id", "=", "p.pegawai_id"),
    )
    .select(["p.id", "p.pegawai_id", "g.unit_id", "p.urutan", jawabanJson.as("jawaban")])
    .where("p.instansi_id", "=", instansiId)
    .where("p.kampanye_id", "=", kampanyeId)
    .where("p.selesai", "is not", null)
    .orderBy("p.id")
    .limit(ukuran);
  if (setelah) q = q.where("p.id", ">", setelah);
  const baris = await q.execute();
  return {
    peserta: baris.map(({ jawaban: _, ...p }) => p as Peserta),
    data: baris.map((b) => keJawaban(b, b.jawaban)),
  };
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
  let baca = nanti(bacaBatch(db, instansiId, kampanyeId, lanjut?.setelah ?? null, B));
  /** The write in flight; resolves to the checkpoint to commit once it is written. */
  let tulis: Promise<TitikSkor | null> = Promise.resolve(null);
  try {
    for (let nomor = lanjut?.nomor ?? 0; ; nomor++) {
      if (opsi.signal?.aborted) throw new Error("penskoran dihentikan");
      const { peserta, data: semua } = await baca;
      if (peserta.length === 0) break;
      // the next batch is read while this one is scored
      if (peserta.length === B)
        baca = nanti(bacaBatch(db, instansiId, kampanyeId, peserta[peserta.length - 1].id, B));
      else baca = Promise.resolve({ peserta: [], data: [] });

      const layak: { p: Peserta; d: JawabanPegawai }[] = [];
      semua.forEach((d, i) => {
        if (d.jawaban.length === 0) out.tanpaJawaban++;
        else layak.push({ p: peserta[i], d });
      });
      let sah = layak;
      let skor: ReturnType<typeof skorPegawaiLengkap> | null = null;
      try {
        skor = skorPegawaiLengkap(
          acuan,
          snap.formulir,
          layak.map((x) => x.d),
          opsiSkor,
        );
      } catch (e) {
        if (!(e instanceof PenilaianError)) throw e;
        // One bad record must not stop the campaign: find and report the refused, score the rest.
        sah = layak.filter((x) => {
          try {
            skorPegawai(acuan, snap.formulir, [x.d], opsiSkor);
            return true;
          } catch (e1) {
            if (!(e1 instanceof PenilaianError)) throw e1;
            out.ditolak.push({ pesertaId: x.p.id, pesan: e1.message });
            return false;
          }
        });
        if (sah.length > 0)
          skor = skorPegawaiLengkap(
            acuan,
            snap.formulir,
            sah.map((x) => x.d),
            opsiSkor,
          );
      }
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
    // a read or write still in flight finishes before the job reports its error
    await Promise.allSettled([baca, tulis]);
    throw e;
  }
  const titikAkhir = await tulis;
  if (titikAkhir) await opsi.simpanTitik?.(titikAkhir);
  await opsi.progres?.(selesai, jumlah);
  await segarkanRingkasan(db, instansiId, kampanyeId);
  out.detik = (performance.now() - t0) / 1000;
  return out;
}
