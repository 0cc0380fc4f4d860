/**
 * Conflict-of-interest declarations (docs/kode-etik.md "Conflict of
 * interest"): the superior from the unit tree (as the non-test area proposes
 * the superior rater, `pohonPenilai`), the deadline in working days
 * (`sinergi/hari-kerja.ts`), and the one query every read goes through.
 */
import { pohonPenilai, tambahHariKerja } from "@nurani/domain";
import { sql, type Transaction } from "kysely";
import type { z } from "zod";
import type { Database } from "../../db/schema.ts";
import { muatLibur } from "../gratifikasi/index.ts";
import type { SkemaDeklarasi } from "./skema.ts";

type Db = Transaction<Database>;

export const TENGGAT_BAKU = 5;

/**
 * National holidays and collective leave for the working-day count: the one
 * calendar the gratification area keeps (`hari_libur`, national, set by the
 * national admin), so a decision deadline and a KPK deadline skip the same days.
 */
export async function liburInstansi(db: Db, _instansiId: string): Promise<ReadonlySet<string>> {
  return muatLibur(db);
}

export async function tenggatHariKerja(db: Db, instansiId: string): Promise<number> {
  const r = await db
    .selectFrom("pengaturan_bk")
    .select("tenggat_hari_kerja")
    .where("instansi_id", "=", instansiId)
    .executeTakeFirst();
  return r?.tenggat_hari_kerja ?? TENGGAT_BAKU;
}

export async function hitungTenggat(db: Db, instansiId: string, tanggal: string): Promise<string> {
  return tambahHariKerja(
    tanggal,
    await tenggatHariKerja(db, instansiId),
    await liburInstansi(db, instansiId),
  );
}

/** The direct superior of `pegawaiId` from the unit tree (null when the tree names none). */
export async function atasanDari(db: Db, instansiId: string, pegawaiId: string): Promise<string | null> {
  const unit = await db
    .selectFrom("unit_kerja")
    .select(["id", "induk_id"])
    .where("instansi_id", "=", instansiId)
    .where("aktif", "=", true)
    .execute();
  const pegawai = await db
    .selectFrom("pegawai")
    .select(["id", "unit_id", "jenis_jabatan"])
    .where("instansi_id", "=", instansiId)
    .where("aktif", "=", true)
    .where("unit_id", "is not", null)
    .execute();
  const pohon = pohonPenilai(
    unit.map((u) => ({ id: u.id, indukId: u.induk_id })),
    pegawai.map((p) => ({ id: p.id, unitId: p.unit_id, struktural: p.jenis_jabatan === "struktural" })),
  );
  return pohon.usulkan(pegawaiId).find((u) => u.jenis === "atasan")?.penilaiId ?? null;
}

/** Declarations with their people, unit and request, for any filter the caller adds. */
export function kueriDeklarasi(db: Db, instansiId: string) {
  return db
    .selectFrom("bk_deklarasi as d")
    .innerJoin("pegawai as p", (j) =>
      j.onRef("p.instansi_id", "=", "d.instansi_id").onRef("p.id", "=", "d.pegawai_id"),
    )
    .leftJoin("unit_kerja as u", (j) =>
      j.onRef("u.instansi_id", "=", "d.instansi_id").onRef("u.id", "=", "d.unit_id"),
    )
    .leftJoin("pegawai as a", (j) =>
      j.onRef("a.instansi_id", "=", "d.instansi_id").onRef("a.id", "=", "d.atasan_pegawai_id"),
    )
    .leftJoin("bk_permintaan as r", (j) =>
      j.onRef("r.instansi_id", "=", "d.instansi_id").onRef("r.id", "=", "d.permintaan_id"),
    )
    .select([
      "d.id",
      "d.pegawai_id",
      "p.nip",
      "p.nama",
      "u.nama as unit",
      "d.permintaan_id",
      "r.judul as permintaan_judul",
      "d.jenis",
      "d.uraian",
      "d.pihak_terkait",
      "d.tanggal",
      "d.tenggat",
      "d.atasan_pegawai_id",
      "a.nama as atasan_nama",
      "d.status",
      "d.keputusan",
      "d.catatan_keputusan",
      "d.tanggal_keputusan",
    ])
    .where("d.instansi_id", "=", instansiId);
}

type Baris = Awaited<ReturnType<ReturnType<typeof kueriDeklarasi>["executeTakeFirstOrThrow"]>>;

export function keluaran(d: Baris, hariIni: string): z.output<typeof SkemaDeklarasi> {
  const terlambat =
    !!d.tenggat &&
    ((d.status === "diputuskan" && !!d.tanggal_keputusan && d.tanggal_keputusan > d.tenggat) ||
      (d.status === "menunggu" && hariIni > d.tenggat));
  return {
    id: d.id,
    pegawai: { id: d.pegawai_id, nip: d.nip, nama: d.nama },
    unit: d.unit,
    permintaan: d.permintaan_id ? { id: d.permintaan_id, judul: d.permintaan_judul ?? "" } : null,
    jenis: d.jenis,
    uraian: d.uraian,
    pihakTerkait: d.pihak_terkait,
    tanggal: d.tanggal,
    tenggat: d.tenggat,
    atasan: d.atasan_pegawai_id ? { id: d.atasan_pegawai_id, nama: d.atasan_nama ?? "" } : null,
    status: d.status,
    keputusan: d.keputusan,
    catatanKeputusan: d.catatan_keputusan,
    tanggalKeputusan: d.tanggal_keputusan,
    terlambat,
  };
}

/**
 * Agency figures for the synergy panel: declarations (not "nihil") of `tahun`, % decided by the
 * deadline — not shown over fewer than `k` declarations due (docs/sinergi.md: a share of one or two
 * declarations describes the people who made them); the counts stay.
 */
export async function ringkasanBk(db: Db, instansiId: string, tahun: number, hariIni: string, k = 0) {
  const r = await db
    .selectFrom("bk_deklarasi")
    .select([
      sql<number>`count(*)::int`.as("jumlah"),
      sql<number>`count(*) filter (where status = 'diputuskan')::int`.as("diputuskan"),
      sql<number>`count(*) filter (where status = 'menunggu')::int`.as("menunggu"),
      sql<number>`count(*) filter (where status = 'diputuskan' and tanggal_keputusan <= tenggat)::int`.as(
        "tepat",
      ),
      sql<number>`count(*) filter (where status = 'diputuskan' or tenggat < ${hariIni}::date)::int`.as(
        "jatuh",
      ),
    ])
    .where("instansi_id", "=", instansiId)
    .where("status", "!=", "nihil")
    .where(sql<boolean>`extract(year from tanggal) = ${tahun}`)
    .executeTakeFirstOrThrow();
  const jatuh = Number(r.jatuh);
  return {
    jumlah: Number(r.jumlah),
    diputuskan: Number(r.diputuskan),
    menunggu: Number(r.menunggu),
    tepatWaktu: Number(r.tepat),
    jatuhTempo: jatuh,
    persenTepatWaktu: jatuh > 0 && jatuh >= k ? Math.round((Number(r.tepat) * 1000) / jatuh) / 10 : null,
  };
}
