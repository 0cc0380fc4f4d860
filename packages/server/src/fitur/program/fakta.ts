/**
 * Reads a programme cycle's stored facts into the domain's `FaktaSiklus`
 * (`@nurani/domain` program/siklus.ts). The server adds no rule of its own:
 * every check of order and output is the domain's, run on these facts.
 */
import {
  type FaktaSiklus,
  type Galat,
  type KeluaranAsesmenAwal,
  type KeluaranPersiapan,
  KODE_LANGKAH_PERSIAPAN,
  type KodeKegiatanUtama,
  type KodeLangkahPersiapan,
  type KonfigurasiSiklus,
  type LevelKematangan,
  type PetaLevel,
  type PetaLevelUnit,
  type RealisasiKegiatan,
} from "@nurani/domain";
import { sql } from "kysely";
import type { Db } from "../../db/factory.ts";
import { GalatApi, tidakDitemukan } from "../../http/errors.ts";
import { kMinimum } from "../../umum/k-minimum.ts";
import { TINJAUAN_DILAPORKAN } from "../../umum/tinjauan.ts";
import {
  hitungSumber,
  type LevelAkhirKampanye,
  levelAkhirKampanye,
  type SumberLevel,
} from "../nontes/index.ts";

/** The calendar date of `waktu` in a time zone (`YYYY-MM-DD`). */
export function tanggalDi(waktu: Date, zona: string): string {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone: zona,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(waktu);
}

/** The agency's time zone (WIB by default) and today's date there. */
export async function zonaInstansi(db: Db, instansiId: string): Promise<{ zona: string; hariIni: string }> {
  const r = await db
    .selectFrom("instansi")
    .select("zona_waktu")
    .where("id", "=", instansiId)
    .executeTakeFirst();
  const zona = r?.zona_waktu || "Asia/Jakarta";
  return { zona, hariIni: tanggalDi(new Date(), zona) };
}

/** Disjoint per-unit level counts of a campaign's scores (domain `PetaLevel`), with unit names. */
export async function petaKampanye(db: Db, instansiId: string, kampanyeId: string): Promise<PetaLevel> {
  return (await petaKampanyeSumber(db, instansiId, kampanyeId)).peta;
}

/**
 * The counts with each person's final level where non-test evidence exists
 * (docs/nontes.md; fitur/nontes `levelAkhirKampanye`): the person moves from
 * the test's level to the final one in their own unit, so head counts — and
 * with them the guide's minimum per unit and the k rule — are unchanged.
 * `sumberLevel` says how many people's level drew on each source, over the
 * whole campaign; null when no final level is used or fewer than the
 * agency's k people are counted.
 */
export async function petaKampanyeSumber(
  db: Db,
  instansiId: string,
  kampanyeId: string,
): Promise<{ peta: PetaLevel; sumberLevel: SumberLevel | null }> {
  const rows = await db
    .selectFrom("skor_asesmen as s")
    .leftJoin("unit_kerja as u", (j) =>
      j.onRef("u.instansi_id", "=", "s.instansi_id").onRef("u.id", "=", "s.unit_id"),
    )
    .select(["s.unit_id", "u.nama", "s.level", sql<number>`count(*)::int`.as("n")])
    .where("s.instansi_id", "=", instansiId)
    .where("s.kampanye_id", "=", kampanyeId)
    .where("s.unit_id", "is not", null)
    // the results the assessment map counts: clean, or flagged and accepted (not awaiting review)
    .where("s.tinjauan", "in", TINJAUAN_DILAPORKAN)
    .groupBy(["s.unit_id", "u.nama", "s.level"])
    .execute();
  const per = new Map<string, PetaLevelUnit>();
  let n = 0;
  for (const r of rows) {
    const id = r.unit_id as string;
    let u = per.get(id);
    if (!u) {
      u = {
        unitKerjaId: id,
        ...(r.nama ? { nama: r.nama } : {}),
        jumlahPerLevel: { 1: 0, 2: 0, 3: 0, 4: 0 },
      };
      per.set(id, u);
    }
    u.jumlahPerLevel[r.level as LevelKematangan] += Number(r.n);
    n += Number(r.n);
  }
  const dipakai: LevelAkhirKampanye[] = [];
  for (const x of await levelAkhirKampanye(db, instansiId, kampanyeId)) {
    const u = x.unitId === null ? undefined : per.get(x.unitId);
    if (!u || !(u.jumlahPerLevel[x.levelTes as LevelKematangan] > 0)) continue;
    u.jumlahPerLevel[x.levelTes as LevelKematangan]--;
    u.jumlahPerLevel[x.level as LevelKematangan]++;
    dipakai.push(x);
  }
  const peta = [...per.values()].sort((a, b) =>
    (a.nama ?? a.unitKerjaId).localeCompare(b.nama ?? b.unitKerjaId),
  );
  const cukup = dipakai.length > 0 && n >= (await kMinimum(db, instansiId));
  return { peta, sumberLevel: cukup ? hitungSumber(n, dipakai) : null };
}

