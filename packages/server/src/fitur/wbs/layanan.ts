/**
 * Whistleblowing operations (docs/wbs.md; PermenPANRB 60/2020 Tabel 2 II):
 * filing a report, the reporter's return with ticket and receipt code, the
 * handlers' reads and writes. Every text goes through the report's data key
 * (sandi.ts); nothing here logs or audits a text.
 */
import { createHmac, randomBytes } from "node:crypto";
import { sql, type Transaction } from "kysely";
import { cocokPassword, hashPassword } from "../../auth/password.ts";
import type { Database } from "../../db/schema.ts";
import type { HasilWbs, StatusWbs } from "../../db/schema-sinergi.ts";
import { tidakDitemukan } from "../../http/errors.ts";
import { galatWbs } from "./pesan.ts";
import { bukaKunciData, bukaTeks, type CincinKunci, kunciDataBaru, segel, segelTeks } from "./sandi.ts";
import { BATAS_WBS } from "./skema.ts";

type Trx = Transaction<Database>;

/** Reporter requests (filing, reading, answering, failed receipts) per client address per hour. */
export const BATAS_WBS_PER_JAM = 30;

const HURUF = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
const acak = (n: number) => Array.from(randomBytes(n), (b) => HURUF[b % HURUF.length]).join("");

/** Ticket `WBS-XXXXXXXXXX`; receipt code of 20 characters (≈ 100 bits) in groups of four. */
export const nomorTiketBaru = () => `WBS-${acak(10)}`;
export const kodeRahasiaBaru = () => acak(20).match(/.{4}/g)?.join("-") as string;
const normalKode = (k: string) => k.replace(/[\s-]/g, "").toUpperCase();

/** The server secret of the public channels (challenge signatures, address counters), shared with the survey's table. */
export async function rahasiaPublik(db: Trx): Promise<string> {
  await db
    .insertInto("kunci_komunitas")
    .values({ nama: "wbs", nilai: randomBytes(32).toString("base64url") })
    .onConflict((oc) => oc.column("nama").doNothing())
    .execute();
  const r = await db
    .selectFrom("kunci_komunitas")
    .select("nilai")
    .where("nama", "=", "wbs")
    .executeTakeFirstOrThrow();
  return r.nilai;
}

/** Counts one request of the address (under an HMAC, never in clear); 429 beyond the hourly limit, counted and committed. */
export async function batasiAlamat(db: Trx, rahasia: string, alamat: string): Promise<void> {
  const jam = Math.floor(Date.now() / 3_600_000);
  const kunci = createHmac("sha256", rahasia).update(`wbs|${alamat}|${jam}`).digest("base64url");
  await db.deleteFrom("survei_batas").where("kedaluwarsa", "<", new Date()).execute();
  const r = await db
    .insertInto("survei_batas")
    .values({ kunci, jumlah: 1, kedaluwarsa: new Date((jam + 1) * 3_600_000) })
    .onConflict((oc) => oc.column("kunci").doUpdateSet({ jumlah: sql<number>`survei_batas.jumlah + 1` }))
    .returning("jumlah")
    .executeTakeFirstOrThrow();
  if (r.jumlah > BATAS_WBS_PER_JAM) throw galatWbs(429, "TERLALU_BANYAK", { tetapSimpan: true });
}

export async function instansiPublik(db: Trx, kode: string) {
  const i = await db
    .selectFrom("instansi")
    .select(["id", "kode", "nama"])
    .where("kode", "=", kode)
    .where("nasional", "=", false)
    .executeTakeFirst();
  if (!i) throw tidakDitemukan();
  return i;
}

/** The agency's WBS handlers (users holding `pengelola_wbs`), by name. */
export async function daftarPengelola(db: Trx, instansiId: string) {
  return db
    .selectFrom("peran_pengguna as p")
    .innerJoin("pengguna as u", "u.id", "p.pengguna_id")
    .select(["u.id", "u.nama"])
    .where("p.instansi_id", "=", instansiId)
    .where("p.peran", "=", "pengelola_wbs")
    .where("u.aktif", "=", true)
    .orderBy("u.nama")
    .execute();
}

