/** Shapes of the action-plan and reward answers, and the query key they start with. */
export const KUNCI = ["komunitas", "renaksi"] as const;

export interface Butir {
  id: string;
  uraian: string;
  tenggat: string;
  bukti: string | null;
  status: "rencana" | "berjalan" | "selesai";
  nilai: number | null;
  komentarPenilai: string | null;
  terlambat: boolean;
}
export interface Renaksi {
  id: string;
  agen: { id: string; nama: string };
  judul: string;
  mulai: string;
  selesai: string;
  butir: Butir[];
  ringkasan: { butir: number; selesai: number; rerataNilai: number | null };
}
export interface Penghargaan {
  id: string;
  pegawai: { id: string; nama: string };
  kategori: string;
  alasan: string;
  status: "diusulkan" | "diberikan" | "ditolak";
  tanggalKeputusan: string | null;
  catatanKeputusan: string | null;
}
