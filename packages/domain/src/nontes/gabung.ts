/**
 * Combining the test's level with non-test evidence per factor (BAB
 * III.B.3: the test and the non-test format both measure "derajat
 * Integritas"). Each source gives a level and, where it has one, a
 * standardized measure z with its standard error; the agency chooses the
 * rule, and the person is told the rule and the sources.
 *
 * - `baku`: the domain's standard rule `aturanGabungBaku` (the lower level:
 *   BAB II.D.3–4 describe behaviour "baik ada atau tidak ada pengawasan",
 *   which a self-report alone cannot attest).
 * - `komposit`: the precision-weighted mean of the sources' z (weights
 *   1/SE²), its SE 1/√Σ(1/SE²), cut at `batasZ`; the level band at ±1.96 SE
 *   is reported with it.
 * - `selisih`: the standard rule, and when the sources' levels differ by two
 *   or more the person goes to the supervision team's review queue.
 */
import type { LevelKematangan } from "../kerangka/kematangan.ts";
import { aturanGabungBaku, type BuktiNonTes } from "../penilaian/level.ts";

export const ATURAN_GABUNG = ["baku", "komposit", "selisih"] as const;
export type KodeAturanGabung = (typeof ATURAN_GABUNG)[number];

export type SumberLevel = "tes" | BuktiNonTes["sumber"];

export interface UkuranSumber {
  sumber: SumberLevel;
  level: LevelKematangan;
  /** Standardized measure (z) and its SE, when the source has one. */
  z?: number;
  seZ?: number;
  /** Reliability of the source's measure (e.g. 1 − SE²/var), when known. */
  reliabilitas?: number | null;
}

export interface HasilGabungLevel {
  level: LevelKematangan;
  aturan: KodeAturanGabung;
  /** Sources the level came from. */
  sumber: SumberLevel[];
  perluTinjauan: boolean;
  /** Composite rule only: the composite z, its SE and the level band at ±1.96 SE. */
  komposit?: { z: number; se: number; rentang: [LevelKematangan, LevelKematangan] };
}

const levelZ = (z: number, batas: readonly [number, number, number]): LevelKematangan => {
  let l = 1;
  for (const c of batas) if (z >= c) l++;
  return l as LevelKematangan;
};

/** The standard rule over any set of sources: the test's level combined with the rest by `aturanGabungBaku`. */
function baku(ukuran: readonly UkuranSumber[]): LevelKematangan {
  const tes = ukuran.find((u) => u.sumber === "tes");
  const lain = ukuran.filter((u) => u.sumber !== "tes") as (UkuranSumber & {
    sumber: BuktiNonTes["sumber"];
  })[];
  if (!tes) return Math.min(...lain.map((u) => u.level)) as LevelKematangan;
  return aturanGabungBaku(
    tes.level,
    lain.map((u) => ({ level: u.level, sumber: u.sumber })),
  );
}

/**
 * Combines the sources of one factor. `batasZ` are the lower bounds of
 * levels 2–4 on the z scale (used by the composite rule).
 */
export function gabungLevel(
  ukuran: readonly UkuranSumber[],
  aturan: KodeAturanGabung,
  batasZ: readonly [number, number, number],
): HasilGabungLevel | null {
  if (ukuran.length === 0) return null;
  const sumber = ukuran.map((u) => u.sumber);
  const levels = ukuran.map((u) => u.level);
  const selisih = Math.max(...levels) - Math.min(...levels);
  if (aturan === "komposit") {
    const terukur = ukuran.filter((u) => Number.isFinite(u.z) && (u.seZ ?? 0) > 0);
    if (terukur.length > 0) {
      let w = 0;
      let wz = 0;
      for (const u of terukur) {
        const bobot = 1 / (u.seZ as number) ** 2;
        w += bobot;
        wz += bobot * (u.z as number);
      }
      const z = wz / w;
      const se = 1 / Math.sqrt(w);
      return {
        level: levelZ(z, batasZ),
        aturan,
        sumber: terukur.map((u) => u.sumber),
        perluTinjauan: false,
        komposit: { z, se, rentang: [levelZ(z - 1.96 * se, batasZ), levelZ(z + 1.96 * se, batasZ)] },
      };
    }
  }
  return {
    level: baku(ukuran),
    aturan,
    sumber,
    perluTinjauan: aturan === "selisih" && selisih >= 2,
  };
}
