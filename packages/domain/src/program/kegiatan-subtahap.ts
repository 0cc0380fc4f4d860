import type { LevelKematangan } from "../kerangka/kematangan.ts";
import type { Teks } from "../kerangka/teks.ts";
import type { KodeKegiatanUtama } from "./kegiatan-utama.ts";

/**
 * The activity tables of the four implementation sub-stages (BAB III.B.2 a–d):
 * Tabel 5 (kesadaran), Tabel 6 (pemahaman), Tabel 7 (penerimaan), Tabel 8
 * (kepemilikan), columns Kegiatan / Tujuan / Cara Melakukan / Media.
 *
 * One entry per table row. Where the regulation continues an activity over
 * several unnumbered rows, each with its own goal, method and media (Tabel 6
 * no. 2, Tabel 7 no. 2), each row is its own entry with `baris` 1, 2, 3…
 * These are templates: the regulation lets each agency adapt them ("dapat
 * disesuaikan dengan kebutuhan masing-masing instansi", after Tabel 5).
 * Texts are the regulation's, list numbering and trailing punctuation
 * dropped; one typo corrected (Tabel 8 "pementapan" → "pemantapan"). The
 * test program-katalog checks every word against the table's own text.
 */
export interface KegiatanSubtahap {
  /** Stable code, e.g. "T6-2.3" = Tabel 6 no. 2, row 3. */
  kode: string;
  subtahap: LevelKematangan;
  tabel: 5 | 6 | 7 | 8;
  no: number;
  baris: number;
  /** The Tabel 4 main activity this row belongs to. */
  kegiatanUtama: KodeKegiatanUtama;
  kegiatan: Teks;
  tujuan: Teks[];
  cara: Teks[];
  media: Teks[];
  sumber: string;
}

type Pasangan = [string, string];
const t = (xs: Pasangan[]): Teks[] => xs.map(([id, en]) => ({ id, en }));

function baris(
  tabel: 5 | 6 | 7 | 8,
  no: number,
  nomorBaris: number,
  kegiatanUtama: KodeKegiatanUtama,
  kegiatan: Pasangan,
  isi: { tujuan: Pasangan[]; cara: Pasangan[]; media: Pasangan[] },
): KegiatanSubtahap {
  return {
    kode: `T${tabel}-${no}.${nomorBaris}`,
    subtahap: (tabel - 4) as LevelKematangan,
    tabel,
    no,
    baris: nomorBaris,
    kegiatanUtama,
    kegiatan: { id: kegiatan[0], en: kegiatan[1] },
    tujuan: t(isi.tujuan),
    cara: t(isi.cara),
    media: t(isi.media),
    sumber: `Tabel ${tabel} no. ${no}${nomorBaris > 1 ? ` (baris lanjutan ${nomorBaris})` : ""}`,
  };
}

const KEPEMIMPINAN: Pasangan = ["Penguatan Kepemimpinan", "Leadership strengthening"];

