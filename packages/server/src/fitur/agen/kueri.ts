/** Reads of the change-agent lifecycle (fitur/agen), rows mapped to the API's shape. */
import { sql } from "kysely";
import type { Db } from "../../db/factory.ts";
import type { StatusNominasi } from "../../db/schema-agen.ts";
import { isoWaktu } from "../../umum/tanggal.ts";

export async function bacaSiklus(db: Db, instansiId: string, siklusId: string) {
  return db
    .selectFrom("siklus_program")
    .select(["id", "nama", "ditutup"])
    .where("instansi_id", "=", instansiId)
    .where("id", "=", siklusId)
    .executeTakeFirst();
}

export async function pegawaiSaya(db: Db, instansiId: string, penggunaId: string | undefined) {
  if (!penggunaId) return null;
  const r = await db
    .selectFrom("pengguna")
    .select("pegawai_id")
    .where("id", "=", penggunaId)
    .where("pegawai_instansi_id", "=", instansiId)
    .executeTakeFirst();
  return r?.pegawai_id ?? null;
}

export async function bacaAturan(db: Db, instansiId: string, siklusId: string) {
  const r = await db
    .selectFrom("aturan_agen")
    .selectAll()
    .where("instansi_id", "=", instansiId)
    .where("siklus_id", "=", siklusId)
    .executeTakeFirst();
  return r
    ? {
        kriteria: r.kriteria,
        minPegawai: r.min_pegawai,
        minAgen: r.min_agen,
        diterbitkan: isoWaktu(r.diterbitkan),
      }
    : null;
}

export async function bacaInstrumen(db: Db, instansiId: string, siklusId: string) {
  const r = await db
    .selectFrom("instrumen_agen")
    .selectAll()
    .where("instansi_id", "=", instansiId)
    .where("siklus_id", "=", siklusId)
    .executeTakeFirst();
  if (!r) return null;
  const n = await db
    .selectFrom("penilaian_agen")
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .where("instansi_id", "=", instansiId)
    .where("siklus_id", "=", siklusId)
    .executeTakeFirstOrThrow();
  return { kriteria: r.kriteria, diubah: isoWaktu(r.diubah), terkunci: Number(n.n) > 0 };
}

export function kueriNominasi(db: Db, instansiId: string, siklusId: string) {
  return db
    .selectFrom("nominasi_agen as n")
    .innerJoin("pegawai as p", (j) =>
      j.onRef("p.instansi_id", "=", "n.instansi_id").onRef("p.id", "=", "n.pegawai_id"),
    )
    .leftJoin("unit_kerja as u", (j) =>
      j.onRef("u.instansi_id", "=", "n.instansi_id").onRef("u.id", "=", "n.unit_id"),
    )
    .leftJoin("pegawai as q", (j) =>
      j.onRef("q.instansi_id", "=", "n.instansi_id").onRef("q.id", "=", "n.pengusul_pegawai_id"),
    )
    .leftJoin("peran_sk as k", (j) =>
      j
        .onRef("k.instansi_id", "=", "n.instansi_id")
        .onRef("k.siklus_id", "=", "n.siklus_id")
        .onRef("k.pegawai_id", "=", "n.pegawai_id")
        .on("k.langkah", "=", "agen_perubahan"),
    )
    .select([
      "n.id",
      "n.pegawai_id",
      "p.nama",
      "p.nip",
      "u.nama as unit_nama",
      "n.mandiri",
      "q.nama as pengusul_nama",
      "n.alasan",
      "n.status",
      "n.catatan_seleksi",
      "k.nomor_sk",
      "n.dibuat",
    ])
    .where("n.instansi_id", "=", instansiId)
    .where("n.siklus_id", "=", siklusId);
}

type BarisNominasi = Awaited<ReturnType<ReturnType<typeof kueriNominasi>["execute"]>>[number];

