import type { Teks } from "../../kerangka/teks.ts";
import { formatAngka, masalahJawaban, skorJawaban, uraianAturan } from "./aturan.ts";
import type { IsiLke, LembarJawaban, NilaiJawaban, PertanyaanLke } from "./tipe.ts";

/**
 * The worksheet score (docs/nasional.md "Rumus"): each question scores
 * s ∈ [0, 1] by its rule; an indicator's value is Σ bobot·s / 100 over its
 * questions; a component's value is Σ bobot·nilai / 100 over its
 * indicators; the total is Σ bobot·nilai over the components, 0–100.
 * An evaluator's adjusted score (with its mandatory note) replaces the
 * self-assessed score of that question. An unanswered question, or a
 * computed one with no data yet, scores 0. Every level carries its formula
 * written out with the numbers, so the UI can show "the formula".
 */
export type StatusSkorPertanyaan = "belum_dijawab" | "tidak_sah" | "dijawab" | "diterima" | "disesuaikan";

export interface SkorPertanyaan {
  kode: string;
  bobot: number;
  jawaban: NilaiJawaban | null;
  /** Score of the agency's (or the system's) answer; null when there is none. */
  skorMandiri: number | null;
  /** The evaluator's adjusted score, when adjusted. */
  skorEvaluator: number | null;
  /** The score used: adjusted, else self-assessed, else 0. */
  skor: number;
  status: StatusSkorPertanyaan;
  catatan?: string;
  rumus: Teks;
}

export interface SkorIndikator {
  kode: string;
  nama: Teks;
  bobot: number;
  /** 0…1. */
  nilai: number;
  pertanyaan: SkorPertanyaan[];
  rumus: Teks;
}

export interface SkorKomponen {
  kode: string;
  nama: Teks;
  bobot: number;
  /** 0…1. */
  nilai: number;
  /** Points of the total: bobot × nilai. */
  kontribusi: number;
  indikator: SkorIndikator[];
  rumus: Teks;
}

export interface HasilSkorLke {
  /** 0…100. */
  total: number;
  komponen: SkorKomponen[];
  rumus: Teks;
  jumlahPertanyaan: number;
  /** Questions with a valid answer. */
  terjawab: number;
  /** Questions whose score the evaluator adjusted. */
  disesuaikan: number;
}

export interface OpsiSkorLke {
  /** Apply the evaluator's adjustments (default true); false gives the self-assessed score. */
  pakaiReviu?: boolean;
}

export function hitungSkorLke(isi: IsiLke, lembar: LembarJawaban, opsi: OpsiSkorLke = {}): HasilSkorLke {
  const pakaiReviu = opsi.pakaiReviu ?? true;
  let jumlahPertanyaan = 0;
  let terjawab = 0;
  let disesuaikan = 0;
  const komponen = isi.komponen.map((k): SkorKomponen => {
    const indikator = k.indikator.map((ind): SkorIndikator => {
      const pertanyaan = ind.pertanyaan.map((p) => {
        const s = skorPertanyaan(p, lembar, pakaiReviu);
        jumlahPertanyaan++;
        if (s.skorMandiri !== null) terjawab++;
        if (s.status === "disesuaikan") disesuaikan++;
        return s;
      });
      const nilai = rerataBerbobot(pertanyaan.map((p) => [p.bobot, p.skor]));
      return {
        kode: ind.kode,
        nama: ind.nama,
        bobot: ind.bobot,
        nilai,
        pertanyaan,
        rumus: rumusRerata(
          ind.kode,
          pertanyaan.map((p) => [p.bobot, p.skor]),
          nilai,
        ),
      };
    });
    const nilai = rerataBerbobot(indikator.map((i) => [i.bobot, i.nilai]));
    return {
      kode: k.kode,
      nama: k.nama,
      bobot: k.bobot,
      nilai,
      kontribusi: k.bobot * nilai,
      indikator,
      rumus: rumusRerata(
        k.kode,
        indikator.map((i) => [i.bobot, i.nilai]),
        nilai,
      ),
    };
  });
  const total = komponen.reduce((a, k) => a + k.kontribusi, 0);
  const suku = (b: "id" | "en") =>
    komponen.map((k) => `${formatAngka(k.bobot, b)} × ${formatAngka(k.nilai, b, 4)}`).join(" + ");
  return {
    total,
    komponen,
    rumus: {
      id: `Nilai total = ${suku("id")} = ${formatAngka(total, "id")} (dari 100)`,
      en: `Total = ${suku("en")} = ${formatAngka(total, "en")} (out of 100)`,
    },
    jumlahPertanyaan,
    terjawab,
    disesuaikan,
  };
}

