/**
 * The national dashboard's figures per agency (`ringkasan_instansi`), kept
 * incrementally. Triggers (migration 0060) mark an agency's row stale when a
 * campaign is released or withdrawn, its map sums are rebuilt (scoring,
 * rescoring, a review decision) or its programme changes (cycle, preparation
 * step, an executed activity); `segarkanBasi` recomputes only the stale rows,
 * each from per-unit sums (`ringkasan_peta`, at most one row per unit) and
 * the programme's own rows — never from persons. The dashboard calls it
 * before reading, so a read after a write sees the write.
 *
 * What is kept is the agency as a whole, the smallest unit shown nationally
 * (no individual data at national level): the index of the latest released
 * campaign (BAB III.B.3.a) with its 95 % interval, the level distribution and
 * participation — and nothing when the agency has fewer reported results than
 * its k (the map's own rule, penilaian/sembunyi.ts).
 */
import { indeksDariJumlah } from "@nurani/domain";
import { type Kysely, sql } from "kysely";
import type { Database } from "../../db/schema.ts";
import type { TahapProgram } from "../../db/schema-nasional.ts";
import { kMinimum } from "../../umum/k-minimum.ts";

/** Plausible values per person (fitur/hasil/skor.ts `JUMLAH_PV`). */
const JUMLAH_PV = 10;

interface Program {
  tahap: TahapProgram | null;
  langkah_persiapan: number;
  kegiatan_terlaksana: number;
}

/** The latest cycle's stage (Pasal 4 ayat (2)), preparation steps recorded (Tabel 3) and main activities done (Tabel 4). */
async function program(db: Kysely<Database>, instansiId: string): Promise<Program> {
  const r = await sql<Program>`
    with s as (
      select id, pelaksanaan_mulai, penilaian_mulai, ditutup from siklus_program
      where instansi_id = ${instansiId} order by dibuat desc limit 1
    )
    select
      case when s.ditutup is not null then 'selesai'
           when s.penilaian_mulai is not null and s.penilaian_mulai <= current_date then 'penilaian'
           when s.pelaksanaan_mulai is not null and s.pelaksanaan_mulai <= current_date then 'pelaksanaan'
           else 'persiapan' end as tahap,
      (select count(*)::int from langkah_persiapan l
        where l.instansi_id = ${instansiId} and l.siklus_id = s.id and l.dicatat is not null) as langkah_persiapan,
      (select count(distinct k.kegiatan_utama)::int from pelaksanaan_kegiatan p
        join kegiatan_program k on k.instansi_id = p.instansi_id and k.id = p.kegiatan_id
        where p.instansi_id = ${instansiId} and p.siklus_id = s.id) as kegiatan_terlaksana
    from s`.execute(db);
  return r.rows[0] ?? { tahap: null, langkah_persiapan: 0, kegiatan_terlaksana: 0 };
}

interface Indeks {
  kampanye_id: string | null;
  dirilis: Date | null;
  indeks_nilai: number | null;
  indeks_bawah: number | null;
  indeks_atas: number | null;
  n: number | null;
  jumlah_pegawai: number | null;
  level: number[] | null;
}

const TANPA_INDEKS: Indeks = {
  kampanye_id: null,
  dirilis: null,
  indeks_nilai: null,
  indeks_bawah: null,
  indeks_atas: null,
  n: null,
  jumlah_pegawai: null,
  level: null,
};

/**
 * The campaign the national figures use: the agency's latest released one,
 * not cancelled and not a pilot (a pilot is in no national figure,
 * docs/norma-batas.md).
 */
export async function kampanyeTerakhirDirilis(
  db: Kysely<Database>,
  instansiId: string,
): Promise<{ id: string; nama: string; hasil_dirilis: Date } | undefined> {
  const k = await db
    .selectFrom("kampanye_asesmen")
    .select(["id", "nama", "hasil_dirilis"])
    .where("instansi_id", "=", instansiId)
    .where("hasil_dirilis", "is not", null)
    .where("status", "<>", "dibatalkan")
    .where("uji_coba", "=", false)
    .orderBy("hasil_dirilis", "desc")
    .limit(1)
    .executeTakeFirst();
  return k?.hasil_dirilis ? { id: k.id, nama: k.nama, hasil_dirilis: k.hasil_dirilis } : undefined;
}

