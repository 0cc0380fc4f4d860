/**
 * Demo records of the integrity registers (docs/gratifikasi.md): a national
 * holiday calendar, and gift reports in every state for the ministry — one of
 * the demo employee's near its KPK deadline — so the pages and the synergy
 * panel are alive on first start; a discipline case, the LHKASN list of the
 * year before, Zona Integritas statuses and the merit index.
 *
 * The calendar is the demo's copy of the 2026 joint decree (SKB) as the team
 * understood it; an operator loads the official list (`PUT /api/nasional/hari-libur/:tahun`).
 */
import { hariKerja, tambahHariKerja } from "@nurani/domain";
import type { Transaction } from "kysely";
import type { Database } from "../db/schema.ts";
import { rekamJejakDisiplin } from "../fitur/disiplin/index.ts";
import { laporGratifikasi, tetapkanGratifikasi, triaseGratifikasi } from "../fitur/gratifikasi/index.ts";
import { rekamJejakLhkasn } from "../fitur/lhkasn/index.ts";

type Trx = Transaction<Database>;

export const LIBUR_DEMO: { tanggal: string; keterangan: string; jenis?: "cuti_bersama" }[] = [
  { tanggal: "2026-01-01", keterangan: "Tahun Baru Masehi" },
  { tanggal: "2026-01-16", keterangan: "Isra Mikraj Nabi Muhammad SAW" },
  { tanggal: "2026-02-16", keterangan: "Cuti bersama Tahun Baru Imlek", jenis: "cuti_bersama" },
  { tanggal: "2026-02-17", keterangan: "Tahun Baru Imlek" },
  { tanggal: "2026-03-18", keterangan: "Cuti bersama Hari Suci Nyepi", jenis: "cuti_bersama" },
  { tanggal: "2026-03-19", keterangan: "Hari Suci Nyepi" },
  { tanggal: "2026-03-20", keterangan: "Cuti bersama Idul Fitri", jenis: "cuti_bersama" },
  { tanggal: "2026-03-21", keterangan: "Idul Fitri" },
  { tanggal: "2026-03-22", keterangan: "Idul Fitri" },
  { tanggal: "2026-03-23", keterangan: "Cuti bersama Idul Fitri", jenis: "cuti_bersama" },
  { tanggal: "2026-03-24", keterangan: "Cuti bersama Idul Fitri", jenis: "cuti_bersama" },
  { tanggal: "2026-04-03", keterangan: "Wafat Yesus Kristus" },
  { tanggal: "2026-05-01", keterangan: "Hari Buruh Internasional" },
  { tanggal: "2026-05-14", keterangan: "Kenaikan Yesus Kristus" },
  { tanggal: "2026-05-15", keterangan: "Cuti bersama Kenaikan Yesus Kristus", jenis: "cuti_bersama" },
  { tanggal: "2026-05-27", keterangan: "Idul Adha" },
  { tanggal: "2026-05-31", keterangan: "Hari Raya Waisak" },
  { tanggal: "2026-06-01", keterangan: "Hari Lahir Pancasila" },
  { tanggal: "2026-06-16", keterangan: "Tahun Baru Islam" },
  { tanggal: "2026-08-17", keterangan: "Hari Kemerdekaan RI" },
  { tanggal: "2026-08-25", keterangan: "Maulid Nabi Muhammad SAW" },
  { tanggal: "2026-12-24", keterangan: "Cuti bersama Hari Raya Natal", jenis: "cuti_bersama" },
  { tanggal: "2026-12-25", keterangan: "Hari Raya Natal" },
];

