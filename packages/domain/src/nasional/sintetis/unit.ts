import { createRng } from "@nurani/irt";
import { bagiProporsional } from "./bagi.ts";

/**
 * A synthetic unit tree for one agency of the plan: about 1.5·√M units
 * (at least 1, at most 2,000, never more than employees), eselon I at the
 * root down to eselon IV, filled breadth-first with ⌈units^⅓⌉ children per
 * unit, and the agency's M employees split over the units (every unit at
 * least one; log-normal weights, eselon IV units twice as heavy). Codes
 * are dotted paths ("U", "U.3", "U.3.12"); parents come before children.
 */
export interface RencanaUnit {
  kode: string;
  nama: string;
  eselon: 1 | 2 | 3 | 4;
  kodeInduk: string | null;
  jumlahPegawai: number;
}

export const UNIT_MAKS = 2_000;

export function rencanaUnit(jumlahPegawai: number, benih: number): RencanaUnit[] {
  if (!Number.isInteger(jumlahPegawai) || jumlahPegawai < 1)
    throw new RangeError(`jumlahPegawai harus bilangan bulat ≥ 1 (${jumlahPegawai})`);
  const rng = createRng(benih);
  const target = Math.min(jumlahPegawai, UNIT_MAKS, Math.max(1, Math.round(1.5 * Math.sqrt(jumlahPegawai))));
  const cabang = Math.max(2, Math.ceil(target ** (1 / 3)));
  const unit: Omit<RencanaUnit, "jumlahPegawai">[] = [
    { kode: "U", nama: "Unit Kerja U", eselon: 1, kodeInduk: null },
  ];
  for (let i = 0; i < unit.length && unit.length < target; i++) {
    const induk = unit[i];
    if (induk.eselon === 4) break;
    for (let c = 1; c <= cabang && unit.length < target; c++) {
      const kode = `${induk.kode}.${c}`;
      unit.push({
        kode,
        nama: `Unit Kerja ${kode}`,
        eselon: (induk.eselon + 1) as RencanaUnit["eselon"],
        kodeInduk: induk.kode,
      });
    }
  }
  const bobot = unit.map((u) => Math.exp(0.5 * rng.normal()) * (u.eselon === 4 ? 2 : 1));
  const jumlah = bagiProporsional(jumlahPegawai, bobot, 1);
  return unit.map((u, i) => ({ ...u, jumlahPegawai: jumlah[i] }));
}
