/**
 * Demo records of the code of ethics and conflict-of-interest registers
 * (docs/kode-etik.md): a published code with a quiz, this year's attestations
 * by most of the ministry's employees (not the demo `pegawai`, who attests in
 * the walkthrough), and declarations in the demo employee's unit — one decided,
 * one waiting for the superior. The superior of the demo employee gets the
 * login `atasan` when they have none, so the decision can be shown.
 */
import type { Transaction } from "kysely";
import { sql } from "kysely";
import type { Database } from "../db/schema.ts";
import { atasanDari, hitungTenggat } from "../fitur/benturan-kepentingan/index.ts";

type Trx = Transaction<Database>;

export const KODE_ETIK_DEMO = {
  judul: "Kode Etik dan Kode Perilaku Pegawai",
  isi: [
    "## Nilai dasar",
    "Pegawai menjunjung tinggi integritas, profesionalitas, dan akuntabilitas dalam setiap pelayanan.",
    "",
    "## Kode perilaku",
    "1. Menolak setiap pemberian yang berhubungan dengan jabatan dan melaporkannya kepada UPG.",
    "2. Mendeklarasikan potensi benturan kepentingan kepada atasan langsung sebelum bertugas.",
    "3. Tidak menggunakan fasilitas dinas untuk kepentingan pribadi.",
    "4. Pimpinan menjadi teladan dalam menerapkan kode etik sehari-hari.",
    "",
    "## Pelanggaran",
    "Pelanggaran kode etik diproses sesuai ketentuan disiplin pegawai.",
  ].join("\n"),
  soal: [
    {
      pertanyaan:
        "Seorang penyedia mengirim parsel ke rumah Anda menjelang hari raya. Apa yang Anda lakukan?",
      pilihan: [
        "Menerima karena nilainya kecil",
        "Menolak atau melaporkannya kepada UPG",
        "Membagikan ke rekan kerja",
      ],
      kunci: 1,
    },
    {
      pertanyaan: "Saudara kandung Anda ikut tender yang Anda nilai. Kepada siapa Anda mendeklarasikannya?",
      pilihan: ["Atasan langsung", "Tidak perlu dideklarasikan", "Penyedia lain"],
      kunci: 0,
    },
  ],
} as const;

const tgl = (d: Date, mundur: number) =>
  new Date(d.getTime() - mundur * 86_400_000).toISOString().slice(0, 10);

export async function seedEtikDemo(trx: Trx, instansiId: string, hariIni: Date, passwordHash: string) {
  const kini = hariIni.toISOString().slice(0, 10);
  const { id: kodeId } = await trx
    .insertInto("kode_etik")
    .values({
      instansi_id: instansiId,
      versi: 1,
      judul: KODE_ETIK_DEMO.judul,
      isi: KODE_ETIK_DEMO.isi,
      soal: JSON.stringify(KODE_ETIK_DEMO.soal),
      nilai_lulus: 50,
      status: "terbit",
      nomor_sk: "800.1.6/KEP-12/2026",
      tanggal_sk: tgl(hariIni, 40),
      terbit: new Date(hariIni.getTime() - 38 * 86_400_000),
    })
    .returning("id")
    .executeTakeFirstOrThrow();

  const saya = await trx
    .selectFrom("pengguna")
    .select(["pegawai_id"])
    .where("username", "=", "pegawai")
    .executeTakeFirst();
  // four in five employees attested this year (by NIP order), never the demo employee
  await sql`
    insert into kode_etik_atestasi (instansi_id, kode_id, pegawai_id, tahun, tanggal, skor)
    select p.instansi_id, ${kodeId}::uuid, p.id, ${Number(kini.slice(0, 4))}, ${kini}::date, 100
    from (select id, instansi_id, row_number() over (order by nip) as n
          from pegawai where instansi_id = ${instansiId} and aktif) p
    where p.n % 5 <> 0 and p.id is distinct from ${saya?.pegawai_id ?? null}::uuid`.execute(trx);

  if (!saya?.pegawai_id) return;
  const atasan = await atasanDari(trx, instansiId, saya.pegawai_id);
  if (!atasan) return;
  const ada = await trx
    .selectFrom("pengguna")
    .select("id")
    .where("pegawai_id", "=", atasan)
    .executeTakeFirst();
  if (!ada) {
    const p = await trx
      .selectFrom("pegawai")
      .select("nama")
      .where("id", "=", atasan)
      .executeTakeFirstOrThrow();
    const { id } = await trx
      .insertInto("pengguna")
      .values({
        username: "atasan",
        nama: p.nama,
        password_hash: passwordHash,
        pegawai_instansi_id: instansiId,
        pegawai_id: atasan,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await trx
      .insertInto("peran_pengguna")
      .values({ instansi_id: instansiId, pengguna_id: id, peran: "pegawai" })
      .execute();
  }
  // two colleagues of the demo employee (same superior) declare
  const unit = await trx
    .selectFrom("pegawai")
    .select("unit_id")
    .where("id", "=", saya.pegawai_id)
    .executeTakeFirstOrThrow();
  const rekan = await trx
    .selectFrom("pegawai")
    .select(["id", "unit_id"])
    .where("instansi_id", "=", instansiId)
    .where("unit_id", "=", unit.unit_id)
    .where("id", "not in", [saya.pegawai_id, atasan])
    .where("aktif", "=", true)
    .orderBy("nip")
    .limit(2)
    .execute();
  const contoh = [
    {
      jenis: "keluarga_pengadaan" as const,
      uraian: "Kakak ipar saya pemilik CV Sinar Abadi, peserta tender pengadaan alat tulis kantor.",
      pihak: "CV Sinar Abadi",
      mundur: 9,
      keputusan: "pengunduran_diri" as const,
      catatan: "Tidak menjadi anggota pokja untuk paket alat tulis kantor.",
    },
    {
      jenis: "pekerjaan_luar" as const,
      uraian:
        "Saya diminta menjadi narasumber berbayar pada pelatihan yang diselenggarakan mitra kerja unit.",
      pihak: "Lembaga Pelatihan Cakrawala",
      mundur: 1,
    },
  ];
  for (const [i, r] of rekan.entries()) {
    const c = contoh[i];
    const tanggal = tgl(hariIni, c.mundur);
    await trx
      .insertInto("bk_deklarasi")
      .values({
        instansi_id: instansiId,
        pegawai_id: r.id,
        unit_id: r.unit_id,
        jenis: c.jenis,
        uraian: c.uraian,
        pihak_terkait: c.pihak,
        tanggal,
        tenggat: await hitungTenggat(trx, instansiId, tanggal),
        atasan_pegawai_id: (await atasanDari(trx, instansiId, r.id)) ?? atasan,
        ...("keputusan" in c
          ? {
              status: "diputuskan" as const,
              keputusan: c.keputusan,
              catatan_keputusan: c.catatan,
              tanggal_keputusan: tgl(hariIni, c.mundur - 2),
            }
          : {}),
      })
      .execute();
  }
}
