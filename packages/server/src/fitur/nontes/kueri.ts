/** Reads of the non-test area, rows mapped to the API's shape. */
import { sql, type Transaction } from "kysely";
import type { Database } from "../../db/schema.ts";
import { isoWaktu, isoWaktuAtauNull } from "../../umum/tanggal.ts";
import type { HasilNontesTersimpan } from "./koreksi.ts";
import type { HasilPegawaiApi, PeriodeApi } from "./skema.ts";

type Trx = Transaction<Database>;

export async function bacaPeriode(db: Trx, instansiId: string, id: string): Promise<PeriodeApi | null> {
  const rows = await daftarPeriodeQ(db, instansiId).where("p.id", "=", id).execute();
  return rows[0] ? periodeApi(rows[0]) : null;
}

export function daftarPeriodeQ(db: Trx, instansiId: string) {
  return db
    .selectFrom("periode_nontes as p")
    .leftJoin("kalibrasi_nontes as k", (j) =>
      j.onRef("k.instansi_id", "=", "p.instansi_id").onRef("k.periode_id", "=", "p.id"),
    )
    .select([
      "p.id",
      "p.judul",
      "p.kampanye_id",
      "p.cakupan",
      "p.aturan_gabung",
      "p.tenggat",
      "p.status",
      "p.dibuat",
      "k.dihitung as dikoreksi",
      sql<number>`(select count(*) from sasaran_nontes s where s.instansi_id = p.instansi_id and s.periode_id = p.id)`.as(
        "sasaran",
      ),
      sql<number>`(select count(*) from tugas_penilai t where t.instansi_id = p.instansi_id and t.periode_id = p.id)`.as(
        "tugas",
      ),
      sql<number>`(select count(*) from tugas_penilai t where t.instansi_id = p.instansi_id and t.periode_id = p.id and t.dikirim is not null)`.as(
        "tugas_selesai",
      ),
    ])
    .where("p.instansi_id", "=", instansiId)
    .orderBy("p.dibuat", "desc")
    .orderBy("p.id");
}

type BarisPeriode = Awaited<ReturnType<ReturnType<typeof daftarPeriodeQ>["execute"]>>[number];

export function periodeApi(r: BarisPeriode): PeriodeApi {
  return {
    id: r.id,
    judul: r.judul,
    kampanyeId: r.kampanye_id,
    cakupan: (typeof r.cakupan === "string" ? JSON.parse(r.cakupan) : r.cakupan) as PeriodeApi["cakupan"],
    aturanGabung: r.aturan_gabung,
    tenggat: r.tenggat,
    status: r.status,
    dibuat: isoWaktu(r.dibuat),
    sasaran: Number(r.sasaran),
    tugas: Number(r.tugas),
    tugasSelesai: Number(r.tugas_selesai),
    dikoreksi: isoWaktuAtauNull(r.dikoreksi),
  };
}

export function penugasanQ(db: Trx, instansiId: string, periodeId: string) {
  return db
    .selectFrom("tugas_penilai as t")
    .innerJoin("pegawai as d", (j) =>
      j.onRef("d.instansi_id", "=", "t.instansi_id").onRef("d.id", "=", "t.pegawai_id"),
    )
    .innerJoin("pegawai as r", (j) =>
      j.onRef("r.instansi_id", "=", "t.instansi_id").onRef("r.id", "=", "t.penilai_id"),
    )
    .select([
      "t.id",
      "t.jenis",
      "t.dikirim",
      "d.id as dId",
      "d.nama as dNama",
      "r.id as rId",
      "r.nama as rNama",
    ])
    .where("t.instansi_id", "=", instansiId)
    .where("t.periode_id", "=", periodeId)
    .orderBy("d.nama")
    .orderBy("t.jenis")
    .orderBy("r.nama")
    .orderBy("t.id");
}

export const penugasanApi = (r: {
  id: string;
  jenis: "atasan" | "rekan" | "bawahan";
  dikirim: Date | null;
  dId: string;
  dNama: string;
  rId: string;
  rNama: string;
}) => ({
  id: r.id,
  jenis: r.jenis,
  dikirim: isoWaktuAtauNull(r.dikirim),
  pegawai: { id: r.dId, nama: r.dNama },
  penilai: { id: r.rId, nama: r.rNama },
});

export function tugasSayaQ(db: Trx, instansiId: string, penilaiId: string) {
  return db
    .selectFrom("tugas_penilai as t")
    .innerJoin("periode_nontes as p", (j) =>
      j.onRef("p.instansi_id", "=", "t.instansi_id").onRef("p.id", "=", "t.periode_id"),
    )
    .innerJoin("pegawai as d", (j) =>
      j.onRef("d.instansi_id", "=", "t.instansi_id").onRef("d.id", "=", "t.pegawai_id"),
    )
    .select([
      "t.id",
      "t.jenis",
      "t.dikirim",
      "p.id as pId",
      "p.judul",
      "p.tenggat",
      "d.id as dId",
      "d.nama as dNama",
    ])
    .where("t.instansi_id", "=", instansiId)
    .where("t.penilai_id", "=", penilaiId)
    .where("p.status", "=", "dibuka");
}

export const tugasSayaApi = (r: {
  id: string;
  jenis: "atasan" | "rekan" | "bawahan";
  dikirim: Date | null;
  pId: string;
  judul: string;
  tenggat: string;
  dId: string;
  dNama: string;
}) => ({
  id: r.id,
  jenis: r.jenis,
  dikirim: isoWaktuAtauNull(r.dikirim),
  periode: { id: r.pId, judul: r.judul, tenggat: r.tenggat },
  dinilai: { id: r.dId, nama: r.dNama },
});

export function hasilApi(r: {
  pegawai_id: string;
  hasil: unknown;
  perlu_tinjauan: boolean;
  tinjauan: "tidak_perlu" | "menunggu" | "selesai";
  catatan_tinjauan: string | null;
  dihitung: Date;
}): HasilPegawaiApi {
  const h = (typeof r.hasil === "string" ? JSON.parse(r.hasil) : r.hasil) as HasilNontesTersimpan & {
    levelTinjauan?: number;
  };
  return {
    pegawaiId: r.pegawai_id,
    levelAkhir: h.levelTinjauan ?? h.levelAkhir,
    faktor: h.faktor,
    kualitas: h.kualitas,
    teladan: h.teladan,
    perluTinjauan: r.perlu_tinjauan,
    tinjauan: r.tinjauan,
    catatanTinjauan: r.catatan_tinjauan,
    dihitung: isoWaktu(r.dihitung),
  };
}

export function hasilQ(db: Trx, instansiId: string, periodeId: string) {
  return db
    .selectFrom("hasil_nontes as h")
    .innerJoin("pegawai as p", (j) =>
      j.onRef("p.instansi_id", "=", "h.instansi_id").onRef("p.id", "=", "h.pegawai_id"),
    )
    .select([
      "h.pegawai_id",
      "h.hasil",
      "h.perlu_tinjauan",
      "h.tinjauan",
      "h.catatan_tinjauan",
      "h.dihitung",
      "p.nama",
    ])
    .where("h.instansi_id", "=", instansiId)
    .where("h.periode_id", "=", periodeId)
    .orderBy("p.nama")
    .orderBy("h.pegawai_id");
}
