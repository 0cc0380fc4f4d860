/** The whistleblowing area's error messages (Bahasa Indonesia first). */
import { GalatApi } from "../../http/errors.ts";
import type { Teks } from "../../http/pesan.ts";

export const PESAN_WBS = {
  TIKET_TIDAK_DITEMUKAN: {
    id: "Nomor tiket atau kode rahasia tidak cocok.",
    en: "The ticket number or the secret code does not match.",
  },
  TANTANGAN_TIDAK_SAH: {
    id: "Tantangan keamanan tidak sah atau sudah kedaluwarsa. Muat ulang halaman dan coba lagi.",
    en: "The security challenge is invalid or has expired. Reload the page and try again.",
  },
  TANTANGAN_TERPAKAI: {
    id: "Tantangan keamanan ini sudah dipakai. Muat ulang halaman untuk mengirim lagi.",
    en: "This security challenge has already been used. Reload the page to send again.",
  },
  TERLALU_BANYAK: {
    id: "Terlalu banyak permintaan dari alamat ini. Coba lagi nanti.",
    en: "Too many requests from this address. Try again later.",
  },
  SEMUA_PENGELOLA_DIKECUALIKAN: {
    id: "Laporan tidak dapat diterima bila semua pengelola WBS dikecualikan. Sampaikan laporan kepada APIP atau aparat penegak hukum.",
    en: "A report that excludes every WBS handler cannot be received here. Report to the internal auditor or to law enforcement instead.",
  },
  PENGELOLA_TIDAK_DIKENAL: {
    id: "Pengelola WBS yang dipilih tidak dikenal di instansi ini.",
    en: "The selected WBS handler is unknown in this agency.",
  },
  HASIL_WAJIB: {
    id: "Laporan yang ditutup harus mencantumkan hasilnya; hasil hanya untuk laporan yang ditutup.",
    en: "A closed report needs its outcome; an outcome only goes with a closed report.",
  },
  SUDAH_DITUTUP: {
    id: "Laporan ini sudah ditutup.",
    en: "This report is already closed.",
  },
  LAMPIRAN_DITOLAK: {
    id: "Lampiran tidak diterima: jenis harus PDF, PNG, JPEG atau TXT, isinya sesuai jenisnya, maksimum {maks} per berkas.",
    en: "Attachment refused: it must be a PDF, PNG, JPEG or TXT file matching its type, at most {maks} each.",
  },
  KUNCI_TIDAK_TERSEDIA: {
    id: "Kunci enkripsi WBS tidak tersedia di server. Hubungi administrator.",
    en: "The WBS encryption key is not available on the server. Contact the administrator.",
  },
} as const satisfies Record<string, Teks>;

export type KodeWbs = keyof typeof PESAN_WBS;

export const galatWbs = (
  status: number,
  kode: KodeWbs,
  opsi: { param?: Record<string, string | number>; tetapSimpan?: boolean } = {},
) => new GalatApi(status, kode, { pesan: PESAN_WBS[kode], ...opsi });
