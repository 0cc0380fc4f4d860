/** Reads of the gratification register, rows mapped to the API's shape (docs/gratifikasi.md). */
import {
  HARI_KERJA_LAPOR_GRATIFIKASI,
  PERINGATAN_HARI_KERJA,
  tambahHariKerja,
  tenggatGratifikasi,
} from "@nurani/domain";
import type { Kysely, Selectable, Transaction } from "kysely";
import type { Database } from "../../db/schema.ts";
import type { GratifikasiTable } from "../../db/schema-integritas.ts";
import type { BENTUK, HUBUNGAN } from "./skema.ts";

type Db = Kysely<Database> | Transaction<Database>;

/** The national holiday calendar (`hari_libur`) as a set of `YYYY-MM-DD`. */
export async function muatLibur(db: Db): Promise<Set<string>> {
  const r = await db.selectFrom("hari_libur").select("tanggal").execute();
  return new Set(r.map((x) => x.tanggal));
}

/** The agency's calendar date today (its time zone). */
export async function hariIniDi(db: Db, instansiId: string, sekarang = new Date()): Promise<string> {
  const z = await db
    .selectFrom("instansi")
    .select("zona_waktu")
    .where("id", "=", instansiId)
    .executeTakeFirst();
  return new Intl.DateTimeFormat("en-CA", {
    timeZone: z?.zona_waktu || "Asia/Jakarta",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(sekarang);
}

/**
 * The latest date of receipt whose KPK deadline falls within the warning
 * window seen from `hariIni` (`PERINGATAN_HARI_KERJA` working days or fewer
 * left, or past): the deadline grows with the date of receipt, so every gift
 * received on or before it is "hampir jatuh tempo".
 */
export function batasTerimaPeringatan(hariIni: string, libur: ReadonlySet<string>): string {
  const batasPeringatan = tambahHariKerja(hariIni, PERINGATAN_HARI_KERJA, libur);
  let d = new Date(`${hariIni}T00:00:00Z`);
  const teks = () => d.toISOString().slice(0, 10);
  while (tambahHariKerja(teks(), HARI_KERJA_LAPOR_GRATIFIKASI, libur) > batasPeringatan)
    d = new Date(d.getTime() - 86_400_000);
  return teks();
}

type Baris = Omit<
  Selectable<GratifikasiTable>,
  "instansi_id" | "pegawai_id" | "foto" | "foto_jenis" | "hubungan" | "bentuk"
> & { hubungan: string; bentuk: string; ada_foto: boolean };

export const KOLOM = [
  "g.id",
  "g.nomor",
  "g.jenis",
  "g.pemberi",
  "g.hubungan",
  "g.hubungan_keterangan",
  "g.bentuk",
  "g.uraian",
  "g.nilai_rupiah",
  "g.tanggal_terima",
  "g.tanggal_lapor",
  "g.tempat",
  "g.status",
  "g.tanggal_triase",
  "g.catatan_upg",
  "g.penetapan",
  "g.nomor_sk_kpk",
  "g.tanggal_penetapan",
] as const;

/** A row as the API gives it, with the KPK deadline counted in working days as of `hariIni`. */
export function keApi(r: Baris, hariIni: string, libur: ReadonlySet<string>) {
  const t = tenggatGratifikasi(r.tanggal_terima, hariIni, libur);
  const dilaporTepat = r.tanggal_lapor <= t.batas;
  return {
    id: r.id,
    nomor: r.nomor,
    jenis: r.jenis,
    pemberi: r.pemberi,
    hubungan: r.hubungan as (typeof HUBUNGAN)[number],
    hubunganKeterangan: r.hubungan_keterangan,
    bentuk: r.bentuk as (typeof BENTUK)[number],
    uraian: r.uraian,
    nilaiRupiah: Number(r.nilai_rupiah),
    tanggalTerima: r.tanggal_terima,
    tanggalLapor: r.tanggal_lapor,
    tempat: r.tempat,
    adaFoto: r.ada_foto,
    status: r.status,
    tanggalTriase: r.tanggal_triase,
    catatanUpg: r.catatan_upg,
    penetapan: r.penetapan,
    nomorSkKpk: r.nomor_sk_kpk,
    tanggalPenetapan: r.tanggal_penetapan,
    // counted while the report waits for the UPG; a refused gift has nothing to hand over
    tenggat: r.jenis === "diterima" && r.status === "dilaporkan" ? t : null,
    tepatWaktu: dilaporTepat,
  };
}
