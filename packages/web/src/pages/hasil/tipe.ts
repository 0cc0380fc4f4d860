/** Shapes of the results API answers (docs/hasil.md). */
export interface SkorTampil {
  kode: string;
  nama: string;
  faktor?: string;
  t: number;
  tBawah: number;
  tAtas: number;
  persentil: number;
  derajat: number;
}

export interface Profil {
  kampanye: { id: string; nama: string; tujuan: string; dirilis: string | null };
  dihitung: string;
  versiParameter: string;
  parameterSementara: boolean;
  /** The instrument's stage, computed by the server from what is stored (docs/norma-batas.md). */
  tahap: {
    bank: "panel" | "draf";
    kalibrasi: "nyata" | "simulasi";
    norma: "nyata" | "simulasi";
    batas: "nasional" | "instansi" | "baku";
    sementara: boolean;
  };
  /** The reference group of the T-scores and percentiles; `kelompokSendiri` when a broader one is used. */
  norma: {
    jenis: string;
    kunci: string;
    label: string;
    n: number;
    dataNyata: boolean;
    kelompokSendiri: { label: string; n: number } | null;
  };
  sumberBatas: { versi: string; metode: string };
  integritas: SkorTampil;
  faktor: SkorTampil[];
  subDimensi: SkorTampil[];
  level: { level: number; nama: string; deskripsi: string; sumber: string; metode: string };
  kegiatan: { kode: string; kegiatan: string; tujuan: string[]; sumber: string }[];
  penjelasan: string[];
}

export interface Estimasi {
  nilai: number;
  se: number;
  bawah: number;
  atas: number;
  variansSampel: number;
  variansUkur: number;
}

export interface BarisPeta {
  unitId: string;
  nama: string;
  indukId: string | null;
  kedalaman: number;
  tampil: boolean;
  alasan?: "kecil" | "komplementer";
  n?: number;
  distribusiLevel?: Record<string, number>;
  profilFaktor?: Record<string, number>;
  indeks?: Estimasi;
  /** Where non-test evidence exists the level counted is the final level: the sources of the row's levels. */
  sumberLevel?: { akhir: number; sumber: Record<string, number> };
}

export interface KampanyeHasil {
  id: string;
  nama: string;
  tujuan: string;
  formulirId: string;
  ditutup: string;
  hasilDirilis: string | null;
  selesai: number;
  dinilai: number;
  menunggu: number;
  versiParameter: string[];
}