const tanggalJakarta = (d: Date) =>
  new Intl.DateTimeFormat("en-CA", {
    timeZone: "Asia/Jakarta",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(d);

/** The day `n` working days before `tanggal`. */
function mundurHariKerja(tanggal: string, n: number, libur: ReadonlySet<string>): string {
  let d = new Date(`${tanggal}T00:00:00Z`);
  for (let k = 0; k < n; ) {
    d = new Date(d.getTime() - 86_400_000);
    if (hariKerja(d.toISOString().slice(0, 10), libur)) k += 1;
  }
  return d.toISOString().slice(0, 10);
}

export async function seedIntegritasDemo(
  trx: Trx,
  instansiId: string,
  hariIni: Date,
  pegawaiDemoId: string | null,
) {
  await trx
    .insertInto("hari_libur")
    .values(
      LIBUR_DEMO.map((l) => ({
        tanggal: l.tanggal,
        keterangan: l.keterangan,
        jenis: l.jenis ?? "libur_nasional",
      })),
    )
    .onConflict((oc) => oc.doNothing())
    .execute();
  const libur = new Set(
    (await trx.selectFrom("hari_libur").select("tanggal").execute()).map((x) => x.tanggal),
  );
  const hari = tanggalJakarta(hariIni);
  const lain = await trx
    .selectFrom("pegawai")
    .select("id")
    .where("instansi_id", "=", instansiId)
    .where("id", "!=", pegawaiDemoId ?? "00000000-0000-0000-0000-000000000000")
    .orderBy("nip")
    .limit(4)
    .execute();
  const pelapor = [pegawaiDemoId ?? lain[0].id, ...lain.map((x) => x.id)];
  const laporan = [
    // the demo employee's: near the deadline, awaiting the UPG
    {
      oleh: 0,
      mundur: 27,
      jenis: "diterima",
      pemberi: "CV Sinar Abadi (rekanan)",
      hubungan: "penyedia_barang_jasa",
      bentuk: "barang",
      uraian: "Parsel akhir tahun berisi makanan dan jam tangan",
      nilai: 2_500_000,
    },
    {
      oleh: 0,
      mundur: 3,
      jenis: "ditolak",
      pemberi: "Pemohon izin usaha",
      hubungan: "pengguna_layanan",
      bentuk: "uang",
      uraian: "Amplop berisi uang sebagai ucapan terima kasih, ditolak di tempat",
      nilai: 500_000,
    },
    {
      oleh: 1,
      mundur: 40,
      jenis: "diterima",
      pemberi: "PT Karya Mandiri",
      hubungan: "penyedia_barang_jasa",
      bentuk: "voucher",
      uraian: "Voucher belanja",
      nilai: 1_000_000,
      triase: "diteruskan_kpk",
      tetap: "milik_negara",
    },
    {
      oleh: 2,
      mundur: 12,
      jenis: "diterima",
      pemberi: "Rekan kerja unit lain",
      hubungan: "rekan_kerja",
      bentuk: "makanan",
      uraian: "Kue ulang tahun untuk satu ruangan",
      nilai: 300_000,
      triase: "ditangani_upg",
    },
    {
      oleh: 3,
      mundur: 8,
      jenis: "diterima",
      pemberi: "Asosiasi profesi",
      hubungan: "lainnya",
      bentuk: "fasilitas",
      uraian: "Undangan seminar dengan akomodasi hotel",
      nilai: 3_200_000,
      triase: "diteruskan_kpk",
    },
  ] as const;
  for (const l of laporan) {
    const tanggalTerima = mundurHariKerja(hari, l.mundur, libur);
    const r = await laporGratifikasi(
      trx,
      instansiId,
      pelapor[l.oleh] ?? pelapor[0],
      {
        jenis: l.jenis,
        pemberi: l.pemberi,
        hubungan: l.hubungan,
        bentuk: l.bentuk,
        uraian: l.uraian,
        nilaiRupiah: l.nilai,
        tanggalTerima,
        hubunganKeterangan: l.hubungan === "lainnya" ? "Organisasi profesi jabatan fungsional" : null,
        tempat: null,
        foto: null,
      },
      // reported a few working days after receipt
      l.mundur > 3 ? tambahHariKerja(tanggalTerima, 2, libur) : hari,
    );
    if ("triase" in l)
      await triaseGratifikasi(trx, instansiId, r.id, { keputusan: l.triase, catatan: null }, hari);
    if ("tetap" in l)
      await tetapkanGratifikasi(trx, instansiId, r.id, {
        penetapan: l.tetap,
        nomorSk: "B/1234/GRAT/2026",
        tanggal: hari,
      });
  }
}

/** A discipline case, last year's LHKASN list (most reported), ZI statuses and the merit index. */
export async function seedRegisterDemo(trx: Trx, instansiId: string, hariIni: Date) {
  const tahun = hariIni.getUTCFullYear();
  const unit = await trx
    .selectFrom("unit_kerja")
    .select(["id", "kode"])
    .where("instansi_id", "=", instansiId)
    .where("eselon", "=", 1)
    .orderBy("kode")
    .limit(3)
    .execute();
  const pegawai = await trx
    .selectFrom("pegawai")
    .select(["id", "jenis_jabatan"])
    .where("instansi_id", "=", instansiId)
    .orderBy("nip", "desc")
    .execute();
  if (pegawai[0]) {
    const k = {
      tingkat: "ringan" as const,
      tanggal_keputusan: `${tahun}-04-15`,
      nomor_sk: `800/DISIPLIN/${tahun}/01`,
    };
    const r = await trx
      .insertInto("kasus_disiplin")
      .values({
        instansi_id: instansiId,
        pegawai_id: pegawai[0].id,
        uraian: "Tidak masuk kerja tanpa alasan yang sah selama 5 hari kerja",
        hukuman: "Teguran tertulis",
        tanggal_pelanggaran: `${tahun}-03-02`,
        ...k,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await rekamJejakDisiplin(
      trx,
      instansiId,
      {
        id: r.id,
        pegawaiId: pegawai[0].id,
        tingkat: k.tingkat,
        tanggalKeputusan: k.tanggal_keputusan,
        nomorSk: k.nomor_sk,
      },
      null,
    );
  }
  // structural officials file LHKPN, the others LHKASN; every ninth has not reported
  const wajib = pegawai.slice(0, 400).map((p, i) => ({
    instansi_id: instansiId,
    tahun: tahun - 1,
    pegawai_id: p.id,
    jenis: p.jenis_jabatan === "struktural" ? ("LHKPN" as const) : ("LHKASN" as const),
    tanggal_lapor: i % 9 === 0 ? null : `${tahun}-03-${String(1 + (i % 28)).padStart(2, "0")}`,
  }));
  for (let i = 0; i < wajib.length; i += 200)
    await trx
      .insertInto("kewajiban_lhkasn")
      .values(wajib.slice(i, i + 200))
      .execute();
  await rekamJejakLhkasn(
    trx,
    instansiId,
    tahun - 1,
    wajib.map((w) => ({ pegawaiId: w.pegawai_id, jenis: w.jenis, tanggalLapor: w.tanggal_lapor })),
    hariIni.toISOString().slice(0, 10),
    null,
  );
  const zi = [
    { status: "wbk" as const, nomor_sk: `SK/ZI/${tahun - 1}/07`, tanggal_sk: `${tahun - 1}-12-10` },
    { status: "diusulkan" as const, nomor_sk: null, tanggal_sk: null },
  ];
  for (const [i, z] of zi.entries())
    if (unit[i])
      await trx
        .insertInto("zona_integritas")
        .values({ instansi_id: instansiId, unit_id: unit[i].id, tahun: tahun - 1, ...z })
        .execute();
  await trx
    .insertInto("indeks_merit")
    .values({ instansi_id: instansiId, tahun: tahun - 1, nilai: 312.5, kategori: "Baik" })
    .execute();
}
