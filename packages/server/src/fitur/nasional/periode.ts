/**
 * The national dashboard per evaluation period and the trend across periods
 * (docs/nasional.md). A period restricts the dashboard to its participating
 * categories and adds each agency's worksheet status and score. When the
 * period's rankings are published its figures are frozen per agency
 * (`indeks_periode`, migration 0066): the index, interval, levels and
 * participation as they stood then, so a later release does not rewrite
 * history. An open period shows the live figures (`ringkasan_instansi`).
 * The trend lists, per period, an agency's (or a category's) index and
 * level distribution — one row per agency and period, never persons.
 */
import { medianNilai } from "@nurani/domain";
import { type Kysely, sql } from "kysely";
import type { Database } from "../../db/schema.ts";
import { GalatApi } from "../../http/errors.ts";
import { segarkanBasi } from "./ringkasan.ts";

type Db = Kysely<Database>;

export interface PeriodeDasbor {
  id: string;
  kode: string;
  nama: string;
  tahun: number;
  jenisPeserta: string[];
  /** Rankings published: the figures are the frozen ones. */
  beku: boolean;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A period by its id or its code ("EVAL-2027"), or 404. */
export async function cariPeriode(db: Db, teks: string): Promise<PeriodeDasbor> {
  const r = await db
    .selectFrom("periode_evaluasi")
    .select(["id", "kode", "nama", "tahun", "jenis_peserta", "peringkat_terbit"])
    .where(UUID.test(teks) ? "id" : "kode", "=", teks)
    .executeTakeFirst();
  if (!r)
    throw new GalatApi(404, "PERIODE_TIDAK_DITEMUKAN", {
      pesan: { id: `Periode evaluasi ${teks} tidak ditemukan.`, en: `Evaluation period ${teks} not found.` },
    });
  return {
    id: r.id,
    kode: r.kode,
    nama: r.nama,
    tahun: r.tahun,
    jenisPeserta: r.jenis_peserta,
    beku: r.peringkat_terbit !== null,
  };
}

/**
 * Freezes every participating agency's figures for the period (called when
 * its rankings are published; again only replaces the period's own rows).
 */
export async function bekukanIndeksPeriode(db: Db, periodeId: string): Promise<number> {
  await segarkanBasi(db, 100_000);
  const r = await sql`
    insert into indeks_periode (instansi_id, periode_id, kampanye_id, indeks_nilai, indeks_bawah, indeks_atas,
      level, n, jumlah_pegawai, status_lke, skor_lke)
    select i.id, p.id, r.kampanye_id, r.indeks_nilai, r.indeks_bawah, r.indeks_atas,
      case when r.indeks_nilai is null then null else r.level end, r.n, r.jumlah_pegawai, l.status, l.skor_akhir
    from periode_evaluasi p
    join instansi i on i.jenis = any (p.jenis_peserta) and not i.nasional
    left join ringkasan_instansi r on r.instansi_id = i.id
    left join lembar_evaluasi l on l.instansi_id = i.id and l.periode_id = p.id
    where p.id = ${periodeId}
    on conflict (instansi_id, periode_id) do update set kampanye_id = excluded.kampanye_id,
      indeks_nilai = excluded.indeks_nilai, indeks_bawah = excluded.indeks_bawah, indeks_atas = excluded.indeks_atas,
      level = excluded.level, n = excluded.n, jumlah_pegawai = excluded.jumlah_pegawai,
      status_lke = excluded.status_lke, skor_lke = excluded.skor_lke, dicatat = now()`.execute(db);
  return Number(r.numAffectedRows ?? 0);
}

export interface TitikTren {
  periodeId: string;
  kode: string;
  nama: string;
  tahun: number;
  beku: boolean;
  /** Agencies counted (1 for one agency; the category's participants otherwise). */
  instansi: number;
  denganIndeks: number;
  /** The agency's index with its interval; for a category, the median and the range of the agencies' values. */
  indeks: { nilai: number; bawah: number; atas: number } | null;
  /** Persons per level 1–4 (summed over the category). */
  level: number[] | null;
  skorLke: number | null;
}

interface BarisTren {
  periode_id: string;
  kode: string;
  nama: string;
  tahun: number;
  beku: boolean;
  instansi_id: string;
  indeks_nilai: number | null;
  indeks_bawah: number | null;
  indeks_atas: number | null;
  level: number[] | null;
  skor: string | null;
}

/**
 * Per period (oldest first): frozen figures for published periods, live
 * ones for open periods. `instansiId` for one agency, else `jenis` (or every
 * participant) summarised.
 */
export async function trenPeriode(db: Db, s: { instansiId?: string; jenis?: string }): Promise<TitikTren[]> {
  await segarkanBasi(db);
  const r = await sql<BarisTren>`
    select p.id as periode_id, p.kode, p.nama, p.tahun, (p.peringkat_terbit is not null) as beku, i.id as instansi_id,
      case when p.peringkat_terbit is not null then ip.indeks_nilai else r.indeks_nilai end as indeks_nilai,
      case when p.peringkat_terbit is not null then ip.indeks_bawah else r.indeks_bawah end as indeks_bawah,
      case when p.peringkat_terbit is not null then ip.indeks_atas else r.indeks_atas end as indeks_atas,
      case when p.peringkat_terbit is not null then ip.level when r.indeks_nilai is not null then r.level end as level,
      case when p.peringkat_terbit is not null then ip.skor_lke else l.skor_akhir end as skor
    from periode_evaluasi p
    join instansi i on i.jenis = any (p.jenis_peserta) and not i.nasional and i.aktif
    left join indeks_periode ip on ip.periode_id = p.id and ip.instansi_id = i.id
    left join ringkasan_instansi r on r.instansi_id = i.id
    left join lembar_evaluasi l on l.periode_id = p.id and l.instansi_id = i.id
    where ${s.instansiId ? sql`i.id = ${s.instansiId}` : s.jenis ? sql`i.jenis = ${s.jenis}` : sql`true`}
    order by p.tahun, p.publikasi, p.kode`.execute(db);
  const per = new Map<string, BarisTren[]>();
  for (const b of r.rows) per.set(b.periode_id, [...(per.get(b.periode_id) ?? []), b]);
  return [...per.values()].map((xs) => {
    const p = xs[0];
    const berindeks = xs.filter((x) => x.indeks_nilai !== null);
    const nilai = berindeks.map((x) => Number(x.indeks_nilai)).sort((a, b) => a - b);
    const skor = xs.filter((x) => x.skor !== null).map((x) => Number(x.skor));
    const level = berindeks.some((x) => x.level)
      ? [0, 1, 2, 3].map((l) => berindeks.reduce((a, x) => a + (x.level?.[l] ?? 0), 0))
      : null;
    const satu = s.instansiId !== undefined;
    return {
      periodeId: p.periode_id,
      kode: p.kode,
      nama: p.nama,
      tahun: p.tahun,
      beku: p.beku,
      instansi: xs.length,
      denganIndeks: berindeks.length,
      indeks:
        nilai.length === 0
          ? null
          : satu
            ? {
                nilai: Number(berindeks[0].indeks_nilai),
                bawah: Number(berindeks[0].indeks_bawah),
                atas: Number(berindeks[0].indeks_atas),
              }
            : { nilai: medianNilai(nilai), bawah: nilai[0], atas: nilai[nilai.length - 1] },
      level,
      skorLke: skor.length === 0 ? null : skor.reduce((a, x) => a + x, 0) / skor.length,
    };
  });
}
