/** The gratification area's error messages (Bahasa Indonesia first). */
import { GalatApi } from "../../http/errors.ts";
import type { Teks } from "../../http/pesan.ts";

export const PESAN_GRATIFIKASI = {
  TIDAK_DITEMUKAN: { id: "Laporan gratifikasi tidak ditemukan.", en: "Gratification report not found." },
  BUKAN_PEGAWAI: {
    id: "Akun ini tidak terhubung dengan data pegawai di instansi ini.",
    en: "This account is not linked to an employee record in this agency.",
  },
  TANGGAL_DEPAN: {
    id: "Tanggal penerimaan tidak boleh setelah hari ini.",
    en: "The date of receipt cannot be after today.",
  },
  FOTO_DITOLAK: {
    id: "Foto tidak diterima: harus PNG atau JPEG yang sesuai jenisnya, maksimum 2 MB.",
    en: "Photo refused: it must be a PNG or JPEG file matching its type, at most 2 MB.",
  },
  STATUS_TIDAK_SESUAI: {
    id: "Langkah ini tidak sesuai dengan status laporan saat ini ({status}).",
    en: "This step does not fit the report's current status ({status}).",
  },
  TIDAK_ADA_FOTO: { id: "Laporan ini tidak memiliki foto.", en: "This report has no photo." },
} as const satisfies Record<string, Teks>;

export type KodeGratifikasi = keyof typeof PESAN_GRATIFIKASI;

export const galatGratifikasi = (
  status: number,
  kode: KodeGratifikasi,
  opsi: { param?: Record<string, string | number> } = {},
) => new GalatApi(status, kode, { pesan: PESAN_GRATIFIKASI[kode], ...opsi });
