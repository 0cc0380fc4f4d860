/**
 * The demo's community and supervision records (docs/komunitas.md: no page
 * empty on first start): forum threads with replies, campaign posts,
 * mentoring sessions of the demo employee (one scheduled), a change agent's Renaksi with
 * items due, a reward, and an APIP audit with findings (Tabel 2 I.3–4,
 * Tabel 4 no. 2–5). Dates are relative to `hariIni`; one Renaksi item and
 * one finding are due soon, so the reminders and the overdue view show them.
 */
import type { Db } from "../db/factory.ts";

const HARI = 86_400_000;
const tgl = (d: Date, n: number) => new Date(d.getTime() + n * HARI).toISOString().slice(0, 10);

async function akun(trx: Db, username: string) {
  return trx
    .selectFrom("pengguna")
    .select(["id", "pegawai_id"])
    .where("username", "=", username)
    .executeTakeFirst();
}

export async function seedKomunitasDemo(trx: Db, instansiId: string, hariIni: Date): Promise<void> {
  const [tim, agen, pimpinan, apip, pegawai, ppk] = await Promise.all(
    ["supervisi", "agen", "pimpinan", "apip", "pegawai", "ppk"].map((u) => akun(trx, u)),
  );
  if (!tim || !agen?.pegawai_id || !pimpinan?.pegawai_id || !apip || !pegawai?.pegawai_id || !ppk) return;

  // forum: the category the demo creates for every agency
  const kategori = await trx
    .insertInto("kategori_forum")
    .values({
      instansi_id: instansiId,
      nama: "Tanya jawab kode etik",
      deskripsi: "Pertanyaan tentang kode etik dan perilaku, dijawab sesama pegawai dan Tim Supervisi.",
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  const utas = [
    {
      judul: "Bagaimana menolak hadiah dari mitra tanpa menyinggung?",
      isi: "Minggu lalu ada mitra yang mengirim parsel ke kantor. Bagaimana cara menolaknya dengan sopan?",
      penulis: pegawai.id,
      balasan: [
        {
          isi: "Kami biasanya mengembalikan dengan surat terima kasih dan menyebut aturan gratifikasi.",
          oleh: agen.id,
        },
        { isi: "Bila tidak dapat dikembalikan, laporkan ke UPG dalam 30 hari kerja.", oleh: tim.id },
      ],
    },
    {
      judul: "Praktik baik: rapat tanpa amplop di unit kami",
      isi: "Sejak awal tahun, rapat koordinasi di unit kami tidak lagi memakai uang saku. Ini ceritanya.",
      penulis: agen.id,
      balasan: [{ isi: "Terima kasih, kami akan mencobanya di bagian kami.", oleh: pimpinan.id }],
    },
  ];
  for (const [i, u] of utas.entries()) {
    const waktu = new Date(hariIni.getTime() - (10 - i * 4) * HARI);
    const { id } = await trx
      .insertInto("utas_forum")
      .values({
        instansi_id: instansiId,
        kategori_id: kategori.id,
        judul: u.judul,
        isi: u.isi,
        penulis_id: u.penulis,
        jumlah_balasan: u.balasan.length,
        aktivitas_terakhir: new Date(waktu.getTime() + u.balasan.length * HARI),
        dibuat: waktu,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await trx
      .insertInto("balasan_forum")
      .values(
        u.balasan.map((b, k) => ({
          instansi_id: instansiId,
          utas_id: id,
          isi: b.isi,
          penulis_id: b.oleh,
          dibuat: new Date(waktu.getTime() + (k + 1) * HARI),
        })),
      )
      .execute();
  }

  await trx
    .insertInto("pos_kampanye")
    .values([
      {
        instansi_id: instansiId,
        jenis: "pengumuman",
        judul: "Asesmen berkala semester I dibuka",
        isi: "Seluruh pegawai diundang mengisi asesmen integritas berkala. Hasil tidak dipakai untuk penilaian kinerja.",
        sasaran: "instansi",
        penulis_id: tim.id,
        diterbitkan: new Date(hariIni.getTime() - 3 * HARI),
      },
      {
        instansi_id: instansiId,
        jenis: "kode_etik",
        judul: "Kode etik: benturan kepentingan dalam pengadaan",
        isi: "Pegawai yang memiliki hubungan keluarga dengan penyedia wajib menyatakannya dan tidak ikut memutus.",
        sasaran: "instansi",
        penulis_id: tim.id,
        diterbitkan: new Date(hariIni.getTime() - 8 * HARI),
      },
    ])
    .execute();

  await trx
    .insertInto("sesi_pendampingan")
    .values([
      {
        instansi_id: instansiId,
        pendamping_id: agen.pegawai_id,
        pegawai_id: pegawai.pegawai_id,
        jenis: "mentoring",
        tanggal: tgl(hariIni, -14),
        topik: "Menyusun rencana pengembangan pribadi",
        tindak_lanjut: "Ikut kelas pemahaman integritas dasar",
        tanggal_tindak_lanjut: tgl(hariIni, 7),
        dibuat_oleh: agen.id,
      },
      // the next one, scheduled: the employee's and the agent's home and bell show it
      {
        instansi_id: instansiId,
        pendamping_id: agen.pegawai_id,
        pegawai_id: pegawai.pegawai_id,
        jenis: "mentoring",
        tanggal: tgl(hariIni, 3),
        topik: "Meninjau kemajuan rencana pengembangan",
        dibuat_oleh: agen.id,
      },
      {
        instansi_id: instansiId,
        pendamping_id: pimpinan.pegawai_id,
        pegawai_id: agen.pegawai_id,
        jenis: "coaching",
        tanggal: tgl(hariIni, -5),
        topik: "Memimpin diskusi praktik baik di unit",
        dibuat_oleh: pimpinan.id,
      },
    ])
    .execute();

  const renaksi = await trx
    .insertInto("renaksi")
    .values({
      instansi_id: instansiId,
      agen_id: agen.pegawai_id,
      judul: "Renaksi Agen Perubahan 2026",
      mulai: tgl(hariIni, -60),
      selesai: tgl(hariIni, 120),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await trx
    .insertInto("butir_renaksi")
    .values(
      [
        {
          uraian: "Sosialisasi kode etik di unit",
          tenggat: tgl(hariIni, -20),
          status: "selesai" as const,
          nilai: 3,
        },
        { uraian: "Diskusi praktik baik bulanan", tenggat: tgl(hariIni, 2), status: "berjalan" as const },
        { uraian: "Survei kepuasan layanan unit", tenggat: tgl(hariIni, 45), status: "rencana" as const },
      ].map((b) => ({ instansi_id: instansiId, renaksi_id: renaksi.id, ...b })),
    )
    .execute();

  await trx
    .insertInto("penghargaan")
    .values({
      instansi_id: instansiId,
      pegawai_id: agen.pegawai_id,
      kategori: "Agen perubahan teladan",
      alasan: "Memimpin diskusi praktik baik setiap bulan dan menuntaskan Renaksi tepat waktu.",
      diusulkan_oleh: tim.id,
      diusulkan: new Date(hariIni.getTime() - 12 * HARI),
      status: "diberikan",
      diputuskan_oleh: ppk.id,
      tanggal_keputusan: tgl(hariIni, -6),
    })
    .execute();

  const audit = await trx
    .insertInto("rencana_audit")
    .values({
      instansi_id: instansiId,
      judul: "Audit kepatuhan kode etik 2026",
      lingkup: "Pengendalian gratifikasi dan benturan kepentingan di unit layanan",
      mulai: tgl(hariIni, -30),
      selesai: tgl(hariIni, 15),
      status: "berjalan",
      dibuat_oleh: apip.id,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await trx
    .insertInto("temuan_audit")
    .values(
      [
        {
          judul: "Register gratifikasi tidak diperbarui",
          uraian: "Register penerimaan gratifikasi di dua unit tidak diperbarui sejak triwulan lalu.",
          tingkat: "sedang" as const,
          rekomendasi: "Tetapkan petugas register dan periksa setiap bulan.",
          batas_waktu: tgl(hariIni, 3),
        },
        {
          judul: "Pernyataan benturan kepentingan belum lengkap",
          uraian: "Sebagian anggota panitia pengadaan belum menandatangani pernyataan benturan kepentingan.",
          tingkat: "tinggi" as const,
          rekomendasi: "Lengkapi pernyataan sebelum pengadaan berikutnya.",
          batas_waktu: tgl(hariIni, -2),
        },
      ].map((t) => ({ instansi_id: instansiId, rencana_id: audit.id, ...t })),
    )
    .execute();
}
