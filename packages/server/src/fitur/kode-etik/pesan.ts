/** Error texts of the code-of-ethics and conflict-of-interest areas (Bahasa Indonesia first). */
import { GalatApi } from "../../http/errors.ts";
import type { Teks } from "../../http/pesan.ts";

export const PESAN_ETIK = {
  BUKAN_PEGAWAI: {
    id: "Akun Anda tidak terhubung dengan data pegawai di instansi ini.",
    en: "Your account is not linked to an employee record in this agency.",
  },
  KODE_TIDAK_ADA: {
    id: "Kode etik tidak ditemukan di instansi ini.",
    en: "The code of ethics was not found in this agency.",
  },
  SUDAH_TERBIT: {
    id: "Versi kode etik yang sudah terbit tidak dapat diubah. Buat versi baru.",
    en: "A published version of the code of ethics cannot be changed. Create a new version.",
  },
  BELUM_ADA_TERBIT: {
    id: "Instansi belum menerbitkan kode etik dan kode perilaku.",
    en: "The agency has not published a code of ethics and conduct yet.",
  },
  BUKAN_VERSI_BERLAKU: {
    id: "Versi ini bukan kode etik yang berlaku. Muat ulang halaman.",
    en: "This is not the code of ethics in force. Reload the page.",
  },
  JAWABAN_TIDAK_LENGKAP: {
    id: "Jawab semua pertanyaan kuis sebelum menyatakan.",
    en: "Answer every quiz question before attesting.",
  },
  KUNCI_TIDAK_SAH: {
    id: "Kunci jawaban setiap soal harus menunjuk salah satu pilihannya.",
    en: "Each question's key must point to one of its choices.",
  },
  BERKAS_DITOLAK: {
    id: "Berkas SK tidak diterima: harus PDF, PNG atau JPEG yang isinya sesuai jenisnya, maksimum 2 MB.",
    en: "Decree file refused: it must be a PDF, PNG or JPEG matching its type, at most 2 MB.",
  },
  BERKAS_TIDAK_ADA: {
    id: "Versi ini tidak memiliki berkas SK.",
    en: "This version has no decree file.",
  },
  DEKLARASI_TIDAK_ADA: {
    id: "Deklarasi benturan kepentingan tidak ditemukan atau bukan untuk Anda.",
    en: "The conflict-of-interest declaration was not found or is not yours to see.",
  },
  BUKAN_ATASAN: {
    id: "Hanya atasan langsung pegawai yang memutuskan deklarasi ini.",
    en: "Only the employee's direct superior decides this declaration.",
  },
  SUDAH_DIPUTUSKAN: {
    id: "Deklarasi ini sudah diputuskan atau tidak memerlukan keputusan.",
    en: "This declaration has already been decided or needs no decision.",
  },
  PERMINTAAN_TIDAK_ADA: {
    id: "Permintaan deklarasi tidak ditemukan atau tidak ditujukan kepada Anda.",
    en: "The declaration request was not found or is not addressed to you.",
  },
  NIHIL_TANPA_PERMINTAAN: {
    id: "Pernyataan 'tidak ada benturan' hanya untuk menjawab permintaan deklarasi.",
    en: "A 'no conflict' statement only answers a declaration request.",
  },
  PEGAWAI_TIDAK_DIKENAL: {
    id: "Satu atau lebih pegawai tidak dikenal atau tidak aktif di instansi ini.",
    en: "One or more employees are unknown or inactive in this agency.",
  },
} as const satisfies Record<string, Teks>;

export type KodeEtik = keyof typeof PESAN_ETIK;

export const galatEtik = (status: number, kode: KodeEtik) =>
  new GalatApi(status, kode, { pesan: PESAN_ETIK[kode] });
