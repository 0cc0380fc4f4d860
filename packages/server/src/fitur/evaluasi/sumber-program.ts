/**
 * The implementation and leadership sources of the worksheet (components B
 * and E) read from the latest programme cycle's own rows within the period's
 * year: Tabel 4's five main activities carried out and continued (counted
 * per sub-stage), the sub-stage checklists (BAB III.B.2 huruf a–d, domain
 * `capaianSubtahap`), the declaration signed by leaders (Tabel 3 no. 2) and
 * leaders mentoring employees (Tabel 2 I.3) — counts only, never the
 * content of a session. Keys and definitions: domain `SUMBER_DATA_LKE`.
 */
import { capaianSubtahap, KEGIATAN_UTAMA, type LevelKematangan } from "@nurani/domain";
import { sql } from "kysely";
import { buktiDaftarPeriksa } from "../program/index.ts";
import type { Db, NilaiDihitung } from "./kueri.ts";

export interface SiklusProgram {
  id: string;
  nama: string;
  pelaksanaanMulai: string | null;
}

const PERAN_PIMPINAN = ["pimpinan", "ppk"];
const persen = (a: number, b: number) => Math.round((1000 * Math.min(a, b)) / b) / 10;
const bulanKe = (tanggal: string) => 12 * Number(tanggal.slice(0, 4)) + Number(tanggal.slice(5, 7)) - 1;

/**
 * The sources of the period of `tahun` as of `kini` (the agency's date). `pelaksanaan.*`
 * and `pelaksanaan.daftar_periksa` need a cycle; the leadership figures need
 * at least one active leader (a user with role pimpinan or ppk).
 */
export async function hitungSumberProgram(
  db: Db,
  instansiId: string,
  siklus: SiklusProgram | undefined,
  tahun: number,
  kini: string,
): Promise<Record<string, NilaiDihitung>> {
  const out: Record<string, NilaiDihitung> = {};
  const { mulai, akhir } = jendela(tahun, kini);
  const label = `${mulai} s.d. ${akhir}`;
  if (siklus) {
    Object.assign(out, await pelaksanaan(db, instansiId, siklus, mulai, akhir, label));
    const d = await daftarPeriksa(db, instansiId, siklus, mulai, akhir, label);
    if (d) out["pelaksanaan.daftar_periksa"] = d;
  }
  Object.assign(out, await kepemimpinan(db, instansiId, siklus, mulai, akhir, label));
  return out;
}

/**
 * The twelve calendar months the period's counts cover, ending at the
 * earlier of the period year's end and today: the period's year once it is
 * over, the last twelve months while it runs (or has not begun).
 */
export function jendela(tahun: number, kini: string): { mulai: string; akhir: string } {
  const akhir = [`${tahun}-12-31`, kini].sort()[0];
  const b = bulanKe(akhir) - 11;
  return { mulai: `${Math.floor(b / 12)}-${String((b % 12) + 1).padStart(2, "0")}-01`, akhir };
}

async function pelaksanaan(
  db: Db,
  instansiId: string,
  siklus: SiklusProgram,
  mulai: string,
  akhir: string,
  label: string,
): Promise<Record<string, NilaiDihitung>> {
  const rows = await db
    .selectFrom("pelaksanaan_kegiatan as p")
    .innerJoin("kegiatan_program as k", (j) =>
      j.onRef("k.instansi_id", "=", "p.instansi_id").onRef("k.id", "=", "p.kegiatan_id"),
    )
    .select([
      "k.kegiatan_utama",
      "k.subtahap",
      sql<string>`to_char(p.tanggal, 'YYYY-MM')`.as("bulan"),
      sql<number>`count(*)::int`.as("n"),
    ])
    .where("p.instansi_id", "=", instansiId)
    .where("p.siklus_id", "=", siklus.id)
    .where("p.tanggal", ">=", mulai)
    .where("p.tanggal", "<=", akhir)
    .groupBy(["k.kegiatan_utama", "k.subtahap", "bulan"])
    .execute();
  const bukti = [{ jenis: "siklus_program", id: siklus.id, nama: siklus.nama }];
  // months from the later of the year's start and the implementation's start to the earlier of its end and today
  const dari = siklus.pelaksanaanMulai && siklus.pelaksanaanMulai > mulai ? siklus.pelaksanaanMulai : mulai;
  const jumlahBulan = siklus.pelaksanaanMulai && dari <= akhir ? bulanKe(akhir) - bulanKe(dari) + 1 : 0;
  const out: Record<string, NilaiDihitung> = {};
  for (const k of KEGIATAN_UTAMA) {
    const milik = rows.filter((r) => r.kegiatan_utama === k.kode);
    const total = milik.reduce((a, r) => a + r.n, 0);
    const perSubtahap = new Map<string, number>();
    for (const r of milik) {
      const s = r.subtahap === null ? "lintas subtahap" : `subtahap ${r.subtahap}`;
      perSubtahap.set(s, (perSubtahap.get(s) ?? 0) + r.n);
    }
    const rincian = [...perSubtahap].sort().map(([s, n]) => `${s}: ${n}`);
    out[`pelaksanaan.${k.kode}.terlaksana`] = {
      nilai: total > 0,
      keterangan: `${k.nama.id} (${k.sumber}): ${total} pelaksanaan pada ${label} di siklus "${siklus.nama}"${rincian.length ? ` (${rincian.join(", ")})` : ""}`,
      bukti,
    };
    if (jumlahBulan === 0) continue;
    const bulan = new Set(milik.map((r) => r.bulan)).size;
    out[`pelaksanaan.${k.kode}.kesinambungan`] = {
      nilai: persen(bulan, jumlahBulan),
      keterangan: `${k.nama.id}: ${bulan} dari ${jumlahBulan} bulan sejak ${dari} memiliki pelaksanaan`,
      bukti,
    };
  }
  return out;
}

