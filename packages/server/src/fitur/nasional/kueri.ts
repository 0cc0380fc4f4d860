/**
 * Reads of the national dashboard: the register joined to each agency's kept
 * figures (`ringkasan_instansi`), filtered, sorted and paged in SQL. The
 * agencies are a few hundred rows; no person is read.
 */
import { type Kysely, sql } from "kysely";
import type { Database } from "../../db/schema.ts";
import type { Urutan } from "./skema.ts";

export interface SaringDasbor {
  periode?: string;
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
  indeks: "r.indeks_nilai",
  partisipasi: "partisipasi",
  tahap: "tahap_urut",
  persiapan: "r.langkah_persiapan",
  kegiatan: "r.kegiatan_terlaksana",
};

export function kueriDasbor(db: Kysely<Database>, s: SaringDasbor, urut: string) {
  let q = db
    .selectFrom("instansi as i")
    .leftJoin("ringkasan_instansi as r", "r.instansi_id", "i.id")
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
      "r.indeks_nilai",
      "r.indeks_bawah",
      "r.indeks_atas",
      "r.level",
      "r.n",
      "r.jumlah_pegawai",
      "r.dirilis",
      sql<number | null>`case when r.n is not null and r.jumlah_pegawai > 0
        then r.n::float8 / r.jumlah_pegawai end`.as("partisipasi"),
      sql<number>`case r.tahap when 'persiapan' then 1 when 'pelaksanaan' then 2 when 'penilaian' then 3
        when 'selesai' then 4 else 0 end`.as("tahap_urut"),
    ])
    // The Ministry itself evaluates; it is not on its own dashboard.
    .where("i.nasional", "=", false)
    .where("i.aktif", "=", s.aktif ?? true);
  // Seam for fitur/evaluasi: a period will restrict the list to its participating categories/agencies.
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
