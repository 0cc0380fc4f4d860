/**
 * Reads and writes of the national evaluation (docs/evaluasi.md): periods and
 * worksheet versions (national tables, readable inside an agency's fence),
 * and the agency-owned worksheet rows. No HTTP here.
 */
import type { IsiLke, LembarKerja, NilaiJawaban, PeriodeEvaluasi } from "@nurani/domain";
import { type Kysely, sql } from "kysely";
import type { Database } from "../../db/schema.ts";
import { tidakDitemukan } from "../../http/errors.ts";
import { isoWaktuAtauNull } from "../../umum/tanggal.ts";
import { hariIniDi, muatLibur } from "../gratifikasi/index.ts";
import { hitungSumberAsesmen } from "./sumber-asesmen.ts";
import { rincianPersiapan } from "./sumber-persiapan.ts";
import { hitungSumberProgram } from "./sumber-program.ts";
import { hitungSumberSinergi } from "./sumber-sinergi.ts";

export type Db = Kysely<Database>;

export interface PeriodeTersimpan extends PeriodeEvaluasi {
  id: string;
  peringkatTerbit: string | null;
}

const kolomPeriode = [
  "id",
  "kode",
  "nama",
  "tahun",
  "jenis_peserta",
  "versi_lke",
  "mandiri_mulai",
  "mandiri_selesai",
  "reviu_mulai",
  "reviu_selesai",
  "publikasi",
  "peringkat_terbit",
] as const;

type BarisPeriode = {
  id: string;
  kode: string;
  nama: string;
  tahun: number;
  jenis_peserta: string[];
  versi_lke: string;
  mandiri_mulai: string;
  mandiri_selesai: string;
  reviu_mulai: string;
  reviu_selesai: string;
  publikasi: string;
  peringkat_terbit: Date | null;
};

export function periodeDari(r: BarisPeriode): PeriodeTersimpan {
  return {
    id: r.id,
    kode: r.kode,
    nama: r.nama,
    tahun: r.tahun,
    jenisPeserta: r.jenis_peserta as PeriodeEvaluasi["jenisPeserta"],
    versiLke: r.versi_lke,
    penilaianMandiri: { mulai: r.mandiri_mulai, selesai: r.mandiri_selesai },
    reviu: { mulai: r.reviu_mulai, selesai: r.reviu_selesai },
    publikasi: r.publikasi,
    peringkatTerbit: isoWaktuAtauNull(r.peringkat_terbit),
  };
}

export function kolomDariPeriode(p: PeriodeEvaluasi) {
  return {
    kode: p.kode,
    nama: p.nama.trim(),
    tahun: p.tahun,
    jenis_peserta: [...p.jenisPeserta],
    versi_lke: p.versiLke,
    mandiri_mulai: p.penilaianMandiri.mulai,
    mandiri_selesai: p.penilaianMandiri.selesai,
    reviu_mulai: p.reviu.mulai,
    reviu_selesai: p.reviu.selesai,
    publikasi: p.publikasi,
  };
}

export async function daftarPeriode(db: Db): Promise<PeriodeTersimpan[]> {
  const rows = await db
    .selectFrom("periode_evaluasi")
    .select(kolomPeriode)
    .orderBy("tahun", "desc")
    .orderBy("kode")
    .execute();
  return rows.map(periodeDari);
}

export async function periodeAtau404(db: Db, id: string): Promise<PeriodeTersimpan> {
  const r = await db
    .selectFrom("periode_evaluasi")
    .select(kolomPeriode)
    .where("id", "=", id)
    .executeTakeFirst();
  if (!r) throw tidakDitemukan();
  return periodeDari(r);
}

export async function versiTerbit(db: Db): Promise<string[]> {
  const rows = await db.selectFrom("lke_versi").select("versi").where("status", "=", "terbit").execute();
  return rows.map((r) => r.versi);
}

export async function isiVersi(db: Db, versi: string): Promise<IsiLke> {
  const r = await db.selectFrom("lke_versi").select("isi").where("versi", "=", versi).executeTakeFirst();
  if (!r) throw tidakDitemukan();
  return r.isi as IsiLke;
}

/** The agency's category (the register's vocabulary; migration 0060 renamed the old `lembaga` to LPNK). */
export async function jenisInstansi(db: Db, instansiId: string): Promise<string> {
  const r = await db.selectFrom("instansi").select("jenis").where("id", "=", instansiId).executeTakeFirst();
  if (!r) throw tidakDitemukan();
  return r.jenis;
}

