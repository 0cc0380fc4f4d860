import type { Teks } from "./teks.ts";

/**
 * The three factors that build integrity (Pasal 4 ayat (1); BAB II.C) and
 * their twelve sub-dimensions (BAB II.C.1.a – II.C.3.d).
 *
 * Codes are stable and used everywhere (item bank, scores, reports):
 *   KD = Keyakinan Dasar, DN = (Kekuatan) Daya Nalar, KM = Keberanian Moral;
 *   the digit is the letter of the sub-dimension in the regulation (a=1 … d=4).
 * Definitions (`definisi.id`) quote the regulation text; `definisi.en` is our
 * translation.
 */
export const KODE_FAKTOR = ["KD", "DN", "KM"] as const;
export type KodeFaktor = (typeof KODE_FAKTOR)[number];

export const KODE_SUBDIMENSI = [
  "KD1",
  "KD2",
  "KD3",
  "KD4",
  "DN1",
  "DN2",
  "DN3",
  "DN4",
  "KM1",
  "KM2",
  "KM3",
  "KM4",
] as const;
export type KodeSubDimensi = (typeof KODE_SUBDIMENSI)[number];

/** An observable behaviour the regulation names under a sub-dimension ("Perilaku yang muncul …"). */
export interface Indikator {
  kode: string;
  teks: Teks;
  sumber: string;
  /** "nasional" for the regulation's own; "instansi" for an agency extension. */
  asal: "nasional" | "instansi";
  instansiId?: string;
}

export interface SubDimensi {
  kode: KodeSubDimensi;
  faktor: KodeFaktor;
  nama: Teks;
  definisi: Teks;
  sumber: string;
  indikator: Indikator[];
}

export interface Faktor {
  kode: KodeFaktor;
  nama: Teks;
  definisi: Teks;
  sumber: string;
  subDimensi: KodeSubDimensi[];
}

export const FAKTOR: readonly Faktor[] = [
  {
    kode: "KD",
    nama: { id: "Keyakinan Dasar", en: "Basic beliefs" },
    definisi: {
      id: "Nilai dasar Integritas yang telah terinternalisasi dalam individu; keyakinan dasar (beliefs), yakni nilai-nilai yang telah terinternalisasi dan menjadi dasar pertimbangan yang bersangkutan untuk bertindak.",
      en: "The basic values of integrity internalised by the individual; beliefs, i.e. internalised values that are the basis on which the person decides to act.",
    },
    sumber: "Pasal 4 ayat (1) huruf a; BAB II.C.1",
    subDimensi: ["KD1", "KD2", "KD3", "KD4"],
  },
  {
    kode: "DN",
    nama: { id: "Kekuatan Daya Nalar", en: "Reasoning (self-regulation)" },
    definisi: {
      id: "Kapasitas Pegawai ASN untuk melakukan pengendalian terhadap proses berpikir, memotivasi, mempengaruhi, dan bertindak; kemampuan individu dalam menata dan mengatur diri sendiri secara proaktif dan responsif, bukan sekedar reaktif terhadap peristiwa eksternal.",
      en: "A civil servant's capacity to control their own thinking, motivating, influencing and acting; the ability to organise and regulate oneself proactively and responsively, not merely reacting to external events.",
    },
    sumber: "Pasal 4 ayat (1) huruf b; BAB II.C.2",
    subDimensi: ["DN1", "DN2", "DN3", "DN4"],
  },
  {
    kode: "KM",
    nama: { id: "Keberanian Moral", en: "Moral courage" },
    definisi: {
      id: "Kekuatan mental individu dan kepercayaan diri dalam membuat keputusan moral untuk menyelesaikan dilema etika.",
      en: "The individual's mental strength and self-confidence in making moral decisions to resolve ethical dilemmas.",
    },
    sumber: "Pasal 4 ayat (1) huruf c; BAB II.C.3",
    subDimensi: ["KM1", "KM2", "KM3", "KM4"],
  },
];

const ind = (kode: string, sumber: string, id: string, en: string): Indikator => ({
  kode,
  teks: { id, en },
  sumber,
  asal: "nasional",
});

