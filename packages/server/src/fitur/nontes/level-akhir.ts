/**
 * The final level where non-test evidence exists (docs/nontes.md): for one employee (their profile, `hasil/saya`) the latest
 * computed non-test result — the reviewer's level when a review settled it —
 * with the sources it came from; for a period, the map of final levels per
 * unit (groups under the agency's minimum k hidden, as the test's map).
 */
import type { Kysely, Transaction } from "kysely";
import { z } from "zod";
import type { Database } from "../../db/schema.ts";
import { kMinimum } from "../../umum/k-minimum.ts";
import { isoWaktu } from "../../umum/tanggal.ts";
import { TINJAUAN_DILAPORKAN } from "../../umum/tinjauan.ts";
import type { HasilNontesTersimpan } from "./koreksi.ts";

type Db = Kysely<Database> | Transaction<Database>;
const json = <T>(x: unknown): T => (typeof x === "string" ? JSON.parse(x) : x) as T;

export const SkemaLevelAkhirSaya = z
  .object({
    periode: z.object({ id: z.uuid(), judul: z.string() }),
    level: z.number().int(),
    /** Every source any factor's level came from (tes, observasi, rekam-jejak, wawancara). */
    sumber: z.array(z.string()),
    faktor: z.array(z.object({ faktor: z.string(), level: z.number().int(), sumber: z.array(z.string()) })),
    ditinjau: z.boolean(),
    dihitung: z.string(),
  })
  .nullable();

const levelDari = (h: HasilNontesTersimpan & { levelTinjauan?: number }) => h.levelTinjauan ?? h.levelAkhir;
const sumberDari = (h: HasilNontesTersimpan) => [...new Set(h.faktor.flatMap((f) => f.sumberDipakai))];

/** The employee's latest final level from a non-test period they were covered by (null when none). */
export async function levelAkhirSaya(
  db: Db,
  instansiId: string,
  pegawaiId: string,
): Promise<z.input<typeof SkemaLevelAkhirSaya>> {
  const r = await db
    .selectFrom("hasil_nontes as h")
    .innerJoin("periode_nontes as p", (j) =>
      j.onRef("p.instansi_id", "=", "h.instansi_id").onRef("p.id", "=", "h.periode_id"),
    )
    .select(["p.id", "p.judul", "h.hasil", "h.tinjauan", "h.dihitung"])
    .where("h.instansi_id", "=", instansiId)
    .where("h.pegawai_id", "=", pegawaiId)
    .where("p.status", "!=", "draf")
    .orderBy("h.dihitung", "desc")
    .limit(1)
    .executeTakeFirst();
  if (!r) return null;
  const h = json<HasilNontesTersimpan & { levelTinjauan?: number }>(r.hasil);
  return {
    periode: { id: r.id, judul: r.judul },
    level: levelDari(h),
    sumber: sumberDari(h),
    faktor: h.faktor.map((f) => ({ faktor: f.faktor, level: f.level, sumber: f.sumberDipakai })),
    ditinjau: r.tinjauan === "selesai",
    dihitung: isoWaktu(r.dihitung),
  };
}

export const SkemaPetaLevelAkhir = z.object({
  k: z.number(),
  unit: z.array(
    z.object({
      id: z.uuid().nullable(),
      nama: z.string(),
      n: z.number(),
      /** Counts at levels 1–4, null when the group is under k. */
      distribusi: z.array(z.number()).nullable(),
      /** How many people's level drew on each source (null under k). */
      sumber: z.record(z.string(), z.number()).nullable(),
    }),
  ),
});

