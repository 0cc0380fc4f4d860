/** Shapes of the mentoring and diary answers, and the query key they start with. */
export interface Orang {
  id: string;
  nama: string;
}
export interface Sesi {
  id: string;
  jenis: "mentoring" | "coaching" | "konseling";
  tanggal: string;
  topik: string;
  tindakan: string | null;
  tindakLanjut: string | null;
  tanggalTindakLanjut: string | null;
  catatan: string | null;
  pendamping: Orang;
  pegawai: Orang;
  peranSaya: "pendamping" | "pegawai";
}
export interface Entri {
  id: string;
  tanggal: string;
  judul: string;
  isi: string;
  subdimensi: string[];
  dibagikanKe: Orang | null;
  penulis: Orang | null;
}
export interface Saya {
  pegawaiId: string | null;
  pendamping: Orang[];
}

export const KUNCI = ["komunitas", "pendampingan"] as const;
