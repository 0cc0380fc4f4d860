/**
 * What the rated person sees of their ratings: per rater kind, only
 * aggregates, and only when at least `MIN_PENILAI_AGREGAT` raters of that
 * kind answered (confidentiality of the 360; upward feedback for leaders is
 * anonymous with the same minimum). Below the minimum the kind is withheld:
 * no means, no count of answers.
 */
import { JENIS_PENILAI, type JenisPenilai } from "./bars.ts";

export const MIN_PENILAI_AGREGAT = 3;

export interface NilaiPenilai {
  penilaiId: string;
  jenis: JenisPenilai;
  butir: string;
  /** 0…3, or null for "tidak dapat mengamati". */
  skor: number | null;
}

export interface AgregatButir {
  butir: string;
  /** Mean over the raters who observed it (null when none did). */
  rerata: number | null;
  /** Raters who observed it. */
  n: number;
}

export type AgregatJenis =
  | { jenis: JenisPenilai; ditahan: false; penilai: number; butir: AgregatButir[] }
  | { jenis: JenisPenilai; ditahan: true };

/** Aggregates per rater kind, withheld under the minimum (kinds nobody answered for are left out). */
export function agregatPerJenis(
  nilai: readonly NilaiPenilai[],
  minimal: number = MIN_PENILAI_AGREGAT,
): AgregatJenis[] {
  const out: AgregatJenis[] = [];
  for (const jenis of JENIS_PENILAI) {
    const milik = nilai.filter((v) => v.jenis === jenis);
    const penilai = new Set(milik.map((v) => v.penilaiId));
    if (penilai.size === 0) continue;
    if (penilai.size < minimal) {
      out.push({ jenis, ditahan: true });
      continue;
    }
    const perButir = new Map<string, number[]>();
    for (const v of milik) {
      const a = perButir.get(v.butir) ?? [];
      if (v.skor !== null) a.push(v.skor);
      perButir.set(v.butir, a);
    }
    out.push({
      jenis,
      ditahan: false,
      penilai: penilai.size,
      butir: [...perButir].map(([butir, s]) => ({
        butir,
        rerata: s.length ? s.reduce((a, b) => a + b, 0) / s.length : null,
        n: s.length,
      })),
    });
  }
  return out;
}
