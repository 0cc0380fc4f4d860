/**
 * The register's bulk import (agencies, then their unit trees, from CSV or
 * XLSX) after each row passed its own check (`validasiInstansi`,
 * `validasiUnit`): the checks that need the whole file and the register.
 * Errors have the employee import's row-report shape (server
 * fitur/impor/validasi.ts `GalatBaris`): spreadsheet row, the column's
 * header as written, a code and the values for its message. Nothing here
 * reads or writes a database: the caller passes what the register holds.
 */
import type { KodeGalatInstansi } from "./galat-instansi.ts";
import { pesanGalatInstansi } from "./galat-instansi.ts";
import type { DataInstansi, KolomInstansi } from "./instansi.ts";
import type { DataUnit, KolomUnit } from "./unit.ts";

export interface GalatBarisImpor {
  /** Spreadsheet row number (header = 1). */
  baris: number;
  /** Column header as written in the file. */
  kolom: string;
  kode: KodeGalatInstansi;
  isian?: Record<string, string>;
}

export function pesanGalatBarisImpor(g: GalatBarisImpor, bahasa: "id" | "en" = "id"): string {
  const dasar = pesanGalatInstansi(g.kode, bahasa);
  const baris = g.isian?.barisPertama;
  if (baris) return bahasa === "id" ? `${dasar} (lihat baris ${baris})` : `${dasar} (see row ${baris})`;
  if (g.isian?.instansi) return `${dasar} (${g.isian.instansi})`;
  if (g.isian?.kode) return `${dasar} (${g.isian.kode})`;
  return dasar;
}

/** Header aliases (matched ignoring case, spaces and punctuation), as server fitur/impor/kolom.ts does for employees. */
export const ALIAS_KOLOM_INSTANSI: Record<KolomInstansi, readonly string[]> = {
  kode: ["kode", "kodeinstansi", "kodeinst", "agencycode", "code"],
  nama: ["nama", "namainstansi", "instansi", "name", "agencyname"],
  jenis: ["jenis", "jenisinstansi", "kategori", "kategoriinstansi", "category", "type"],
  provinsi: ["provinsi", "provinsiinduk", "kodeprovinsi", "province", "parentprovince"],
  kodeWilayah: ["kodewilayah", "kodewilayahkemendagri", "kodedagri", "kodekemendagri", "regioncode"],
  zonaWaktu: ["zonawaktu", "zona", "timezone"],
};

export const ALIAS_KOLOM_UNIT: Record<KolomUnit, readonly string[]> = {
  kodeInstansi: ["kodeinstansi", "instansi", "agencycode", "agency"],
  kode: ["kode", "kodeunit", "kodeunitkerja", "unitcode"],
  nama: ["nama", "namaunit", "namaunitkerja", "unitname", "name"],
  eselon: ["eselon", "echelon"],
  kodeInduk: ["kodeinduk", "kodeunitinduk", "induk", "unitinduk", "parentcode", "parent"],
};

export interface BarisValid<T> {
  baris: number;
  data: T;
}

/** What the register already holds, for the agency file's uniqueness rules. */
export interface RegisterInstansi {
  /** Province code → code of the provincial government registered for it. */
  provinsiTerdaftar: ReadonlyMap<string, string>;
  /** Region code → code of the agency holding it. */
  kodeWilayahTerdaftar: ReadonlyMap<string, string>;
}

type Judul<K extends string> = Partial<Record<K, string>>;

/**
 * Uniqueness across the agency file and the register: an agency code once
 * per file (an existing code updates that agency, as a NIP does in the
 * employee import); one provincial government per province; a region code
 * once. The later row gets the error, naming the first.
 */
