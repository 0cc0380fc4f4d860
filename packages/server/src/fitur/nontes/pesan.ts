/** Error texts of the non-test area (Bahasa Indonesia first). */
import { GalatApi } from "../../http/errors.ts";
import type { Teks } from "../../http/pesan.ts";

const PESAN_NONTES = {
  BUKAN_PEGAWAI: {
    id: "Akun Anda tidak terhubung dengan data pegawai di instansi ini.",
    en: "Your account is not linked to an employee record in this agency.",
  },
  KAMPANYE_TIDAK_DIKENAL: {
    id: "Kampanye asesmen tidak ditemukan di instansi ini.",
    en: "The assessment campaign was not found in this agency.",
  },
  UNIT_TIDAK_DIKENAL: {
    id: "Satu atau lebih unit kerja tidak dikenal di instansi ini.",
    en: "One or more units are not known in this agency.",
  },
  SASARAN_KOSONG: {
    id: "Tidak ada pegawai aktif dalam cakupan yang dipilih.",
    en: "No active employee falls within the chosen scope.",
  },
  PERIODE_BUKAN_DRAF: {
    id: "Periode sudah dibuka; penugasan penilai yang sudah mengirim penilaian tidak dapat diubah.",
    en: "The period is open; assignments whose rater has already answered cannot be changed.",
  },
  PERIODE_TIDAK_DIBUKA: {
    id: "Periode penilaian non-tes ini tidak sedang dibuka.",
    en: "This non-test period is not open.",
  },
  TENGGAT_LEWAT: {
    id: "Tenggat penilaian ({tenggat}) sudah lewat.",
    en: "The rating deadline ({tenggat}) has passed.",
  },
  BUTIR_TIDAK_LENGKAP: {
    id: 'Setiap skala harus diisi (pilih level atau "tidak dapat mengamati"). Kurang: {butir}.',
    en: 'Every scale must be answered (a level or "cannot observe"). Missing: {butir}.',
  },
  BUTIR_TIDAK_DIKENAL: {
    id: "Skala {butir} bukan bagian dari instrumen untuk penilai ini.",
    en: "Scale {butir} is not part of this rater's instrument.",
  },
  PENILAI_TIDAK_SAH: {
    id: "Penilai tidak boleh sama dengan pegawai yang dinilai, dan harus pegawai aktif instansi ini.",
    en: "A rater cannot rate themself and must be an active employee of this agency.",
  },
  SUDAH_DITUGASKAN: {
    id: "Penilai ini sudah ditugaskan menilai pegawai tersebut.",
    en: "This rater is already assigned to that employee.",
  },
  BUKAN_SASARAN: {
    id: "Pegawai ini tidak termasuk sasaran periode.",
    en: "This employee is not covered by the period.",
  },
  BELUM_ADA_PENILAIAN: {
    id: "Belum ada penilaian yang dikirim untuk dikoreksi.",
    en: "No ratings have been submitted to correct yet.",
  },
  TIDAK_PERLU_TINJAUAN: {
    id: "Hasil pegawai ini tidak menunggu tinjauan.",
    en: "This employee's result is not awaiting review.",
  },
} as const satisfies Record<string, Teks>;

export type KodeNontes = keyof typeof PESAN_NONTES;

export function galat(status: number, kode: KodeNontes, param?: Record<string, string | number>): GalatApi {
  return new GalatApi(status, kode, { pesan: PESAN_NONTES[kode], param });
}