export const KEGIATAN_SUBTAHAP: readonly KegiatanSubtahap[] = [
  // Tabel 5: Kegiatan pada Subtahap Membangun Kesadaran
  baris(5, 1, 1, "penguatan_kepemimpinan", KEPEMIMPINAN, {
    tujuan: [
      [
        "Membangun komitmen bersama dalam membangun Integritas pegawai ASN",
        "Build a joint commitment to building civil servants' integrity",
      ],
      [
        "Memberikan gambaran arah organisasi yang dikelola berbasis Integritas",
        "Give a picture of where an integrity-based organisation is heading",
      ],
    ],
    cara: [
      [
        "Menyamakan bahasa kebijakan menjadi bahasa yang lebih operasional",
        "Translate policy language into more operational language",
      ],
      [
        "Menyuarakan pengetahuan tentang kode etik dan kode perilaku",
        "Speak out knowledge of the code of ethics and code of conduct",
      ],
      ["Memberikan contoh perilaku", "Set an example through behaviour"],
    ],
    media: [
      ["Forum rutin", "Routine forum"],
      [
        "Slogan dan atau kampanye kode etik dan kode perilaku",
        "Slogans and/or campaigns on the code of ethics and conduct",
      ],
    ],
  }),
  baris(
    5,
    2,
    1,
    "penguatan_kapasitas",
    [
      "Penguatan Kemampuan dan Kesanggupan Individu (Level Dasar)",
      "Individual capacity strengthening (basic level)",
    ],
    {
      tujuan: [
        ["Memperkuat level pengetahuan (kognitif)", "Strengthen the level of knowledge (cognitive)"],
        [
          "Membangun kesadaran pentingnya Integritas pegawai ASN dalam mencapai tujuan organisasi",
          "Build awareness of how civil servants' integrity matters for the organisation's goals",
        ],
        [
          "Meningkatkan pemahaman terhadap peran sebagai pegawai ASN",
          "Improve understanding of the role of a civil servant",
        ],
      ],
      cara: [
        [
          "Menyusun kurikulum pembangunan Integritas pegawai ASN",
          "Draw up the integrity-building curriculum",
        ],
        ["Melakukan pelatihan Pembangunan Integritas Pegawai ASN", "Run integrity-building training"],
        [
          "Melakukan pembinaan Melalui kegiatan Wadah Berbagi (knowledge sharing)",
          "Coach through the knowledge-sharing forum",
        ],
      ],
      media: [
        ["Dalam kelas", "In class"],
        ["Luar kelas melalui Penugasan", "Outside class through assignments"],
        ["Coaching dan Counseling", "Coaching and counseling"],
      ],
    },
  ),
  // Tabel 6: Kegiatan pada Subtahap Membangun Pemahaman
  baris(6, 1, 1, "penguatan_kepemimpinan", KEPEMIMPINAN, {
    tujuan: [["Membangun role model", "Build role models"]],
    cara: [
      ["Pelatihan khusus level pimpinan", "Special training for leaders"],
      ["Memberikan contoh melalui perilaku", "Set an example through behaviour"],
    ],
    media: [
      ["Kelas", "Class"],
      ["Penugasan", "Assignments"],
      ["Arahan Pimpinan", "Leaders' direction"],
    ],
  }),
  ...(
    [
      {
        tujuan: [
          [
            "Menguatkan kapasitas dan kapabilitas individu pada level afektif (menghayati)",
            "Strengthen individual capacity and capability at the affective level (taking it to heart)",
          ],
          [
            "Meningkatkan pemahaman Integritas melalui pengetahuan akan faktor-faktor pembangun Integritas",
            "Deepen understanding of integrity through knowledge of its building factors",
          ],
        ],
        cara: [
          [
            "Training/coaching/mentoring sesuai dengan kurikulum pembangunan Integritas pegawai ASN",
            "Training, coaching and mentoring following the integrity-building curriculum",
          ],
          [
            "Utilisasi forum komunikasi dan berbagi pengetahuan",
            "Use the communication and knowledge-sharing forum",
          ],
        ],
        media: [
          ["Kelas", "Class"],
          ["Luar kelas", "Outside class"],
          ["Penugasan", "Assignments"],
          ["Bedah kasus", "Case analysis"],
        ],
      },
      {
        tujuan: [
          [
            "Meningkatkan ketrampilan “soft skill” team work dan mengasah faktor-faktor pembangun Integritas",
            "Improve teamwork soft skills and sharpen the integrity-building factors",
          ],
        ],
        cara: [
          ["Penugasan dan mentoring", "Assignments and mentoring"],
          [
            "Mendayagunakan forum komunikasi dan berbagi pengetahuan",
            "Make use of the communication and knowledge-sharing forum",
          ],
        ],
        media: [["Penugasan kelompok", "Group assignments"]],
      },
      {
        tujuan: [
          [
            "Meningkatkan ketrampilan menjadi pendengar aktif dan kemampuan mengolah secara internal",
            "Improve active listening and the ability to process things internally",
          ],
        ],
        cara: [
          ["Pelatihan/coaching", "Training/coaching"],
          ["Mendayagunakan wadah komunikasi", "Make use of the communication forum"],
        ],
        media: [["Dialog kinerja", "Performance dialogue"]],
      },
    ] satisfies { tujuan: Pasangan[]; cara: Pasangan[]; media: Pasangan[] }[]
  ).map((isi, i) =>
    baris(
      6,
      2,
      i + 1,
      "penguatan_kapasitas",
      [
        "Peningkatan Kemampuan dan kesanggupan individu (Level Menengah)",
        "Individual capacity building (intermediate level)",
      ],
      isi,
    ),
  ),
  // Tabel 7: Kegiatan pada Subtahap Membangun Penerimaan
  baris(7, 1, 1, "penguatan_kepemimpinan", KEPEMIMPINAN, {
    tujuan: [
      [
        "Membangun situasi kolaboratif, supervisi melalui penugasan kepada staf secara langsung atau memberikan pengalaman pada staf berada dalam situasi moral yang dilematis (conflict of interest)",
        "Build collaboration; supervise through direct assignments to staff or give staff experience of morally dilemmatic situations (conflict of interest)",
      ],
    ],
    cara: [
      [
        "Pelatihan khusus level pimpinan untuk menjadi sumber inspirasi",
        "Special training for leaders to become a source of inspiration",
      ],
      ["Menjadi role model dalam perilaku", "Be a role model in behaviour"],
      [
        "Memperkuat kemampuan mentoring, coaching, counseling",
        "Strengthen mentoring, coaching and counseling skills",
      ],
    ],
    media: [
      ["Rapat staf informal (informal meeting)", "Informal staff meetings"],
      ["Menulis artikel bersama", "Writing articles together"],
    ],
  }),
  ...(
    [
      {
        tujuan: [
          [
            "Menguatkan kapabilitas dan kesanggupan individu untuk mewujudkan Integritas dalam bentuk perilaku di lingkungan kerja",
            "Strengthen individuals' capability and willingness to turn integrity into behaviour at work",
          ],
        ],
        cara: [
          ["Coaching/mentoring, dan penugasan khusus", "Coaching/mentoring and special assignments"],
          [
            "Pelatihan: Pemahaman Integritas pegawai ASN (lanjutan) sesuai dengan kurikulum pembangunan Integritas pegawai ASN yang telah disusun oleh masing-masing instansi",
            "Training: understanding civil servants' integrity (advanced), following the curriculum each agency has drawn up",
          ],
        ],
        media: [
          ["Dalam dan luar kelas", "In and outside class"],
          [
            "Asesmen sebelum pelatihan, Pelatihan, asesmen setelah pelatihan",
            "Assessment before training, training, assessment after training",
          ],
          ["Penugasan", "Assignments"],
          ["Pembahasan", "Discussion"],
        ],
      },
      {
        tujuan: [
          [
            "Menguatkan kapabilitas dan kesanggupan individu menghayati peran dan fungsi ASN sebagai profesi",
            "Strengthen individuals' capability and willingness to take to heart the civil service's role and function as a profession",
          ],
        ],
        cara: [
          [
            "Pelatihan lanjutan: Pengenalan dan Penerimaan Diri dengan berbagai metode",
            "Advanced training: self-knowledge and self-acceptance, by various methods",
          ],
        ],
        media: [
          ["Utilisasi wadah komunikasi", "Use of the communication forum"],
          ["Blog", "Blog"],
          ["Story telling", "Storytelling"],
        ],
      },
      {
        tujuan: [
          [
            "Meningkatkan kekuatan etis melalui pengolahan pikir dan rasa",
            "Increase ethical strength by working through thought and feeling",
          ],
        ],
        cara: [["Pelatihan: membangun Daya Nalar", "Training: building reasoning (self-regulation)"]],
        media: [
          ["Penugasan", "Assignments"],
          ["Studi kasus", "Case studies"],
        ],
      },
      {
        tujuan: [
          [
            "Meningkatkan sensitifitas terhadap situasi moral yang dihadapi",
            "Increase sensitivity to the moral situations faced",
          ],
        ],
        cara: [["Pelatihan: membangun keberanian moral", "Training: building moral courage"]],
        media: [
          ["Penugasan", "Assignments"],
          ["Mentoring", "Mentoring"],
          ["Coaching", "Coaching"],
        ],
      },
    ] satisfies { tujuan: Pasangan[]; cara: Pasangan[]; media: Pasangan[] }[]
  ).map((isi, i) =>
    baris(
      7,
      2,
      i + 1,
      "penguatan_kapasitas",
      [
        "Peningkatan kemampuan dan kesanggupan individu (Level Atas)",
        "Individual capacity building (upper level)",
      ],
      isi,
    ),
  ),
  // Tabel 8: Kegiatan pada Subtahap Membangun Kepemilikan
  baris(8, 1, 1, "penguatan_kepemimpinan", KEPEMIMPINAN, {
    tujuan: [
      ["Memberikan mentoring dan coaching", "Give mentoring and coaching"],
      ["Menginspirasi", "Inspire"],
    ],
    cara: [
      ["Membangun role model bagi pimpinan", "Build role models for leaders"],
      [
        "Pelatihan khusus pada level pimpinan untuk keterampilan mentoring, coaching, counseling",
        "Special training for leaders in mentoring, coaching and counseling skills",
      ],
    ],
    media: [
      ["Keteladanan", "Leading by example"],
      ["Dialog", "Dialogue"],
      ["Briefing rutin", "Routine briefings"],
      ["Pertemuan informal dengan staf", "Informal meetings with staff"],
    ],
  }),
  baris(
    8,
    2,
    1,
    "penguatan_kapasitas",
    [
      "Peningkatan kemampuan dan kesanggupan individu (Level Ahli)",
      "Individual capacity building (expert level)",
    ],
    {
      tujuan: [
        [
          "Memperkuat kemampuan dan kesanggupan individu untuk memunculkan perilaku Integritas Pegawai ASN (psikomotorik)",
          "Strengthen individuals' ability and willingness to show integrity behaviour (psychomotor)",
        ],
        [
          "Operasionalisasikan peran dan fungsi ASN kedalam bentuk perilaku yang mencerminkan Integritas",
          "Put the civil service's role and function into behaviour that reflects integrity",
        ],
        ["Meningkatkan kekuatan etis", "Increase ethical strength"],
        [
          "Meningkatkan kemampuan membuat keputusan dan problem solving dalam situasi moral",
          "Improve decision-making and problem solving in moral situations",
        ],
      ],
      cara: [
        [
          "Pelatihan sesuai dengan kurikulum: Membangun Keberanian Moral",
          "Training by the curriculum: building moral courage",
        ],
        [
          "Pelatihan lanjutan dan pemantapan sesuai dengan kurikulum: Pengenalan dan Penerimaan Diri (kebermaknaan diri)",
          "Advanced and consolidating training by the curriculum: self-knowledge and self-acceptance (meaningfulness of self)",
        ],
        [
          "Pelatihan dengan tujuan membangun Daya Nalar (lanjutan dengan bedah kasus konkret)",
          "Training to build reasoning (advanced, with analysis of concrete cases)",
        ],
        [
          "Pelatihan dengan tujuan membangun keberanian moral (lanjutan dengan bedah kasus dan penugasan)",
          "Training to build moral courage (advanced, with case analysis and assignments)",
        ],
      ],
      media: [
        ["Penugasan", "Assignments"],
        ["Coaching", "Coaching"],
        ["Mentoring", "Mentoring"],
        ["Bedah kasus", "Case analysis"],
        ["Dialog", "Dialogue"],
        ["Studi kasus", "Case studies"],
        ["Evaluasi diri (diary)", "Self-evaluation (diary)"],
      ],
    },
  ),
];

/** The rows of the table for one sub-stage (level 1 → Tabel 5 … level 4 → Tabel 8). */
export function kegiatanSubtahap(subtahap: LevelKematangan): KegiatanSubtahap[] {
  return KEGIATAN_SUBTAHAP.filter((k) => k.subtahap === subtahap);
}