export function periksaBerkasInstansi(
  baris: readonly BarisValid<DataInstansi>[],
  register: RegisterInstansi,
  judul: Judul<KolomInstansi> = {},
): GalatBarisImpor[] {
  const kol = (k: KolomInstansi) => judul[k] ?? k;
  const g: GalatBarisImpor[] = [];
  const kodePertama = new Map<string, number>();
  const provinsiPertama = new Map<string, { baris: number; kode: string }>();
  const wilayahPertama = new Map<string, { baris: number; kode: string }>();
  for (const { baris: b, data } of baris) {
    const sebelum = kodePertama.get(data.kode);
    if (sebelum !== undefined) {
      g.push({
        baris: b,
        kolom: kol("kode"),
        kode: "KODE_INSTANSI_GANDA",
        isian: { barisPertama: `${sebelum}` },
      });
      continue;
    }
    kodePertama.set(data.kode, b);
    if (data.jenis === "provinsi" && data.provinsi !== null) {
      const lain = provinsiPertama.get(data.provinsi);
      const terdaftar = register.provinsiTerdaftar.get(data.provinsi);
      if (lain)
        g.push({
          baris: b,
          kolom: kol("provinsi"),
          kode: "PROVINSI_GANDA",
          isian: { barisPertama: `${lain.baris}` },
        });
      else if (terdaftar !== undefined && terdaftar !== data.kode)
        g.push({ baris: b, kolom: kol("provinsi"), kode: "PROVINSI_GANDA", isian: { instansi: terdaftar } });
      else provinsiPertama.set(data.provinsi, { baris: b, kode: data.kode });
    }
    if (data.kodeWilayah !== null) {
      const lain = wilayahPertama.get(data.kodeWilayah);
      const terdaftar = register.kodeWilayahTerdaftar.get(data.kodeWilayah);
      if (lain)
        g.push({
          baris: b,
          kolom: kol("kodeWilayah"),
          kode: "KODE_WILAYAH_GANDA",
          isian: { barisPertama: `${lain.baris}` },
        });
      else if (terdaftar !== undefined && terdaftar !== data.kode)
        g.push({
          baris: b,
          kolom: kol("kodeWilayah"),
          kode: "KODE_WILAYAH_GANDA",
          isian: { instansi: terdaftar },
        });
      else wilayahPertama.set(data.kodeWilayah, { baris: b, kode: data.kode });
    }
  }
  return g;
}

/** A unit the register already holds. */
export interface UnitTerdaftar {
  kode: string;
  eselon: number | null;
  kodeInduk: string | null;
}

export interface KonteksPohonUnit {
  /** Agency codes known (register plus the agency file being imported), upper case. */
  instansi: ReadonlySet<string>;
  /** Units the register holds, per agency code (upper case). */
  unitTerdaftar: ReadonlyMap<string, readonly UnitTerdaftar[]>;
}

const besar = (s: string) => s.toUpperCase();

/**
 * The unit file as trees, one per agency, on top of the units the register
 * holds (a row with an existing code moves or renames that unit): the
 * agency is known; a unit code once per agency; the parent exists in the
 * same agency; no cycle; a unit's eselon below its parent's when both have
 * one (the rule of the unit API, server fitur/unit-kerja/routes.ts). Codes
 * match case-insensitively.
 */
