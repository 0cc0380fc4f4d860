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