export const nominasiApi = (r: BarisNominasi) => ({
  id: r.id,
  pegawai: { id: r.pegawai_id, nama: r.nama, nip: r.nip },
  unit: r.unit_nama,
  mandiri: r.mandiri,
  pengusul: r.pengusul_nama,
  alasan: r.alasan,
  // the decree in force is the truth: a revoked or replaced decree leaves the nominee selected
  status: (r.nomor_sk !== null
    ? "ditetapkan"
    : r.status === "ditetapkan"
      ? "terpilih"
      : r.status) as StatusNominasi,
  catatanSeleksi: r.catatan_seleksi,
  nomorSk: r.nomor_sk,
  dibuat: isoWaktu(r.dibuat),
});

/** The employees a decree of this cycle appoints as change agents, while it is in force (fitur/peran-sk). */
export async function agenBerlaku(db: Db, instansiId: string, siklusId: string, pegawaiId?: string) {
  const rows = await db
    .selectFrom("peran_sk")
    .select("pegawai_id")
    .where("instansi_id", "=", instansiId)
    .where("siklus_id", "=", siklusId)
    .where("langkah", "=", "agen_perubahan")
    .$if(pegawaiId !== undefined, (q) => q.where("pegawai_id", "=", pegawaiId as string))
    .execute();
  return rows.map((r) => r.pegawai_id);
}

/** Nominations by (effective) status, and the agents a decree in force appoints. */
export async function jumlahNominasi(db: Db, instansiId: string, siklusId: string) {
  const rows = (await kueriNominasi(db, instansiId, siklusId).execute()).map(nominasiApi);
  const n = (s: StatusNominasi) => rows.filter((r) => r.status === s).length;
  return {
    nominasi: rows.length,
    diajukan: n("diajukan"),
    terpilih: n("terpilih"),
    tidakTerpilih: n("tidak_terpilih"),
    ditetapkan: (await agenBerlaku(db, instansiId, siklusId)).length,
  };
}

export function kueriPenilaian(db: Db, instansiId: string, siklusId: string) {
  return db
    .selectFrom("penilaian_agen as a")
    .innerJoin("pegawai as p", (j) =>
      j.onRef("p.instansi_id", "=", "a.instansi_id").onRef("p.id", "=", "a.pegawai_id"),
    )
    .leftJoin("pengguna as g", "g.id", "a.penilai")
    .select([
      "a.id",
      "a.pegawai_id",
      "p.nama",
      "a.periode",
      "a.skor",
      "a.nilai",
      "a.catatan",
      "g.nama as penilai_nama",
      "a.dinilai",
    ])
    .where("a.instansi_id", "=", instansiId)
    .where("a.siklus_id", "=", siklusId);
}

type BarisPenilaian = Awaited<ReturnType<ReturnType<typeof kueriPenilaian>["execute"]>>[number];

export const penilaianApi = (r: BarisPenilaian) => ({
  id: r.id,
  pegawai: { id: r.pegawai_id, nama: r.nama },
  periode: r.periode,
  skor: r.skor,
  nilai: Number(r.nilai),
  catatan: r.catatan,
  penilai: r.penilai_nama,
  dinilai: isoWaktu(r.dinilai),
});

/** Employees (active) and appointed agents per unit, for the coverage rule. */
export async function hitungPerUnit(db: Db, instansiId: string, siklusId: string) {
  const unit = await db
    .selectFrom("unit_kerja as u")
    .leftJoin("pegawai as p", (j) =>
      j.onRef("p.instansi_id", "=", "u.instansi_id").onRef("p.unit_id", "=", "u.id").on("p.aktif", "=", true),
    )
    .select(["u.id", "u.nama", (eb) => eb.fn.count<string>("p.id").as("n")])
    .where("u.instansi_id", "=", instansiId)
    .where("u.aktif", "=", true)
    .groupBy(["u.id", "u.nama"])
    .orderBy("u.nama")
    .execute();
  const agen = await db
    .selectFrom("peran_sk as k")
    .innerJoin("pegawai as p", (j) =>
      j.onRef("p.instansi_id", "=", "k.instansi_id").onRef("p.id", "=", "k.pegawai_id"),
    )
    .select(["p.unit_id", (eb) => eb.fn.countAll<string>().as("n")])
    .where("k.instansi_id", "=", instansiId)
    .where("k.siklus_id", "=", siklusId)
    .where("k.langkah", "=", "agen_perubahan")
    .where("p.aktif", "=", true)
    .groupBy("p.unit_id")
    .execute();
  return unit.map((u) => ({
    unitId: u.id,
    nama: u.nama,
    pegawai: Number(u.n),
    agen: Number(agen.find((a) => a.unit_id === u.id)?.n ?? 0),
  }));
}

