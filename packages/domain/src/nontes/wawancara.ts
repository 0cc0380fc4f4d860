/**
 * Structured interview ("wawancara terstruktur", PermenPANRB 60/2020 BAB
 * III.B.3.b angka 3): one guide per sub-dimension of BAB II.C — a behavioural
 * question about a past situation, with follow-ups that probe the situation,
 * the person's own action, the result and whether they would act the same
 * unsupervised (BAB II.D.4) — scored on the sub-dimension's BARS anchors
 * (`BARS_SUBDIMENSI`, 0…3, or "tidak dapat dinilai") by one or two
 * interviewers. Also used for the M&E random-interview sample.
 *
 * Scoring (`skorWawancara`): per sub-dimension the mean of the interviewers'
 * scores; per factor the mean of its sub-dimensions' means, its level the
 * nearest anchor (`levelDariSkorBars`); the overall level likewise over all
 * sub-dimensions. With two interviewers the exact agreement is reported.
 */
import {
  faktorDari,
  KODE_FAKTOR,
  KODE_SUBDIMENSI,
  type KodeFaktor,
  type KodeSubDimensi,
} from "../kerangka/faktor.ts";
import type { LevelKematangan } from "../kerangka/kematangan.ts";
import type { Teks } from "../kerangka/teks.ts";
import { levelDariSkorBars } from "./bars.ts";

export interface PanduanWawancara {
  kode: KodeSubDimensi;
  pertanyaan: Teks;
  lanjutan: Teks[];
  sumber: string;
}

/** Follow-ups asked of every question (situation, own action, result, unsupervised). */
export const LANJUTAN_UMUM: Teks[] = [
  {
    id: "Apa situasinya, kapan, dan apa peran Anda saat itu?",
    en: "What was the situation, when, and what was your role?",
  },
  {
    id: "Apa yang Anda sendiri lakukan (bukan tim)? Apa pertimbangan Anda?",
    en: "What did you yourself do (not the team)? What did you weigh?",
  },
  {
    id: "Apa hasilnya, dan apa yang akan Anda lakukan berbeda?",
    en: "What was the result, and what would you do differently?",
  },
  {
    id: "Apakah Anda akan bertindak sama jika tidak ada yang mengawasi atau mengetahuinya? Mengapa?",
    en: "Would you act the same if nobody supervised or knew? Why?",
  },
];

const q = (kode: KodeSubDimensi, id: string, en: string, khusus: [string, string]): PanduanWawancara => ({
  kode,
  pertanyaan: { id, en },
  lanjutan: [{ id: khusus[0], en: khusus[1] }, ...LANJUTAN_UMUM],
  sumber: `BAB II.C (${kode}); BAB II.D.1–4`,
});