/** A period's map of final levels per unit (direct members), plus the whole period as the first row. */
export async function petaLevelAkhir(
  db: Db,
  instansiId: string,
  periodeId: string,
): Promise<z.input<typeof SkemaPetaLevelAkhir>> {
  const k = await kMinimum(db, instansiId);
  const rows = await db
    .selectFrom("hasil_nontes as h")
    .innerJoin("pegawai as g", (j) =>
      j.onRef("g.instansi_id", "=", "h.instansi_id").onRef("g.id", "=", "h.pegawai_id"),
    )
    .leftJoin("unit_kerja as u", (j) =>
      j.onRef("u.instansi_id", "=", "g.instansi_id").onRef("u.id", "=", "g.unit_id"),
    )
    .select(["u.id as unitId", "u.nama as unitNama", "h.hasil"])
    .where("h.instansi_id", "=", instansiId)
    .where("h.periode_id", "=", periodeId)
    .execute();
  const grup = new Map<string, { id: string | null; nama: string; hasil: HasilNontesTersimpan[] }>();
  const semua = { id: null, nama: "Semua sasaran", hasil: [] as HasilNontesTersimpan[] };
  for (const r of rows) {
    const h = json<HasilNontesTersimpan>(r.hasil);
    semua.hasil.push(h);
    const key = r.unitId ?? "-";
    const g = grup.get(key) ?? { id: r.unitId, nama: r.unitNama ?? "–", hasil: [] };
    g.hasil.push(h);
    grup.set(key, g);
  }
  const ringkas = (g: { id: string | null; nama: string; hasil: HasilNontesTersimpan[] }) => {
    const n = g.hasil.length;
    if (n < k) return { id: g.id, nama: g.nama, n, distribusi: null, sumber: null };
    const distribusi = [0, 0, 0, 0];
    const sumber: Record<string, number> = {};
    for (const h of g.hasil) {
      distribusi[levelDari(h) - 1]++;
      for (const s of sumberDari(h)) sumber[s] = (sumber[s] ?? 0) + 1;
    }
    return { id: g.id, nama: g.nama, n, distribusi, sumber };
  };
  return {
    k,
    unit: [ringkas(semua), ...[...grup.values()].sort((a, b) => a.nama.localeCompare(b.nama)).map(ringkas)],
  };
}

/** One person of a campaign's reported test scores whose final level comes from a non-test period tied to it. */
export interface LevelAkhirKampanye {
  pegawaiId: string;
  /** The person's unit when scored (null: none), as the campaign's score row has it. */
  unitId: string | null;
  levelTes: number;
  level: number;
  sumber: string[];
}

/**
 * The final levels that replace the test's level in a campaign's aggregates
 * (the assessment map, SMART progress, the sub-stage guide; docs/nontes.md):
 * for each person with a reported test score in the campaign (the map's
 * people, so group sizes and the k rule are unchanged) and a result in a
 * non-draft non-test period tied to the campaign, the latest such result's
 * level. A result still awaiting the team's review is not used (the test's
 * level stands until the review settles it).
 */
export async function levelAkhirKampanye(
  db: Db,
  instansiId: string,
  kampanyeId: string,
): Promise<LevelAkhirKampanye[]> {
  const rows = await db
    .selectFrom("hasil_nontes as h")
    .innerJoin("periode_nontes as p", (j) =>
      j.onRef("p.instansi_id", "=", "h.instansi_id").onRef("p.id", "=", "h.periode_id"),
    )
    .innerJoin("skor_asesmen as s", (j) =>
      j
        .onRef("s.instansi_id", "=", "h.instansi_id")
        .onRef("s.pegawai_id", "=", "h.pegawai_id")
        .onRef("s.kampanye_id", "=", "p.kampanye_id"),
    )
    .select(["h.pegawai_id", "s.unit_id", "s.level", "h.hasil"])
    .where("h.instansi_id", "=", instansiId)
    .where("p.kampanye_id", "=", kampanyeId)
    .where("p.status", "!=", "draf")
    .where("h.tinjauan", "in", ["tidak_perlu", "selesai"])
    .where("s.tinjauan", "in", TINJAUAN_DILAPORKAN)
    .orderBy("h.dihitung", "desc")
    .execute();
  const per = new Map<string, LevelAkhirKampanye>();
  for (const r of rows) {
    if (per.has(r.pegawai_id)) continue;
    const h = json<HasilNontesTersimpan & { levelTinjauan?: number }>(r.hasil);
    per.set(r.pegawai_id, {
      pegawaiId: r.pegawai_id,
      unitId: r.unit_id,
      levelTes: r.level,
      level: levelDari(h),
      sumber: sumberDari(h),
    });
  }
  return [...per.values()];
}

/** How many people's level drew on each source, over a group; `akhir` of them have a final level (the rest: the test alone). */
export interface SumberLevel {
  akhir: number;
  sumber: Record<string, number>;
}

/** Sources over `n` people of whom `akhir` have a final level: the others' level is the test's. */
export function hitungSumber(n: number, akhir: readonly Pick<LevelAkhirKampanye, "sumber">[]): SumberLevel {
  const sumber: Record<string, number> = {};
  if (n > akhir.length) sumber.tes = n - akhir.length;
  for (const a of akhir) for (const s of a.sumber) sumber[s] = (sumber[s] ?? 0) + 1;
  return { akhir: akhir.length, sumber };
}

export const SkemaSumberLevel = z.object({
  /** People whose level is the final level (non-test evidence exists). */
  akhir: z.number().int(),
  /** How many people's level drew on each source (tes, observasi, rekam-jejak, wawancara). */
  sumber: z.record(z.string(), z.number()),
});
