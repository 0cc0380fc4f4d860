import type { Teks } from "../kerangka/teks.ts";

/**
 * The three strategy components of BAB III.A and Tabel 2 ("Komponen
 * Strategi, Metode/Cara, dan Indikator Keberhasilan"): each component with
 * its methods in the table's order and its success indicator.
 */
export const KODE_KOMPONEN_STRATEGI = ["I", "II", "III"] as const;
export type KodeKomponenStrategi = (typeof KODE_KOMPONEN_STRATEGI)[number];

export interface MetodeStrategi {
  /** e.g. "I.3" or "II.4.d". */
  kode: string;
  teks: Teks;
  rincian?: { kode: string; teks: Teks }[];
}

export interface KomponenStrategi {
  kode: KodeKomponenStrategi;
  nama: Teks;
  metode: MetodeStrategi[];
  indikatorKeberhasilan: Teks;
  sumber: string;
}

const m = (kode: string, id: string, en: string, rincian?: [string, string][]): MetodeStrategi => ({
  kode,
  teks: { id, en },
  ...(rincian
    ? {
        rincian: rincian.map(([rid, ren], i) => ({
          kode: `${kode}.${String.fromCharCode(97 + i)}`,
          teks: { id: rid, en: ren },
        })),
      }
    : {}),
});

export const KOMPONEN_STRATEGI: readonly KomponenStrategi[] = [
  {
    kode: "I",
    nama: {
      id: "Kepemimpinan Birokrasi dan Agen Perubahan",
      en: "Bureaucratic leadership and change agents",
    },
    metode: [
      m(
        "I.1",
        "Seleksi dan Penetapan Agen Perubahan (AP) dan Penyusunan Rencana Aksi (Renaksi)",
        "Selecting and appointing change agents (AP) and drawing up action plans (Renaksi)",
      ),
      m(
        "I.2",
        "Penilaian AP berbasis Renaksi: (i) Persiapan (membangun instrumen penilaian), (ii) Pelaksanaan Penilaian Pembangunan Integritas Pegawai ASN",
        "Assessing change agents against their Renaksi: (i) preparation (building the instrument), (ii) carrying out the assessment",
      ),
      m(
        "I.3",
        "Dialog dan Pendampingan (Mentoring), Pelatihan (Coaching), dan Konsultasi (Counseling) berkala untuk Pegawai ASN oleh Pimpinan Birokrasi",
        "Periodic dialogue, mentoring, coaching and counseling for civil servants by bureaucratic leaders",
      ),
      m(
        "I.4",
        "Monitoring dan Evaluasi Pembangunan Integritas ASN berkala oleh Aparatur Pengawasan Internal Pemerintah (APIP)",
        "Periodic monitoring and evaluation of integrity building by the internal auditor (APIP)",
      ),
      m("I.5", "Metode/cara lain yang sesuai kebutuhan", "Other methods as needed"),
    ],
    indikatorKeberhasilan: {
      id: "Pimpinan Birokrasi dan Agen Perubahan (AP) secara profesional dan berIntegritas mampu melakukan berbagai terobosan dan inovasi yang mengarah kepada pencapaian tujuan organisasi.",
      en: "Bureaucratic leaders and change agents, professionally and with integrity, achieve breakthroughs and innovations that lead to the organisation's goals.",
    },
    sumber: "BAB III.A angka 1; Tabel 2 I",
  },
  {
    kode: "II",
    nama: { id: "Sinergitas dengan Sistem Kelembagaan", en: "Synergy with institutional systems" },
    metode: [
      m(
        "II.1",
        "Menyusun, menetapkan, dan menginternalisasikan Kode Etik dan kode Perilaku di setiap lembaga pemerintah",
        "Drawing up, setting and internalising the code of ethics and code of conduct in every government body",
      ),
      m(
        "II.2",
        "Membangun sinergitas antara perencanaan, penganggaran, dan penilaian kinerja secara akuntabel",
        "Building accountable synergy between planning, budgeting and performance assessment",
      ),
      m(
        "II.3",
        "Membangun sistem merit dan manajemen talenta",
        "Building the merit system and talent management",
      ),
      m(
        "II.4",
        "Memantapkan pembangunan Sistem Pengawasan Internal Pemerintah, antara lain:",
        "Consolidating the government internal control system, among others:",
        [
          ["ZI menuju WBK/WBBM", "Integrity zone (ZI) towards WBK/WBBM"],
          ["Kepatuhan pelaporan LHKPN/LHKASN", "Compliance with LHKPN/LHKASN wealth reporting"],
          ["Unit Pengendalian Gratifikasi (UPG)", "Gratification control unit (UPG)"],
          ["Whistle Blowing System (WBS)", "Whistle-blowing system (WBS)"],
          ["Sistem Pengendalian Kecurangan", "Fraud control system"],
          [
            "Pengelolaan Benturan Kepentingan dan Manajemen risiko",
            "Conflict-of-interest management and risk management",
          ],
        ],
      ),
    ],
    indikatorKeberhasilan: {
      id: "Keterpaduan antara pembangunan Integritas pegawai ASN dengan pembangunan Integritas organisasi/kelembagaan.",
      en: "Integration of building civil servants' integrity with building organisational integrity.",
    },
    sumber: "BAB III.A angka 2; Tabel 2 II",
  },
  {
    kode: "III",
    nama: {
      id: "Penguatan Kapasitas (Kemampuan dan Kesanggupan) Individu",
      en: "Strengthening individual capacity (ability and willingness)",
    },
    metode: [
      m(
        "III.1",
        "Pendidikan dan pelatihan untuk Pegawai ASN dengan berbagai cara (klasikal dan nonklasikal) sesuai dengan kebutuhan",
        "Education and training for civil servants in various ways (classical and non-classical) as needed",
      ),
      m(
        "III.2",
        "Mentoring, coaching, counseling oleh Pimpinan atau Agen Perubahan (AP)",
        "Mentoring, coaching and counseling by leaders or change agents",
      ),
      m(
        "III.3",
        "Pemberian penghargaan (reward) untuk SDM internal untuk mendorong penguatan internal pegawai ASN",
        "Rewards for internal staff to encourage civil servants' inner strengthening",
      ),
      m(
        "III.4",
        "Internalisasi Kode Etik dan kode Perilaku organisasi/lembaga",
        "Internalising the organisation's code of ethics and code of conduct",
      ),
    ],
    indikatorKeberhasilan: {
      id: "Meningkatnya kapasitas (kemampuan dan kesanggupan) pegawai ASN mengelola kompetensi Integritas yang dibutuhkan organisasi",
      en: "Civil servants' increased capacity (ability and willingness) to manage the integrity competences the organisation needs",
    },
    sumber: "BAB III.A angka 3; Tabel 2 III",
  },
];