export interface KampanyeRingkas {
  id: string;
  nama: string;
  tujuan: "awal" | "berkala" | "akhir";
  hasilDirilis: Date | null;
}

export async function bacaKampanye(
  db: Db,
  instansiId: string,
  id: string,
): Promise<KampanyeRingkas | undefined> {
  const r = await db
    .selectFrom("kampanye_asesmen")
    .select(["id", "nama", "tujuan", "hasil_dirilis"])
    .where("instansi_id", "=", instansiId)
    .where("id", "=", id)
    .executeTakeFirst();
  return r && { id: r.id, nama: r.nama, tujuan: r.tujuan, hasilDirilis: r.hasil_dirilis };
}

/** A campaign as an assessment output (Tabel 3 no. 3 / Tabel 4 no. 5): released date and map, read live. */
export async function keluaranAsesmen(
  db: Db,
  instansiId: string,
  kampanyeId: string,
  zona: string,
): Promise<KeluaranAsesmenAwal> {
  const k = await bacaKampanye(db, instansiId, kampanyeId);
  const peta = k ? await petaKampanye(db, instansiId, kampanyeId) : [];
  return {
    kampanyeId,
    ...(k?.hasilDirilis ? { dirilis: tanggalDi(k.hasilDirilis, zona) } : {}),
    peta,
  };
}

/** How a campaign is linked to a cycle: its baseline (step 3), a periodic follow-up, or its final assessment. */
export type PeranKampanyeSiklus = "awal" | "berkala" | "akhir";

export interface KampanyeTertaut extends KampanyeRingkas {
  sebagai: PeranKampanyeSiklus;
  dibuka: Date;
}

/**
 * The campaigns linked to a cycle on purpose (docs/hasil.md "Cycle and
 * campaigns"): the baseline recorded in preparation step 3, the periodic
 * follow-ups the team linked (`kampanye_berkala_siklus`), and the final
 * assessment; in the order they were held.
 */
export async function kampanyeSiklus(db: Db, s: SiklusTersimpan): Promise<KampanyeTertaut[]> {
  const sebagai = new Map<string, PeranKampanyeSiklus>();
  const awal = s.fakta.persiapan.asesmen_awal?.kampanyeId;
  if (awal) sebagai.set(awal, "awal");
  const berkala = await db
    .selectFrom("kampanye_berkala_siklus")
    .select("kampanye_id")
    .where("instansi_id", "=", s.instansiId)
    .where("siklus_id", "=", s.id)
    .execute();
  for (const b of berkala) if (!sebagai.has(b.kampanye_id)) sebagai.set(b.kampanye_id, "berkala");
  if (s.kampanyeAkhirId) sebagai.set(s.kampanyeAkhirId, "akhir");
  if (sebagai.size === 0) return [];
  const rows = await db
    .selectFrom("kampanye_asesmen")
    .select(["id", "nama", "tujuan", "dibuka", "hasil_dirilis"])
    .where("instansi_id", "=", s.instansiId)
    .where("id", "in", [...sebagai.keys()])
    .orderBy("dibuka")
    .orderBy("id")
    .execute();
  return rows.map((r) => ({
    id: r.id,
    nama: r.nama,
    tujuan: r.tujuan,
    dibuka: r.dibuka,
    hasilDirilis: r.hasil_dirilis,
    sebagai: sebagai.get(r.id) as PeranKampanyeSiklus,
  }));
}

/**
 * The campaign a cycle's SMART progress and sub-stage guide are measured on:
 * of its linked campaigns whose results are released, the one held last. A
 * withdrawn release drops out, so the previous linked one is current again.
 */
export function kampanyeUkur(tertaut: readonly KampanyeTertaut[]): KampanyeTertaut | undefined {
  return tertaut.filter((k) => k.hasilDirilis !== null).at(-1);
}

