import type { Teks } from "../kerangka/teks.ts";
import type { Peran } from "../peran.ts";

/**
 * The three stages of a programme cycle, done in order (Pasal 4 ayat (2):
 * "dilakukan secara berurutan melalui tahapan … a. persiapan; b.
 * pelaksanaan; dan c. penilaian"; BAB III.B), and the six main activities of
 * the preparation stage, also done in order (BAB III.B.1: "kegiatan utama
 * yang harus dilakukan secara sekuensial/berurutan"; Tabel 3).
 */
export const TAHAP = ["persiapan", "pelaksanaan", "penilaian"] as const;
export type Tahap = (typeof TAHAP)[number];

export const NAMA_TAHAP: Record<Tahap | "selesai", Teks> = {
  persiapan: { id: "Persiapan", en: "Preparation" },
  pelaksanaan: { id: "Pelaksanaan", en: "Implementation" },
  penilaian: { id: "Penilaian", en: "Assessment" },
  selesai: { id: "Selesai (siklus ditutup)", en: "Finished (cycle closed)" },
};

export const KODE_LANGKAH_PERSIAPAN = [
  "pembentukan_tim",
  "deklarasi_komitmen",
  "asesmen_awal",
  "rencana_aksi",
  "rencana_pelatihan",
  "agen_perubahan",
] as const;
export type KodeLangkahPersiapan = (typeof KODE_LANGKAH_PERSIAPAN)[number];

export interface LangkahPersiapan {
  kode: KodeLangkahPersiapan;
  no: number;
  kegiatan: Teks;
  tujuan: Teks;
  /** The table's "Keluaran" column. */
  keluaran: Teks;
  /** Who must act to produce the output; the first is the one responsible. */
  pelaku: Peran[];
  sumber: string;
}

export const LANGKAH_PERSIAPAN: readonly LangkahPersiapan[] = [
  {
    kode: "pembentukan_tim",
    no: 1,
    kegiatan: { id: "Pembentukan Tim/Komite oleh PPK/PyB", en: "Team/committee formed by the PPK/PyB" },
    tujuan: {
      id: "Memastikan implementasi pembangunan Integritas ASN yang bersifat lintas unit kerja berjalan secara akuntabel.",
      en: "Make sure the cross-unit implementation of integrity building runs accountably.",
    },
    keluaran: {
      id: "Tim Supervisi -- atau dengan nama lain -- Pembangunan Integritas Pegawai ASN; tim yang dibentuk harus selaras dengan Tim pelaksana reformasi birokrasi.",
      en: "A supervision team (or by another name) for integrity building, aligned with the bureaucratic-reform team.",
    },
    pelaku: ["ppk"],
    sumber: "Tabel 3 no. 1; Pasal 5 ayat (1)",
  },
  {
    kode: "deklarasi_komitmen",
    no: 2,
    kegiatan: { id: "Deklarasi Komitmen Bersama", en: "Joint commitment declaration" },
    tujuan: {
      id: "Membangun komitmen bersama untuk melaksanakan program pembangunan Integritas pegawai ASN.",
      en: "Build a joint commitment to carry out the integrity-building programme.",
    },
    keluaran: {
      id: "Tersedia dokumen pencanangan atau deklarasi komitmen bersama selaras dengan pembangunan zona Integritas.",
      en: "A launch or joint-commitment declaration document, aligned with the integrity zone programme.",
    },
    pelaku: ["tim_supervisi", "ppk", "pimpinan"],
    sumber: "Tabel 3 no. 2",
  },
  {
    kode: "asesmen_awal",
    no: 3,
    kegiatan: { id: "Asesmen Awal", en: "Initial assessment" },
    tujuan: {
      id: "Memetakan profil awal Integritas pegawai ASN, dan faktor pendukung.",
      en: "Map the initial integrity profile of employees and the supporting factors.",
    },
    keluaran: {
      id: "Peta Asesmen Pegawai ASN sebagai dasar tinjauan Tim dalam melihat kesiapan individu dan organisasi untuk berubah; hasil asesmen digunakan untuk melihat peta kondisi pegawai ASN berada pada tahap apa.",
      en: "The employee assessment map, on which the team reviews individual and organisational readiness to change; it shows which stage employees are at.",
    },
    pelaku: ["tim_supervisi"],
    sumber: "Tabel 3 no. 3",
  },
  {
    kode: "rencana_aksi",
    no: 4,
    kegiatan: { id: "Penyusunan Rencana Aksi", en: "Drawing up the action plan" },
    tujuan: {
      id: "Roadmap pencapaian maturitas pembangunan Integritas Pegawai ASN dapat dibuat lebih SMART (Specific, Measurable, Achievable, Relevant, dan Timebound).",
      en: "Make the roadmap to integrity maturity SMART (specific, measurable, achievable, relevant, time-bound).",
    },
    keluaran: {
      id: "Tersedia dokumen Rencana Aksi dan Roadmap pencapaian maturitas pembangunan Integritas Pegawai ASN.",
      en: "An action plan and a roadmap to integrity maturity.",
    },
    pelaku: ["tim_supervisi"],
    sumber: "Tabel 3 no. 4",
  },
  {
    kode: "rencana_pelatihan",
    no: 5,
    kegiatan: { id: "Rencana Pelatihan dan Penyusunan Kurikulum", en: "Training plan and curriculum" },
    tujuan: {
      id: "Fasilitasi bagi Pimpinan Birokrasi, AP, dan Narasumber dalam melaksanakan pelatihan/coaching, mentoring, dan counselling.",
      en: "Support leaders, change agents and resource persons in training, coaching, mentoring and counselling.",
    },
    keluaran: {
      id: "Tersedia Panduan, Kurikulum, Silabus Pelatihan, dan Rencana Pelatihan pembangunan Integritas Pegawai ASN pada Instansi Pemerintah sesuai dengan hasil asesmen awal.",
      en: "A guide, curriculum, syllabus and training plan for integrity building, based on the initial assessment.",
    },
    pelaku: ["tim_supervisi"],
    sumber: "Tabel 3 no. 5",
  },
  {
    kode: "agen_perubahan",
    no: 6,
    kegiatan: {
      id: "Rekrutmen dan Seleksi Agen Perubahan (AP)",
      en: "Recruiting and selecting change agents",
    },
    tujuan: {
      id: "AP terpilih akan dapat mengakselerasi pembangunan Integritas Pegawai ASN di lingkungan kerjanya.",
      en: "Selected change agents accelerate integrity building where they work.",
    },
    keluaran: {
      id: "Tersedia AP yang ditetapkan oleh pimpinan lembaga/organisasi dalam jumlah yang memadai.",
      en: "Change agents appointed by the head of the agency, in sufficient number.",
    },
    pelaku: ["tim_supervisi", "ppk"],
    sumber: "Tabel 3 no. 6; Tabel 2 I.1",
  },
];

export function langkahPersiapan(kode: KodeLangkahPersiapan): LangkahPersiapan {
  const l = LANGKAH_PERSIAPAN.find((x) => x.kode === kode);
  if (!l) throw new Error(`Langkah persiapan tidak dikenal: ${kode}`);
  return l;
}