/** A campaign's agency-level index and level counts from its per-unit sums (`ringkasan_peta`). */
export interface IndeksKampanye {
  nilai: number | null;
  bawah: number | null;
  atas: number | null;
  /** Reported results (null below k). */
  n: number | null;
  jumlahPegawai: number | null;
  level: number[] | null;
}

/**
 * The agency-level index of one campaign with its 95 % interval, read from
 * the map's per-unit sums — never from persons; no figure at all when fewer
 * results than the agency's k are reported (the map's own rule, sembunyi.ts).
 */
export async function indeksKampanye(
  db: Kysely<Database>,
  instansiId: string,
  kampanyeId: string,
): Promise<IndeksKampanye> {
  const baris = await db
    .selectFrom("ringkasan_peta")
    .select(["n", "level", "s", "ss", "jumlah_pegawai"])
    .where("instansi_id", "=", instansiId)
    .where("kampanye_id", "=", kampanyeId)
    .execute();
  const kMin = await kMinimum(db, instansiId);
  let n = 0;
  let N = 0;
  const level = [0, 0, 0, 0];
  const S = new Float64Array(JUMLAH_PV);
  const SS = new Float64Array(JUMLAH_PV);
  for (const b of baris) {
    n += b.n ?? 0;
    N += b.jumlah_pegawai ?? 0;
    for (let l = 0; l < 4; l++) level[l] += b.level?.[l] ?? 0;
    for (let v = 0; v < JUMLAH_PV; v++) {
      S[v] += b.s?.[v] ?? 0;
      SS[v] += b.ss?.[v] ?? 0;
    }
  }
  const tanpa = { nilai: null, bawah: null, atas: null, n: null, jumlahPegawai: N || null, level: null };
  if (n < Math.max(kMin, 2)) return tanpa;
  const e = indeksDariJumlah(n, S, SS, N >= n ? { jumlahPopulasi: N } : {});
  return { ...tanpa, nilai: e.nilai, bawah: e.bawah, atas: e.atas, n, level };
}

/** The agency-level index of its latest released campaign. */
async function indeksTerakhir(db: Kysely<Database>, instansiId: string): Promise<Indeks> {
  const k = await kampanyeTerakhirDirilis(db, instansiId);
  if (!k) return TANPA_INDEKS;
  const e = await indeksKampanye(db, instansiId, k.id);
  return {
    kampanye_id: k.id,
    dirilis: k.hasil_dirilis,
    indeks_nilai: e.nilai,
    indeks_bawah: e.bawah,
    indeks_atas: e.atas,
    n: e.n,
    jumlah_pegawai: e.jumlahPegawai,
    level: e.level,
  };
}

/** Recomputes one agency's row now. */
export async function segarkanInstansi(db: Kysely<Database>, instansiId: string): Promise<void> {
  const nilai = { ...(await program(db, instansiId)), ...(await indeksTerakhir(db, instansiId)) };
  await db
    .insertInto("ringkasan_instansi")
    .values({ instansi_id: instansiId, basi: false, ...nilai })
    .onConflict((oc) =>
      oc.column("instansi_id").doUpdateSet({ basi: false, ...nilai, diperbarui: new Date() }),
    )
    .execute();
}

/** Recomputes the stale rows (at most `batas` of them); returns how many. */
export async function segarkanBasi(db: Kysely<Database>, batas = 500): Promise<number> {
  const basi = await db
    .selectFrom("ringkasan_instansi")
    .select("instansi_id")
    .where("basi", "=", true)
    .limit(batas)
    .execute();
  for (const b of basi) await segarkanInstansi(db, b.instansi_id);
  return basi.length;
}
