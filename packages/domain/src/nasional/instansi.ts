/**
 * Validation of one agency record of the national register (BAB IV), shared
 * by the register's API (create, edit) and its bulk import (one row of a
 * CSV/XLSX file), shaped like the employee row check (pegawai/baris.ts):
 * per-column `{kolom, kode}` errors whose codes translate with
 * `pesanGalatInstansi`. Empty cells are "".
 */
import { z } from "zod";
import { isKodeGalatInstansi, type KodeGalatInstansi } from "./galat-instansi.ts";
import {
  cariJenisInstansi,
  DEFINISI_JENIS_INSTANSI,
  type JenisInstansi,
  perluProvinsi,
} from "./jenis-instansi.ts";
import { cariProvinsi, provinsi as provinsiDariKode, ZONA_WAKTU, type ZonaWaktu } from "./provinsi.ts";

export const PANJANG_MAKS_INSTANSI = { kode: 32, nama: 200 } as const;

/** The agency code of the register (the `instansi.kode` check of migration 0001). */
export const POLA_KODE_INSTANSI = /^[A-Z0-9][A-Z0-9._-]{0,31}$/;

export const KOLOM_INSTANSI = ["kode", "nama", "jenis", "provinsi", "kodeWilayah", "zonaWaktu"] as const;
export type KolomInstansi = (typeof KOLOM_INSTANSI)[number];
export const KOLOM_WAJIB_INSTANSI: readonly KolomInstansi[] = ["kode", "nama", "jenis"];

export interface DataInstansi {
  kode: string;
  nama: string;
  jenis: JenisInstansi;
  /** Kemendagri code of its province (provinsi) or parent province (kabupaten, kota); null for central agencies. */
  provinsi: string | null;
  /** Kemendagri region code `NN` or `NN.NN`, when given. */
  kodeWilayah: string | null;
  zonaWaktu: ZonaWaktu;
}

export interface GalatKolomInstansi {
  kolom: KolomInstansi;
  kode: KodeGalatInstansi;
}

export type HasilInstansi = { ok: true; data: DataInstansi } | { ok: false; galat: GalatKolomInstansi[] };

const teks = z.string({ error: "NILAI_TIDAK_VALID" }).max(1000, { error: "TERLALU_PANJANG" });

const skemaKode = teks
  .trim()
  .min(1, { error: "WAJIB_DIISI" })
  .max(PANJANG_MAKS_INSTANSI.kode, { error: "KODE_INSTANSI_TIDAK_VALID" })
  .transform((s) => s.toUpperCase())
  .pipe(z.string().regex(POLA_KODE_INSTANSI, { error: "KODE_INSTANSI_TIDAK_VALID" }));

const skemaNama = teks
  .trim()
  .min(1, { error: "WAJIB_DIISI" })
  .max(PANJANG_MAKS_INSTANSI.nama, { error: "TERLALU_PANJANG" });

const ZONA_SINGKAT: Record<string, ZonaWaktu> = {
  wib: "Asia/Jakarta",
  wita: "Asia/Makassar",
  wit: "Asia/Jayapura",
};

/** "3201", "32.01", "32-01" → "32.01"; "32" → "32"; anything else → null. */
export function normalisasiKodeWilayah(s: string): string | null {
  const m = /^(\d{2})(?:[.\- ]?(\d{2}))?$/.exec(s.trim());
  if (!m) return null;
  return m[2] ? `${m[1]}.${m[2]}` : m[1];
}

type Sel = Partial<Record<KolomInstansi, string | null | undefined>>;

const kosong = (x: string | null | undefined) => x === null || x === undefined || x.trim() === "";

function pertama(r: z.ZodSafeParseResult<unknown>): KodeGalatInstansi | null {
  if (r.success) return null;
  const m = r.error.issues[0]?.message ?? "";
  return isKodeGalatInstansi(m) ? m : "NILAI_TIDAK_VALID";
}

