/**
 * The code of ethics: the version in force, attestation, and coverage per
 * unit aggregated with the agency's minimum group size k (docs/kode-etik.md
 * "Coverage"; the same k as the assessment map, `pengaturan_hasil`).
 */

import type { Transaction } from "kysely";
import type { z } from "zod";
import type { Database } from "../../db/schema.ts";
import type { SoalKodeEtik } from "../../db/schema-etik.ts";
import { kMinimum } from "../../umum/k-minimum.ts";
import { tanggalDi } from "../../umum/tanggal.ts";
import { galatEtik } from "./pesan.ts";
import type { SkemaCakupan } from "./skema.ts";

type Db = Transaction<Database>;

/** The employee record of the logged-in user in this agency (403 when none). */
export async function pegawaiSaya(db: Db, instansiId: string, penggunaId: string | undefined) {
  const r = await db
    .selectFrom("pengguna")
    .select("pegawai_id")
    .where("id", "=", penggunaId ?? "")
    .where("pegawai_instansi_id", "=", instansiId)
    .executeTakeFirst();
  if (!r?.pegawai_id) throw galatEtik(403, "BUKAN_PEGAWAI");
  return r.pegawai_id;
}

/** Today in the agency's time zone (`YYYY-MM-DD`). */
export async function hariIni(db: Db, instansiId: string, sekarang = new Date()): Promise<string> {
  const i = await db
    .selectFrom("instansi")
    .select("zona_waktu")
    .where("id", "=", instansiId)
    .executeTakeFirst();
  return tanggalDi(sekarang, i?.zona_waktu ?? "Asia/Jakarta");
}

export const soalDari = (x: unknown): SoalKodeEtik[] =>
  (typeof x === "string" ? JSON.parse(x) : (x ?? [])) as SoalKodeEtik[];

/** The version in force: the published one with the highest version number. */
export async function kodeBerlaku(db: Db, instansiId: string) {
  return db
    .selectFrom("kode_etik")
    .select(["id", "versi", "judul", "isi", "soal", "nilai_lulus", "nomor_sk", "tanggal_sk"])
    .where("instansi_id", "=", instansiId)
    .where("status", "=", "terbit")
    .orderBy("versi", "desc")
    .limit(1)
    .executeTakeFirst();
}

/** Quiz score in percent and the questions answered wrong (null when there is no quiz). */
export function nilaiKuis(soal: readonly SoalKodeEtik[], jawaban: readonly number[]) {
  if (soal.length === 0) return { skor: null, salah: [] as number[] };
  if (jawaban.length !== soal.length) throw galatEtik(400, "JAWABAN_TIDAK_LENGKAP");
  const salah = soal.flatMap((s, i) => (s.kunci === jawaban[i] ? [] : [i]));
  return { skor: Math.round(((soal.length - salah.length) * 100) / soal.length), salah };
}

export { kMinimum };

const persen = (a: number, n: number) => (n > 0 ? Math.round((a * 1000) / n) / 10 : null);

/**
 * Attestation coverage of the version in force in year `tahun`, per unit of
 * the employees' current unit. A unit with 0 < n < k employees shows only its
 * size; if the hidden units together form a group of 0 < n < k (revealed by
 * subtracting the shown units from the total), the smallest shown unit is
 * hidden too, until every derivable group has 0 or ≥ k people.
 */
export async function cakupan(
  db: Db,
  instansiId: string,
  tahun: number,
): Promise<z.output<typeof SkemaCakupan>> {
  const k = await kMinimum(db, instansiId);
  const kode = await kodeBerlaku(db, instansiId);
  const baris = await db
    .selectFrom("pegawai as p")
    .leftJoin("unit_kerja as u", (j) =>
      j.onRef("u.instansi_id", "=", "p.instansi_id").onRef("u.id", "=", "p.unit_id"),
    )
    .leftJoin("kode_etik_atestasi as a", (j) =>
      j
        .onRef("a.instansi_id", "=", "p.instansi_id")
        .onRef("a.pegawai_id", "=", "p.id")
        .on("a.kode_id", "=", kode?.id ?? "00000000-0000-0000-0000-000000000000")
        .on("a.tahun", "=", tahun),
    )
    .select((eb) => [
      "p.unit_id",
      "u.nama",
      eb.fn.countAll<number>().as("n"),
      eb.fn.count<number>("a.id").as("a"),
    ])
    .where("p.instansi_id", "=", instansiId)
    .where("p.aktif", "=", true)
    .groupBy(["p.unit_id", "u.nama"])
    .orderBy("u.nama")
    .execute();
  const unit = baris.map((b) => ({
    unitId: b.unit_id,
    nama: b.nama ?? "Tanpa unit kerja",
    n: Number(b.n),
    a: Number(b.a),
    sembunyi: Number(b.n) > 0 && Number(b.n) < k,
  }));
  for (;;) {
    const sisa = unit.filter((u) => u.sembunyi).reduce((s, u) => s + u.n, 0);
    if (sisa === 0 || sisa >= k) break;
    const tampil = unit.filter((u) => !u.sembunyi && u.n > 0).sort((x, y) => x.n - y.n);
    if (tampil.length === 0) break;
    tampil[0].sembunyi = true;
  }
  const jumlahPegawai = unit.reduce((s, u) => s + u.n, 0);
  const jumlahAtestasi = unit.reduce((s, u) => s + u.a, 0);
  // nothing published: nothing to attest, no coverage
  const tampilTotal = jumlahPegawai >= k && !!kode;
  return {
    tahun,
    kodeId: kode?.id ?? null,
    versi: kode?.versi ?? null,
    k,
    jumlahPegawai,
    jumlahAtestasi: tampilTotal ? jumlahAtestasi : 0,
    persen: tampilTotal ? persen(jumlahAtestasi, jumlahPegawai) : null,
    unit: unit.map((u) => ({
      unitId: u.unitId,
      nama: u.nama,
      jumlahPegawai: u.n,
      jumlahAtestasi: u.sembunyi ? null : u.a,
      persen: u.sembunyi ? null : persen(u.a, u.n),
      disembunyikan: u.sembunyi,
    })),
  };
}

/** Checks a decree file's type against its first bytes. */
export function periksaBerkas(jenis: string, isi: Buffer): boolean {
  if (isi.length === 0 || isi.length > 2 * 1024 * 1024) return false;
  if (jenis === "application/pdf") return isi.subarray(0, 5).toString("latin1") === "%PDF-";
  if (jenis === "image/png") return isi.subarray(0, 4).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  if (jenis === "image/jpeg") return isi[0] === 0xff && isi[1] === 0xd8;
  return false;
}
