/**
 * Behaviourally anchored rating scales (BARS) of the non-test observation
 * and 360 instrument (PermenPANRB 60/2020 BAB III.B.3.b angka 2, observasi
 * "horizontal dan vertikal"). One scale per sub-dimension of BAB II.C
 * (12) and one per quality of Pasal 3 ayat (1) (4), plus, for subordinates
 * rating their leader, the role-model scale (Tabel 1 organisasional huruf d;
 * BAB II.E). Each scale has four anchors, one per maturity level of BAB
 * II.D (Kesadaran, Pemahaman, Penerimaan, Kepemilikan): the anchor names the
 * sub-dimension's observable behaviour (from its description in BAB II.C)
 * at the depth the level describes. A rater may answer "tidak dapat
 * mengamati" (null) instead of choosing an anchor.
 *
 * Scores: anchor of level L is scored L − 1 (0…3), the form the many-facet
 * Rasch model takes (`calibrateRatings`, integers from 0).
 */

import { KODE_SUBDIMENSI, type KodeFaktor, type KodeSubDimensi, subDimensi } from "../kerangka/faktor.ts";
import type { LevelKematangan } from "../kerangka/kematangan.ts";
import { KODE_KUALITAS, type KodeKualitas } from "../kerangka/kualitas.ts";
import type { Teks } from "../kerangka/teks.ts";

export const KODE_TELADAN = "teladan" as const;
export type KodeButirBars = KodeSubDimensi | KodeKualitas | typeof KODE_TELADAN;

export interface AnchorBars {
  level: LevelKematangan;
  skor: 0 | 1 | 2 | 3;
  teks: Teks;
}

export interface SkalaBars {
  kode: KodeButirBars;
  jenis: "subdimensi" | "kualitas" | "teladan";
  nama: Teks;
  /** The factor a sub-dimension scale measures (null for the qualities and the role-model scale). */
  faktor: KodeFaktor | null;
  perilaku: Teks;
  anchor: [AnchorBars, AnchorBars, AnchorBars, AnchorBars];
  sumber: string;
}

/** Observable behaviour per sub-dimension, from its description in BAB II.C. */
const PERILAKU: Record<KodeSubDimensi, Teks> = {
  KD1: {
    id: "menggunakan sumber daya secara efektif dan efisien, melayani tanpa diskriminasi, dan tidak koruptif",
    en: "using resources effectively and efficiently, serving without discrimination, and refusing corruption",
  },
  KD2: {
    id: "bersyukur dan bangga sebagai ASN, bekerja sama dengan baik, dan percaya diri",
    en: "being grateful and proud to serve, cooperating well, and being self-confident",
  },
  KD3: {
    id: "taat pada aturan, nilai, norma, kode etik, dan standar perilaku ASN atas kemauan sendiri",
    en: "complying with the rules, values, norms, code of ethics and conduct of their own accord",
  },
  KD4: {
    id: "jujur, menjaga nama baik dan etika profesi, berkinerja baik, dan berdisiplin tinggi",
    en: "being honest, guarding the profession's reputation and ethics, performing well and keeping discipline",
  },
  DN1: {
    id: "menyelaraskan kepentingan pribadi dengan kepentingan organisasi dan bertanggung jawab atas tugas bersama",
    en: "aligning personal interest with the organisation's and taking responsibility for shared work",
  },
  DN2: {
    id: "bertindak proaktif dan antisipatif, merencanakan ke depan dengan belajar dari pengalaman",
    en: "acting proactively and anticipating, planning ahead while learning from experience",
  },
  DN3: {
    id: "menjaga diri dari benturan kepentingan serta cermat dan hati-hati dalam merencanakan, memutuskan, dan melayani",
    en: "avoiding conflicts of interest and being careful in planning, deciding and serving",
  },
  DN4: {
    id: "berintrospeksi atas keberhasilan dan kegagalan lalu memperbaiki diri terus-menerus",
    en: "reflecting on successes and failures and improving continuously",
  },
  KM1: {
    id: "mengenali bahwa suatu situasi kerja mengandung permasalahan moral",
    en: "recognising that a work situation raises a moral question",
  },
  KM2: {
    id: "memilih sikap yang benar dalam situasi moral berdasarkan keyakinan dan daya nalar",
    en: "choosing the right stance in a moral situation from beliefs and reasoning",
  },
  KM3: {
    id: "mengambil keputusan sendiri dengan memperhitungkan risiko ketika harus bertindak secara individu",
    en: "deciding alone, weighing the risks, when they must act individually",
  },
  KM4: {
    id: "mengendalikan rasa takut dengan menimbang risiko serta tujuan pribadi dan organisasi",
    en: "controlling fear by weighing risks and personal and organisational goals",
  },
};

/** Observable behaviour per quality of Pasal 3 ayat (1). */
const PERILAKU_KUALITAS: Record<KodeKualitas, { nama: Teks; perilaku: Teks; huruf: string }> = {
  kejujuran: {
    nama: { id: "Kejujuran", en: "Honesty" },
    perilaku: {
      id: "berkata dan melaporkan apa adanya kepada atasan, rekan kerja, bawahan, dan pemangku kepentingan",
      en: "telling and reporting things as they are to superiors, peers, subordinates and stakeholders",
    },
    huruf: "a",
  },
  kepatuhan: {
    nama: {
      id: "Kepatuhan terhadap peraturan perundang-undangan",
      en: "Compliance with laws and regulations",
    },
    perilaku: {
      id: "mematuhi peraturan perundang-undangan dan prosedur dalam setiap pekerjaan",
      en: "complying with laws, regulations and procedures in all work",
    },
    huruf: "b",
  },
  kerjaSama: {
    nama: { id: "Kemampuan bekerja sama", en: "Ability to cooperate" },
    perilaku: {
      id: "bekerja sama dengan rekan dan unit lain untuk mencapai tujuan bersama",
      en: "cooperating with peers and other units towards shared goals",
    },
    huruf: "c",
  },
  pengabdian: {
    nama: {
      id: "Pengabdian kepada masyarakat, bangsa dan negara",
      en: "Devotion to society, nation and state",
    },
    perilaku: {
      id: "mendahulukan pelayanan kepada masyarakat, bangsa, dan negara di atas kepentingan pribadi",
      en: "putting service to society, nation and state before personal interest",
    },
    huruf: "d",
  },
};

