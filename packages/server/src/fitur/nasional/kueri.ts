/**
 * Reads of the national dashboard: the register joined to each agency's kept
 * figures (`ringkasan_instansi`), filtered, sorted and paged in SQL. The
 * agencies are a few hundred rows; no person is read.
 */
import { type Kysely, sql } from "kysely";
import type { Database } from "../../db/schema.ts";
import type { PeriodeDasbor } from "./periode.ts";
import type { Urutan } from "./skema.ts";

export interface SaringDasbor {
  /** The evaluation period (resolved by the route): its categories only, its worksheet, its frozen figures once published. */
  periode?: PeriodeDasbor;
  jenis?: string;
  provinsi?: string;
  q?: string;
  aktif?: boolean;
}

const KOLOM_URUT: Record<Urutan, string> = {
  nama: "i.nama",
  kode: "i.kode",
  jenis: "i.jenis",
  provinsi: "i.provinsi",
  indeks: "indeks_nilai",
  partisipasi: "partisipasi",
  tahap: "tahap_urut",
  persiapan: "r.langkah_persiapan",
  kegiatan: "r.kegiatan_terlaksana",
};

export function kueriDasbor(db: Kysely<Database>, s: SaringDasbor, urut: string) {
  const p = s.periode;
  const pid = p?.id ?? "00000000-0000-0000-0000-000000000000";
  // A published period reads the figures frozen at publication; otherwise the live ones.
  const beku = p?.beku ?? false;
  const kol = <T>(nama: string) => (beku ? sql<T>`ip.${sql.raw(nama)}` : sql<T>`r.${sql.raw(nama)}`);
  let q = db
    .selectFrom("instansi as i")
    .leftJoin("ringkasan_instansi as r", "r.instansi_id", "i.id")
    .leftJoin("indeks_periode as ip", (j) =>
      j.onRef("ip.instansi_id", "=", "i.id").on("ip.periode_id", "=", pid),
    )
    .leftJoin("lembar_evaluasi as l", (j) =>
      j.onRef("l.instansi_id", "=", "i.id").on("l.periode_id", "=", pid),
    )
    .select([
      "i.id",
      "i.kode",
      "i.nama",
      "i.jenis",
      "i.provinsi",
      "i.aktif",
      "r.tahap",
      "r.langkah_persiapan",
      "r.kegiatan_terlaksana",
      kol<number | null>("indeks_nilai").as("indeks_nilai"),
      kol<number | null>("indeks_bawah").as("indeks_bawah"),
      kol<number | null>("indeks_atas").as("indeks_atas"),
      kol<number[] | null>("level").as("level"),
      kol<number | null>("n").as("n"),
      kol<number | null>("jumlah_pegawai").as("jumlah_pegawai"),
      "r.dirilis",
      (beku
        ? sql<number | null>`case when ip.n is not null and ip.jumlah_pegawai > 0
        then ip.n::float8 / ip.jumlah_pegawai end`
        : sql<number | null>`case when r.n is not null and r.jumlah_pegawai > 0
        then r.n::float8 / r.jumlah_pegawai end`
      ).as("partisipasi"),
      (beku ? sql<string | null>`ip.status_lke` : sql<string | null>`l.status`).as("status_lke"),
      (beku ? sql<string | null>`ip.skor_lke` : sql<string | null>`l.skor_akhir`).as("skor_lke"),
      sql<number>`case r.tahap when 'persiapan' then 1 when 'pelaksanaan' then 2 when 'penilaian' then 3
        when 'selesai' then 4 else 0 end`.as("tahap_urut"),
    ])
    // The Ministry itself evaluates; it is not on its own dashboard.
    .where("i.nasional", "=", false)
    .where("i.aktif", "=", s.aktif ?? true);
  if (p) q = q.where("i.jenis", "in", p.jenisPeserta as never[]);
  if (s.jenis) q = q.where("i.jenis", "=", s.jenis as never);
  if (s.provinsi) q = q.where("i.provinsi", "=", s.provinsi);
  if (s.q) {
    const pola = `%${s.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    q = q.where((eb) => eb.or([eb("i.nama", "ilike", pola), eb("i.kode", "ilike", pola)]));
  }
  const turun = urut.startsWith("-");
  const kunci = (turun ? urut.slice(1) : urut) as Urutan;
  const arah = turun ? sql`desc nulls last` : sql`asc nulls last`;
  return q.orderBy(sql`${sql.raw(KOLOM_URUT[kunci])} ${arah}`).orderBy("i.kode");
}

type BarisMentah = Awaited<ReturnType<ReturnType<typeof kueriDasbor>["execute"]>>[number];

/**
 * One page of the dashboard and the total in one statement (`count(*) over ()`
 * is taken before LIMIT): one round trip and one plan per request instead of
 * two. Only a page past the end asks for the total apart.
 */
export async function halamanDasbor(
  db: Kysely<Database>,
  q: ReturnType<typeof kueriDasbor>,
  h: { page: number; pageSize: number },
) {
  const dari = (h.page - 1) * h.pageSize;
  const baris = await q
    .select(sql<string>`count(*) over ()`.as("total_baris"))
    .limit(h.pageSize)
    .offset(dari)
    .execute();
  let total = baris.length > 0 ? Number(baris[0].total_baris) : 0;
  if (baris.length === 0 && dari > 0) {
    const r = await db
      .selectFrom(q.clearOrderBy().as("d"))
      .select((eb) => eb.fn.countAll<string>().as("n"))
      .executeTakeFirstOrThrow();
    total = Number(r.n);
  }
  return { items: baris, total, page: h.page, pageSize: h.pageSize };
}

export function barisDasbor(r: BarisMentah) {
  return {
    instansiId: r.id,
    kode: r.kode,
    nama: r.nama,
    jenis: r.jenis,
    provinsi: r.provinsi,
    aktif: r.aktif,
    tahap: r.tahap ?? null,
    langkahPersiapan: r.langkah_persiapan ?? 0,
    kegiatanTerlaksana: r.kegiatan_terlaksana ?? 0,
    indeks:
      r.indeks_nilai === null || r.indeks_bawah === null || r.indeks_atas === null
        ? null
        : { nilai: r.indeks_nilai, bawah: r.indeks_bawah, atas: r.indeks_atas },
    distribusiLevel: r.indeks_nilai === null ? null : (r.level ?? null),
    partisipasi: r.indeks_nilai === null ? null : (r.partisipasi ?? null),
    n: r.n ?? null,
    jumlahPegawai: r.jumlah_pegawai ?? null,
    dirilis: r.dirilis ? new Date(r.dirilis).toISOString() : null,
    statusLke: r.status_lke ?? null,
    skorLke: r.skor_lke === null || r.skor_lke === undefined ? null : Number(r.skor_lke),
  };
}

export const instansiApi = (r: {
  id: string;
  kode: string;
  nama: string;
  jenis: string;
  provinsi: string | null;
  kode_wilayah: string | null;
  zona_waktu: string;
  aktif: boolean;
  nasional: boolean;
}) => ({
  id: r.id,
  kode: r.kode,
  nama: r.nama,
  jenis: r.jenis,
  provinsi: r.provinsi,
  kodeWilayah: r.kode_wilayah,
  zonaWaktu: r.zona_waktu,
  aktif: r.aktif,
  nasional: r.nasional,
});
