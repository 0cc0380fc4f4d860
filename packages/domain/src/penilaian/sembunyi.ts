import { PenilaianError } from "./galat.ts";

/**
 * Small-group suppression for the assessment map (docs/penilaian.md "Suppression":
 * never show any group smaller than 5 people, configurable, never below 3). Units form a
 * tree and a unit's figures include its sub-units, so every reported figure
 * (count, sums behind means and the index) is additive over the tree.
 *
 * 1. Primary: a unit with 0 < n < k is suppressed ("kecil").
 * 2. Complementary: for every reported unit P take its reported frontier,
 *    the reported descendants with no reported unit between them and P.
 *    Subtracting their figures from P's reveals the residual group R (P's
 *    own direct members plus everyone in suppressed subtrees below P). If
 *    0 < |R| < k, the smallest frontier unit is suppressed too
 *    ("komplementer") and the check starts again. Each round suppresses one
 *    more unit, so it ends; at the end every group obtainable by
 *    subtracting reported figures along the tree has 0 or ≥ k members.
 *
 * Units with n = 0 reveal nothing and stay reported (as empty).
 */
export const K_BAKU = 5;
export const K_MIN = 3;

export type AlasanSembunyi = "kecil" | "komplementer";

export interface SimpulUnit {
  id: string;
  indukId: string | null;
}

export function periksaK(k: number): void {
  if (!(Number.isInteger(k) && k >= K_MIN))
    throw new PenilaianError(
      `Ukuran kelompok minimum harus bilangan bulat ≥ ${K_MIN}, diperoleh ${k}.`,
      `the minimum group size must be an integer ≥ ${K_MIN}`,
    );
}

/** Children of each unit; refuses unknown parents, cycles and anything but exactly one root. */
export function anakUnit(unit: readonly SimpulUnit[]): { akar: string; anak: Map<string, string[]> } {
  const ada = new Set(unit.map((u) => u.id));
  if (ada.size !== unit.length) throw new PenilaianError("Id unit kerja ganda.", "duplicate work unit id");
  const anak = new Map<string, string[]>(unit.map((u) => [u.id, []]));
  const akar: string[] = [];
  for (const u of unit) {
    if (u.indukId === null) akar.push(u.id);
    else if (!ada.has(u.indukId))
      throw new PenilaianError(
        `Induk ${u.indukId} dari unit ${u.id} tidak ada.`,
        `parent ${u.indukId} of unit ${u.id} does not exist`,
      );
    else anak.get(u.indukId)?.push(u.id);
  }
  if (akar.length !== 1)
    throw new PenilaianError(
      `Pohon unit kerja harus punya tepat satu akar (instansi), ditemukan ${akar.length}.`,
      "the work-unit tree must have exactly one root (the agency)",
    );
  let terjangkau = 0;
  const tumpuk = [akar[0]];
  while (tumpuk.length > 0) {
    const u = tumpuk.pop() as string;
    terjangkau++;
    tumpuk.push(...(anak.get(u) ?? []));
  }
  if (terjangkau !== unit.length)
    throw new PenilaianError("Pohon unit kerja mengandung siklus.", "the work-unit tree contains a cycle");
  return { akar: akar[0], anak };
}

/**
 * Suppression status of every unit given its size n (members of the unit
 * and its sub-units): null when reported.
 */
export function tentukanPenyembunyian(
  unit: readonly SimpulUnit[],
  n: ReadonlyMap<string, number>,
  k: number = K_BAKU,
): Map<string, AlasanSembunyi | null> {
  periksaK(k);
  const { anak } = anakUnit(unit);
  const ukuran = (id: string) => n.get(id) ?? 0;
  const status = new Map<string, AlasanSembunyi | null>(
    unit.map((u) => [u.id, ukuran(u.id) > 0 && ukuran(u.id) < k ? "kecil" : null]),
  );
  const frontier = (id: string): string[] => {
    const hasil: string[] = [];
    const tumpuk = [...(anak.get(id) ?? [])];
    while (tumpuk.length > 0) {
      const c = tumpuk.pop() as string;
      if (status.get(c) === null) hasil.push(c);
      else tumpuk.push(...(anak.get(c) ?? []));
    }
    return hasil;
  };
  const urutan = [...unit].map((u) => u.id).sort();
  for (let ubah = true; ubah; ) {
    ubah = false;
    for (const id of urutan) {
      if (status.get(id) !== null || ukuran(id) === 0) continue;
      const f = frontier(id).filter((c) => ukuran(c) > 0);
      const sisa = ukuran(id) - f.reduce((s, c) => s + ukuran(c), 0);
      if (sisa > 0 && sisa < k) {
        const korban = f.sort((a, b) => ukuran(a) - ukuran(b) || (a < b ? -1 : 1))[0];
        status.set(korban, "komplementer");
        ubah = true;
        break;
      }
    }
  }
  return status;
}
