/**
 * The scoring job of a campaign (issue 5 "Scoring, norms and levels";
 * BAB III.B.3.a: forced choice, IRT, norms and the derajat Integritas):
 * submitted participants' answers → domain `skorPegawai` (12 sub-dimension
 * MAP θ + SE, 3 factors, integrity; T, percentile, derajat; level by the
 * cuts in force; aberrance flags) and `derajatPlausible` (plausible values
 * of the latent derajat) → `skor_asesmen` (upsert), then the per-unit sums
 * of the map (ringkasan.ts). Flagged patterns wait for review
 * (`tinjauan = 'menunggu'`) and stay out of the map until accepted.
 */
import {
  type BatasLevel,
  derajatPlausible,
  type Formulir,
  type HasilSkor,
  type JawabanBlok,
  type JawabanPegawai,
  PenilaianError,
  type Pernyataan,
  skorPegawai,
} from "@nurani/domain";
import { type Kysely, sql } from "kysely";
import type { Database } from "../../db/schema.ts";
import { ACUAN_SEMENTARA, pastikanParameter } from "./parameter.ts";
import { segarkanRingkasan } from "./ringkasan.ts";

export const JOB_SKOR = "asesmen.skor";
/** Plausible values per person (domain default). */
export const JUMLAH_PV = 10;
/** Persons per batch: read, score, draw plausible values, write. */
export const UKURAN_BATCH = 2000;

export interface SnapshotFormulir {
  formulir: Formulir;
  pernyataan: Pernyataan[];
}

/** Cuts in force for an agency: its newest adopted version, else the reference default. */
export interface BatasBerlaku {
  /** "acuan" or "instansi-<versi>". */
  versi: string;
  batas: BatasLevel;
}

