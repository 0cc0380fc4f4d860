/**
 * Demo records of institutional synergy (docs/wbs.md): whistleblowing reports in
 * every status for the ministry, so the WBS inbox and its statistics are alive
 * on first start. Sealed with the server's WBS master key ring (docs/wbs.md),
 * which is why the seed needs the data directory.
 */
import { sql, type Transaction } from "kysely";
import type { Database } from "../db/schema.ts";
import { laporWbs, muatKunciWbs, tambahPesanWbs, ubahStatusWbs } from "../fitur/wbs/index.ts";

type Trx = Transaction<Database>;

const LAPORAN = [
  {
    judul: "Permintaan uang pelicin pada layanan perizinan",
    isi: "Petugas di loket perizinan meminta biaya tambahan di luar tarif resmi agar berkas diproses lebih cepat.",
    hariLalu: 62,
    alur: [
      ["pengelola", "Mohon sebutkan perkiraan tanggal dan loket yang dimaksud."],
      ["pelapor", "Sekitar awal bulan lalu, loket 2, pagi hari."],
    ],
    status: "ditutup",
    hasil: "terbukti",
    tutupSetelah: 40,
  },
  {
    judul: "Dugaan konflik kepentingan dalam panitia pengadaan",
    isi: "Salah satu anggota panitia pengadaan adalah saudara kandung direktur penyedia yang menang.",
    hariLalu: 30,
    alur: [["pengelola", "Apakah Anda mengetahui nama paket pengadaannya?"]],
    status: "investigasi",
  },
  {
    judul: "Penggunaan kendaraan dinas untuk keperluan pribadi",
    isi: "Kendaraan dinas dipakai di luar jam kerja untuk keperluan keluarga setiap akhir pekan.",
    hariLalu: 12,
    alur: [],
    status: "diverifikasi",
  },
  {
    judul: "Laporan tanpa rincian",
    isi: "Ada pegawai yang tidak jujur.",
    hariLalu: 45,
    alur: [["pengelola", "Mohon tambahkan rincian: siapa, kapan, dan di mana."]],
    status: "ditutup",
    hasil: "tidak_dapat_ditindaklanjuti",
    tutupSetelah: 30,
  },
  {
    judul: "Pungutan pada penerbitan surat keterangan",
    isi: "Pemohon diminta membayar untuk surat keterangan yang seharusnya gratis.",
    hariLalu: 2,
    alur: [],
    status: "diterima",
  },
] as const;

const tanggal = (hariIni: Date, mundur: number) =>
  new Date(hariIni.getTime() - mundur * 86_400_000).toISOString().slice(0, 10);

export async function seedSinergiDemo(
  trx: Trx,
  instansiId: string,
  pengelolaId: string,
  dataDir: string,
  hariIni: Date,
) {
  const cincin = muatKunciWbs(dataDir);
  for (const l of LAPORAN) {
    const r = await laporWbs(trx, cincin, instansiId, { judul: l.judul, isi: l.isi });
    const baris = await trx
      .selectFrom("wbs_laporan")
      .select(["instansi_id", "id", "kunci_id", "kunci_data", "status"])
      .where("instansi_id", "=", instansiId)
      .where("id", "=", r.id)
      .executeTakeFirstOrThrow();
    for (const [dari, isi] of l.alur)
      await tambahPesanWbs(trx, cincin, baris, dari, dari === "pengelola" ? pengelolaId : null, isi);
    if (l.status !== "diterima")
      await ubahStatusWbs(trx, baris, l.status, "hasil" in l ? l.hasil : undefined);
    // dates in the past (day granularity, as everything of the WBS)
    await trx
      .updateTable("wbs_laporan")
      .set({
        tanggal: tanggal(hariIni, l.hariLalu),
        tanggal_ditutup: "tutupSetelah" in l ? tanggal(hariIni, l.hariLalu - l.tutupSetelah) : null,
      })
      .where("instansi_id", "=", instansiId)
      .where("id", "=", r.id)
      .execute();
    await trx
      .updateTable("wbs_pesan")
      .set({ tanggal: sql<string>`${tanggal(hariIni, Math.max(0, l.hariLalu - 3))}::date` })
      .where("instansi_id", "=", instansiId)
      .where("laporan_id", "=", r.id)
      .execute();
  }
}