/** The cycles a campaign is linked to, and as what (for the release preview). */
export async function siklusTertaut(
  db: Db,
  instansiId: string,
  kampanyeId: string,
): Promise<{ id: string; nama: string; sebagai: PeranKampanyeSiklus }[]> {
  const r = await sql<{ id: string; nama: string; sebagai: PeranKampanyeSiklus }>`
    select s.id, s.nama, t.sebagai from (
      select siklus_id, 'awal' as sebagai from langkah_persiapan
        where instansi_id = ${instansiId} and langkah = 'asesmen_awal' and isi->>'kampanyeId' = ${kampanyeId}
      union select siklus_id, 'berkala' from kampanye_berkala_siklus
        where instansi_id = ${instansiId} and kampanye_id = ${kampanyeId}
      union select id, 'akhir' from siklus_program
        where instansi_id = ${instansiId} and kampanye_akhir_id = ${kampanyeId}
    ) t join siklus_program s on s.instansi_id = ${instansiId} and s.id = t.siklus_id
    order by s.nama, t.sebagai`.execute(db);
  return r.rows;
}

/**
 * Without a cycle (the agency-wide guide): the latest campaign that is closed
 * and released, by when it closed. A campaign still open is never taken.
 */
export async function kampanyeTertutupTerakhir(
  db: Db,
  instansiId: string,
): Promise<KampanyeRingkas | undefined> {
  const r = await db
    .selectFrom("kampanye_asesmen")
    .select(["id", "nama", "tujuan", "hasil_dirilis"])
    .where("instansi_id", "=", instansiId)
    .where("hasil_dirilis", "is not", null)
    .where("ditutup", "<=", sql<Date>`now()`)
    .orderBy("ditutup", "desc")
    .orderBy("id")
    .limit(1)
    .executeTakeFirst();
  return r && { id: r.id, nama: r.nama, tujuan: r.tujuan, hasilDirilis: r.hasil_dirilis };
}

export interface SiklusTersimpan {
  id: string;
  instansiId: string;
  nama: string;
  konfigurasi: KonfigurasiSiklus;
  kampanyeAkhirId: string | null;
  dibuat: Date;
  fakta: FaktaSiklus;
  /** Working drafts of the preparation steps (opaque form state). */
  draf: Partial<Record<KodeLangkahPersiapan, unknown>>;
  /** When each step's output was last recorded. */
  dicatat: Partial<Record<KodeLangkahPersiapan, Date>>;
  zona: string;
  hariIni: string;
}