export async function batasBerlaku(
  db: Kysely<Database>,
  instansiId: string,
  bawaan: BatasLevel,
): Promise<BatasBerlaku> {
  const r = await db
    .selectFrom("batas_level_instansi")
    .select(["versi", "batas"])
    .where("instansi_id", "=", instansiId)
    .orderBy("versi", "desc")
    .limit(1)
    .executeTakeFirst();
  if (!r || r.batas === null) return { versi: r ? `instansi-${r.versi}` : "acuan", batas: bawaan };
  return { versi: `instansi-${r.versi}`, batas: r.batas as BatasLevel };
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

/** Answers of a batch of participants as the domain reads them. */
export async function bacaJawaban(
  db: Kysely<Database>,
  instansiId: string,
  peserta: readonly Peserta[],
): Promise<JawabanPegawai[]> {
  const baris = await db
    .selectFrom("jawaban_asesmen")
    .select(["peserta_id", "blok", "paling_sesuai", "paling_tidak_sesuai", "detik", "perubahan"])
    .where("instansi_id", "=", instansiId)
    .where(
      "peserta_id",
      "in",
      peserta.map((p) => p.id),
    )
    .orderBy("peserta_id")
    .orderBy("blok")
    .execute();
  const per = new Map<string, JawabanBlok[]>(peserta.map((p) => [p.id, []]));
  const urutan = new Map(peserta.map((p) => [p.id, p.urutan]));
  for (const b of baris) {
    const u = urutanTampil(urutan.get(b.peserta_id), b.blok);
    per.get(b.peserta_id)?.push({
      blok: b.blok,
      palingSesuai: b.paling_sesuai,
      palingTidakSesuai: b.paling_tidak_sesuai,
      ...(u ? { urutanTampil: u } : {}),
      ...(b.detik === null ? {} : { detik: b.detik }),
      perubahan: b.perubahan,
    });
  }
  return peserta.map((p) => ({ pegawaiId: p.pegawai_id, jawaban: per.get(p.id) ?? [] }));
}

export interface OpsiSkorKampanye {
  /** Progress callback (persons done, total). */
  progres?: (selesai: number, total: number) => Promise<void> | void;
  /** Reference size and seed when the form has no parameters yet (default ACUAN_SEMENTARA). */
  acuan?: { n: number; benih: number };
  ukuranBatch?: number;
  signal?: AbortSignal;
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

/** What `skor_asesmen.hasil` holds: the domain result plus the cuts version used. */
export interface HasilTersimpan extends HasilSkor {
  batas: { versi: string; skala: BatasLevel["skala"]; batas: [number, number, number]; metode: string };
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
  const batas = await batasBerlaku(db, instansiId, acuan.batasLevel);
  const infoBatas = { versi: batas.versi, ...batas.batas };

  const { total } = await db
    .selectFrom("peserta_asesmen")
    .select((eb) => eb.fn.countAll<number>().as("total"))
    .where("instansi_id", "=", instansiId)
    .where("kampanye_id", "=", kampanyeId)
    .where("selesai", "is not", null)
    .executeTakeFirstOrThrow();
  const jumlah = Number(total);
  await opsi.progres?.(0, jumlah);

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
  let terakhir: string | null = null;
  let selesai = 0;
  for (let nomor = 0; ; nomor++) {
    if (opsi.signal?.aborted) throw new Error("penskoran dihentikan");
    let q = db
      .selectFrom("peserta_asesmen as p")
      .leftJoin("pegawai as g", (j) =>
        j.onRef("g.instansi_id", "=", "p.instansi_id").onRef("g.id", "=", "p.pegawai_id"),
      )
      .select(["p.id", "p.pegawai_id", "g.unit_id", "p.urutan"])
      .where("p.instansi_id", "=", instansiId)
      .where("p.kampanye_id", "=", kampanyeId)
      .where("p.selesai", "is not", null)
      .orderBy("p.id")
      .limit(B);
    if (terakhir) q = q.where("p.id", ">", terakhir);
    const peserta = (await q.execute()) as Peserta[];
    if (peserta.length === 0) break;
    terakhir = peserta[peserta.length - 1].id;

    const semua = await bacaJawaban(db, instansiId, peserta);
    const layak: { p: Peserta; d: JawabanPegawai }[] = [];
    semua.forEach((d, i) => {
      if (d.jawaban.length === 0) out.tanpaJawaban++;
      else layak.push({ p: peserta[i], d });
    });
    const opsiSkor = { batasLevel: batas.batas, pernyataan: snap.pernyataan };
    let hasil: (HasilSkor | null)[];
    try {
      hasil = skorPegawai(
        acuan,
        snap.formulir,
        layak.map((x) => x.d),
        opsiSkor,
      );
    } catch (e) {
      if (!(e instanceof PenilaianError)) throw e;
      // One bad record must not stop the campaign: score one by one and report the refused.
      hasil = layak.map((x) => {
        try {
          return skorPegawai(acuan, snap.formulir, [x.d], opsiSkor)[0];
        } catch (e1) {
          if (!(e1 instanceof PenilaianError)) throw e1;
          out.ditolak.push({ pesertaId: x.p.id, pesan: e1.message });
          return null;
        }
      });
    }
    const sah = layak.flatMap((x, i) => (hasil[i] ? [{ ...x, h: hasil[i] as HasilSkor }] : []));
    if (sah.length > 0) {
      const pv = derajatPlausible(
        acuan,
        snap.formulir,
        sah.map((x) => x.d),
        { benih: benihPv(kampanyeId, nomor), m: JUMLAH_PV, pernyataan: snap.pernyataan },
      );
      const baris = sah.map((x, i) => {
        const perlu = x.h.tanda.length > 0 || !x.h.konvergen;
        if (perlu) out.ditandai++;
        const simpan: HasilTersimpan = { ...x.h, batas: infoBatas };
        return {
          instansi_id: instansiId,
          peserta_id: x.p.id,
          kampanye_id: kampanyeId,
          pegawai_id: x.p.pegawai_id,
          unit_id: x.p.unit_id,
          parameter_versi: acuan.versi,
          norma: x.h.norma,
          hasil: JSON.stringify(simpan),
          derajat: x.h.integritas.derajat,
          level: x.h.levelTes,
          pv: Array.from(pv.derajat.subarray(i * pv.m, (i + 1) * pv.m)),
          perlu_tinjauan: perlu,
          tinjauan: perlu ? ("menunggu" as const) : ("tidak_perlu" as const),
          dihitung: new Date(),
        };
      });
      for (let i = 0; i < baris.length; i += 500) {
        await db
          .insertInto("skor_asesmen")
          .values(baris.slice(i, i + 500))
          .onConflict((oc) =>
            // unit_id is kept: the unit at first scoring, so a later move does not rewrite an old map
            oc.columns(["instansi_id", "peserta_id"]).doUpdateSet((eb) => ({
              kampanye_id: eb.ref("excluded.kampanye_id"),
              pegawai_id: eb.ref("excluded.pegawai_id"),
              parameter_versi: eb.ref("excluded.parameter_versi"),
              norma: eb.ref("excluded.norma"),
              hasil: eb.ref("excluded.hasil"),
              derajat: eb.ref("excluded.derajat"),
              level: eb.ref("excluded.level"),
              pv: eb.ref("excluded.pv"),
              perlu_tinjauan: eb.ref("excluded.perlu_tinjauan"),
              // a reviewer's decision stands across rescoring
              tinjauan: sql`case when skor_asesmen.tinjauan in ('diterima', 'dikecualikan')
                then skor_asesmen.tinjauan else excluded.tinjauan end`,
              dihitung: eb.ref("excluded.dihitung"),
            })),
          )
          .execute();
      }
      out.dinilai += sah.length;
    }
    selesai += peserta.length;
    await opsi.progres?.(selesai, jumlah);
  }
  await segarkanRingkasan(db, instansiId, kampanyeId);
  out.detik = (performance.now() - t0) / 1000;
  return out;
}