export interface LembarTersimpan extends LembarKerja {
  dihitung: Record<string, NilaiDihitung>;
  skorMandiri: number | null;
  skorAkhir: number | null;
  dikirim: string | null;
  catatanKembali: string | null;
  ada: boolean;
}

/** A value the system computed from the agency's own data, with the records it comes from. */
export interface NilaiDihitung {
  nilai: NilaiJawaban | null;
  keterangan: string;
  bukti: { jenis: string; id: string; nama: string }[];
}

export async function muatLembar(db: Db, instansiId: string, periodeId: string): Promise<LembarTersimpan> {
  const r = await db
    .selectFrom("lembar_evaluasi")
    .selectAll()
    .where("instansi_id", "=", instansiId)
    .where("periode_id", "=", periodeId)
    .executeTakeFirst();
  if (!r)
    return {
      status: "draf",
      isian: { jawaban: {}, bukti: {}, reviu: {} },
      difinalisasiOleh: null,
      disetujuiOleh: null,
      dihitung: {},
      skorMandiri: null,
      skorAkhir: null,
      dikirim: null,
      catatanKembali: null,
      ada: false,
    };
  return {
    status: r.status,
    isian: r.isian as LembarKerja["isian"],
    difinalisasiOleh: r.difinalisasi_oleh,
    disetujuiOleh: r.disetujui_oleh,
    dihitung: r.dihitung as Record<string, NilaiDihitung>,
    skorMandiri: r.skor_mandiri === null ? null : Number(r.skor_mandiri),
    skorAkhir: r.skor_akhir === null ? null : Number(r.skor_akhir),
    dikirim: isoWaktuAtauNull(r.dikirim),
    catatanKembali: r.catatan_kembali,
    ada: true,
  };
}

