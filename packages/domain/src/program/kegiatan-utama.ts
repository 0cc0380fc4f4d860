import type { Teks } from "../kerangka/teks.ts";

/**
 * The five main activities of the implementation stage (BAB III.B.2, Tabel 4
 * "Kegiatan Utama Dalam Tahapan Pembangunan Integritas Pegawai ASN"), done
 * continuously by the agency across all four sub-stages. `tujuan` and `cara`
 * transcribe the table's "Tujuan" and "Metode/Cara" columns in order.
 */
export const KODE_KEGIATAN_UTAMA = [
  "kampanye",
  "wadah_berbagi",
  "penguatan_kepemimpinan",
  "penguatan_kapasitas",
  "pemantauan_evaluasi",
] as const;
export type KodeKegiatanUtama = (typeof KODE_KEGIATAN_UTAMA)[number];

export interface KegiatanUtama {
  kode: KodeKegiatanUtama;
  no: number;
  nama: Teks;
  tujuan: Teks[];
  cara: Teks[];
  /** The table's "Catatan" where it has one. */
  catatan?: Teks;
  sumber: string;
}

const PELATIHAN_MENTORING_COACHING: Teks[] = [
  { id: "Training/pelatihan", en: "Training" },
  { id: "Mentoring", en: "Mentoring" },
  { id: "Coaching", en: "Coaching" },
  { id: "Penugasan terbimbing", en: "Guided assignments" },
];

export const KEGIATAN_UTAMA: readonly KegiatanUtama[] = [
  {
    kode: "kampanye",
    no: 1,
    nama: { id: "Kampanye Integritas", en: "Integrity campaign" },
    tujuan: [
      {
        id: "Membangun komunikasi terencana dan berkelanjutan untuk mendapatkan dukungan akan pembangunan Integritas Pegawai ASN.",
        en: "Build planned, sustained communication to win support for building civil servants' integrity.",
      },
      {
        id: "Menciptakan dampak tertentu yaitu terbangunnya ekosistem yang mendukung pembangunan Integritas pegawai ASN pada setiap subtahapan pembangunan.",
        en: "Create a specific impact: an ecosystem that supports building integrity at every sub-stage.",
      },
    ],
    cara: [
      { id: "Media daring/online", en: "Online media" },
      { id: "Media fisik dan luring/offline", en: "Physical and offline media" },
      { id: "Interaksi antaranggota", en: "Interaction among members" },
    ],
    sumber: "Tabel 4 no. 1",
  },
  {
    kode: "wadah_berbagi",
    no: 2,
    nama: { id: "Pembentukan wadah berbagi (sharing knowledge)", en: "Knowledge-sharing forum" },
    tujuan: [
      {
        id: "Menyediakan tempat untuk saling berkomunikasi, diskusi, dan belajar.",
        en: "Provide a place to communicate, discuss and learn together.",
      },
      {
        id: "Wadah untuk Knowledge Sharing dalam internal IP.",
        en: "A forum for knowledge sharing inside the agency.",
      },
      {
        id: "Menyediakan wadah untuk berproses dalam membangun Integritas pegawai ASN dengan berbagi atau bertukar pengalaman, praktek terbaik, kendala dan cara mengatasinya, dan lain sebagainya di dalam IP.",
        en: "Provide a forum to work on integrity by sharing experience, best practice, obstacles and how to overcome them, and so on, inside the agency.",
      },
    ],
    cara: [
      { id: "Forum daring/online", en: "Online forum" },
      {
        id: "Pertemuan rutin di dalam satker atau unit kerja dan atau kedeputian dalam internal IP atau antar IP.",
        en: "Routine meetings within a work unit or deputyship, inside the agency or between agencies.",
      },
    ],
    sumber: "Tabel 4 no. 2",
  },
  {
    kode: "penguatan_kepemimpinan",
    no: 3,
    nama: { id: "Penguatan Kepemimpinan", en: "Leadership strengthening" },
    tujuan: [
      { id: "Membangun komitmen pimpinan", en: "Build leaders' commitment" },
      { id: "Membangun role model", en: "Build role models" },
      {
        id: "Membangun individu-individu yang dapat menjadi contoh dalam berperilaku/bertindak, menjadi mentor ataupun pelatih, membangun aspek leadership di dalam diri masing-masing individu.",
        en: "Build individuals who can set an example in behaviour and action, act as mentors or trainers, and build leadership in each person.",
      },
    ],
    cara: PELATIHAN_MENTORING_COACHING,
    catatan: {
      id: "Kegiatan dan fokus akan berbeda pada setiap subtahapan sesuai dengan tujuan dimasing-masing subtahap pembangunan Integritas pegawai ASN.",
      en: "Activities and focus differ per sub-stage, following each sub-stage's goal.",
    },
    sumber: "Tabel 4 no. 3",
  },
  {
    kode: "penguatan_kapasitas",
    no: 4,
    nama: { id: "Penguatan Kemampuan dan kesanggupan individu", en: "Individual capacity strengthening" },
    tujuan: [
      {
        id: "Memperkuat kapabilitas (kemampuan) dan kesanggupan individu untuk bertindak dan berperilaku sesuai kriteria Integritas pegawai ASN.",
        en: "Strengthen individuals' capability and willingness to act and behave by the integrity criteria.",
      },
      {
        id: "Menyediakan panduan dalam bentuk kurikulum pendidikan pada masing-masing subtahap.",
        en: "Provide guidance as an education curriculum for each sub-stage.",
      },
    ],
    cara: PELATIHAN_MENTORING_COACHING,
    catatan: {
      id: "Kegiatan akan berbeda sesuai dengan tujuan di masing-masing subtahap pada tahap pembangunan Integritas pegawai ASN.",
      en: "Activities differ according to each sub-stage's goal.",
    },
    sumber: "Tabel 4 no. 4",
  },
  {
    kode: "pemantauan_evaluasi",
    no: 5,
    nama: {
      id: "Pemantauan (Pengendalian dan Pengawasan), dan Evaluasi",
      en: "Monitoring (control and supervision) and evaluation",
    },
    tujuan: [
      {
        id: "Memastikan pembangunan Integritas pegawai ASN dapat berjalan sesuai dengan tujuan dan sasaran yang diharapkan.",
        en: "Ensure integrity building runs according to its intended goals and targets.",
      },
    ],
    cara: [
      { id: "Interview acak", en: "Random interviews" },
      { id: "Asesmen akhir program", en: "End-of-programme assessment" },
      { id: "Audit rutin", en: "Routine audit" },
      {
        id: "Survei oleh pihak lain untuk memberikan feedback dari masyarakat.",
        en: "Surveys by other parties giving feedback from the public.",
      },
    ],
    sumber: "Tabel 4 no. 5",
  },
];

export function kegiatanUtama(kode: KodeKegiatanUtama): KegiatanUtama {
  const k = KEGIATAN_UTAMA.find((x) => x.kode === kode);
  if (!k) throw new Error(`Kegiatan utama tidak dikenal: ${kode}`);
  return k;
}
