/** Operations of the gratification register (docs/gratifikasi.md): report, triage, KPK determination, export. */
import type { Transaction } from "kysely";
import { sql } from "kysely";
import type { Database } from "../../db/schema.ts";
import { galatGratifikasi } from "./pesan.ts";
import type { BodyLapor, BodyPenetapan, BodyTriase } from "./skema.ts";
import { UKURAN_FOTO } from "./skema.ts";

type Trx = Transaction<Database>;
type Lapor = ReturnType<typeof BodyLapor.parse>;

/** The caller's employee id in this agency, or 403 when the account is not linked to one. */
export async function pegawaiSaya(
  db: Trx,
  instansiId: string,
  penggunaId: string | undefined,
): Promise<string> {
  const r = await db
    .selectFrom("pengguna")
    .select("pegawai_id")
    .where("id", "=", penggunaId ?? "")
    .where("pegawai_instansi_id", "=", instansiId)
    .executeTakeFirst();
  if (!r?.pegawai_id) throw galatGratifikasi(403, "BUKAN_PEGAWAI");
  return r.pegawai_id;
}

/** The photo's bytes, checked against its declared type (PNG or JPEG magic numbers). */
export function bacaFoto(f: NonNullable<Lapor["foto"]>): Buffer {
  const b = Buffer.from(f.isi, "base64");
  const png =
    b.length > 8 && b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const jpeg = b.length > 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff;
  const cocok = f.jenis === "image/png" ? png : jpeg;
  if (!cocok || b.length > UKURAN_FOTO) throw galatGratifikasi(400, "FOTO_DITOLAK");
  return b;
}

/** Files a report with the next number of the year (`GRT-2026-0001`). */
export async function lapor(db: Trx, instansiId: string, pegawaiId: string, b: Lapor, hariIni: string) {
  if (b.tanggalTerima > hariIni) throw galatGratifikasi(400, "TANGGAL_DEPAN");
  const foto = b.foto ? bacaFoto(b.foto) : null;
  const tahun = hariIni.slice(0, 4);
  const { n } = await db
    .selectFrom("gratifikasi")
    .select(sql<number>`count(*)::int`.as("n"))
    .where("instansi_id", "=", instansiId)
    .where("nomor", "like", `GRT-${tahun}-%`)
    .executeTakeFirstOrThrow();
  const nomor = `GRT-${tahun}-${String(Number(n) + 1).padStart(4, "0")}`;
  return db
    .insertInto("gratifikasi")
    .values({
      instansi_id: instansiId,
      nomor,
      pegawai_id: pegawaiId,
      jenis: b.jenis,
      pemberi: b.pemberi,
      hubungan: b.hubungan,
      hubungan_keterangan: b.hubunganKeterangan ?? null,
      bentuk: b.bentuk,
      uraian: b.uraian,
      nilai_rupiah: b.nilaiRupiah,
      tanggal_terima: b.tanggalTerima,
      tanggal_lapor: hariIni,
      tempat: b.tempat ?? null,
      foto,
      foto_jenis: foto ? (b.foto?.jenis ?? null) : null,
    })
    .returning(["id", "nomor"])
    .executeTakeFirstOrThrow();
}

async function statusSekarang(db: Trx, instansiId: string, id: string) {
  const r = await db
    .selectFrom("gratifikasi")
    .select(["status", "jenis"])
    .where("instansi_id", "=", instansiId)
    .where("id", "=", id)
    .executeTakeFirst();
  if (!r) throw galatGratifikasi(404, "TIDAK_DITEMUKAN");
  return r;
}

/** The UPG forwards the report to KPK or handles it under the agency's delegated authority. */
export async function triase(
  db: Trx,
  instansiId: string,
  id: string,
  b: ReturnType<typeof BodyTriase.parse>,
  hariIni: string,
) {
  const r = await statusSekarang(db, instansiId, id);
  if (r.status !== "dilaporkan")
    throw galatGratifikasi(409, "STATUS_TIDAK_SESUAI", { param: { status: r.status } });
  await db
    .updateTable("gratifikasi")
    .set({ status: b.keputusan, tanggal_triase: hariIni, catatan_upg: b.catatan ?? null })
    .where("instansi_id", "=", instansiId)
    .where("id", "=", id)
    .execute();
  return r.status;
}

/** KPK's determination (or the UPG's under delegation): state property or the recipient's. */
export async function tetapkan(
  db: Trx,
  instansiId: string,
  id: string,
  b: ReturnType<typeof BodyPenetapan.parse>,
) {
  const r = await statusSekarang(db, instansiId, id);
  if (r.status !== "diteruskan_kpk" && r.status !== "ditangani_upg")
    throw galatGratifikasi(409, "STATUS_TIDAK_SESUAI", { param: { status: r.status } });
  await db
    .updateTable("gratifikasi")
    .set({
      status: "ditetapkan",
      penetapan: b.penetapan,
      nomor_sk_kpk: b.nomorSk,
      tanggal_penetapan: b.tanggal,
    })
    .where("instansi_id", "=", instansiId)
    .where("id", "=", id)
    .execute();
  return r.status;
}