export async function simpanLembar(
  db: Db,
  instansiId: string,
  periodeId: string,
  l: LembarKerja,
  lain: {
    dihitung?: Record<string, NilaiDihitung>;
    skorMandiri: number;
    skorAkhir: number | null;
    dikirimOleh?: string | null;
    catatanKembali?: string | null;
  },
): Promise<void> {
  const nilai = {
    status: l.status,
    isian: JSON.stringify(l.isian),
    difinalisasi_oleh: l.difinalisasiOleh,
    disetujui_oleh: l.disetujuiOleh,
    skor_mandiri: lain.skorMandiri,
    skor_akhir: lain.skorAkhir,
    ...(lain.dihitung ? { dihitung: JSON.stringify(lain.dihitung) } : {}),
    ...(lain.dikirimOleh !== undefined ? { dikirim_oleh: lain.dikirimOleh, dikirim: new Date() } : {}),
    ...(lain.catatanKembali !== undefined ? { catatan_kembali: lain.catatanKembali } : {}),
    diubah: new Date(),
  };
  await db
    .insertInto("lembar_evaluasi")
    .values({ instansi_id: instansiId, periode_id: periodeId, ...nilai, dihitung: nilai.dihitung ?? "{}" })
    .onConflict((oc) => oc.columns(["instansi_id", "periode_id"]).doUpdateSet(nilai))
    .execute();
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

/** Preparation steps (Tabel 3 no. 1–6) and the source key of each one's main output. */
const LANGKAH: [string, string, string][] = [
  ["pembentukan_tim", "persiapan.langkah1.sk", "SK Tim/Komite (Tabel 3 no. 1)"],
  ["deklarasi_komitmen", "persiapan.langkah2.deklarasi", "Deklarasi komitmen (Tabel 3 no. 2)"],
  ["asesmen_awal", "persiapan.langkah3.peta", "Asesmen awal (Tabel 3 no. 3)"],
  ["rencana_aksi", "persiapan.langkah4.rencana_aksi", "Rencana aksi (Tabel 3 no. 4)"],
  ["rencana_pelatihan", "persiapan.langkah5.kurikulum", "Rencana pelatihan (Tabel 3 no. 5)"],
  ["agen_perubahan", "persiapan.langkah6.agen_perubahan", "Agen perubahan (Tabel 3 no. 6)"],
];

/**
 * The values Nurani computes from the agency's own data (docs/evaluasi.md
 * "Computed indicators"; domain SUMBER_DATA_LKE `asal`), read with SQL
 * inside the agency's fence: each preparation step recorded in the latest
 * programme cycle (with the cycle's files it names as evidence) and the
 * details of steps 1, 2 and 6 (`sumber-persiapan.ts`), participation in the latest released assessment; the cycle's
 * implementation, checklists and leadership figures of the period's year
 * (`sumber-program.ts`); the index, levels and change from baseline from the
 * campaigns' per-unit sums (`sumber-asesmen.ts`); the institutional-synergy
 * registers' figures (`sumber-sinergi.ts`). A source without data stays
 * without a value (scores 0, "belum ada data").
 */
export async function hitungSumber(
  db: Db,
  instansiId: string,
  tahun?: number,
): Promise<Record<string, NilaiDihitung>> {
  const kini = await hariIniDi(db, instansiId);
  const th = tahun ?? Number(kini.slice(0, 4));
  const out: Record<string, NilaiDihitung> = await hitungSumberSinergi(
    db,
    instansiId,
    th,
    kini,
    await muatLibur(db),
  );
  const siklus = await db
    .selectFrom("siklus_program")
    .select([
      "id",
      "nama",
      sql<string | null>`pelaksanaan_mulai::text`.as("pelaksanaan_mulai"),
      "kampanye_akhir_id",
      "konfigurasi",
    ])
    .where("instansi_id", "=", instansiId)
    .orderBy("dibuat", "desc")
    .limit(1)
    .executeTakeFirst();
  let kampanyeAwalId: string | null = null;
  if (siklus) {
    const langkah = await db
      .selectFrom("langkah_persiapan")
      .select(["langkah", "isi", "dicatat"])
      .where("instansi_id", "=", instansiId)
      .where("siklus_id", "=", siklus.id)
      .execute();
    const berkas = await db
      .selectFrom("berkas_program")
      .select(["id", "nama"])
      .where("instansi_id", "=", instansiId)
      .where("siklus_id", "=", siklus.id)
      .execute();
    const namaBerkas = new Map(berkas.map((b) => [b.id, b.nama]));
    for (const [nama, kunci, label] of LANGKAH) {
      const l = langkah.find((x) => x.langkah === nama);
      const tercatat = Boolean(l?.dicatat && l.isi);
      const disebut = [...new Set(JSON.stringify(l?.isi ?? null).match(UUID) ?? [])].filter((id) =>
        namaBerkas.has(id),
      );
      if (nama === "asesmen_awal" && tercatat) kampanyeAwalId = kampanyeDari(l?.isi);
      out[kunci] = {
        nilai: tercatat,
        keterangan: `${label}: ${tercatat ? "tercatat" : "belum tercatat"} pada siklus "${siklus.nama}"`,
        bukti: [
          { jenis: "siklus_program", id: siklus.id, nama: siklus.nama },
          ...disebut.map((id) => ({ jenis: "berkas_program", id, nama: namaBerkas.get(id) ?? id })),
        ],
      };
    }
    Object.assign(out, rincianPersiapan(langkah, siklus));
  }
  const kampanye = await db
    .selectFrom("kampanye_asesmen")
    .select(["id", "nama"])
    .where("instansi_id", "=", instansiId)
    .where("hasil_dirilis", "is not", null)
    .orderBy("hasil_dirilis", "desc")
    .limit(1)
    .executeTakeFirst();
  if (kampanye) {
    const r = await sql<{ n: number; selesai: number }>`
      select count(*)::int as n, count(selesai)::int as selesai from peserta_asesmen
      where instansi_id = ${instansiId} and kampanye_id = ${kampanye.id}`.execute(db);
    const { n, selesai } = r.rows[0] ?? { n: 0, selesai: 0 };
    const persen = n > 0 ? Math.round((1000 * selesai) / n) / 10 : null;
    out["asesmen.partisipasi"] = {
      nilai: persen,
      keterangan: `Partisipasi asesmen "${kampanye.nama}" (hasil dirilis): ${selesai} dari ${n} peserta`,
      bukti: [{ jenis: "kampanye_asesmen", id: kampanye.id, nama: kampanye.nama }],
    };
  }
  const program = siklus && { id: siklus.id, nama: siklus.nama, pelaksanaanMulai: siklus.pelaksanaan_mulai };
  Object.assign(out, await hitungSumberProgram(db, instansiId, program, th, kini));
  const asesmen = siklus && {
    id: siklus.id,
    nama: siklus.nama,
    kampanyeAwalId,
    kampanyeAkhirId: siklus.kampanye_akhir_id,
  };
  Object.assign(out, await hitungSumberAsesmen(db, instansiId, asesmen));
  return out;
}

/** The baseline campaign a recorded step 3 names (domain KeluaranAsesmenAwal `kampanyeId`). */
function kampanyeDari(isi: unknown): string | null {
  const id = (isi as { kampanyeId?: unknown } | null)?.kampanyeId;
  return typeof id === "string" ? id : null;
}
