import type { Teks } from "../kerangka/teks.ts";

/**
 * The behavioural situations statements sample (ITEM-WRITING.md: "concrete
 * and situational where possible"). Used to keep statements that share a
 * situation out of the same block.
 */
export const SITUASI = {
  loketLayanan: { id: "Loket atau meja pelayanan publik", en: "Public service counter" },
  perizinan: { id: "Pengurusan izin", en: "Licensing" },
  pengadaan: { id: "Pengadaan barang dan jasa", en: "Procurement" },
  hadiahPengguna: {
    id: "Hadiah dari pengguna layanan atau rekanan",
    en: "Gift from a service user or vendor",
  },
  tekananAtasan: {
    id: "Tekanan atasan untuk melonggarkan aturan",
    en: "A superior's pressure to bend a rule",
  },
  benturanKepentingan: { id: "Benturan kepentingan", en: "Conflict of interest" },
  melaporkanRekan: { id: "Pelanggaran oleh rekan kerja", en: "A colleague's misconduct" },
  lembur: { id: "Klaim lembur dan honor", en: "Overtime and fee claims" },
  kendaraanDinas: { id: "Kendaraan dan fasilitas dinas", en: "Office vehicles and facilities" },
  kerabatMelamar: {
    id: "Kerabat melamar atau meminta bantuan",
    en: "A relative applying or asking a favour",
  },
  mediaSosial: { id: "Media sosial dan urusan kantor", en: "Social media and office matters" },
  perjalananDinas: { id: "Perjalanan dinas", en: "Official travel" },
  anggaran: { id: "Penggunaan anggaran", en: "Budget use" },
  laporanKegiatan: { id: "Laporan dan data kegiatan", en: "Activity reports and data" },
  jamKerja: { id: "Kehadiran dan jam kerja", en: "Attendance and working hours" },
  kerjaTim: { id: "Kerja sama dalam tim", en: "Teamwork" },
  rapat: { id: "Rapat dan pengambilan keputusan", en: "Meetings and decisions" },
  kesalahanSendiri: { id: "Kesalahan kerja sendiri", en: "One's own mistakes at work" },
  pengembanganDiri: { id: "Belajar dan pengembangan kompetensi", en: "Learning and developing competence" },
  penilaianKinerja: { id: "Penilaian kinerja", en: "Performance appraisal" },
  mutasiPenempatan: { id: "Mutasi dan penempatan tugas", en: "Transfers and postings" },
  rahasiaJabatan: { id: "Informasi dan rahasia jabatan", en: "Confidential official information" },
  pengaduanMasyarakat: { id: "Pengaduan masyarakat", en: "Public complaints" },
  perencanaan: { id: "Perencanaan kerja dan program", en: "Work and programme planning" },
  tugasSendiri: { id: "Keputusan yang harus diambil sendiri", en: "A decision one must take alone" },
  kebijakanBaru: { id: "Kebijakan atau aturan baru", en: "A new policy or rule" },
  kegiatanMasyarakat: {
    id: "Kehidupan bermasyarakat di luar kantor",
    en: "Community life outside the office",
  },
  tugasRutin: { id: "Tugas rutin sehari-hari", en: "Routine daily duties" },
  pilihanKarier: {
    id: "Pilihan karier sebagai pegawai pemerintah",
    en: "Career choice as a government employee",
  },
} as const satisfies Record<string, Teks>;

export type KodeSituasi = keyof typeof SITUASI;

export function isKodeSituasi(x: string): x is KodeSituasi {
  return Object.hasOwn(SITUASI, x);
}
