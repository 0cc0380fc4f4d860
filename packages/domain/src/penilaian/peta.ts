import { FAKTOR, type KodeFaktor } from "../kerangka/faktor.ts";
import { LEVEL_KEMATANGAN, type LevelKematangan } from "../kerangka/kematangan.ts";
import { PenilaianError } from "./galat.ts";
import { bandingkanIndeks, type Estimasi, indeksDariJumlah } from "./indeks.ts";
import { type AlasanSembunyi, anakUnit, K_BAKU, periksaK, tentukanPenyembunyian } from "./sembunyi.ts";

/**
 * The assessment map (Peta Asesmen, Tabel 3 no. 3: "Peta Asesmen Pegawai
 * ASN sebagai dasar tinjauan Tim") and the agency integrity index (BAB
 * III.B.3.a). Every unit's figures include its sub-units. Groups smaller
 * than k are never reported, with complementary suppression (sembunyi.ts).
 */
export interface UnitKerja {
  id: string;
  nama: string;
  indukId: string | null;
}

/** What the map needs of one scored pegawai. */
export interface HasilUntukPeta {
  unitId: string;
  level: LevelKematangan;
  /** T-scores of the three factors. */
  faktorT: Record<KodeFaktor, number>;
  /** Plausible values of the latent derajat integritas (same count for everyone). */
  derajatPv: ArrayLike<number>;
}

export interface OpsiPeta {
  /** Minimum group size (default 5, never below 3). */
  k?: number;
  /** Confidence level of the index intervals (default 0.95). */
  tingkat?: number;
  /** Number of employees per unit including sub-units, for the finite population correction. */
  jumlahPegawai?: ReadonlyMap<string, number>;
}

export interface BarisPeta {
  unitId: string;
  nama: string;
  indukId: string | null;
  kedalaman: number;
  tampil: boolean;
  alasan?: AlasanSembunyi;
  /** The figures below are present only when `tampil`. */
  n?: number;
  distribusiLevel?: Record<LevelKematangan, number>;
  /** Mean factor T-scores. */
  profilFaktor?: Record<KodeFaktor, number>;
  /** Integrity index of the unit (absent for an empty unit). */
  indeks?: Estimasi;
}

export interface PetaAsesmen {
  k: number;
  /** Units in depth-first order from the agency (root) down. */
  baris: BarisPeta[];
  /** The agency row (the root unit). */
  instansi: BarisPeta;
}

interface Akumulator {
  n: number;
  level: number[];
  faktor: number[];
  S: Float64Array;
  SS: Float64Array;
}

