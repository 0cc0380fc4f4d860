/**
 * Proposing raters from the unit tree (BAB III.B.3.b angka 2, observation
 * "horizontal dan vertikal"): for each employee assessed, the direct
 * superior, 2–4 peers of the same unit and, for a leader, their
 * subordinates. The supervision team adjusts the proposal afterwards.
 *
 * Who leads a unit is not stored; a unit's leader is taken to be its
 * active structural official (`jenis_jabatan = struktural`), the first by
 * id when there are several. The superior of a member is the leader of
 * their unit; of a leader, the leader of the nearest ancestor unit that has
 * one. A member's peers are the other members of the unit (not its
 * leader); a leader's peers are the leaders of sibling units. A leader's
 * subordinates are the members of their unit and the leaders of its child
 * units.
 */
import type { JenisPenilai } from "./bars.ts";

export interface UnitPohon {
  id: string;
  indukId: string | null;
}

export interface PegawaiPohon {
  id: string;
  unitId: string | null;
  /** Holds a structural post (a candidate leader of the unit). */
  struktural: boolean;
}

export interface UsulanPenilai {
  pegawaiId: string;
  penilaiId: string;
  jenis: JenisPenilai;
}

export interface OpsiUsulan {
  /** Peers per person, at most (default 4); fewer when the unit is small. */
  maksRekan?: number;
  /** Subordinates per leader, at most (default 10). */
  maksBawahan?: number;
  /** Seed of the peer choice, so a proposal can be redrawn identically. */
  benih?: number;
}

/** Deterministic pseudo-random order (mulberry32 over a seed and the person's id). */
function urutkanAcak<T extends { id: string }>(xs: readonly T[], benih: number, kunci: string): T[] {
  let h = benih >>> 0;
  for (let i = 0; i < kunci.length; i++) h = Math.imul(h ^ kunci.charCodeAt(i), 2654435761) >>> 0;
  const acak = () => {
    h = (h + 0x6d2b79f5) >>> 0;
    let t = h;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...xs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(acak() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

export interface PohonPenilai {
  pimpinanUnit(unitId: string): string | null;
  adalahPimpinan(pegawaiId: string): boolean;
  usulkan(pegawaiId: string): UsulanPenilai[];
}

export function pohonPenilai(
  unit: readonly UnitPohon[],
  pegawai: readonly PegawaiPohon[],
  opsi: OpsiUsulan = {},
): PohonPenilai {
  const maksRekan = opsi.maksRekan ?? 4;
  const maksBawahan = opsi.maksBawahan ?? 10;
  const benih = opsi.benih ?? 1;
  const induk = new Map(unit.map((u) => [u.id, u.indukId]));
  const anak = new Map<string, string[]>();
  for (const u of unit) {
    if (!u.indukId) continue;
    const a = anak.get(u.indukId) ?? [];
    a.push(u.id);
    anak.set(u.indukId, a);
  }
  const anggota = new Map<string, PegawaiPohon[]>();
  for (const p of pegawai) {
    if (!p.unitId) continue;
    const a = anggota.get(p.unitId) ?? [];
    a.push(p);
    anggota.set(p.unitId, a);
  }
  const pimpinan = new Map<string, string>();
  for (const [unitId, a] of anggota) {
    const s = a.filter((p) => p.struktural).sort((x, y) => (x.id < y.id ? -1 : 1));
    if (s.length > 0) pimpinan.set(unitId, s[0].id);
  }
  const unitDari = new Map(pegawai.map((p) => [p.id, p.unitId]));
  const adalahPimpinan = (id: string) => {
    const u = unitDari.get(id);
    return !!u && pimpinan.get(u) === id;
  };
  const pimpinanAtas = (unitId: string): string | null => {
    const seen = new Set<string>();
    let u = induk.get(unitId) ?? null;
    while (u && !seen.has(u)) {
      seen.add(u);
      const p = pimpinan.get(u);
      if (p) return p;
      u = induk.get(u) ?? null;
    }
    return null;
  };

  function usulkan(pegawaiId: string): UsulanPenilai[] {
    const unitId = unitDari.get(pegawaiId);
    if (!unitId) return [];
    const out: UsulanPenilai[] = [];
    const tambah = (penilaiId: string | null | undefined, jenis: JenisPenilai) => {
      if (penilaiId && penilaiId !== pegawaiId && !out.some((o) => o.penilaiId === penilaiId))
        out.push({ pegawaiId, penilaiId, jenis });
    };
    const memimpin = adalahPimpinan(pegawaiId);
    const anggotaUnit = (anggota.get(unitId) ?? []).filter((p) => p.id !== pimpinan.get(unitId));
    if (memimpin) {
      tambah(pimpinanAtas(unitId), "atasan");
      const indukId = induk.get(unitId) ?? null;
      const saudara = unit
        .filter((u) => u.indukId === indukId && u.id !== unitId)
        .map((u) => pimpinan.get(u.id))
        .filter((p): p is string => !!p)
        .map((id) => ({ id }));
      for (const r of urutkanAcak(saudara, benih, pegawaiId).slice(0, maksRekan)) tambah(r.id, "rekan");
      const bawahan = [
        ...anggotaUnit,
        ...(anak.get(unitId) ?? [])
          .map((u) => pimpinan.get(u))
          .filter((p): p is string => !!p)
          .map((id) => ({ id })),
      ];
      for (const b of urutkanAcak(bawahan, benih, `${pegawaiId}:b`).slice(0, maksBawahan))
        tambah(b.id, "bawahan");
    } else {
      tambah(pimpinan.get(unitId) ?? pimpinanAtas(unitId), "atasan");
      const rekan = anggotaUnit.filter((p) => p.id !== pegawaiId);
      for (const r of urutkanAcak(rekan, benih, pegawaiId).slice(0, maksRekan)) tambah(r.id, "rekan");
    }
    return out;
  }

  return { pimpinanUnit: (u) => pimpinan.get(u) ?? null, adalahPimpinan, usulkan };
}
