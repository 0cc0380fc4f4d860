/**
 * Machine codes for everything that can be wrong with an agency (instansi)
 * or work-unit (unit kerja) record of the national register, each with a
 * message in Bahasa Indonesia and English, shared by the register's API
 * validators and its bulk-import report (as PESAN_GALAT_PEGAWAI is for
 * employees; the generic codes are the same sentences).
 */
import { PESAN_GALAT_PEGAWAI } from "../pegawai/galat.ts";

export const PESAN_GALAT_INSTANSI = {
  WAJIB_DIISI: PESAN_GALAT_PEGAWAI.WAJIB_DIISI,
  TERLALU_PANJANG: PESAN_GALAT_PEGAWAI.TERLALU_PANJANG,
  NILAI_TIDAK_VALID: PESAN_GALAT_PEGAWAI.NILAI_TIDAK_VALID,
  KODE_INSTANSI_TIDAK_VALID: {
    id: "Kode instansi hanya boleh berisi huruf A–Z, angka, titik, garis bawah dan tanda hubung, diawali huruf atau angka, paling panjang 32 karakter (mis. KEMENPANRB, PROV-32, KAB-3201).",
    en: "An agency code may contain only letters A–Z, digits, dots, underscores and hyphens, starting with a letter or digit, at most 32 characters (e.g. KEMENPANRB, PROV-32, KAB-3201).",
  },
  JENIS_INSTANSI_TIDAK_VALID: {
    id: "Jenis instansi harus salah satu dari: kementerian, lembaga pemerintah nonkementerian (LPNK), kesekretariatan lembaga negara, kesekretariatan lembaga nonstruktural, provinsi, kabupaten, kota.",
    en: "Agency category must be one of: ministry, non-ministerial agency (LPNK), state institution secretariat, non-structural institution secretariat, province, regency, city.",
  },
  PROVINSI_WAJIB: {
    id: "Pemerintah provinsi, kabupaten dan kota wajib menyebut provinsinya (kode Kemendagri 2 angka atau nama).",
    en: "Provincial, regency and city governments must name their province (two-digit Kemendagri code or name).",
  },
  PROVINSI_TIDAK_DIKENAL: {
    id: "Provinsi tidak dikenal: tulis kode Kemendagri 2 angka (mis. 32) atau nama salah satu dari 38 provinsi.",
    en: "Unknown province: write the two-digit Kemendagri code (e.g. 32) or the name of one of the 38 provinces.",
  },
  PROVINSI_TIDAK_BERLAKU: {
    id: "Instansi pusat tidak memiliki provinsi; kosongkan kolom ini.",
    en: "A central agency has no province; leave this column empty.",
  },
  KODE_WILAYAH_TIDAK_VALID: {
    id: "Kode wilayah Kemendagri ditulis 2 angka untuk provinsi (mis. 32) atau 4 angka untuk kabupaten/kota (mis. 32.01 atau 3201).",
    en: "A Kemendagri region code is 2 digits for a province (e.g. 32) or 4 digits for a regency/city (e.g. 32.01 or 3201).",
  },
  KODE_WILAYAH_TIDAK_SESUAI_JENIS: {
    id: "Kode wilayah tidak sesuai jenis instansi: provinsi 2 angka; kabupaten NN.01–NN.69; kota NN.71–NN.99.",
    en: "The region code does not fit the category: province 2 digits; regency NN.01–NN.69; city NN.71–NN.99.",
  },
  KODE_WILAYAH_BEDA_PROVINSI: {
    id: "Dua angka pertama kode wilayah harus sama dengan kode provinsinya.",
    en: "The first two digits of the region code must equal its province's code.",
  },
  KODE_WILAYAH_TIDAK_BERLAKU: {
    id: "Instansi pusat tidak memiliki kode wilayah; kosongkan kolom ini.",
    en: "A central agency has no region code; leave this column empty.",
  },
  ZONA_WAKTU_TIDAK_VALID: {
    id: "Zona waktu harus WIB (Asia/Jakarta), WITA (Asia/Makassar) atau WIT (Asia/Jayapura).",
    en: "Time zone must be WIB (Asia/Jakarta), WITA (Asia/Makassar) or WIT (Asia/Jayapura).",
  },
  KODE_INSTANSI_GANDA: {
    id: "Kode instansi yang sama sudah muncul di baris lain dalam berkas ini.",
    en: "The same agency code already appears on another row of this file.",
  },
  PROVINSI_GANDA: {
    id: "Sudah ada pemerintah provinsi lain untuk provinsi ini (setiap provinsi hanya satu).",
    en: "There is already another provincial government for this province (one per province).",
  },
  KODE_WILAYAH_GANDA: {
    id: "Kode wilayah yang sama sudah dipakai instansi lain.",
    en: "The same region code is already used by another agency.",
  },
  INSTANSI_TIDAK_DIKENAL: {
    id: "Kode instansi tidak ditemukan di register maupun di berkas instansi yang diimpor.",
    en: "Agency code found neither in the register nor in the imported agency file.",
  },
  KODE_UNIT_GANDA: {
    id: "Kode unit yang sama untuk instansi yang sama sudah muncul di baris lain.",
    en: "The same unit code of the same agency already appears on another row.",
  },
  ESELON_TIDAK_VALID: {
    id: "Eselon harus angka 1 sampai 4 (atau I–IV), atau dikosongkan.",
    en: "Eselon must be a number 1 to 4 (or I–IV), or left empty.",
  },
  INDUK_TIDAK_DIKENAL: {
    id: "Kode unit induk tidak ditemukan pada instansi yang sama (di berkas maupun di register).",
    en: "Parent unit code not found in the same agency (in the file or the register).",
  },
  INDUK_DIRI_SENDIRI: {
    id: "Unit tidak boleh menjadi induk dirinya sendiri.",
    en: "A unit cannot be its own parent.",
  },
  INDUK_MELINGKAR: {
    id: "Susunan induk melingkar: unit ini menjadi leluhur dari induknya sendiri.",
    en: "Circular parents: this unit is an ancestor of its own parent.",
  },
  ESELON_TIDAK_DI_BAWAH_INDUK: {
    id: "Eselon unit harus lebih rendah (angka lebih besar) dari eselon unit induknya.",
    en: "A unit's eselon must be below (a larger number than) its parent's eselon.",
  },
} as const satisfies Record<string, { id: string; en: string }>;

export type KodeGalatInstansi = keyof typeof PESAN_GALAT_INSTANSI;

export function isKodeGalatInstansi(x: string): x is KodeGalatInstansi {
  return Object.hasOwn(PESAN_GALAT_INSTANSI, x);
}

export function pesanGalatInstansi(kode: KodeGalatInstansi, bahasa: "id" | "en" = "id"): string {
  return PESAN_GALAT_INSTANSI[kode][bahasa];
}