/** Loads a cycle and assembles its domain facts; 404 when it is not this agency's. */
export async function muatSiklus(
  db: Db,
  instansiId: string,
  id: string,
  /** Lock the cycle row until the transaction ends, so two writes check the order one after the other. */
  o: { kunci?: boolean } = {},
): Promise<SiklusTersimpan> {
  const q = db
    .selectFrom("siklus_program")
    .selectAll()
    .where("instansi_id", "=", instansiId)
    .where("id", "=", id);
  const s = await (o.kunci ? q.forUpdate() : q).executeTakeFirst();
  if (!s) throw tidakDitemukan();
  const { zona, hariIni } = await zonaInstansi(db, instansiId);
  const konfigurasi = (s.konfigurasi ?? {}) as KonfigurasiSiklus;
  const langkah = await db
    .selectFrom("langkah_persiapan")
    .select(["langkah", "isi", "draf", "dicatat"])
    .where("instansi_id", "=", instansiId)
    .where("siklus_id", "=", id)
    .execute();
  const persiapan: Partial<KeluaranPersiapan> = {};
  const draf: SiklusTersimpan["draf"] = {};
  const dicatat: SiklusTersimpan["dicatat"] = {};
  for (const l of langkah) {
    const kode = l.langkah as KodeLangkahPersiapan;
    if (!KODE_LANGKAH_PERSIAPAN.includes(kode)) continue;
    if (l.draf !== null) draf[kode] = l.draf;
    if (l.dicatat) dicatat[kode] = l.dicatat;
    if (l.isi === null) continue;
    if (kode === "deklarasi_komitmen") {
      const ttd = await db
        .selectFrom("tanda_tangan_deklarasi")
        .select(["pegawai_id", "sebagai"])
        .where("instansi_id", "=", instansiId)
        .where("siklus_id", "=", id)
        .orderBy("waktu")
        .execute();
      persiapan.deklarasi_komitmen = {
        ...(l.isi as Omit<KeluaranPersiapan["deklarasi_komitmen"], "penandatangan">),
        penandatangan: ttd.map((t) => ({ pegawaiId: t.pegawai_id, sebagai: t.sebagai })),
      };
    } else if (kode === "asesmen_awal") {
      const isi = l.isi as Partial<KeluaranAsesmenAwal> & { kampanyeId: string };
      // frozen once a later step rests on it; live until then
      persiapan.asesmen_awal =
        isi.peta !== undefined
          ? (isi as KeluaranAsesmenAwal)
          : await keluaranAsesmen(db, instansiId, isi.kampanyeId, zona);
    } else {
      (persiapan as Record<string, unknown>)[kode] = l.isi;
    }
  }
  const fakta: FaktaSiklus = { id, instansiId, konfigurasi, persiapan };
  if (s.pelaksanaan_mulai) {
    const realisasi = await db
      .selectFrom("pelaksanaan_kegiatan as p")
      .innerJoin("kegiatan_program as k", (j) =>
        j.onRef("k.instansi_id", "=", "p.instansi_id").onRef("k.id", "=", "p.kegiatan_id"),
      )
      .select(["p.id", "p.tanggal", "p.jumlah_peserta", "k.kegiatan_utama", "k.subtahap", "k.sasaran_unit"])
      .where("p.instansi_id", "=", instansiId)
      .where("p.siklus_id", "=", id)
      .orderBy("p.tanggal")
      .execute();
    fakta.pelaksanaan = { mulai: s.pelaksanaan_mulai, realisasi: realisasi.map(keRealisasi) };
  }
  if (s.penilaian_mulai) {
    fakta.penilaian = {
      mulai: s.penilaian_mulai,
      ...(s.kampanye_akhir_id
        ? { asesmenAkhir: await keluaranAsesmen(db, instansiId, s.kampanye_akhir_id, zona) }
        : {}),
    };
  }
  if (s.ditutup) fakta.ditutup = s.ditutup;
  return {
    id,
    instansiId,
    nama: s.nama,
    konfigurasi,
    kampanyeAkhirId: s.kampanye_akhir_id,
    dibuat: s.dibuat,
    fakta,
    draf,
    dicatat,
    zona,
    hariIni,
  };
}

export function keRealisasi(r: {
  id: string;
  tanggal: string;
  jumlah_peserta: number;
  kegiatan_utama: string;
  subtahap: number | null;
  sasaran_unit: string[] | null;
}): RealisasiKegiatan {
  return {
    id: r.id,
    kegiatanUtama: r.kegiatan_utama as KodeKegiatanUtama,
    ...(r.subtahap !== null ? { subtahap: r.subtahap as LevelKematangan } : {}),
    ...(r.sasaran_unit && r.sasaran_unit.length > 0 ? { sasaranUnit: r.sasaran_unit } : {}),
    tanggal: r.tanggal,
    jumlahPeserta: r.jumlah_peserta,
  };
}

/** Refusals about the order of stages and steps (the state), answered 409; the rest are bad input (400). */
const KODE_URUTAN = new Set([
  "SIKLUS_DITUTUP",
  "TAHAP_TIDAK_SESUAI",
  "LANGKAH_TIDAK_BERURUTAN",
  "LANGKAH_SESUDAHNYA_SUDAH_ADA",
  "PERSIAPAN_BELUM_SELESAI",
  "PELAKSANAAN_BELUM_LENGKAP",
  "ASESMEN_AKHIR_BELUM_DIRILIS",
]);

/** The domain's refusals as one API error: the first code, every message, the list in `details`. */
export function galatDomain(g: Galat[]): GalatApi {
  const pertama = g[0];
  const status = g.some((x) => KODE_URUTAN.has(x.kode)) ? 409 : 400;
  return new GalatApi(status, pertama?.kode ?? "DITOLAK", {
    pesan: {
      id: g.map((x) => x.pesan.id).join(" "),
      en: g.map((x) => x.pesan.en).join(" "),
    },
    details: { galat: g },
  });
}

/** A closed cycle accepts no change (Pasal 4 ayat (2); domain `SIKLUS_DITUTUP`). */
export function pastikanTerbuka(s: SiklusTersimpan): void {
  if (s.fakta.ditutup)
    throw new GalatApi(409, "SIKLUS_DITUTUP", {
      pesan: {
        id: "Siklus sudah ditutup; catatannya tidak dapat diubah lagi.",
        en: "The cycle is closed; its records can no longer be changed.",
      },
    });
}
