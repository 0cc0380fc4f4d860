import { LEVEL_KEMATANGAN, type LevelKematangan } from "../kerangka/kematangan.ts";

/**
 * The level counts of an assessment map (Peta Asesmen, Tabel 3 no. 3
 * keluaran 3–4): for each work unit, how many of its own employees the
 * assessment placed at each maturity level 1–4 (BAB II.D). Units are
 * disjoint: each assessed employee is counted once, in their own unit, so
 * sums over units are head counts. It is what the initial assessment hands
 * to the action plan (baselines), the training plan (audiences) and the
 * maturity-stage guide, and what later assessments hand to target progress.
 *
 * `penilaian/peta.ts`'s `PetaAsesmen` is the map as shown (figures include
 * sub-units; small groups suppressed); these rules need exact disjoint
 * counts, which `petaLevelDariHasil` builds from the same per-person results.
 */
export interface PetaLevelUnit {
  unitKerjaId: string;
  nama?: string;
  jumlahPerLevel: Record<LevelKematangan, number>;
}

export type PetaLevel = readonly PetaLevelUnit[];

export function jumlahPegawai(u: PetaLevelUnit): number {
  return LEVEL_KEMATANGAN.reduce((s, l) => s + u.jumlahPerLevel[l], 0);
}

/** Employees at level `levelMinimal` or above. */
export function jumlahMinimalLevel(u: PetaLevelUnit, levelMinimal: LevelKematangan): number {
  return LEVEL_KEMATANGAN.filter((l) => l >= levelMinimal).reduce((s, l) => s + u.jumlahPerLevel[l], 0);
}

/** Units of the map that are named in `unitKerjaId` (all units when `"instansi"`). */
export function unitSasaran(peta: PetaLevel, sasaran: readonly string[] | "instansi"): PetaLevelUnit[] {
  if (sasaran === "instansi") return [...peta];
  const ids = new Set(sasaran);
  return peta.filter((u) => ids.has(u.unitKerjaId));
}

/** Checks that every count is a whole number ≥ 0 and unit ids are unique; returns the problems found. */
export function masalahPeta(peta: PetaLevel): string[] {
  const masalah: string[] = [];
  const dilihat = new Set<string>();
  for (const u of peta) {
    if (
      typeof u.unitKerjaId !== "string" ||
      u.unitKerjaId === "" ||
      typeof u.jumlahPerLevel !== "object" ||
      u.jumlahPerLevel === null
    ) {
      masalah.push("unit tanpa id atau tanpa jumlah per level");
      continue;
    }
    if (dilihat.has(u.unitKerjaId)) masalah.push(`unit ganda: ${u.unitKerjaId}`);
    dilihat.add(u.unitKerjaId);
    for (const l of LEVEL_KEMATANGAN) {
      const n = u.jumlahPerLevel[l];
      if (!Number.isInteger(n) || n < 0) masalah.push(`${u.unitKerjaId} level ${l}: ${n}`);
    }
  }
  return masalah;
}

/** Disjoint per-unit level counts from per-person results (`penilaian`'s `HasilUntukPeta` fits). */
export function petaLevelDariHasil(hasil: readonly { unitId: string; level: LevelKematangan }[]): PetaLevel {
  const per = new Map<string, Record<LevelKematangan, number>>();
  for (const h of hasil) {
    let j = per.get(h.unitId);
    if (!j) {
      j = { 1: 0, 2: 0, 3: 0, 4: 0 };
      per.set(h.unitId, j);
    }
    j[h.level]++;
  }
  return [...per].map(([unitKerjaId, jumlahPerLevel]) => ({ unitKerjaId, jumlahPerLevel }));
}
