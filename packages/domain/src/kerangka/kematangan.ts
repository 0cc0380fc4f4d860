import type { Teks } from "./teks.ts";

/**
 * The four maturity levels of individual integrity (BAB II.D.1–4) and the
 * achievement criteria of the matching implementation sub-stages
 * (BAB III.B.2 huruf a–d: 4, 4, 8 and 10 criteria).
 */
export const LEVEL_KEMATANGAN = [1, 2, 3, 4] as const;
export type LevelKematangan = (typeof LEVEL_KEMATANGAN)[number];

export interface KriteriaPencapaian {
  /** Number in the regulation's list, e.g. 2 for "2)". */
  nomor: number;
  teks: Teks;
  /** Lettered sub-items a), b)… where the regulation lists them. */
  rincian?: Teks[];
  sumber: string;
}

export interface TingkatKematangan {
  level: LevelKematangan;
  nama: Teks;
  deskripsi: Teks;
  sumber: string;
  subtahap: {
    nama: Teks;
    tujuan: Teks;
    sumber: string;
    kriteria: KriteriaPencapaian[];
  };
}

const k = (
  sumber: string,
  nomor: number,
  id: string,
  en: string,
  rincian?: [string, string][],
): KriteriaPencapaian => ({
  nomor,
  teks: { id, en },
  sumber: `${sumber} angka ${nomor}`,
  ...(rincian ? { rincian: rincian.map(([rid, ren]) => ({ id: rid, en: ren })) } : {}),
});

const A = "BAB III.B.2.a";
const B = "BAB III.B.2.b";
const C = "BAB III.B.2.c";
const D = "BAB III.B.2.d";