const TANDA: Record<string, (b: Buffer) => boolean> = {
  "application/pdf": (b) => b.subarray(0, 5).toString("latin1") === "%PDF-",
  "image/png": (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  "image/jpeg": (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  "text/plain": (b) => !b.includes(0),
};

export interface Laporan {
  judul: string;
  isi: string;
  kecualikan?: string[];
  lampiran?: { nama: string; jenis: keyof typeof TANDA; isi: string }[];
}

/** Files a report: encrypted, dated by day, receipt hashed. Returns the ticket and the receipt (shown once). */
export async function lapor(db: Trx, cincin: CincinKunci, instansiId: string, l: Laporan) {
  const berkas = (l.lampiran ?? []).map((x) => {
    const isi = Buffer.from(x.isi, "base64");
    if (isi.length === 0 || isi.length > BATAS_WBS.ukuranLampiran || !TANDA[x.jenis]?.(isi))
      throw galatWbs(400, "LAMPIRAN_DITOLAK", { param: { maks: "2 MB" } });
    return { ...x, isi };
  });
  const kecualikan = [...new Set(l.kecualikan ?? [])];
  if (kecualikan.length > 0) {
    const pengelola = (await daftarPengelola(db, instansiId)).map((p) => p.id);
    if (kecualikan.some((id) => !pengelola.includes(id))) throw galatWbs(400, "PENGELOLA_TIDAK_DIKENAL");
    if (pengelola.every((id) => kecualikan.includes(id))) throw galatWbs(400, "SEMUA_PENGELOLA_DIKECUALIKAN");
  }
  const nomorTiket = nomorTiketBaru();
  const kodeRahasia = kodeRahasiaBaru();
  const kd = kunciDataBaru(cincin);
  const id = crypto.randomUUID();
  await db
    .insertInto("wbs_laporan")
    .values({
      instansi_id: instansiId,
      id,
      nomor_tiket: nomorTiket,
      hash_kode: await hashPassword(normalKode(kodeRahasia)),
      kunci_id: kd.kunciId,
      kunci_data: kd.tersegel,
      judul_sandi: segelTeks(kd.kunci, l.judul, `judul:${id}`),
      isi_sandi: segelTeks(kd.kunci, l.isi, `isi:${id}`),
      tanggal: sql<string>`current_date`,
    })
    .execute();
  for (const b of berkas) {
    const lid = crypto.randomUUID();
    await db
      .insertInto("wbs_lampiran")
      .values({
        instansi_id: instansiId,
        id: lid,
        laporan_id: id,
        nama_sandi: segelTeks(kd.kunci, b.nama, `lampiran-nama:${lid}`),
        jenis: b.jenis as "text/plain",
        ukuran: b.isi.length,
        isi_sandi: segel(kd.kunci, b.isi, `lampiran:${lid}`),
      })
      .execute();
  }
  if (kecualikan.length > 0)
    await db
      .insertInto("wbs_pengecualian")
      .values(kecualikan.map((p) => ({ instansi_id: instansiId, laporan_id: id, pengguna_id: p })))
      .execute();
  return { id, nomorTiket, kodeRahasia };
}

const kolomLaporan = [
  "l.instansi_id",
  "l.id",
  "l.nomor_tiket",
  "l.kunci_id",
  "l.kunci_data",
  "l.judul_sandi",
  "l.isi_sandi",
  "l.status",
  "l.hasil",
  "l.tanggal",
  "l.tanggal_ditutup",
] as const;

/**
 * The report of a ticket whose receipt code matches, else 404 — the same
 * answer (and about the same time: an argon2 check either way) for an unknown
 * ticket, a wrong code and a missing one. Failed attempts count against the address.
 */
export async function laporanPelapor(
  db: Trx,
  instansiId: string,
  nomorTiket: string,
  kode: string | undefined,
  gagal: () => Promise<void>,
) {
  const l = await db
    .selectFrom("wbs_laporan as l")
    .select([...kolomLaporan, "l.hash_kode"])
    .where("l.instansi_id", "=", instansiId)
    .where("l.nomor_tiket", "=", nomorTiket)
    .executeTakeFirst();
  const cocok = await cocokPassword(l?.hash_kode ?? null, normalKode(kode ?? ""));
  if (!l || !cocok || !kode) {
    await gagal();
    throw galatWbs(404, "TIKET_TIDAK_DITEMUKAN", { tetapSimpan: true });
  }
  return l;
}

type BarisLaporan = {
  id: string;
  nomor_tiket: string;
  kunci_id: string;
  kunci_data: Buffer;
  judul_sandi: Buffer;
  isi_sandi: Buffer;
  status: StatusWbs;
  hasil: HasilWbs | null;
  tanggal: string;
  tanggal_ditutup: string | null;
};

export function kunciLaporan(cincin: CincinKunci, l: Pick<BarisLaporan, "kunci_id" | "kunci_data">): Buffer {
  try {
    return bukaKunciData(cincin, l.kunci_id, l.kunci_data);
  } catch {
    throw galatWbs(503, "KUNCI_TIDAK_TERSEDIA");
  }
}

/** The report's texts in clear, its attachments' names and its dialogue, in order. */
export async function bukaLaporan(db: Trx, cincin: CincinKunci, instansiId: string, l: BarisLaporan) {
  const k = kunciLaporan(cincin, l);
  const pesan = await db
    .selectFrom("wbs_pesan as m")
    .leftJoin("pengguna as u", "u.id", "m.pengguna_id")
    .select(["m.id", "m.dari", "m.tanggal", "m.isi_sandi", "u.nama"])
    .where("m.instansi_id", "=", instansiId)
    .where("m.laporan_id", "=", l.id)
    .orderBy("m.urutan")
    .execute();
  const lampiran = await db
    .selectFrom("wbs_lampiran")
    .select(["id", "nama_sandi", "jenis", "ukuran"])
    .where("instansi_id", "=", instansiId)
    .where("laporan_id", "=", l.id)
    .orderBy("id")
    .execute();
  return {
    id: l.id,
    nomorTiket: l.nomor_tiket,
    status: l.status,
    hasil: l.hasil,
    tanggal: l.tanggal,
    tanggalDitutup: l.tanggal_ditutup,
    judul: bukaTeks(k, l.judul_sandi, `judul:${l.id}`),
    isi: bukaTeks(k, l.isi_sandi, `isi:${l.id}`),
    lampiran: lampiran.map((x) => ({
      id: x.id,
      nama: bukaTeks(k, x.nama_sandi, `lampiran-nama:${x.id}`),
      jenis: x.jenis,
      ukuran: x.ukuran,
    })),
    pesan: pesan.map((m) => ({
      dari: m.dari,
      tanggal: m.tanggal,
      isi: bukaTeks(k, m.isi_sandi, `pesan:${m.id}`),
      pengelola: m.dari === "pengelola" ? (m.nama ?? null) : null,
    })),
  };
}

/** Adds a message to the dialogue, sealed with the report's key. */
export async function tambahPesan(
  db: Trx,
  cincin: CincinKunci,
  l: { instansi_id: string; id: string; kunci_id: string; kunci_data: Buffer },
  dari: "pelapor" | "pengelola",
  penggunaId: string | null,
  isi: string,
) {
  const k = kunciLaporan(cincin, l);
  const id = crypto.randomUUID();
  await db
    .insertInto("wbs_pesan")
    .values({
      instansi_id: l.instansi_id,
      id,
      laporan_id: l.id,
      dari,
      pengguna_id: penggunaId,
      tanggal: sql<string>`current_date`,
      isi_sandi: segelTeks(k, isi, `pesan:${id}`),
    })
    .execute();
}

/** Reports this handler may read (not those routed away from them), as a query on `wbs_laporan as l`. */
export function laporanTerbaca(db: Trx, instansiId: string, penggunaId: string) {
  return db
    .selectFrom("wbs_laporan as l")
    .where("l.instansi_id", "=", instansiId)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom("wbs_pengecualian as x")
            .select("x.laporan_id")
            .whereRef("x.instansi_id", "=", "l.instansi_id")
            .whereRef("x.laporan_id", "=", "l.id")
            .where("x.pengguna_id", "=", penggunaId),
        ),
      ),
    );
}

export async function laporanPengelola(db: Trx, instansiId: string, penggunaId: string, id: string) {
  const l = await laporanTerbaca(db, instansiId, penggunaId)
    .select(kolomLaporan)
    .where("l.id", "=", id)
    .executeTakeFirst();
  if (!l) throw tidakDitemukan();
  return l;
}

/** Moves a report through its statuses; closing needs the outcome (and dates the closing by day). */
export async function ubahStatus(
  db: Trx,
  l: { instansi_id: string; id: string; status: StatusWbs },
  status: StatusWbs,
  hasil: HasilWbs | undefined,
) {
  if (l.status === "ditutup") throw galatWbs(409, "SUDAH_DITUTUP");
  if ((status === "ditutup") !== (hasil !== undefined)) throw galatWbs(400, "HASIL_WAJIB");
  await db
    .updateTable("wbs_laporan")
    .set({
      status,
      hasil: hasil ?? null,
      tanggal_ditutup: status === "ditutup" ? sql<string>`current_date` : null,
    })
    .where("instansi_id", "=", l.instansi_id)
    .where("id", "=", l.id)
    .execute();
}
