/**
 * One row of a bulk unit-tree import: a work unit (unit kerja) of an agency
 * of the register, with its parent unit's code. Same shape as the agency row
 * (instansi.ts); the tree as a whole is checked by `periksaPohonUnit`
 * (impor.ts) once every row is read, because a parent may come later in the
 * file.
 */
import { z } from "zod";
import { isKodeGalatInstansi, type KodeGalatInstansi } from "./galat-instansi.ts";
import { POLA_KODE_INSTANSI } from "./instansi.ts";

/** Limits of `unit_kerja` (migration 0001). */
export const PANJANG_MAKS_UNIT = { kode: 40, nama: 200 } as const;

export const KOLOM_UNIT = ["kodeInstansi", "kode", "nama", "eselon", "kodeInduk"] as const;
export type KolomUnit = (typeof KOLOM_UNIT)[number];
export const KOLOM_WAJIB_UNIT: readonly KolomUnit[] = ["kodeInstansi", "kode", "nama"];

export interface DataUnit {
  kodeInstansi: string;
  kode: string;
  nama: string;
  /** 1 (highest) … 4, or null for a unit without eselon. */
  eselon: number | null;
  /** Code of the parent unit in the same agency; null for a root unit. */
  kodeInduk: string | null;
}

export interface GalatKolomUnit {
  kolom: KolomUnit;
  kode: KodeGalatInstansi;
}

export type HasilUnit = { ok: true; data: DataUnit } | { ok: false; galat: GalatKolomUnit[] };

const ROMAWI: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

/** "2", "II", "eselon II", "II.a", "iii b" → 2 / 2 / 2 / 2 / 3; "" → null; otherwise undefined. */
export function normalisasiEselon(s: string): number | null | undefined {
  const t = s.trim().toLowerCase();
  if (t === "") return null;
  const m = /^(?:eselon\s*)?([1-4]|i{1,3}|iv)(?:\s*[./-]?\s*[ab])?$/.exec(t);
  if (!m) return undefined;
  return /^[1-4]$/.test(m[1]) ? Number(m[1]) : ROMAWI[m[1]];
}

const teks = (maks: number, galatMaks: KodeGalatInstansi = "TERLALU_PANJANG") =>
  z
    .string({ error: "NILAI_TIDAK_VALID" })
    .trim()
    .min(1, { error: "WAJIB_DIISI" })
    .max(maks, { error: galatMaks });

const SKEMA: Record<Exclude<KolomUnit, "eselon" | "kodeInduk">, z.ZodType<string>> = {
  kodeInstansi: teks(32, "KODE_INSTANSI_TIDAK_VALID")
    .transform((s) => s.toUpperCase())
    .pipe(z.string().regex(POLA_KODE_INSTANSI, { error: "KODE_INSTANSI_TIDAK_VALID" })),
  kode: teks(PANJANG_MAKS_UNIT.kode),
  nama: teks(PANJANG_MAKS_UNIT.nama),
};

export function validasiUnit(masukan: Partial<Record<KolomUnit, string | null | undefined>>): HasilUnit {
  const galat: GalatKolomUnit[] = [];
  const nilai: Partial<Record<keyof typeof SKEMA, string>> = {};
  for (const kolom of ["kodeInstansi", "kode", "nama"] as const) {
    const r = SKEMA[kolom].safeParse(masukan[kolom] ?? "");
    if (r.success) nilai[kolom] = r.data;
    else {
      const m = r.error.issues[0]?.message ?? "";
      galat.push({ kolom, kode: isKodeGalatInstansi(m) ? m : "NILAI_TIDAK_VALID" });
    }
  }
  const eselon = normalisasiEselon(masukan.eselon ?? "");
  if (eselon === undefined) galat.push({ kolom: "eselon", kode: "ESELON_TIDAK_VALID" });
  const induk = (masukan.kodeInduk ?? "").trim();
  if (induk.length > PANJANG_MAKS_UNIT.kode) galat.push({ kolom: "kodeInduk", kode: "TERLALU_PANJANG" });
  else if (induk !== "" && nilai.kode !== undefined && induk.toUpperCase() === nilai.kode.toUpperCase())
    galat.push({ kolom: "kodeInduk", kode: "INDUK_DIRI_SENDIRI" });
  if (galat.length > 0 || eselon === undefined) return { ok: false, galat };
  return {
    ok: true,
    data: {
      kodeInstansi: nilai.kodeInstansi as string,
      kode: nilai.kode as string,
      nama: nilai.nama as string,
      eselon,
      kodeInduk: induk === "" ? null : induk,
    },
  };
}