function rerataBerbobot(xs: readonly (readonly [number, number])[]): number {
  const jumlahBobot = xs.reduce((a, [b]) => a + b, 0);
  return jumlahBobot > 0 ? xs.reduce((a, [b, x]) => a + b * x, 0) / jumlahBobot : 0;
}

/** "A1 = (70 × 1 + 30 × 0,5) / 100 = 0,85". */
function rumusRerata(kode: string, xs: readonly (readonly [number, number])[], nilai: number): Teks {
  const teks = (b: "id" | "en") => {
    const suku = xs.map(([w, x]) => `${formatAngka(w, b)} × ${formatAngka(x, b, 4)}`).join(" + ");
    const penyebut = formatAngka(
      xs.reduce((a, [w]) => a + w, 0),
      b,
    );
    return `${kode} = (${suku}) / ${penyebut} = ${formatAngka(nilai, b, 4)}`;
  };
  return { id: teks("id"), en: teks("en") };
}

export function formatJawaban(p: PertanyaanLke, nilai: NilaiJawaban, bahasa: "id" | "en" = "id"): string {
  if (typeof nilai === "boolean")
    return nilai ? (bahasa === "id" ? "Ya" : "Yes") : bahasa === "id" ? "Tidak" : "No";
  if (typeof nilai === "string") return nilai;
  if (p.jenisJawaban === "persen") return `${formatAngka(nilai, bahasa)} %`;
  return p.satuan ? `${formatAngka(nilai, bahasa)} ${p.satuan[bahasa]}` : formatAngka(nilai, bahasa);
}

function skorPertanyaan(p: PertanyaanLke, lembar: LembarJawaban, pakaiReviu: boolean): SkorPertanyaan {
  const ada = Object.hasOwn(lembar.jawaban, p.kode);
  const jawaban = ada ? (lembar.jawaban[p.kode] ?? null) : null;
  const sah = jawaban !== null && masalahJawaban(p, jawaban) === null;
  const skorMandiri = sah ? skorJawaban(p.aturan, jawaban as NilaiJawaban) : null;
  const reviu = pakaiReviu ? lembar.reviu?.[p.kode] : undefined;
  const dasar = (b: "id" | "en"): string => {
    if (jawaban === null)
      return b === "id"
        ? "belum dijawab (atau belum ada data) → skor 0"
        : "not answered (or no data yet) → score 0";
    if (!sah) return b === "id" ? "jawaban tidak sah → skor 0" : "invalid answer → score 0";
    const j = formatJawaban(p, jawaban as NilaiJawaban, b);
    return `${b === "id" ? "jawaban" : "answer"} ${j} → ${b === "id" ? "skor" : "score"} ${formatAngka(skorMandiri ?? 0, b, 4)} (${uraianAturan(p.aturan, b)})`;
  };
  const umum = { kode: p.kode, bobot: p.bobot, jawaban, skorMandiri };
  if (reviu?.keputusan === "disesuaikan") {
    const skor = Math.min(1, Math.max(0, reviu.skor));
    const teks = (b: "id" | "en") =>
      `${p.kode}: ${dasar(b)}; ${b === "id" ? "disesuaikan evaluator menjadi" : "adjusted by the evaluator to"} ${formatAngka(skor, b, 4)} — "${reviu.catatan}"`;
    return {
      ...umum,
      skorEvaluator: skor,
      skor,
      status: "disesuaikan",
      catatan: reviu.catatan,
      rumus: { id: teks("id"), en: teks("en") },
    };
  }
  const status: StatusSkorPertanyaan =
    jawaban === null
      ? "belum_dijawab"
      : !sah
        ? "tidak_sah"
        : reviu?.keputusan === "diterima"
          ? "diterima"
          : "dijawab";
  const teks = (b: "id" | "en") => `${p.kode}: ${dasar(b)}`;
  return {
    ...umum,
    skorEvaluator: null,
    skor: skorMandiri ?? 0,
    status,
    rumus: { id: teks("id"), en: teks("en") },
  };
}
