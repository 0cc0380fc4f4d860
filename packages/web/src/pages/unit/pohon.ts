import type { UnitKerja } from "../../api/types.ts";

export interface SimpulUnit {
  unit: UnitKerja;
  anak: SimpulUnit[];
}

/**
 * Builds the unit tree from the flat list the API returns. Units whose parent
 * is missing from the list become roots, so nothing is silently dropped.
 */
export function bangunPohon(units: UnitKerja[]): SimpulUnit[] {
  const simpul = new Map<string, SimpulUnit>();
  for (const u of units) simpul.set(u.id, { unit: u, anak: [] });
  const akar: SimpulUnit[] = [];
  for (const s of simpul.values()) {
    const induk = s.unit.indukId ? simpul.get(s.unit.indukId) : undefined;
    if (induk) induk.anak.push(s);
    else akar.push(s);
  }
  const urut = (xs: SimpulUnit[]) => {
    xs.sort((a, b) => a.unit.kode.localeCompare(b.unit.kode, "id", { numeric: true }));
    for (const x of xs) urut(x.anak);
  };
  urut(akar);
  return akar;
}

/** Ids of a unit and all its descendants: a unit cannot be moved under any of them. */
export function keturunan(units: UnitKerja[], id: string): Set<string> {
  const anak = new Map<string, string[]>();
  for (const u of units) {
    if (u.indukId) anak.set(u.indukId, [...(anak.get(u.indukId) ?? []), u.id]);
  }
  const hasil = new Set<string>([id]);
  const antre = [id];
  while (antre.length > 0) {
    const x = antre.pop() as string;
    for (const c of anak.get(x) ?? []) {
      if (!hasil.has(c)) {
        hasil.add(c);
        antre.push(c);
      }
    }
  }
  return hasil;
}

/** Keeps the nodes matching `saring` plus their ancestors, so matches stay in context. */
export function saringPohon(pohon: SimpulUnit[], cocok: (u: UnitKerja) => boolean): SimpulUnit[] {
  const hasil: SimpulUnit[] = [];
  for (const s of pohon) {
    const anak = saringPohon(s.anak, cocok);
    if (cocok(s.unit) || anak.length > 0) hasil.push({ unit: s.unit, anak });
  }
  return hasil;
}