/** The mean share of criteria met over the sub-stages with programme activities planned in the year. */
async function daftarPeriksa(
  db: Db,
  instansiId: string,
  siklus: SiklusProgram,
  mulai: string,
  akhir: string,
  label: string,
): Promise<NilaiDihitung | null> {
  const sub = await db
    .selectFrom("kegiatan_program")
    .select("subtahap")
    .distinct()
    .where("instansi_id", "=", instansiId)
    .where("siklus_id", "=", siklus.id)
    .where("subtahap", "is not", null)
    .where("rencana_mulai", "<=", akhir)
    .where("rencana_selesai", ">=", mulai)
    .orderBy("subtahap")
    .execute();
  if (sub.length === 0) return null;
  const { bp, sudah } = await buktiDaftarPeriksa(db, instansiId, siklus.id);
  const capaian = sub.map((s) => capaianSubtahap(s.subtahap as LevelKematangan, bp, sudah));
  const rerata = capaian.reduce((a, c) => a + c.proporsiKriteria, 0) / capaian.length;
  return {
    nilai: Math.round(1000 * rerata) / 10,
    keterangan: `Daftar periksa siklus "${siklus.nama}" (subtahap dengan kegiatan pada ${label}): ${capaian
      .map((c) => `subtahap ${c.subtahap} ${c.kriteriaTerpenuhi}/${c.jumlahKriteria} kriteria`)
      .join(", ")}`,
    bukti: [{ jenis: "siklus_program", id: siklus.id, nama: siklus.nama }],
  };
}

/** Leaders' signatures on the cycle's declaration and leaders mentoring in the year: counts only. */
async function kepemimpinan(
  db: Db,
  instansiId: string,
  siklus: SiklusProgram | undefined,
  mulai: string,
  akhir: string,
  label: string,
): Promise<Record<string, NilaiDihitung>> {
  const pimpinan = await db
    .selectFrom("pengguna as u")
    .innerJoin("peran_pengguna as r", "r.pengguna_id", "u.id")
    .select(["u.id", "u.pegawai_id"])
    .distinct()
    .where("r.instansi_id", "=", instansiId)
    .where("r.peran", "in", PERAN_PIMPINAN)
    .where("u.aktif", "=", true)
    .execute();
  if (pimpinan.length === 0) return {};
  const out: Record<string, NilaiDihitung> = {};
  if (siklus) {
    const r = await db
      .selectFrom("tanda_tangan_deklarasi")
      .select(sql<number>`count(*)::int`.as("n"))
      .where("instansi_id", "=", instansiId)
      .where("siklus_id", "=", siklus.id)
      .where("sebagai", "=", "pimpinan")
      .executeTakeFirstOrThrow();
    out["kepemimpinan.deklarasi_pimpinan"] = {
      nilai: persen(r.n, pimpinan.length),
      keterangan: `Deklarasi komitmen siklus "${siklus.nama}": ${r.n} penandatangan sebagai pimpinan; ${pimpinan.length} pimpinan/PPK aktif`,
      bukti: [{ jenis: "siklus_program", id: siklus.id, nama: siklus.nama }],
    };
  }
  const pegawai = pimpinan.flatMap((p) => (p.pegawai_id ? [p.pegawai_id] : []));
  const mendampingi =
    pegawai.length === 0
      ? 0
      : (
          await db
            .selectFrom("sesi_pendampingan")
            .select(sql<number>`count(distinct pendamping_id)::int`.as("n"))
            .where("instansi_id", "=", instansiId)
            .where("pendamping_id", "in", pegawai)
            .where("tanggal", ">=", mulai)
            .where("tanggal", "<=", akhir)
            .executeTakeFirstOrThrow()
        ).n;
  out["kepemimpinan.pendampingan_pimpinan"] = {
    nilai: persen(mendampingi, pimpinan.length),
    keterangan: `${mendampingi} dari ${pimpinan.length} pimpinan/PPK aktif mendampingi pegawai pada ${label} (jumlah saja, isi sesi tidak dibaca)`,
    bukti: [],
  };
  return out;
}
