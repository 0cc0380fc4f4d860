/** Shapes of the M&E answers, and the query key every M&E list starts with. */
export const KUNCI = ["komunitas", "monev"] as const;

export interface Sampel {
  id: string;
  judul: string;
  benih: number;
  ukuran: number;
  populasi: number;
  dibuat: string;
  selesai: number;
}
export interface Wawancara {
  id: string;
  pegawai: { id: string; nama: string };
  unit: { id: string; nama: string };
  urutan: number;
  jadwal: string | null;
  pewawancara: string | null;
  status: "belum" | "terjadwal" | "selesai" | "batal";
  catatan: { pemahaman?: string; praktik?: string; hambatan?: string; saran?: string } | null;
}
export interface Temuan {
  id: string;
  judul: string;
  uraian: string;
  tingkat: "rendah" | "sedang" | "tinggi" | "kritis";
  rekomendasi: string;
  batasWaktu: string | null;
  tanggapan: string | null;
  status: "terbuka" | "ditindaklanjuti" | "selesai";
}
export interface Rencana {
  id: string;
  judul: string;
  lingkup: string | null;
  mulai: string;
  selesai: string;
  status: string;
  temuan: { terbuka: number; ditindaklanjuti: number; selesai: number };
}
