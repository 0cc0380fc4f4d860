/**
 * Reading what the scoring job scores (docs/hasil.md "Scoring job"):
 * submitted participants with their answers, a batch per statement, as the
 * domain reads them (`JawabanPegawai`, with the recorded display order).
 */
import type { JawabanBlok, JawabanPegawai } from "@nurani/domain";
import { type Kysely, sql } from "kysely";
import type { Database } from "../../db/schema.ts";

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

export interface Peserta {
  id: string;
  pegawai_id: string;
  unit_id: string | null;
  urutan: unknown;
}

/** A participant's answer to a block: [blok, paling sesuai, paling tidak sesuai, detik, perubahan]. */
type BarisJawaban = [string, string, string, number | null, number];

// separators of the text form: ASCII unit and record separators, which no block or statement id holds
const MEDAN = "\x1f";
const REKAM = "\x1e";

/**
 * The answers of participant `p` (column `p.instansi_id`, `p.id` in the outer
 * query), blocks in order, as one text: a record per block, five fields each.
 * Cheaper for PostgreSQL to build than JSON (no value per answer through the
 * JSON functions) and for the job to split than to parse.
 */
const jawabanTeks = sql<string | null>`(
  select string_agg(concat(j.blok, chr(31), j.paling_sesuai, chr(31), j.paling_tidak_sesuai, chr(31),
    j.detik, chr(31), j.perubahan), chr(30) order by j.blok)
  from jawaban_asesmen j
  where j.instansi_id = p.instansi_id and j.peserta_id = p.id)`;

/** The answers of the text form, or null when a field holds a separator (then read as JSON). */
function uraikan(teks: string | null): BarisJawaban[] | null {
  if (teks === null) return [];
  const out: BarisJawaban[] = [];
  for (const r of teks.split(REKAM)) {
    const f = r.split(MEDAN);
    if (f.length !== 5) return null;
    out.push([f[0], f[1], f[2], f[3] === "" ? null : Number(f[3]), Number(f[4])]);
  }
  return out;
}

/** The same answers as one JSON array, for a record the text form cannot carry. */
const jawabanJson = sql<BarisJawaban[] | string | null>`(
  select json_agg(json_build_array(j.blok, j.paling_sesuai, j.paling_tidak_sesuai, j.detik, j.perubahan)
    order by j.blok)
  from jawaban_asesmen j
  where j.instansi_id = p.instansi_id and j.peserta_id = p.id)`;

function keJawaban(
  p: { pegawai_id: string; urutan: unknown },
  daftar: readonly BarisJawaban[],
): JawabanPegawai {
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
    .select(["p.id", jawabanTeks.as("jawaban")])
    .where("p.instansi_id", "=", instansiId)
    .where(
      "p.id",
      "in",
      peserta.map((x) => x.id),
    )
    .execute();
  const per = await uraikanSemua(db, instansiId, baris);
  return peserta.map((p) => keJawaban(p, per.get(p.id) ?? []));
}

/** Each participant's answers from the text form; one with a separator in a field is read again as JSON. */
async function uraikanSemua(
  db: Kysely<Database>,
  instansiId: string,
  baris: readonly { id: string; jawaban: string | null }[],
): Promise<Map<string, BarisJawaban[]>> {
  const per = new Map<string, BarisJawaban[]>();
  const ulang: string[] = [];
  for (const b of baris) {
    const d = uraikan(b.jawaban);
    if (d) per.set(b.id, d);
    else ulang.push(b.id);
  }
  if (ulang.length > 0) {
    const json = await db
      .selectFrom("peserta_asesmen as p")
      .select(["p.id", jawabanJson.as("jawaban")])
      .where("p.instansi_id", "=", instansiId)
      .where("p.id", "in", ulang)
      .execute();
    for (const j of json)
      per.set(
        j.id,
        (typeof j.jawaban === "string" ? JSON.parse(j.jawaban) : (j.jawaban ?? [])) as BarisJawaban[],
      );
  }
  return per;
}

/** The next batch of submitted participants after `setelah` (id order) with their answers: one statement. */
export async function bacaBatch(
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
    .select(["p.id", "p.pegawai_id", "g.unit_id", "p.urutan", jawabanTeks.as("jawaban")])
    .where("p.instansi_id", "=", instansiId)
    .where("p.kampanye_id", "=", kampanyeId)
    .where("p.selesai", "is not", null)
    .orderBy("p.id")
    .limit(ukuran);
  if (setelah) q = q.where("p.id", ">", setelah);
  const baris = await q.execute();
  const per = await uraikanSemua(db, instansiId, baris);
  return {
    peserta: baris.map(({ jawaban: _, ...p }) => p as Peserta),
    data: baris.map((b) => keJawaban(b, per.get(b.id) ?? [])),
  };
}