export function susunPetaAsesmen(
  unit: readonly UnitKerja[],
  hasil: readonly HasilUntukPeta[],
  opsi: OpsiPeta = {},
): PetaAsesmen {
  const k = opsi.k ?? K_BAKU;
  periksaK(k);
  const { akar, anak } = anakUnit(unit);
  const m = hasil.length > 0 ? hasil[0].derajatPv.length : 2;
  const acc = new Map<string, Akumulator>(
    unit.map((u) => [
      u.id,
      { n: 0, level: [0, 0, 0, 0], faktor: [0, 0, 0], S: new Float64Array(m), SS: new Float64Array(m) },
    ]),
  );
  for (const h of hasil) {
    const a = acc.get(h.unitId);
    if (!a)
      throw new PenilaianError(`Unit ${h.unitId} tidak ada di pohon unit kerja.`, `unknown unit ${h.unitId}`);
    if (h.derajatPv.length !== m)
      throw new PenilaianError(
        "Jumlah nilai plausibel berbeda antar-pegawai.",
        "plausible value counts differ between persons",
      );
    a.n++;
    a.level[h.level - 1]++;
    FAKTOR.forEach((f, i) => {
      a.faktor[i] += h.faktorT[f.kode];
    });
    for (let v = 0; v < m; v++) {
      a.S[v] += h.derajatPv[v];
      a.SS[v] += h.derajatPv[v] ** 2;
    }
  }
  // Depth-first order from the root; sums accumulate bottom-up in reverse order.
  const urutan: { id: string; kedalaman: number }[] = [];
  const tumpuk = [{ id: akar, kedalaman: 0 }];
  while (tumpuk.length > 0) {
    const x = tumpuk.pop() as { id: string; kedalaman: number };
    urutan.push(x);
    const c = [...(anak.get(x.id) ?? [])].reverse();
    for (const id of c) tumpuk.push({ id, kedalaman: x.kedalaman + 1 });
  }
  const induk = new Map(unit.map((u) => [u.id, u.indukId]));
  for (let i = urutan.length - 1; i > 0; i--) {
    const a = acc.get(urutan[i].id) as Akumulator;
    const p = acc.get(induk.get(urutan[i].id) as string) as Akumulator;
    p.n += a.n;
    for (let l = 0; l < 4; l++) p.level[l] += a.level[l];
    for (let f = 0; f < 3; f++) p.faktor[f] += a.faktor[f];
    for (let v = 0; v < m; v++) {
      p.S[v] += a.S[v];
      p.SS[v] += a.SS[v];
    }
  }
  const status = tentukanPenyembunyian(unit, new Map([...acc].map(([id, a]) => [id, a.n])), k);
  const nama = new Map(unit.map((u) => [u.id, u.nama]));
  const baris = urutan.map(({ id, kedalaman }): BarisPeta => {
    const a = acc.get(id) as Akumulator;
    const alasan = status.get(id);
    const dasar = { unitId: id, nama: nama.get(id) as string, indukId: induk.get(id) ?? null, kedalaman };
    if (alasan) return { ...dasar, tampil: false, alasan };
    if (a.n === 0) return { ...dasar, tampil: true, n: 0 };
    const populasi = opsi.jumlahPegawai?.get(id);
    return {
      ...dasar,
      tampil: true,
      n: a.n,
      distribusiLevel: Object.fromEntries(LEVEL_KEMATANGAN.map((l) => [l, a.level[l - 1]])) as Record<
        LevelKematangan,
        number
      >,
      profilFaktor: Object.fromEntries(FAKTOR.map((f, i) => [f.kode, a.faktor[i] / a.n])) as Record<
        KodeFaktor,
        number
      >,
      indeks: indeksDariJumlah(a.n, a.S, a.SS, {
        ...(opsi.tingkat === undefined ? {} : { tingkat: opsi.tingkat }),
        ...(populasi === undefined ? {} : { jumlahPopulasi: populasi }),
      }),
    };
  });
  return { k, baris, instansi: baris[0] };
}

export interface PerubahanUnit {
  unitId: string;
  nama: string;
  tampil: boolean;
  /** Change of the integrity index, post − pre, with its interval; only when the unit is reported in both campaigns. */
  perubahanIndeks?: Estimasi;
  /** Change of the mean factor T-scores (no interval). */
  perubahanFaktor?: Record<KodeFaktor, number>;
}

/**
 * Pre/post comparison of two campaigns' maps, unit by unit (matched on unit
 * id). A unit is compared only when it is reported, non-empty, in both.
 */
export function bandingkanPeta(pre: PetaAsesmen, post: PetaAsesmen): PerubahanUnit[] {
  const awal = new Map(pre.baris.map((b) => [b.unitId, b]));
  return post.baris.map((b): PerubahanUnit => {
    const a = awal.get(b.unitId);
    if (!a?.indeks || !b.indeks || !a.profilFaktor || !b.profilFaktor)
      return { unitId: b.unitId, nama: b.nama, tampil: false };
    const pf = a.profilFaktor;
    const qf = b.profilFaktor;
    return {
      unitId: b.unitId,
      nama: b.nama,
      tampil: true,
      perubahanIndeks: bandingkanIndeks(a.indeks, b.indeks),
      perubahanFaktor: Object.fromEntries(FAKTOR.map((f) => [f.kode, qf[f.kode] - pf[f.kode]])) as Record<
        KodeFaktor,
        number
      >,
    };
  });
}
