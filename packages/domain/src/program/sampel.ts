import { type Galat, galat } from "./galat.ts";

/**
 * Random interview sample (Tabel 4 no. 5 "Interview acak"; Tabel 2 I.4):
 * a reproducible, unit-stratified random sample of employees.
 *
 * Allocation (how many per unit kerja): proportional with a minimum.
 *   1. every unit first gets min(`minimalPerUnit`, its size);
 *   2. the remaining places go one at a time to the unit whose allocation is
 *      furthest below its proportional share n·N_h/N (ties: smaller unit id),
 *      never beyond the unit's size.
 * With no minimum this is exactly proportional up to rounding: every unit
 * gets its share rounded down or up (the quota property).
 *
 * Selection within a unit: each employee gets a pseudo-random key from a
 * hash of (seed, pegawaiId); the unit's employees with the smallest keys are
 * drawn. So the sample depends only on the seed and the set of employees,
 * not on their order in the input, and the same seed always gives the same
 * sample; a different seed gives an independent-looking draw. Each
 * employee of a unit is equally likely to be drawn across seeds (simple
 * random sampling without replacement within the stratum).
 */
export interface PegawaiPopulasi {
  pegawaiId: string;
  unitKerjaId: string;
}

export interface OpsiSampel {
  /** Integer seed, recorded with the sample so it can be redrawn. */
  benih: number;
  /** Total sample size. */
  ukuran: number;
  /** Minimum per unit (capped at the unit's size); default 1. */
  minimalPerUnit?: number;
}

export interface AlokasiUnit {
  unitKerjaId: string;
  populasi: number;
  /** n·N_h/N, the proportional share before rounding. */
  bagianProporsional: number;
  jatah: number;
}

export interface TerpilihSampel extends PegawaiPopulasi {
  /** 1-based order within the unit (order to interview in). */
  urutan: number;
}

export type HasilSampel =
  | { ok: true; benih: number; alokasi: AlokasiUnit[]; terpilih: TerpilihSampel[] }
  | { ok: false; galat: Galat[] };

const S = "Tabel 4 no. 5";

/** Allocation per unit; `populasi` maps unit id → size. Assumes 0 < ukuran ≤ total and minimums fit. */
export function alokasiSampel(
  populasi: ReadonlyMap<string, number>,
  ukuran: number,
  minimalPerUnit: number,
): AlokasiUnit[] {
  const total = [...populasi.values()].reduce((s, n) => s + n, 0);
  const unit = [...populasi.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([unitKerjaId, n]) => ({
      unitKerjaId,
      populasi: n,
      bagianProporsional: (ukuran * n) / total,
      jatah: Math.min(minimalPerUnit, n),
    }));
  let sisa = ukuran - unit.reduce((s, u) => s + u.jatah, 0);
  while (sisa > 0) {
    let pilih: (typeof unit)[number] | undefined;
    for (const u of unit) {
      if (u.jatah >= u.populasi) continue;
      if (!pilih || u.bagianProporsional - u.jatah > pilih.bagianProporsional - pilih.jatah) pilih = u;
    }
    if (!pilih) break;
    pilih.jatah++;
    sisa--;
  }
  return unit;
}

function campur32(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** A key in [0, 1) from (seed, id): two FNV-1a lanes over the id, seeded and finalised by a 32-bit mixer. */
export function kunciAcak(benih: number, id: string): number {
  const rendah = benih >>> 0;
  const tinggi = Math.floor(benih / 2 ** 32) >>> 0;
  let a = campur32(0x811c9dc5 ^ rendah);
  let b = campur32(0x9e3779b9 ^ tinggi ^ campur32(rendah + 1));
  for (let i = 0; i < id.length; i++) {
    const c = id.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  const hi = campur32(a ^ campur32(b));
  const lo = campur32(b ^ hi) >>> 11;
  return (hi * 2 ** 21 + lo) / 2 ** 53;
}

export function ambilSampelAcak(populasi: readonly PegawaiPopulasi[], opsi: OpsiSampel): HasilSampel {
  const g: Galat[] = [];
  const minimal = opsi.minimalPerUnit ?? 1;
  if (!Number.isSafeInteger(opsi.benih) || opsi.benih < 0)
    g.push(
      galat(
        "SAMPEL_BENIH",
        "—",
        "Benih harus bilangan bulat ≥ 0.",
        "The seed must be a whole number ≥ 0.",
        "benih",
      ),
    );
  if (!Number.isInteger(minimal) || minimal < 0)
    g.push(
      galat(
        "SAMPEL_MINIMAL",
        S,
        "Minimal per unit harus bilangan bulat ≥ 0.",
        "The minimum per unit must be a whole number ≥ 0.",
        "minimalPerUnit",
      ),
    );
  const ids = new Set<string>();
  const ganda = new Set<string>();
  const perUnit = new Map<string, string[]>();
  for (const p of populasi) {
    if (ids.has(p.pegawaiId)) ganda.add(p.pegawaiId);
    ids.add(p.pegawaiId);
    const anggota = perUnit.get(p.unitKerjaId);
    if (anggota) anggota.push(p.pegawaiId);
    else perUnit.set(p.unitKerjaId, [p.pegawaiId]);
  }
  if (ganda.size > 0)
    g.push(
      galat(
        "SAMPEL_PEGAWAI_GANDA",
        S,
        `Pegawai muncul lebih dari sekali dalam populasi: ${[...ganda].join(", ")}.`,
        `Employees appear more than once in the population: ${[...ganda].join(", ")}.`,
      ),
    );
  const N = populasi.length;
  const ukuranMinimal = [...perUnit.values()].reduce((s, xs) => s + Math.min(minimal, xs.length), 0);
  if (!Number.isInteger(opsi.ukuran) || opsi.ukuran < 1 || opsi.ukuran > N)
    g.push(
      galat(
        "SAMPEL_UKURAN",
        S,
        `Ukuran sampel harus bilangan bulat antara 1 dan jumlah pegawai (${N}).`,
        `The sample size must be a whole number between 1 and the number of employees (${N}).`,
        "ukuran",
      ),
    );
  else if (opsi.ukuran < ukuranMinimal)
    g.push(
      galat(
        "SAMPEL_KURANG_DARI_MINIMAL",
        S,
        `Ukuran sampel ${opsi.ukuran} lebih kecil dari jumlah minimal per unit (${ukuranMinimal}); perbesar sampel atau kurangi minimal per unit.`,
        `Sample size ${opsi.ukuran} is below the per-unit minimums (${ukuranMinimal}); enlarge the sample or lower the minimum.`,
        "ukuran",
      ),
    );
  if (g.length > 0) return { ok: false, galat: g };

  const alokasi = alokasiSampel(new Map([...perUnit].map(([u, xs]) => [u, xs.length])), opsi.ukuran, minimal);
  const terpilih = alokasi.flatMap((a) =>
    (perUnit.get(a.unitKerjaId) ?? [])
      .map((pegawaiId) => ({ pegawaiId, kunci: kunciAcak(opsi.benih, pegawaiId) }))
      .sort((x, y) => x.kunci - y.kunci || (x.pegawaiId < y.pegawaiId ? -1 : 1))
      .slice(0, a.jatah)
      .map((x, i) => ({ pegawaiId: x.pegawaiId, unitKerjaId: a.unitKerjaId, urutan: i + 1 })),
  );
  return { ok: true, benih: opsi.benih, alokasi, terpilih };
}
