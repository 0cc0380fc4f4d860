/**
 * Retention periods per kind of personal data (UU 27/2022 Pasal 43–44: data
 * is deleted or anonymised when its retention period ends). Each agency may
 * change the months; these are the defaults. The server's daily job
 * (`retensi.harian`) applies them (docs/data-saya.md "Retention").
 */
export const JENIS_RETENSI = [
  "jawaban_asesmen",
  "hasil_asesmen",
  "penilaian_nontes",
  "hasil_nontes",
  "laporan_wbs",
  "notifikasi",
  "audit",
] as const;
export type JenisRetensi = (typeof JENIS_RETENSI)[number];

export interface InfoRetensi {
  nama: { id: string; en: string };
  /** Default months, counted from `sejak`. */
  bawaanBulan: number;
  sejak: { id: string; en: string };
  /** What happens when the period ends. */
  tindakan: "hapus" | "anonimkan" | "laporan_saja";
}

export const INFO_RETENSI: Record<JenisRetensi, InfoRetensi> = {
  jawaban_asesmen: {
    nama: { id: "Jawaban asesmen (per butir)", en: "Assessment answers (per item)" },
    bawaanBulan: 12,
    sejak: { id: "kampanye ditutup", en: "the campaign closed" },
    tindakan: "hapus",
  },
  hasil_asesmen: {
    nama: { id: "Hasil asesmen per pegawai", en: "Assessment results per employee" },
    bawaanBulan: 60,
    sejak: { id: "kampanye ditutup", en: "the campaign closed" },
    tindakan: "anonimkan",
  },
  penilaian_nontes: {
    nama: { id: "Penilaian non-tes dari penilai", en: "Non-test ratings by raters" },
    bawaanBulan: 24,
    sejak: { id: "tenggat periode", en: "the period's deadline" },
    tindakan: "hapus",
  },
  hasil_nontes: {
    nama: { id: "Hasil non-tes per pegawai", en: "Non-test results per employee" },
    bawaanBulan: 60,
    sejak: { id: "tenggat periode", en: "the period's deadline" },
    tindakan: "hapus",
  },
  laporan_wbs: {
    nama: { id: "Laporan WBS yang ditutup", en: "Closed whistleblowing reports" },
    bawaanBulan: 60,
    sejak: { id: "laporan ditutup", en: "the report closed" },
    tindakan: "hapus",
  },
  notifikasi: {
    nama: { id: "Pemberitahuan", en: "Notifications" },
    bawaanBulan: 12,
    sejak: { id: "dibuat", en: "created" },
    tindakan: "hapus",
  },
  audit: {
    nama: { id: "Log audit", en: "Audit log" },
    bawaanBulan: 60,
    sejak: { id: "dicatat", en: "recorded" },
    tindakan: "laporan_saja",
  },
};

/** Bounds of a configured period: at least a month, at most 30 years. */
export const BULAN_RETENSI_MIN = 1;
export const BULAN_RETENSI_MAKS = 360;