export const TINGKAT_KEMATANGAN: readonly TingkatKematangan[] = [
  {
    level: 1,
    nama: { id: "Kesadaran", en: "Awareness" },
    deskripsi: {
      id: "Pegawai ASN mempunyai pengetahuan terbatas tentang Integritas individu namun mempunyai kesadaran akan pentingnya Integritas individu sebagai pegawai ASN. Individu mengetahui peran dan fungsi ASN, kriteria Integritas individu pegawai ASN, nilai dasar ASN yang membangun Integritas, faktor yang membangun Integritas individu, dan ketrampilan yang mendukung pembangunan Integritas, serta terbangunnya persepsi, atensi, dan kesiapan untuk implementasi pembangunan Integritas pada level individu.",
      en: "The civil servant has limited knowledge of individual integrity but is aware of its importance. They know the role and function of the civil service, the integrity criteria, the basic values and factors that build integrity and the supporting skills, and have formed the perception, attention and readiness to build integrity at the individual level.",
    },
    sumber: "BAB II.D.1",
    subtahap: {
      nama: { id: "Subtahap Membangun Kesadaran", en: "Building awareness" },
      tujuan: {
        id: "Menumbuhkan arti penting Integritas bagi diri sendiri dan lingkungan kerja instansi pemerintah.",
        en: "To grow the importance of integrity for oneself and for the agency's work environment.",
      },
      sumber: A,
      kriteria: [
        k(
          A,
          1,
          "Mengetahui dan merasakan pentingnya Integritas individu bagi kehidupan pribadi, unit kerja, dan instansi pemerintah tempat kerja",
          "Knows and feels the importance of individual integrity for personal life, the work unit and the agency",
        ),
        k(A, 2, "Mengetahui dan menjelaskan kembali", "Knows and can explain again", [
          ["nilai dalam budaya organisasi", "the values in the organisation's culture"],
          ["keyakinan (belief)", "beliefs"],
          ["tujuan organisasi", "the organisation's goals"],
          [
            "peran dan fungsi ASN sebagai profesi",
            "the role and function of the civil service as a profession",
          ],
          [
            "aturan terkait kode etik dan kode perilaku",
            "the rules on the code of ethics and code of conduct",
          ],
        ]),
        k(
          A,
          3,
          "Menunjukkan atensi dan penghargaan terhadap orang lain",
          "Shows attention and respect to others",
        ),
        k(
          A,
          4,
          "Mempersiapkan diri, baik mental, fisik, dan emosi, dalam menghadapi perubahan terkait implementasi Integritas",
          "Prepares mentally, physically and emotionally for the changes that implementing integrity brings",
        ),
      ],
    },
  },
  {
    level: 2,
    nama: { id: "Pemahaman", en: "Understanding" },
    deskripsi: {
      id: "Pegawai ASN mempunyai pengetahuan yang memadai dan memahami Integritas individu pegawai ASN. Individu memahami peran dan fungsi ASN, kriteria Integritas pegawai ASN, nilai dasar ASN yang menjadi dasar pembangun Integritas individu, faktor yang menjadi pembangun Integritas, memahami bentuk perilaku yang menggambarkan Integritas pegawai ASN, dan mempertahankan bentuk perilaku Integritas dalam memori sebagai hasil proses belajar.",
      en: "The civil servant has adequate knowledge and understands individual integrity: the role and function of the civil service, the integrity criteria, the basic values and factors that build integrity, the forms of behaviour that show integrity, and retains those forms of behaviour in memory as a result of learning.",
    },
    sumber: "BAB II.D.2",
    subtahap: {
      nama: { id: "Subtahap Membangun Pemahaman", en: "Building understanding" },
      tujuan: {
        id: "Pegawai ASN memahami bentuk-bentuk perilaku yang menggambarkan Integritas Pegawai ASN, dan mempertahankan (retention) bentuk perilaku Integritas dalam memori sebagai hasil proses belajar.",
        en: "Civil servants understand the forms of behaviour that show integrity and retain them in memory as a result of learning.",
      },
      sumber: B,
      kriteria: [
        k(
          B,
          1,
          "Memahami, menginterpretasikan, dan menyatakan kembali",
          "Understands, interprets and restates",
          [
            [
              "pengertian Integritas pada level individu/pegawai ASN",
              "the meaning of integrity at the individual level",
            ],
            ["faktor pembangun Integritas pegawai ASN", "the factors that build integrity"],
            ["karakteristik Integritas pegawai ASN", "the characteristics of integrity"],
            [
              "hubungan antara Integritas organisasi dan individu",
              "the relation between organisational and individual integrity",
            ],
            ["kode etik dan kode perilaku", "the code of ethics and code of conduct"],
            [
              "peran dan fungsi ASN sebagai profesi",
              "the role and function of the civil service as a profession",
            ],
            [
              "keterkaitan tugas pokok dan fungsi ASN dengan tujuan organisasi",
              "how the civil servant's main duties relate to the organisation's goals",
            ],
          ],
        ),
        k(
          B,
          2,
          "Berpartisipasi aktif dalam pembelajaran, dan lingkungan kerja",
          "Takes an active part in learning and in the work environment",
        ),
        k(
          B,
          3,
          "Berinisiatif dan mengambil tindakan atas suatu kejadian",
          "Takes initiative and acts on events",
        ),
        k(
          B,
          4,
          "Memulai ketrampilan yang kompleks yang dibutuhkan untuk implementasi Integritas dengan bantuan/bimbingan dengan meniru dan uji coba",
          "Begins the complex skills integrity requires, with help or guidance, by imitation and trial",
        ),
      ],
    },
  },
  {
    level: 3,
    nama: { id: "Penerimaan", en: "Acceptance" },
    deskripsi: {
      id: "Pegawai ASN menerima Integritas pegawai ASN sebagai salah satu bagian dari dirinya yang perlu dikembangkan dan dijaga. Kemampuan melakukan produksi perilaku dan tindakan Integritas sudah terlihat dalam kegiatan sehari-hari dalam melaksanakan tugas. Pegawai ASN mulai melakukan internalisasi nilai dasar pembangun Integritas, mempraktikkan perilaku yang menggambarkan Integritas di lingkungan kerja, meningkatkan keterampilan yang terkait dengan pembangunan Integritas individu, mulai menumbuhkan keberanian moral dalam melaksanakan pekerjaannya, dan terbangunnya reaksi yang natural dalam implementasi Integritas.",
      en: "The civil servant accepts integrity as part of themselves, to be developed and guarded; integrity behaviour already shows in daily work. They begin to internalise the basic values, practise integrity at work, improve the related skills, begin to grow moral courage in their work, and react naturally in applying integrity.",
    },
    sumber: "BAB II.D.3",
    subtahap: {
      nama: { id: "Subtahap Membangun Penerimaan", en: "Building acceptance" },
      tujuan: {
        id: "Pegawai ASN mulai menginternalisasi keyakinan dasar dari faktor pembangun Integritas sebagai suatu keutamaan bagi diri sendiri dan lingkungan kerja, dan mampu memproduksi perilaku dan tindakan yang sesuai dengan kualitas pribadi Integritas Pegawai ASN.",
        en: "Civil servants begin to internalise the basic beliefs of the integrity factors as a virtue for themselves and their workplace, and can produce behaviour and actions matching the personal qualities of integrity.",
      },
      sumber: C,
      kriteria: [
        k(
          C,
          1,
          "Menemukan perilaku Integritas dalam lingkup dunia kerja di instansi pemerintah",
          "Finds integrity behaviour within the world of work in the agency",
        ),
        k(
          C,
          2,
          "Menggali dan mendalami lebih jauh terkait dengan implementasi Integritas dalam melaksanakan tugas",
          "Explores further how to apply integrity in carrying out duties",
        ),
        k(
          C,
          3,
          "Mendemonstrasikan peran dan makna ASN sebagai profesi",
          "Demonstrates the role and meaning of the civil service as a profession",
        ),
        k(
          C,
          4,
          "Mampu mengolah berbagai informasi dan pengalaman di lingkungan kerja",
          "Can process information and experience from the work environment",
        ),
        k(
          C,
          5,
          "Mengejawantahkan nilai ASN kedalam perilaku dan tindakan",
          "Embodies civil-service values in behaviour and action",
        ),
        k(
          C,
          6,
          "Mengenali persoalan etika dalam situasi-situasi dilematis (benturan kepentingan)",
          "Recognises ethical problems in dilemmas (conflicts of interest)",
        ),
        k(
          C,
          7,
          "Menunjukkan nilai yang dianut untuk membedakan mana yang baik dan kurang baik terhadap suatu kejadian/obyek, dan nilai tersebut diekspresikan dalam perilaku",
          "Shows the values held to tell good from less good in an event or object, and expresses those values in behaviour",
        ),
        k(
          C,
          8,
          "Melakukan kegiatan pada tingkat ketrampilan yang lebih sulit untuk implementasi Integritas, sehingga terbiasa melakukan tugas rutinnya dengan cara yang sesuai dengan kriteria Integritas",
          "Performs integrity at a harder skill level, becoming used to doing routine work in line with the integrity criteria",
        ),
      ],
    },
  },
  {
    level: 4,
    nama: { id: "Kepemilikan", en: "Ownership" },
    deskripsi: {
      id: "Pegawai ASN sudah mampu menampilkan perilaku dan tindakan Integritas sebagai identitas dan karakteristik dirinya atau dengan kata lain Integritas sudah menjadi motivasi intrinsik individu, baik ada atau tidak ada pengawasan. Pegawai ASN memiliki kemampuan bekerjasama dengan baik (kolaboratif), percaya diri dan mandiri, serta mampu mengimplementasikan Integritas dengan mengedepankan etika moral, tidak koruptif, menggunakan sumber daya publik secara bertanggung jawab, berorientasi pada kinerja, berusaha untuk memberikan kontribusi positif, dan melayani secara profesional.",
      en: "The civil servant displays integrity as their identity and character: integrity has become intrinsic motivation, whether or not anyone is watching. They collaborate well, are confident and independent, and apply integrity by putting ethics first, not being corrupt, using public resources responsibly, focusing on performance, contributing positively and serving professionally.",
    },
    sumber: "BAB II.D.4",
    subtahap: {
      nama: { id: "Subtahap Membangun Kepemilikan", en: "Building ownership" },
      tujuan: {
        id: "Integritas menjadi trait atau ciri Pegawai ASN yang menetap (permanen); Integritas menjadi motivasi intrinsik individu.",
        en: "Integrity becomes a lasting (permanent) trait of the civil servant; integrity becomes intrinsic motivation.",
      },
      sumber: D,
      kriteria: [
        k(
          D,
          1,
          "Membedakan dan memilih hal yang sesuai dengan kode etik dan kode perilaku ASN",
          "Distinguishes and chooses what fits the civil-service code of ethics and conduct",
        ),
        k(
          D,
          2,
          "Merangkum, menyimpulkan, dan membuat keputusan berdasarkan informasi dari berbagai kasus terkait Integritas",
          "Summarises, concludes and decides from information across integrity cases",
        ),
        k(
          D,
          3,
          "Membuat variasi/alternatif dari pelaksanaan tugas ASN sesuai dengan kriteria Integritas Pegawai ASN",
          "Creates variations or alternatives in carrying out duties in line with the integrity criteria",
        ),
        k(
          D,
          4,
          "Meningkatkan kinerja yang berdampak tinggi pada pencapaian sasaran reformasi birokrasi instansional",
          "Improves performance with high impact on the agency's bureaucratic-reform targets",
        ),
        k(
          D,
          5,
          "Memiliki keberanian moral dalam menghadapi persoalan-persoalan dilematis di lingkungan kerja instansi pemerintah",
          "Has moral courage in facing dilemmas in the agency's work environment",
        ),
        k(D, 6, "Meningkatkan efektifitas dan efisiensi kerja", "Improves work effectiveness and efficiency"),
        k(
          D,
          7,
          "Membentuk sistem nilai dan budaya organisasi dengan mengharmonisasikannya kedalam perilaku dan tindakan Integritas",
          "Shapes the organisation's value system and culture by harmonising it into integrity behaviour and action",
        ),
        k(
          D,
          8,
          "Mengendalikan perilaku berdasarkan nilai dasar Integritas dan memperbaiki hubungan intrapersonal, interpersonal, dan sosial",
          "Controls behaviour by the basic values of integrity and improves intrapersonal, interpersonal and social relations",
        ),
        k(
          D,
          9,
          "Melakukan kemahirannya dalam melakukan tugasnya sebagai Pegawai ASN, terlihat dari kecepatan, ketepatan, efisiensi dan efektivitasnya; semua tindakan dilakukan secara spontan, lancar, cepat, dan tanpa ragu",
          "Shows mastery of their duties in speed, accuracy, efficiency and effectiveness; acts spontaneously, fluently, quickly and without hesitation",
        ),
        k(
          D,
          10,
          "Mengembangkan keahlian, dan memodifikasi pola sesuai dengan yang dibutuhkan",
          "Develops expertise and adapts patterns as needed",
        ),
      ],
    },
  },
];

export function tingkatKematangan(level: LevelKematangan): TingkatKematangan {
  const t = TINGKAT_KEMATANGAN.find((x) => x.level === level);
  if (!t) throw new Error(`Level kematangan tidak dikenal: ${level}`);
  return t;
}
