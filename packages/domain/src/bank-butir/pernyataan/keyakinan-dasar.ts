import type { Pernyataan } from "../tipe.ts";
import { penulis } from "./buat.ts";

// Factor Keyakinan Dasar (BAB II.C.1). Columns: number, keying, social
// desirability (1–5), situation, belief sampled (BAB II.C), text.

const kd1 = penulis("KD1", "BAB II.C.1.a"); // Idealisme
const kd2 = penulis("KD2", "BAB II.C.1.b"); // Penerimaan Diri
const kd3 = penulis("KD3", "BAB II.C.1.c"); // Kemandirian
const kd4 = penulis("KD4", "BAB II.C.1.d"); // Bermartabat

// biome-ignore format: one statement per line keeps the bank reviewable
export const PERNYATAAN_KEYAKINAN_DASAR: Pernyataan[] = [
  kd1(1, 1, 4.0, "loketLayanan", "adil", "Saya melayani warga di loket menurut nomor antrean, siapa pun orangnya."),
  kd1(2, 1, 3.5, "anggaran", "idealisme", "Saya memakai anggaran kegiatan seperlunya walaupun sisa dana bisa dihabiskan dengan mudah."),
  kd1(3, 1, 3.5, "jamKerja", "idealisme", "Saya tetap menjawab pertanyaan warga tentang layanan kantor meskipun ditanya di luar jam kerja."),
  kd1(4, 1, 3.5, "perizinan", "idealisme", "Saya mengusulkan perbaikan prosedur izin jika melihat warga harus bolak-balik tanpa alasan jelas."),
  kd1(5, 1, 4.0, "kendaraanDinas", "idealisme", "Saya mematikan peralatan listrik kantor yang sedang tidak dipakai agar anggaran lebih hemat."),
  kd1(6, 1, 3.0, "laporanKegiatan", "idealisme", "Saya menilai kegiatan saya berhasil jika warga benar-benar terbantu, bukan sekadar laporannya selesai."),
  kd1(7, 1, 3.0, "mutasiPenempatan", "idealisme", "Saya bersedia ditempatkan di daerah terpencil jika tenaga saya lebih dibutuhkan di sana."),
  kd1(8, -1, 2.0, "loketLayanan", "diskriminatif", "Saya lebih sabar melayani warga yang berpendidikan daripada warga yang lambat memahami penjelasan."),
  kd1(9, -1, 2.5, "anggaran", "pragmatisSempit", "Saya menganggap wajar menghabiskan sisa anggaran akhir tahun agar pagu tahun depan tidak dipotong."),
  kd1(10, -1, 2.5, "kegiatanMasyarakat", "pragmatisSempit", "Saya merasa cukup menjalankan tugas pokok saya, sedangkan perbaikan kehidupan masyarakat menjadi urusan pihak lain."),
  kd1(11, -1, 3.0, "lembur", "kepentinganPribadiKelompok", "Saya lebih bersemangat mengerjakan kegiatan yang ada honornya daripada tugas rutin tanpa honor."),
  kd1(12, -1, 3.0, "perizinan", "pragmatisSempit", "Saya menganggap tugas saya selesai ketika berkas izin lengkap, walaupun pemohon masih kebingungan."),

  kd2(1, 1, 3.5, "kegiatanMasyarakat", "bermartabat", "Saya bangga menyebut pekerjaan saya sebagai pegawai pemerintah ketika berkenalan dengan orang baru."),
  kd2(2, 1, 3.5, "mutasiPenempatan", "idealisme", "Saya menjalani penempatan yang kurang saya sukai dengan sungguh-sungguh karena itu bagian dari pengabdian."),
  kd2(3, 1, 4.0, "kerjaTim", "bermartabat", "Saya mudah bekerja sama dengan rekan dari unit lain untuk menyelesaikan urusan warga."),
  kd2(4, 1, 3.5, "rapat", "bermartabat", "Saya berani menyampaikan pendapat di rapat walaupun pangkat saya paling rendah di ruangan itu."),
  kd2(5, 1, 3.5, "pilihanKarier", "idealisme", "Saya tetap bersemangat bekerja meskipun penghasilan saya lebih kecil daripada teman di perusahaan swasta."),
  kd2(6, 1, 3.5, "jamKerja", "bermartabat", "Saya tetap bersyukur menjadi pegawai pemerintah ketika beban kerja sedang sangat berat."),
  kd2(7, 1, 3.0, "tugasRutin", "idealisme", "Saya merasa pekerjaan kecil yang saya kerjakan tetap penting bagi pelayanan kepada masyarakat."),
  kd2(8, -1, 3.0, "pilihanKarier", "kepentinganPribadiKelompok", "Saya bekerja sebagai pegawai pemerintah terutama karena pekerjaan ini menjamin penghasilan sampai masa tua."),
  kd2(9, -1, 2.5, "mediaSosial", "pragmatisSempit", "Saya enggan mengaku sebagai pegawai pemerintah di media sosial karena citranya sering buruk."),
  kd2(10, -1, 2.0, "penilaianKinerja", "pragmatisSempit", "Saya mengerjakan tugas seadanya karena kenaikan pangkat tetap berjalan walau kinerja biasa saja."),
  kd2(11, -1, 3.0, "kerjaTim", "pragmatisSempit", "Saya lebih suka bekerja sendiri karena bekerja sama dengan unit lain sering memperlambat pekerjaan."),
  kd2(12, -1, 3.0, "kerjaTim", "diskriminatif", "Saya lebih nyaman bekerja dengan rekan yang berasal dari daerah yang sama dengan saya."),

  kd3(1, 1, 3.5, "kerjaTim", "independen", "Saya tetap mengikuti prosedur walaupun rekan satu ruangan terbiasa mengambil jalan pintas."),
  kd3(2, 1, 3.5, "pengembanganDiri", "independen", "Saya membaca kode etik instansi saya agar tahu batas perilaku yang diharapkan dari saya."),
  kd3(3, 1, 4.0, "hadiahPengguna", "independen", "Saya mengembalikan pemberian rekanan meskipun pegawai lain di kantor menerimanya."),
  kd3(4, 1, 3.5, "rapat", "independen", "Saya mengambil sikap sendiri dalam rapat, bukan sekadar mengikuti suara terbanyak."),
  kd3(5, 1, 3.5, "perjalananDinas", "jujur", "Saya membuat laporan perjalanan dinas sesuai kenyataan walaupun kebiasaan di kantor berbeda."),
  kd3(6, 1, 3.0, "kebijakanBaru", "independen", "Saya mempelajari sendiri aturan baru yang menyangkut tugas saya tanpa menunggu diberi tahu."),
  kd3(7, 1, 4.0, "jamKerja", "independen", "Saya tetap masuk kerja tepat waktu meskipun atasan sedang dinas ke luar kota."),
  kd3(8, -1, 2.5, "tugasRutin", "pragmatisSempit", "Saya ikut cara kerja yang biasa dipakai di unit saya, meskipun sedikit menyimpang dari aturan."),
  kd3(9, -1, 2.5, "tekananAtasan", "pragmatisSempit", "Saya menandatangani dokumen yang disodorkan atasan tanpa banyak bertanya karena itu tanggung jawab beliau."),
  kd3(10, -1, 2.0, "kendaraanDinas", "curang", "Saya ikut memakai mobil dinas untuk acara keluarga jika rekan lain juga melakukannya."),
  kd3(11, -1, 3.0, "kebijakanBaru", "pragmatisSempit", "Saya menunggu arahan atasan dulu sebelum menjalankan aturan baru, walaupun isinya sudah jelas."),
  kd3(12, -1, 3.0, "kerjaTim", "kepentinganPribadiKelompok", "Saya memilih sependapat dengan kelompok di kantor agar tidak dikucilkan."),

  kd4(1, 1, 3.5, "mediaSosial", "bermartabat", "Saya menahan diri untuk tidak mengunggah keluhan tentang kantor di media sosial pribadi."),
  kd4(2, 1, 3.5, "kesalahanSendiri", "jujur", "Saya mengakui kepada warga jika keterlambatan layanan terjadi karena kelalaian saya."),
  kd4(3, 1, 4.0, "lembur", "jujur", "Saya hanya mengajukan lembur untuk jam yang memang saya pakai bekerja."),
  kd4(4, 1, 3.0, "kegiatanMasyarakat", "bermartabat", "Saya menjaga sikap di lingkungan rumah karena warga mengenal saya sebagai pegawai pemerintah."),
  kd4(5, 1, 3.5, "hadiahPengguna", "bermartabat", "Saya menolak ditraktir makan oleh pemohon izin walaupun urusannya sudah selesai."),
  kd4(6, 1, 4.0, "penilaianKinerja", "bermartabat", "Saya menyelesaikan pekerjaan dengan mutu yang bisa saya pertanggungjawabkan walaupun tidak ada yang memeriksa."),
  kd4(7, 1, 3.0, "tugasRutin", "bermartabat", "Saya berpakaian rapi saat bertugas karena penampilan saya ikut membawa nama instansi."),
  kd4(8, -1, 2.0, "jamKerja", "curang", "Saya menitipkan absen kepada rekan ketika terlambat sedikit karena urusan keluarga yang mendesak."),
  kd4(9, -1, 2.5, "benturanKepentingan", "kepentinganPribadiKelompok", "Saya merasa wajar menggunakan jabatan saya agar urusan pribadi lebih cepat dilayani instansi lain."),
  kd4(10, -1, 2.5, "laporanKegiatan", "curang", "Saya menganggap wajar merapikan angka laporan agar capaian unit terlihat sesuai target."),
  kd4(11, -1, 3.0, "melaporkanRekan", "kepentinganPribadiKelompok", "Saya menutupi kesalahan rekan satu unit agar nama baik unit kami tetap terjaga."),
  kd4(12, -1, 3.0, "perjalananDinas", "curang", "Saya menganggap sisa uang harian perjalanan dinas sebagai hak saya walaupun kegiatannya dipersingkat."),
];