/** Checks one agency record (API body or import row) and normalises it. */
export function validasiInstansi(masukan: Sel): HasilInstansi {
  const galat: GalatKolomInstansi[] = [];
  const tambah = (kolom: KolomInstansi, kode: KodeGalatInstansi | null) => {
    if (kode && !galat.some((g) => g.kolom === kolom)) galat.push({ kolom, kode });
  };

  const rKode = skemaKode.safeParse(masukan.kode ?? "");
  tambah("kode", pertama(rKode));
  const rNama = skemaNama.safeParse(masukan.nama ?? "");
  tambah("nama", pertama(rNama));

  const jenisTeks = masukan.jenis ?? "";
  const jenis = kosong(jenisTeks) ? undefined : cariJenisInstansi(String(jenisTeks));
  if (kosong(jenisTeks)) tambah("jenis", "WAJIB_DIISI");
  else if (!jenis) tambah("jenis", "JENIS_INSTANSI_TIDAK_VALID");

  let kodeProvinsi: string | null = null;
  if (!kosong(masukan.provinsi)) {
    const p = cariProvinsi(String(masukan.provinsi));
    if (!p) tambah("provinsi", "PROVINSI_TIDAK_DIKENAL");
    else kodeProvinsi = p.kode;
    if (jenis && !perluProvinsi(jenis)) tambah("provinsi", "PROVINSI_TIDAK_BERLAKU");
  } else if (jenis && perluProvinsi(jenis)) tambah("provinsi", "PROVINSI_WAJIB");

  let kodeWilayah: string | null = null;
  if (!kosong(masukan.kodeWilayah)) {
    kodeWilayah = normalisasiKodeWilayah(String(masukan.kodeWilayah));
    if (kodeWilayah === null) tambah("kodeWilayah", "KODE_WILAYAH_TIDAK_VALID");
    else if (jenis) tambah("kodeWilayah", masalahKodeWilayah(jenis, kodeWilayah, kodeProvinsi));
  }

  let zonaWaktu: ZonaWaktu | undefined;
  if (!kosong(masukan.zonaWaktu)) {
    const z0 = String(masukan.zonaWaktu).trim();
    zonaWaktu =
      ZONA_SINGKAT[z0.toLowerCase()] ??
      ((ZONA_WAKTU as readonly string[]).find((x) => x === z0) as ZonaWaktu);
    if (!zonaWaktu) tambah("zonaWaktu", "ZONA_WAKTU_TIDAK_VALID");
  }

  if (galat.length > 0 || !rKode.success || !rNama.success || !jenis) {
    return { ok: false, galat: urutkan(galat) };
  }
  return {
    ok: true,
    data: {
      kode: rKode.data,
      nama: rNama.data,
      jenis,
      provinsi: perluProvinsi(jenis) ? kodeProvinsi : null,
      kodeWilayah,
      zonaWaktu: zonaWaktu ?? zonaWaktuBawaan(kodeProvinsi),
    },
  };
}

/** A province's time zone; central agencies (no province) default to WIB, where they sit. */
export function zonaWaktuBawaan(kodeProvinsi: string | null): ZonaWaktu {
  return (kodeProvinsi ? provinsiDariKode(kodeProvinsi)?.zonaWaktu : undefined) ?? "Asia/Jakarta";
}

/**
 * Kemendagri numbering (Kepmendagri No. 300.2.2-2138 Tahun 2025): a province
 * is `NN`; its regencies `NN.01`–`NN.69` and cities `NN.71`–`NN.99`.
 */
export function masalahKodeWilayah(
  jenis: JenisInstansi,
  kodeWilayah: string,
  kodeProvinsi: string | null,
): KodeGalatInstansi | null {
  const aturan = DEFINISI_JENIS_INSTANSI[jenis].provinsi;
  if (aturan === "tidak_ada") return "KODE_WILAYAH_TIDAK_BERLAKU";
  const [prov, kab] = kodeWilayah.split(".");
  const urut = kab === undefined ? null : Number(kab);
  const cocok =
    jenis === "provinsi"
      ? urut === null
      : jenis === "kabupaten"
        ? urut !== null && urut >= 1 && urut <= 69
        : urut !== null && urut >= 71 && urut <= 99;
  if (!cocok) return "KODE_WILAYAH_TIDAK_SESUAI_JENIS";
  if (kodeProvinsi !== null && prov !== kodeProvinsi) return "KODE_WILAYAH_BEDA_PROVINSI";
  return null;
}

function urutkan(g: GalatKolomInstansi[]): GalatKolomInstansi[] {
  return [...g].sort((a, b) => KOLOM_INSTANSI.indexOf(a.kolom) - KOLOM_INSTANSI.indexOf(b.kolom));
}
