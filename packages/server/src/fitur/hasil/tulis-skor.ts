/**
 * How the scoring job writes a batch (docs/hasil.md "Scoring job"): one
 * upsert per batch from columnar arrays (`unnest`), each person's result as
 * the compact record of umum/skor-tersimpan.ts (80 numbers in a fixed order
 * plus a few columns) instead of keyed JSON. Each column travels as one array
 * parameter; the numbers of all rows as one flat array that each row takes
 * its slice of, in PostgreSQL's binary format through the `pg` driver.
 */
import type { HasilSkor } from "@nurani/domain";
import { type Kysely, sql } from "kysely";
import { lewatDriverPg } from "../../db/factory.ts";
import type { Database } from "../../db/schema.ts";
import { PANJANG_SKOR, ratakanSkor } from "../../umum/skor-tersimpan.ts";

/** A scored participant as `tulisBatch` stores it. */
export interface BarisSkor {
  peserta_id: string;
  pegawai_id: string;
  unit_id: string | null;
  hasil: HasilSkor;
  pv: Float64Array;
  perlu_tinjauan: boolean;
}

/** What is the same for every row of a run: campaign, parameter version, form, the cuts used, the time. */
export interface KonteksTulis {
  instansiId: string;
  kampanyeId: string;
  versi: string;
  formulirId: string;
  batas: { versi: string; skala: string; batas: [number, number, number]; metode: string };
  dihitung: Date;
}

/** A quoted element of an array literal (or NULL). */
function elemen(x: string | null): string {
  return x === null ? "NULL" : `"${x.replace(/[\\"]/g, "\\$&")}"`;
}
const larik = (xs: readonly (string | null)[]) => `{${xs.map(elemen).join(",")}}`;

const OID = { float4: 700, float8: 701 } as const;

/**
 * Numbers as a one-dimensional float4/float8 array parameter, null for a
 * non-finite value. Through the `pg` driver: PostgreSQL's binary array format
 * (a Buffer), so no number is turned into text and parsed back; else a text
 * literal.
 */
function larikAngka(
  xs: readonly number[] | Float64Array,
  jenis: keyof typeof OID,
  biner: boolean,
): Buffer | string {
  if (!biner) return `{${Array.from(xs, (x) => (Number.isFinite(x) ? String(x) : "NULL")).join(",")}}`;
  const lebar = jenis === "float8" ? 8 : 4;
  let kosong = 0;
  for (const x of xs) if (!Number.isFinite(x)) kosong++;
  const buf = Buffer.allocUnsafe(20 + xs.length * 4 + (xs.length - kosong) * lebar);
  buf.writeInt32BE(1, 0); // dimensions
  buf.writeInt32BE(kosong > 0 ? 1 : 0, 4); // has nulls
  buf.writeInt32BE(OID[jenis], 8);
  buf.writeInt32BE(xs.length, 12);
  buf.writeInt32BE(1, 16); // lower bound
  let o = 20;
  for (const x of xs) {
    if (!Number.isFinite(x)) {
      buf.writeInt32BE(-1, o);
      o += 4;
    } else if (lebar === 8) {
      buf.writeInt32BE(8, o);
      buf.writeDoubleBE(x, o + 4);
      o += 12;
    } else {
      buf.writeInt32BE(4, o);
      buf.writeFloatBE(x, o + 4);
      o += 8;
    }
  }
  return buf;
}

/**
 * Upserts a batch in one statement. `unit_id` is kept on rescoring (the unit
 * at first scoring, so a later move does not rewrite an old map), a
 * reviewer's decision stands across rescoring, and a row written in the old
 * form (`hasil`) becomes a compact one.
 */
export async function tulisBatch(
  db: Kysely<Database>,
  k: KonteksTulis,
  baris: readonly BarisSkor[],
): Promise<void> {
  const biner = lewatDriverPg(db);
  const n = baris.length;
  const skor = new Float64Array(n * PANJANG_SKOR);
  const m = baris[0]?.pv.length ?? 0;
  const pv = new Float64Array(n * m);
  baris.forEach((b, i) => {
    ratakanSkor(b.hasil, skor, i * PANJANG_SKOR);
    if (b.pv.length !== m) throw new Error("jumlah nilai plausibel berbeda antarbaris");
    pv.set(b.pv, i * m);
  });
  const kolom = <T>(f: (b: BarisSkor) => T) => baris.map(f);
  await sql`
    insert into skor_asesmen (instansi_id, peserta_id, kampanye_id, pegawai_id, unit_id, parameter_versi, norma,
      hasil, skor, formulir_id, blok_dijawab, konvergen, lz, tanda, batas,
      derajat, level, pv, perlu_tinjauan, tinjauan, dihitung)
    select ${k.instansiId}::uuid, x.peserta_id, ${k.kampanyeId}::uuid, x.pegawai_id, x.unit_id, ${k.versi}, x.norma,
      null, (${larikAngka(skor, "float8", biner)}::float8[])[(x.i - 1) * ${PANJANG_SKOR} + 1 : x.i * ${PANJANG_SKOR}],
      ${k.formulirId}, x.blok, x.konvergen, x.lz, x.tanda, ${JSON.stringify(k.batas)}::jsonb,
      x.derajat, x.level, (${larikAngka(pv, "float4", biner)}::real[])[(x.i - 1) * ${m} + 1 : x.i * ${m}], x.perlu, case when x.perlu then 'menunggu' else 'tidak_perlu' end,
      ${k.dihitung}::timestamptz
    from unnest(${larik(kolom((b) => b.peserta_id))}::uuid[], ${larik(kolom((b) => b.pegawai_id))}::uuid[],
      ${larik(kolom((b) => b.unit_id))}::uuid[], ${larik(kolom((b) => b.hasil.norma))}::text[],
      ${larik(kolom((b) => String(b.hasil.blokDijawab)))}::smallint[],
      ${larik(kolom((b) => (b.hasil.konvergen ? "t" : "f")))}::boolean[],
      ${larikAngka(
        kolom((b) => b.hasil.lz),
        "float8",
        biner,
      )}::float8[],
      ${larik(kolom((b) => (b.hasil.tanda.length > 0 ? JSON.stringify(b.hasil.tanda) : null)))}::jsonb[],
      ${larikAngka(
        kolom((b) => b.hasil.integritas.derajat),
        "float4",
        biner,
      )}::real[],
      ${larik(kolom((b) => String(b.hasil.levelTes)))}::smallint[],
      ${larik(kolom((b) => (b.perlu_tinjauan ? "t" : "f")))}::boolean[])
      with ordinality as x(peserta_id, pegawai_id, unit_id, norma, blok, konvergen, lz, tanda, derajat, level, perlu, i)
    on conflict (instansi_id, peserta_id) do update set
      kampanye_id = excluded.kampanye_id,
      pegawai_id = excluded.pegawai_id,
      parameter_versi = excluded.parameter_versi,
      norma = excluded.norma,
      hasil = null,
      skor = excluded.skor,
      formulir_id = excluded.formulir_id,
      blok_dijawab = excluded.blok_dijawab,
      konvergen = excluded.konvergen,
      lz = excluded.lz,
      tanda = excluded.tanda,
      batas = excluded.batas,
      derajat = excluded.derajat,
      level = excluded.level,
      pv = excluded.pv,
      perlu_tinjauan = excluded.perlu_tinjauan,
      tinjauan = case when skor_asesmen.tinjauan in ('diterima', 'dikecualikan')
        then skor_asesmen.tinjauan else excluded.tinjauan end,
      dihitung = excluded.dihitung`.execute(db);
}
