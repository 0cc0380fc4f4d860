import type { Pernyataan } from "../tipe.ts";
import { penulis } from "./buat.ts";

// Factor Keberanian Moral (BAB II.C.3). Columns: number, keying, social
// desirability (1–5), situation, belief sampled (BAB II.C), text.

const km1 = penulis("KM1", "BAB II.C.3.a"); // Pengenalan Situasi Moral
const km2 = penulis("KM2", "BAB II.C.3.b"); // Pilihan Moral
const km3 = penulis("KM3", "BAB II.C.3.c"); // Individualitas
const km4 = penulis("KM4", "BAB II.C.3.d"); // Pengelolaan Rasa Takut

// biome-ignore format: one statement per line keeps the bank reviewable
export const PERNYATAAN_KEBERANIAN_MORAL: Pernyataan[] = [
  km1(1, 1, 3.5, "hadiahPengguna", "jujur", "Saya menganggap bingkisan dari pemohon izin sebagai masalah, walaupun diberikan setelah izinnya terbit."),
  km1(2, 1, 3.5, "kerabatMelamar", "adil", "Saya menyadari ada masalah etika ketika kerabat meminta bantuan saya dalam seleksi pegawai."),
  km1(3, 1, 3.5, "mediaSosial", "bermartabat", "Saya berpikir dulu apakah sebuah unggahan tentang kantor pantas dibagikan sebelum mengirimkannya."),
  km1(4, 1, 3.0, "kendaraanDinas", "jujur", "Saya merasa janggal jika kendaraan dinas dipakai mengantar anak pimpinan ke sekolah."),
  km1(5, 1, 3.5, "pengadaan", "independen", "Saya menyadari bahwa tawaran makan malam dari calon penyedia barang dapat memengaruhi penilaian saya."),
  km1(6, 1, 3.5, "lembur", "jujur", "Saya memandang klaim lembur tanpa pekerjaan nyata sebagai persoalan kejujuran, walaupun sudah menjadi kebiasaan."),
  km1(7, 1, 3.0, "perjalananDinas", "jujur", "Saya mempertanyakan perjalanan dinas yang tujuannya lebih banyak untuk jalan-jalan daripada bekerja."),
  km1(8, -1, 3.0, "hadiahPengguna", "pragmatisSempit", "Saya menganggap pemberian kecil dari warga sebagai ucapan terima kasih, bukan masalah."),
  km1(9, -1, 2.5, "kerabatMelamar", "kepentinganPribadiKelompok", "Saya merasa wajar menanyakan perkembangan seleksi untuk kerabat yang sedang melamar di instansi saya."),
  km1(10, -1, 2.5, "loketLayanan", "diskriminatif", "Saya menganggap mendahulukan warga yang membawa surat rekomendasi dari pejabat sebagai hal biasa."),
  km1(11, -1, 3.0, "kendaraanDinas", "pragmatisSempit", "Saya menganggap membawa pulang alat tulis kantor untuk keperluan sekolah anak sebagai hal sepele."),
  km1(12, -1, 2.0, "tekananAtasan", "pragmatisSempit", "Saya menganggap perintah atasan untuk mengubah tanggal dokumen sebagai urusan teknis biasa."),

  km2(1, 1, 4.0, "hadiahPengguna", "jujur", "Saya mengembalikan amplop dari pemohon izin walaupun isinya sekadar uang transpor."),
  km2(2, 1, 4.0, "kerabatMelamar", "adil", "Saya memperlakukan berkas lamaran kerabat sama seperti berkas pelamar lain."),
  km2(3, 1, 3.5, "tekananAtasan", "jujur", "Saya memilih menjelaskan aturan kepada atasan daripada menjalankan perintah yang melanggarnya."),
  km2(4, 1, 3.5, "pengadaan", "adil", "Saya memilih penyedia barang berdasarkan penilaian tertulis, bukan berdasarkan kedekatan."),
  km2(5, 1, 3.0, "loketLayanan", "adil", "Saya mendahulukan warga lanjut usia yang antre, walaupun ada tamu pejabat yang sedang menunggu."),
  km2(6, 1, 3.5, "lembur", "jujur", "Saya mencoret nama saya dari daftar honor kegiatan yang tidak saya ikuti."),
  km2(7, 1, 3.5, "penilaianKinerja", "adil", "Saya memberi penilaian rekan kerja sesuai kenyataan walaupun ia teman dekat saya."),
  km2(8, -1, 3.0, "tekananAtasan", "pragmatisSempit", "Saya menuruti permintaan atasan yang sedikit menyimpang, asalkan tidak merugikan keuangan negara."),
  km2(9, -1, 2.5, "kerabatMelamar", "kepentinganPribadiKelompok", "Saya bersedia membantu kerabat lolos seleksi jika ia memang cukup mampu."),
  km2(10, -1, 2.0, "perizinan", "curang", "Saya mau mempercepat berkas warga yang memberi uang terima kasih asalkan berkas lain tidak dirugikan."),
  km2(11, -1, 3.0, "pengadaan", "diskriminatif", "Saya lebih memilih rekanan yang sudah lama dikenal kantor walaupun penawarannya sedikit lebih mahal."),
  km2(12, -1, 3.0, "loketLayanan", "pragmatisSempit", "Saya rela sedikit melonggarkan aturan kalau hasilnya lebih cepat dirasakan masyarakat."),

  km3(1, 1, 3.5, "tugasSendiri", "independen", "Saya berani memutuskan sendiri penolakan berkas yang tidak lengkap walaupun pemohonnya orang berpengaruh."),
  km3(2, 1, 3.5, "melaporkanRekan", "jujur", "Saya melaporkan kecurangan rekan melalui saluran pengaduan walaupun rekan lain memilih diam."),
  km3(3, 1, 3.5, "rapat", "independen", "Saya menyampaikan keberatan sendirian di rapat jika keputusan yang diambil melanggar aturan."),
  km3(4, 1, 3.0, "perencanaan", "independen", "Saya menimbang untung rugi tiap pilihan sebelum memutuskan sendiri urusan yang menjadi tanggung jawab saya."),
  km3(5, 1, 4.0, "laporanKegiatan", "jujur", "Saya menolak ikut menandatangani daftar hadir kegiatan fiktif walaupun hanya saya yang menolak."),
  km3(6, 1, 3.5, "tekananAtasan", "independen", "Saya siap menanggung teguran atasan jika itu akibat saya menolak melanggar prosedur."),
  km3(7, 1, 3.0, "mediaSosial", "independen", "Saya tidak ikut menyebarkan kabar tentang rekan di grup percakapan kantor walaupun banyak yang melakukannya."),
  km3(8, -1, 3.0, "melaporkanRekan", "pragmatisSempit", "Saya lebih memilih diam tentang pelanggaran rekan karena melapor sendirian terlalu berisiko."),
  km3(9, -1, 2.5, "rapat", "pragmatisSempit", "Saya ikut menyetujui keputusan rapat yang saya ragukan agar tidak dianggap menghambat."),
  km3(10, -1, 3.0, "tugasSendiri", "pragmatisSempit", "Saya menyerahkan keputusan sulit kepada atasan meskipun sebenarnya itu wewenang saya."),
  km3(11, -1, 2.5, "pengadaan", "pragmatisSempit", "Saya menandatangani berita acara yang sudah ditandatangani rekan lain tanpa memeriksa isinya."),
  km3(12, -1, 2.0, "lembur", "curang", "Saya ikut tercantum di daftar lembur walaupun tidak ikut lembur, karena sudah menjadi kebiasaan di unit saya."),

  km4(1, 1, 3.5, "tekananAtasan", "independen", "Saya tetap menolak permintaan atasan yang melanggar aturan walaupun khawatir dipindahkan."),
  km4(2, 1, 3.5, "melaporkanRekan", "jujur", "Saya melaporkan penyimpangan yang saya ketahui setelah menimbang perlindungan yang tersedia bagi pelapor."),
  km4(3, 1, 3.5, "pengaduanMasyarakat", "bermartabat", "Saya menghadapi warga yang marah dengan tenang sambil tetap berpegang pada prosedur."),
  km4(4, 1, 3.5, "penilaianKinerja", "jujur", "Saya berani mengakui target yang tidak tercapai kepada atasan walaupun takut dinilai buruk."),
  km4(5, 1, 4.0, "mutasiPenempatan", "independen", "Saya menolak menyetujui pencairan dana yang menyalahi aturan walaupun diancam akan dimutasi."),
  km4(6, 1, 3.0, "mediaSosial", "bermartabat", "Saya tetap memberi penjelasan resmi atas berita keliru tentang unit saya meskipun takut dirundung warganet."),
  km4(7, 1, 3.5, "rahasiaJabatan", "jujur", "Saya menolak membocorkan soal ujian seleksi walaupun diancam oleh orang yang berpengaruh."),
  km4(8, -1, 3.0, "tekananAtasan", "pragmatisSempit", "Saya memilih menuruti atasan daripada mempertaruhkan karier demi hal yang belum tentu berubah."),
  km4(9, -1, 3.0, "melaporkanRekan", "pragmatisSempit", "Saya tidak melaporkan penyimpangan karena takut hubungan dengan rekan satu unit menjadi renggang."),
  km4(10, -1, 2.5, "pengaduanMasyarakat", "pragmatisSempit", "Saya memenuhi permintaan warga yang mengancam menyebarkan video saya, walaupun permintaannya menyalahi aturan."),
  km4(11, -1, 3.0, "anggaran", "pragmatisSempit", "Saya memilih diam soal kejanggalan anggaran agar tidak dianggap mencurigai pimpinan."),
  km4(12, -1, 2.5, "hadiahPengguna", "pragmatisSempit", "Saya menerima bingkisan dari pejabat daerah karena takut penolakan saya menyinggung perasaan beliau."),
];