export const PANDUAN_WAWANCARA: readonly PanduanWawancara[] = [
  q(
    "KD1",
    "Ceritakan saat Anda melayani seseorang atau menggunakan anggaran/fasilitas kantor ketika ada kesempatan untuk menguntungkan diri sendiri atau orang tertentu.",
    "Tell me about serving someone or using office funds/facilities when you could have favoured yourself or someone.",
    [
      "Bagaimana Anda memastikan semua pihak dilayani sama?",
      "How did you make sure everyone was served alike?",
    ],
  ),
  q(
    "KD2",
    "Ceritakan masa sulit dalam pekerjaan sebagai ASN. Bagaimana Anda tetap menjalankan tugas dan bekerja sama dengan rekan?",
    "Tell me about a hard time in your work as a civil servant. How did you keep doing the job and cooperating?",
    ["Apa yang membuat Anda tetap bangga menjadi ASN saat itu?", "What kept you proud of the service then?"],
  ),
  q(
    "KD3",
    "Ceritakan saat Anda menaati aturan atau kode etik padahal tidak ada yang memeriksa dan melanggarnya lebih mudah.",
    "Tell me about keeping a rule or the code of ethics when nobody checked and breaking it was easier.",
    ["Aturan apa, dan bagaimana Anda tahu itu yang benar?", "Which rule, and how did you know it was right?"],
  ),
  q(
    "KD4",
    "Ceritakan saat Anda harus mengakui kesalahan atau menyampaikan kabar yang tidak enak kepada atasan atau pemangku kepentingan.",
    "Tell me about admitting a mistake or giving unwelcome news to a superior or stakeholder.",
    [
      "Apa risikonya bagi Anda, dan bagaimana Anda menyampaikannya?",
      "What was the risk to you and how did you say it?",
    ],
  ),
  q(
    "DN1",
    "Ceritakan saat kepentingan pribadi Anda berbeda dengan kepentingan unit atau organisasi.",
    "Tell me about a time your personal interest differed from your unit's or organisation's.",
    ["Bagaimana Anda memutuskan mana yang didahulukan?", "How did you decide which came first?"],
  ),
  q(
    "DN2",
    "Ceritakan saat Anda melihat potensi masalah integritas sebelum terjadi dan bertindak mencegahnya.",
    "Tell me about spotting an integrity problem before it happened and acting to prevent it.",
    ["Pengalaman apa yang membuat Anda mengantisipasinya?", "What experience made you anticipate it?"],
  ),
  q(
    "DN3",
    "Ceritakan saat Anda menghadapi benturan kepentingan (keluarga, teman, atau pemberian) dalam tugas.",
    "Tell me about facing a conflict of interest (family, friends or a gift) in your duties.",
    [
      "Apa yang Anda ungkapkan atau laporkan, dan kepada siapa?",
      "What did you disclose or report, and to whom?",
    ],
  ),
  q(
    "DN4",
    "Ceritakan satu kegagalan dalam pekerjaan dan apa yang Anda ubah sesudahnya.",
    "Tell me about a failure at work and what you changed afterwards.",
    ["Bagaimana Anda tahu perubahan itu berhasil?", "How did you know the change worked?"],
  ),
  q(
    "KM1",
    "Ceritakan saat Anda menyadari bahwa suatu pekerjaan rutin ternyata mengandung persoalan moral.",
    "Tell me about realising that routine work raised a moral question.",
    [
      "Apa yang membuat Anda menyadarinya, padahal orang lain tidak?",
      "What made you notice when others did not?",
    ],
  ),
  q(
    "KM2",
    "Ceritakan saat Anda harus memilih sikap dalam situasi yang benar-salahnya tidak jelas.",
    "Tell me about choosing a stance when right and wrong were unclear.",
    ["Nilai atau alasan apa yang Anda pakai untuk memilih?", "What values or reasons did you use to choose?"],
  ),
  q(
    "KM3",
    "Ceritakan saat Anda harus mengambil keputusan sendiri yang berisiko, tanpa dukungan atasan atau rekan.",
    "Tell me about a risky decision you had to take alone, without support.",
    ["Risiko apa yang Anda timbang, dan bagaimana?", "Which risks did you weigh, and how?"],
  ),
  q(
    "KM4",
    "Ceritakan saat Anda merasa takut atau tertekan untuk melakukan hal yang benar.",
    "Tell me about feeling afraid or pressured to do the right thing.",
    ["Apa yang membantu Anda mengendalikan rasa takut itu?", "What helped you control that fear?"],
  ),
];

export interface NilaiWawancara {
  pewawancaraId: string;
  butir: string;
  /** 0…3 (BARS anchor of level skor + 1) or null ("tidak dapat dinilai"). */
  skor: number | null;
}

export interface HasilWawancara {
  subdimensi: { kode: KodeSubDimensi; rerata: number | null }[];
  faktor: { faktor: KodeFaktor; rerata: number | null; level: LevelKematangan | null }[];
  level: LevelKematangan | null;
  pewawancara: number;
  /** Share of sub-dimensions both interviewers scored identically (two interviewers only). */
  kesepakatanTepat: number | null;
}

const rerata = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);

export function skorWawancara(nilai: readonly NilaiWawancara[]): HasilWawancara {
  const per = new Map<string, Map<string, number>>();
  for (const n of nilai) {
    if (n.skor === null) continue;
    const m = per.get(n.butir) ?? new Map<string, number>();
    m.set(n.pewawancaraId, n.skor);
    per.set(n.butir, m);
  }
  const pewawancara = [...new Set(nilai.map((n) => n.pewawancaraId))];
  const subdimensi = KODE_SUBDIMENSI.map((kode) => ({
    kode,
    rerata: rerata([...(per.get(kode)?.values() ?? [])]),
  }));
  const faktor = KODE_FAKTOR.map((kf) => {
    const r = rerata(
      subdimensi.filter((s) => faktorDari(s.kode) === kf && s.rerata !== null).map((s) => s.rerata as number),
    );
    return { faktor: kf, rerata: r, level: r === null ? null : levelDariSkorBars(r) };
  });
  const semua = rerata(subdimensi.filter((s) => s.rerata !== null).map((s) => s.rerata as number));
  let kesepakatanTepat: number | null = null;
  if (pewawancara.length === 2) {
    const [a, b] = pewawancara;
    const pasang = [...per.values()].filter((m) => m.has(a) && m.has(b));
    if (pasang.length) kesepakatanTepat = pasang.filter((m) => m.get(a) === m.get(b)).length / pasang.length;
  }
  return {
    subdimensi,
    faktor,
    level: semua === null ? null : levelDariSkorBars(semua),
    pewawancara: pewawancara.length,
    kesepakatanTepat,
  };
}
