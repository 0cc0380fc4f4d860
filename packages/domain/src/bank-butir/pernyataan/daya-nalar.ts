import type { Pernyataan } from "../tipe.ts";
import { penulis } from "./buat.ts";

// Factor Kekuatan Daya Nalar (BAB II.C.2). Columns: number, keying, social
// desirability (1–5), situation, belief sampled (BAB II.C), text.

const dn1 = penulis("DN1", "BAB II.C.2.a"); // Fokus Perhatian dan Tanggung Jawab
const dn2 = penulis("DN2", "BAB II.C.2.b"); // Terencana dan Antisipatif
const dn3 = penulis("DN3", "BAB II.C.2.c"); // Disiplin Pribadi
const dn4 = penulis("DN4", "BAB II.C.2.d"); // Evaluasi Diri

// biome-ignore format: one statement per line keeps the bank reviewable
export const PERNYATAAN_DAYA_NALAR: Pernyataan[] = [
  dn1(1, 1, 3.5, "perencanaan", "idealisme", "Saya menyesuaikan target kerja pribadi saya dengan sasaran yang sedang dikejar unit kerja."),
  dn1(2, 1, 4.0, "kerjaTim", "idealisme", "Saya membantu menyelesaikan tugas tim yang tertinggal walaupun bagian saya sendiri sudah selesai."),
  dn1(3, 1, 3.0, "rapat", "idealisme", "Saya menyiapkan usulan perubahan cara kerja sebelum rapat evaluasi unit diadakan."),
  dn1(4, 1, 3.5, "jamKerja", "idealisme", "Saya menunda urusan pribadi di jam kerja jika ada layanan warga yang menumpuk."),
  dn1(5, 1, 4.0, "pengaduanMasyarakat", "idealisme", "Saya menindaklanjuti pengaduan warga yang masuk ke unit saya sampai ada jawaban."),
  dn1(6, 1, 3.5, "anggaran", "adil", "Saya mengutamakan kegiatan yang paling dibutuhkan warga ketika menyusun usulan anggaran unit."),
  dn1(7, 1, 3.5, "pengembanganDiri", "idealisme", "Saya mau belajar pekerjaan bagian lain agar bisa menggantikan rekan yang berhalangan."),
  dn1(8, -1, 3.0, "penilaianKinerja", "kepentinganPribadiKelompok", "Saya mendahulukan pekerjaan yang dinilai dalam kinerja pribadi saya daripada tugas bersama unit."),
  dn1(9, -1, 3.0, "jamKerja", "kepentinganPribadiKelompok", "Saya menganggap wajar meninggalkan kantor sebentar untuk urusan pribadi ketika layanan sedang sepi."),
  dn1(10, -1, 2.5, "rapat", "kepentinganPribadiKelompok", "Saya membela kepentingan unit saya dalam rapat walaupun merugikan unit lain di instansi."),
  dn1(11, -1, 2.0, "pengaduanMasyarakat", "pragmatisSempit", "Saya meneruskan pengaduan warga ke unit lain agar meja saya tidak dibebani urusan tambahan."),
  dn1(12, -1, 3.0, "kebijakanBaru", "pragmatisSempit", "Saya merasa perubahan cara kerja di kantor adalah urusan pimpinan, bukan urusan staf seperti saya."),

  dn2(1, 1, 3.5, "perencanaan", "idealisme", "Saya menyusun rencana kerja bulanan sebelum bulan tersebut dimulai."),
  dn2(2, 1, 3.5, "pengadaan", "idealisme", "Saya memeriksa jadwal pengadaan sejak awal tahun agar tidak terburu-buru di akhir tahun."),
  dn2(3, 1, 3.5, "laporanKegiatan", "idealisme", "Saya mempelajari catatan masalah tahun lalu sebelum menyusun kegiatan yang serupa."),
  dn2(4, 1, 3.0, "rapat", "idealisme", "Sebelum menyetujui usulan kegiatan, saya memikirkan dampaknya bagi warga beberapa tahun ke depan."),
  dn2(5, 1, 3.5, "tugasRutin", "idealisme", "Saya menyiapkan cadangan data kerja agar layanan tetap berjalan ketika sistem mengalami gangguan."),
  dn2(6, 1, 3.5, "kerjaTim", "adil", "Saya meminta pendapat unit lain ketika rencana kerja saya akan berdampak pada tugas mereka."),
  dn2(7, 1, 3.0, "kebijakanBaru", "idealisme", "Saya mencari tahu kebijakan yang akan berlaku tahun depan agar unit saya siap lebih awal."),
  dn2(8, -1, 3.0, "jamKerja", "pragmatisSempit", "Saya lebih nyaman mengerjakan tugas ketika tenggat waktunya sudah dekat."),
  dn2(9, -1, 2.5, "perencanaan", "pragmatisSempit", "Saya menyusun rencana kerja dengan menyalin rencana tahun lalu agar cepat selesai."),
  dn2(10, -1, 2.5, "perencanaan", "pragmatisSempit", "Saya menganggap masalah yang mungkin muncul tahun depan belum perlu dipikirkan sekarang."),
  dn2(11, -1, 3.0, "tugasRutin", "pragmatisSempit", "Saya menyelesaikan masalah ketika sudah muncul saja, karena sulit menduga apa yang akan terjadi."),
  dn2(12, -1, 2.5, "laporanKegiatan", "pragmatisSempit", "Saya jarang membaca hasil evaluasi kegiatan sebelumnya karena keadaan tiap tahun berbeda."),

  dn3(1, 1, 4.0, "kerabatMelamar", "jujur", "Saya mundur dari tim penilai ketika salah satu peserta seleksi adalah kerabat saya."),
  dn3(2, 1, 4.0, "benturanKepentingan", "jujur", "Saya melapor kepada atasan jika perusahaan milik teman saya ikut dalam pengadaan yang saya tangani."),
  dn3(3, 1, 3.5, "laporanKegiatan", "jujur", "Saya memeriksa ulang data sebelum menandatangani laporan, walaupun waktunya sempit."),
  dn3(4, 1, 3.5, "pengembanganDiri", "idealisme", "Saya menyisihkan waktu tiap minggu untuk mempelajari hal baru yang berkaitan dengan tugas saya."),
  dn3(5, 1, 3.5, "perizinan", "idealisme", "Saya mengecek kelengkapan berkas warga dengan teliti agar mereka tidak perlu datang dua kali."),
  dn3(6, 1, 3.5, "rahasiaJabatan", "bermartabat", "Saya menyimpan dokumen yang bersifat rahasia di tempat yang terkunci sesuai ketentuan."),
  dn3(7, 1, 3.0, "kendaraanDinas", "jujur", "Saya mencatat pemakaian kendaraan dinas walaupun hanya dipakai untuk jarak dekat."),
  dn3(8, -1, 2.0, "pengadaan", "kepentinganPribadiKelompok", "Saya tetap menangani pengadaan walaupun salah satu penawarnya adalah perusahaan saudara saya."),
  dn3(9, -1, 3.0, "pengembanganDiri", "pragmatisSempit", "Saya merasa kemampuan saya sudah cukup untuk tugas sekarang, jadi pelatihan tidak terlalu perlu."),
  dn3(10, -1, 2.0, "rahasiaJabatan", "kepentinganPribadiKelompok", "Saya kadang memberi tahu kenalan tentang hasil seleksi sebelum diumumkan secara resmi."),
  dn3(11, -1, 3.0, "laporanKegiatan", "pragmatisSempit", "Saya mengerjakan dokumen dengan cepat dulu, soal ketelitian bisa diperbaiki kalau ada yang protes."),
  dn3(12, -1, 2.5, "hadiahPengguna", "kepentinganPribadiKelompok", "Saya mau menerima pinjaman uang dari rekanan asalkan saya mengembalikannya tepat waktu."),

  dn4(1, 1, 3.5, "kesalahanSendiri", "jujur", "Saya mencatat kesalahan kerja yang pernah saya buat agar tidak terulang."),
  dn4(2, 1, 3.5, "penilaianKinerja", "jujur", "Saya meminta masukan dari atasan tentang kekurangan kerja saya sebelum penilaian tahunan."),
  dn4(3, 1, 3.5, "pengaduanMasyarakat", "idealisme", "Saya membaca keluhan warga tentang layanan kami sebagai bahan untuk memperbaiki cara kerja saya."),
  dn4(4, 1, 3.0, "kerjaTim", "jujur", "Saya bertanya kepada rekan apakah cara saya bekerja menyulitkan mereka."),
  dn4(5, 1, 3.5, "laporanKegiatan", "jujur", "Saya menuliskan kegagalan kegiatan dalam laporan dengan terus terang, bukan hanya keberhasilannya."),
  dn4(6, 1, 3.0, "tugasRutin", "idealisme", "Saya meluangkan waktu tiap Jumat sore untuk menilai pekerjaan saya selama seminggu."),
  dn4(7, 1, 3.5, "loketLayanan", "idealisme", "Saya mengubah cara menjawab warga setelah menyadari penjelasan saya sering disalahpahami."),
  dn4(8, -1, 2.5, "kesalahanSendiri", "pragmatisSempit", "Saya cenderung mencari penyebab kegagalan pada keadaan, bukan pada cara kerja saya."),
  dn4(9, -1, 2.5, "penilaianKinerja", "pragmatisSempit", "Saya menganggap penilaian kinerja hanya urusan administrasi, jadi isinya tidak perlu direnungkan."),
  dn4(10, -1, 3.0, "pengaduanMasyarakat", "pragmatisSempit", "Saya menganggap kebanyakan keluhan warga muncul karena mereka kurang memahami aturan."),
  dn4(11, -1, 3.0, "kerjaTim", "pragmatisSempit", "Saya jarang menanggapi komentar rekan tentang cara kerja saya karena saya lebih tahu tugas saya."),
  dn4(12, -1, 2.0, "laporanKegiatan", "curang", "Saya menghapus catatan kesalahan kecil dari laporan agar penilaian unit tetap baik."),
];
