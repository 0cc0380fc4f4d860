/** Shapes of the campaign answers, the post kinds, and the query key they start with. */
export interface Pos {
  id: string;
  jenis: "pengumuman" | "kode_etik" | "cerita";
  judul: string;
  isi: string;
  html: string;
  sasaran: "instansi" | "unit";
  unitIds: string[];
  subUnit: boolean;
  penulis: { id: string; nama: string };
  ditarik: boolean;
  diterbitkan: string;
  dibaca: string | null;
  diakui: string | null;
  statistik: { sasaran: number; dibaca: number; diakui: number } | null;
}
export const KUNCI = ["komunitas", "kampanye"] as const;
export const JENIS = ["pengumuman", "kode_etik", "cerita"] as const;