export function kueriRenaksiSiklus(db: Db, instansiId: string, siklusId: string) {
  return db
    .selectFrom("renaksi_siklus as s")
    .innerJoin("renaksi as r", (j) =>
      j.onRef("r.instansi_id", "=", "s.instansi_id").onRef("r.id", "=", "s.renaksi_id"),
    )
    .innerJoin("pegawai as p", (j) =>
      j.onRef("p.instansi_id", "=", "r.instansi_id").onRef("p.id", "=", "r.agen_id"),
    )
    .select((eb) => [
      "s.renaksi_id",
      "r.judul",
      "r.agen_id",
      "p.nama",
      "s.target_kode",
      eb
        .selectFrom("butir_renaksi as b")
        .select(eb.fn.countAll<string>().as("n"))
        .whereRef("b.instansi_id", "=", "r.instansi_id")
        .whereRef("b.renaksi_id", "=", "r.id")
        .as("butir"),
      eb
        .selectFrom("butir_renaksi as b")
        .select(eb.fn.countAll<string>().as("n"))
        .whereRef("b.instansi_id", "=", "r.instansi_id")
        .whereRef("b.renaksi_id", "=", "r.id")
        .where("b.status", "=", "selesai")
        .as("selesai"),
      eb
        .selectFrom("butir_renaksi as b")
        .select(sql<string | null>`avg(b.nilai)`.as("n"))
        .whereRef("b.instansi_id", "=", "r.instansi_id")
        .whereRef("b.renaksi_id", "=", "r.id")
        .as("rerata"),
    ])
    .where("s.instansi_id", "=", instansiId)
    .where("s.siklus_id", "=", siklusId);
}

type BarisRenaksi = Awaited<ReturnType<ReturnType<typeof kueriRenaksiSiklus>["execute"]>>[number];

export const renaksiApi = (r: BarisRenaksi) => ({
  renaksiId: r.renaksi_id,
  judul: r.judul,
  agen: { id: r.agen_id, nama: r.nama },
  targetKode: r.target_kode,
  butir: Number(r.butir ?? 0),
  selesai: Number(r.selesai ?? 0),
  rerataNilai: r.rerata === null || r.rerata === undefined ? null : Math.round(Number(r.rerata) * 100) / 100,
});

export function kueriInovasi(db: Db, instansiId: string, siklusId?: string) {
  return db
    .selectFrom("inovasi as i")
    .innerJoin("pegawai as p", (j) =>
      j.onRef("p.instansi_id", "=", "i.instansi_id").onRef("p.id", "=", "i.pegawai_id"),
    )
    .select([
      "i.id",
      "i.siklus_id",
      "i.pegawai_id",
      "p.nama",
      "i.sebagai",
      "i.judul",
      "i.uraian",
      "i.dampak",
      "i.tanggal",
    ])
    .where("i.instansi_id", "=", instansiId)
    .$if(siklusId !== undefined, (q) => q.where("i.siklus_id", "=", siklusId as string));
}

type BarisInovasi = Awaited<ReturnType<ReturnType<typeof kueriInovasi>["execute"]>>[number];

export const inovasiApi = (r: BarisInovasi) => ({
  id: r.id,
  siklusId: r.siklus_id,
  pegawai: { id: r.pegawai_id, nama: r.nama },
  sebagai: r.sebagai,
  judul: r.judul,
  uraian: r.uraian,
  dampak: r.dampak,
  tanggal: r.tanggal,
});