/** The four anchors of a behaviour, one per level of BAB II.D. */
function anchorDari(p: Teks): SkalaBars["anchor"] {
  return [
    {
      level: 1,
      skor: 0,
      teks: {
        id: `Kesadaran: mengetahui pentingnya ${p.id}, dapat menyebutkannya, tetapi belum terlihat dalam pekerjaan sehari-hari.`,
        en: `Awareness: knows the importance of ${p.en} and can name it, but it does not yet show in daily work.`,
      },
    },
    {
      level: 2,
      skor: 1,
      teks: {
        id: `Pemahaman: memahami dan dapat menjelaskan dengan contoh ${p.id}; menampilkannya terutama bila diingatkan atau diawasi.`,
        en: `Understanding: understands and can explain with examples ${p.en}; shows it mainly when reminded or supervised.`,
      },
    },
    {
      level: 3,
      skor: 2,
      teks: {
        id: `Penerimaan: mempraktikkan ${p.id} secara wajar dalam tugas sehari-hari dan mulai berani mempertahankannya saat ada tekanan.`,
        en: `Acceptance: practises ${p.en} naturally in daily tasks and begins to hold to it under pressure.`,
      },
    },
    {
      level: 4,
      skor: 3,
      teks: {
        id: `Kepemilikan: ${p.id} sudah menjadi bagian dari dirinya, baik ada atau tidak ada pengawasan, dan menjadi teladan bagi orang lain.`,
        en: `Ownership: ${p.en} is part of who they are, supervised or not, and they are an example to others.`,
      },
    },
  ];
}

export const BARS_SUBDIMENSI: readonly SkalaBars[] = KODE_SUBDIMENSI.map((kode) => {
  const s = subDimensi(kode);
  return {
    kode,
    jenis: "subdimensi",
    nama: s.nama,
    faktor: s.faktor,
    perilaku: PERILAKU[kode],
    anchor: anchorDari(PERILAKU[kode]),
    sumber: `${s.sumber}; BAB II.D.1–4`,
  };
});

export const BARS_KUALITAS: readonly SkalaBars[] = KODE_KUALITAS.map((kode) => {
  const q = PERILAKU_KUALITAS[kode];
  return {
    kode,
    jenis: "kualitas",
    nama: q.nama,
    faktor: null,
    perilaku: q.perilaku,
    anchor: anchorDari(q.perilaku),
    sumber: `Pasal 3 ayat (1) huruf ${q.huruf}; BAB II.D.1–4`,
  };
});

/** Upward feedback: subordinates rate their leader as a role model (Tabel 1 organisasional d; BAB II.E). */
export const BARS_TELADAN: SkalaBars = {
  kode: KODE_TELADAN,
  jenis: "teladan",
  nama: { id: "Keteladanan pimpinan (role model)", en: "Leader as role model" },
  faktor: null,
  perilaku: {
    id: "memberi keteladanan pelaksanaan kode etik dan kode perilaku kepada bawahan",
    en: "setting an example of the code of ethics and conduct to subordinates",
  },
  anchor: anchorDari({
    id: "memberi keteladanan pelaksanaan kode etik dan kode perilaku kepada bawahan",
    en: "setting an example of the code of ethics and conduct to subordinates",
  }),
  sumber: "Tabel 1 organisasional huruf d; BAB II.E angka 2; BAB II.D.1–4",
};

/** Who rates whom (BAB III.B.3.b angka 2: horizontal — peers — and vertical — superior and subordinates). */
export const JENIS_PENILAI = ["atasan", "rekan", "bawahan"] as const;
export type JenisPenilai = (typeof JENIS_PENILAI)[number];

export const NAMA_JENIS_PENILAI: Record<JenisPenilai, Teks> = {
  atasan: { id: "Atasan langsung", en: "Direct superior" },
  rekan: { id: "Rekan kerja", en: "Peers" },
  bawahan: { id: "Bawahan (umpan balik ke atas)", en: "Subordinates (upward feedback)" },
};

/** The scales a rater of `jenis` fills in: all 16, plus the role-model scale for subordinates. */
export function instrumenBars(jenis: JenisPenilai): readonly SkalaBars[] {
  return jenis === "bawahan"
    ? [...BARS_SUBDIMENSI, ...BARS_KUALITAS, BARS_TELADAN]
    : [...BARS_SUBDIMENSI, ...BARS_KUALITAS];
}

const SEMUA = new Map<string, SkalaBars>(
  [...BARS_SUBDIMENSI, ...BARS_KUALITAS, BARS_TELADAN].map((s) => [s.kode, s]),
);

export function skalaBars(kode: string): SkalaBars | undefined {
  return SEMUA.get(kode);
}

/** Level of a mean (or rater-corrected "fair") BARS score on 0…3: the nearest anchor. */
export function levelDariSkorBars(skor: number): LevelKematangan {
  const l = Math.round(Math.min(3, Math.max(0, skor))) + 1;
  return l as LevelKematangan;
}