export const SUB_DIMENSI: readonly SubDimensi[] = [
  {
    kode: "KD1",
    faktor: "KD",
    nama: { id: "Idealisme", en: "Idealism" },
    definisi: {
      id: "Idealisme aparatur yang akan mendorong individu Pegawai ASN untuk berperilaku dan bertindak yang mencerminkan pandangan bahwa sebaik-baik Pegawai ASN adalah yang paling banyak manfaatnya bagi organisasi, masyarakat, bangsa dan negara.",
      en: "The idealism that drives a civil servant to behave and act on the view that the best civil servant is the one of most benefit to the organisation, society, nation and state.",
    },
    sumber: "BAB II.C.1.a",
    indikator: [
      ind(
        "KD1.1",
        "BAB II.C.1.a",
        "Menggunakan sumber daya dengan efektif dan efisien untuk mencapai kinerja yang optimal",
        "Uses resources effectively and efficiently to reach optimal performance",
      ),
      ind(
        "KD1.2",
        "BAB II.C.1.a",
        "Memberikan pelayanan yang baik tanpa diskriminasi ketika bekerja ataupun di luar jam kerja",
        "Serves well without discrimination, at work and outside working hours",
      ),
      ind(
        "KD1.3",
        "BAB II.C.1.a",
        "Berkontribusi pada perbaikan masyarakat",
        "Contributes to improving society",
      ),
      ind("KD1.4", "BAB II.C.1.a", "Tidak koruptif", "Is not corrupt"),
    ],
  },
  {
    kode: "KD2",
    faktor: "KD",
    nama: { id: "Penerimaan Diri", en: "Self-acceptance" },
    definisi: {
      id: "Penerimaan diri aparatur yang akan mendorong individu Pegawai ASN untuk bersyukur dan bangga berprofesi sebagai ASN dalam suka dan duka untuk mengabdikan kepada bangsa dan negara.",
      en: "The self-acceptance that drives a civil servant to be grateful for and proud of the profession of civil servant, in good times and bad, in service of nation and state.",
    },
    sumber: "BAB II.C.1.b",
    indikator: [
      ind("KD2.1", "BAB II.C.1.b", "Mampu bekerja sama dengan baik", "Cooperates well"),
      ind("KD2.2", "BAB II.C.1.b", "Percaya diri", "Is self-confident"),
    ],
  },
  {
    kode: "KD3",
    faktor: "KD",
    nama: { id: "Kemandirian", en: "Independence" },
    definisi: {
      id: "Kemandirian aparatur yang akan mendorong pegawai ASN dalam berpikir, berperilaku, dan bertindak secara mandiri selaras dengan kriteria Integritas pegawai ASN.",
      en: "The independence that drives a civil servant to think, behave and act autonomously, in line with the integrity criteria for civil servants.",
    },
    sumber: "BAB II.C.1.c",
    indikator: [
      ind(
        "KD3.1",
        "BAB II.C.1.c",
        "Taat pada aturan, nilai, norma, kode etik, dan standar perilaku Pegawai ASN",
        "Complies with the rules, values, norms, code of ethics and standards of conduct for civil servants",
      ),
    ],
  },
  {
    kode: "KD4",
    faktor: "KD",
    nama: { id: "Bermartabat", en: "Dignity" },
    definisi: {
      id: "Bermartabat aparatur akan mendorong individu pegawai ASN untuk berperilaku dan bertindak dengan menjaga kehormatan/martabat (nama baik dan reputasi), jujur, dan menjaga kemuliaan profesi (etika profesi) dan budaya organisasi.",
      en: "Dignity drives a civil servant to behave and act so as to keep their honour (good name and reputation), to be honest, and to uphold the nobility of the profession (professional ethics) and the organisation's culture.",
    },
    sumber: "BAB II.C.1.d",
    indikator: [
      ind("KD4.1", "BAB II.C.1.d", "Berkinerja baik", "Performs well"),
      ind("KD4.2", "BAB II.C.1.d", "Berdisiplin tinggi", "Is highly disciplined"),
    ],
  },
  {
    kode: "DN1",
    faktor: "DN",
    nama: { id: "Fokus Perhatian dan Tanggung Jawab", en: "Focus of attention and responsibility" },
    definisi: {
      id: "Kemampuan Pegawai ASN untuk merencanakan perubahan serta menempatkan diri sendiri dalam kepentingan bersama dengan menyelaraskan kepentingan individu dan kepentingan organisasi.",
      en: "A civil servant's ability to plan change and to place themselves within the common interest by aligning individual and organisational interests.",
    },
    sumber: "BAB II.C.2.a",
    indikator: [],
  },
  {
    kode: "DN2",
    faktor: "DN",
    nama: { id: "Terencana dan Antisipatif", en: "Planned and anticipatory" },
    definisi: {
      id: "Kemampuan Pegawai ASN untuk proaktif dan antisipatif, mampu berpikir lintas dan berorientasi masa depan dengan tetap melihat dan memperhatikan pengalaman masa lalu sehingga memberikan arah yang bermakna bagi organisasi, masyarakat, bangsa, dan negara.",
      en: "A civil servant's ability to be proactive and anticipatory, to think across boundaries and towards the future while heeding past experience, so as to give meaningful direction to the organisation, society, nation and state.",
    },
    sumber: "BAB II.C.2.b",
    indikator: [],
  },
  {
    kode: "DN3",
    faktor: "DN",
    nama: { id: "Disiplin Pribadi", en: "Personal discipline" },
    definisi: {
      id: "Kemampuan Pegawai ASN menjaga diri dari situasi benturan kepentingan, cermat dan berhati-hati dalam membuat perencanaan, merumuskan kebijakan, melaksanakan kebijakan dan memberikan pelayanan dengan terus mengembangkan kompetensi yang dimiliki secara memadai.",
      en: "A civil servant's ability to keep clear of conflicts of interest, and to be careful and meticulous in planning, formulating and implementing policy and providing services, while continually developing their competence adequately.",
    },
    sumber: "BAB II.C.2.c",
    indikator: [],
  },
  {
    kode: "DN4",
    faktor: "DN",
    nama: { id: "Evaluasi Diri", en: "Self-evaluation" },
    definisi: {
      id: "Kemampuan Pegawai ASN untuk melakukan introspeksi dan evaluasi diri terhadap keberhasilan dan kegagalan serta melakukan penyesuaian dan perbaikan secara terus menerus.",
      en: "A civil servant's ability to reflect on and evaluate their own successes and failures and to adjust and improve continually.",
    },
    sumber: "BAB II.C.2.d",
    indikator: [],
  },
  {
    kode: "KM1",
    faktor: "KM",
    nama: { id: "Pengenalan Situasi Moral", en: "Recognising a moral situation" },
    definisi: {
      id: "Kemampuan individu Pegawai ASN untuk mengenali apakah situasi yang dihadapinya merupakan permasalahan moral.",
      en: "A civil servant's ability to recognise whether the situation they face is a moral problem.",
    },
    sumber: "BAB II.C.3.a",
    indikator: [],
  },
  {
    kode: "KM2",
    faktor: "KM",
    nama: { id: "Pilihan Moral", en: "Moral choice" },
    // The published text reads "Keberpikah", an evident typo of "Keberpihakan".
    definisi: {
      id: "Keberpihakan atau pilihan sikap individu Pegawai ASN terhadap situasi moral yang dihadapi berdasarkan keyakinan dan kekuatan daya nalar individu.",
      en: "The side a civil servant takes, or the stance they choose, in a moral situation, based on their beliefs and reasoning.",
    },
    sumber: "BAB II.C.3.b",
    indikator: [],
  },
  {
    kode: "KM3",
    faktor: "KM",
    nama: { id: "Individualitas", en: "Individuality" },
    definisi: {
      id: "Kemampuan individu Pegawai ASN untuk mengambil keputusan dengan memperhitungkan risiko dalam situasi yang harus dilakukan secara individu.",
      en: "A civil servant's ability to take decisions, weighing the risks, in situations where they must act on their own.",
    },
    sumber: "BAB II.C.3.c",
    indikator: [],
  },
  {
    kode: "KM4",
    faktor: "KM",
    nama: { id: "Pengelolaan Rasa Takut", en: "Managing fear" },
    definisi: {
      id: "Kemampuan individu Pegawai ASN untuk mengendalikan rasa takut melalui pertimbangan resiko dan tujuan pribadi dan organisasi yang ingin dicapai.",
      en: "A civil servant's ability to control fear by weighing the risks and the personal and organisational goals to be achieved.",
    },
    sumber: "BAB II.C.3.d",
    indikator: [],
  },
];

export function isKodeSubDimensi(x: unknown): x is KodeSubDimensi {
  return typeof x === "string" && (KODE_SUBDIMENSI as readonly string[]).includes(x);
}

export function subDimensi(kode: KodeSubDimensi): SubDimensi {
  const s = SUB_DIMENSI.find((d) => d.kode === kode);
  if (!s) throw new Error(`Sub-dimensi tidak dikenal: ${kode}`);
  return s;
}

export function faktorDari(kode: KodeSubDimensi): KodeFaktor {
  return subDimensi(kode).faktor;
}