export function periksaPohonUnit(
  baris: readonly BarisValid<DataUnit>[],
  konteks: KonteksPohonUnit,
  judul: Judul<KolomUnit> = {},
): GalatBarisImpor[] {
  const kol = (k: KolomUnit) => judul[k] ?? k;
  const g: GalatBarisImpor[] = [];
  const diterima: BarisValid<DataUnit>[] = [];
  const pertama = new Map<string, number>();
  for (const r of baris) {
    const instansi = besar(r.data.kodeInstansi);
    if (!konteks.instansi.has(instansi)) {
      g.push({
        baris: r.baris,
        kolom: kol("kodeInstansi"),
        kode: "INSTANSI_TIDAK_DIKENAL",
        isian: { kode: r.data.kodeInstansi },
      });
      continue;
    }
    const kunci = `${instansi}\u0000${besar(r.data.kode)}`;
    const sebelum = pertama.get(kunci);
    if (sebelum !== undefined) {
      g.push({
        baris: r.baris,
        kolom: kol("kode"),
        kode: "KODE_UNIT_GANDA",
        isian: { barisPertama: `${sebelum}` },
      });
      continue;
    }
    pertama.set(kunci, r.baris);
    diterima.push(r);
  }

  // The merged tree per agency: registered units, overridden by the file's rows.
  const pohon = new Map<string, Map<string, { eselon: number | null; induk: string | null }>>();
  const ambil = (instansi: string) => {
    let t = pohon.get(instansi);
    if (!t) {
      t = new Map();
      for (const u of konteks.unitTerdaftar.get(instansi) ?? [])
        t.set(besar(u.kode), { eselon: u.eselon, induk: u.kodeInduk === null ? null : besar(u.kodeInduk) });
      pohon.set(instansi, t);
    }
    return t;
  };
  for (const { data } of diterima)
    ambil(besar(data.kodeInstansi)).set(besar(data.kode), {
      eselon: data.eselon,
      induk: data.kodeInduk === null ? null : besar(data.kodeInduk),
    });

  for (const { baris: b, data } of diterima) {
    if (data.kodeInduk === null) continue;
    const t = ambil(besar(data.kodeInstansi));
    const induk = t.get(besar(data.kodeInduk));
    if (!induk) {
      g.push({
        baris: b,
        kolom: kol("kodeInduk"),
        kode: "INDUK_TIDAK_DIKENAL",
        isian: { kode: data.kodeInduk },
      });
      continue;
    }
    if (diLingkaran(t, besar(data.kode))) {
      g.push({ baris: b, kolom: kol("kodeInduk"), kode: "INDUK_MELINGKAR", isian: { kode: data.kodeInduk } });
      continue;
    }
    if (data.eselon !== null && induk.eselon !== null && data.eselon <= induk.eselon)
      g.push({ baris: b, kolom: kol("eselon"), kode: "ESELON_TIDAK_DI_BAWAH_INDUK" });
  }
  return g.sort((a, b) => a.baris - b.baris);
}

/** Does following parents from `kode` come back to `kode`? */
function diLingkaran(t: ReadonlyMap<string, { induk: string | null }>, kode: string): boolean {
  const dilihat = new Set<string>();
  let x = t.get(kode)?.induk ?? null;
  while (x !== null && !dilihat.has(x)) {
    if (x === kode) return true;
    dilihat.add(x);
    x = t.get(x)?.induk ?? null;
  }
  return false;
}

/**
 * The valid unit rows in an order the writer can insert them (every parent
 * from the file before its children): breadth-first from the roots and from
 * the rows whose parent is not in the file (so must be registered: call
 * `periksaPohonUnit` first). Rows on a cycle within the file are left out.
 */
export function urutanTulisUnit<T extends BarisValid<DataUnit>>(baris: readonly T[]): T[] {
  const diFile = new Map<string, T>();
  for (const r of baris) diFile.set(`${besar(r.data.kodeInstansi)}\u0000${besar(r.data.kode)}`, r);
  const anak = new Map<string, T[]>();
  const akar: T[] = [];
  for (const r of baris) {
    const induk =
      r.data.kodeInduk === null ? null : `${besar(r.data.kodeInstansi)}\u0000${besar(r.data.kodeInduk)}`;
    if (induk === null || !diFile.has(induk)) akar.push(r);
    else anak.set(induk, [...(anak.get(induk) ?? []), r]);
  }
  const hasil: T[] = [];
  const antre = [...akar];
  for (let i = 0; i < antre.length; i++) {
    const r = antre[i];
    hasil.push(r);
    antre.push(...(anak.get(`${besar(r.data.kodeInstansi)}\u0000${besar(r.data.kode)}`) ?? []));
  }
  return hasil;
}
