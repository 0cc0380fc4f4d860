/** Shapes of the recalibration API answers (server fitur/hasil/kalibrasi.ts; docs/hasil.md "Recalibration"). */

export interface JobKalibrasi {
  id: string;
  status: "antre" | "berjalan" | "selesai" | "gagal" | string;
  progres: { selesai: number; total: number | null };
  galat: string | null;
  dibuat: string;
}

export interface KampanyeKalibrasi {
  instansiId: string;
  instansiNama: string;
  kampanyeId: string;
  nama: string;
  formulirId: string;
  ditutup: string;
  selesai: number;
  layak: boolean;
  job: JobKalibrasi | null;
}

export interface VersiParameter {
  id: string;
  versi: string;
  formulirId: string;
  status: "sementara" | "draf" | "terbit" | "diganti" | string;
  catatan: string | null;
  sumberKampanyeId: string | null;
  dibuat: string;
  diterbitkan: string | null;
}

export interface Beda {
  rmsd: number;
  maks: number;
}

export interface DifDitandai {
  blok: string;
  pertama: string;
  kedua: string;
  n: number;
  g2: number | null;
  df: number;
  p: number;
  q: number;
  deltaR2: number | null;
  besaran: number | null;
  kelas: "A" | "B" | "C";
  jenis: "seragam" | "tidakSeragam";
  perKelompok: { kelompok: string; geserLogit: number | null; bedaP: number | null }[];
}

export interface DifVariabel {
  kode: "jenisKelamin" | "kelompokUsia" | "golongan" | "jenisJabatan";
  label: string;
  kelompok: { nama: string; n: number; diuji: boolean }[];
  acuan: string | null;
  tidakDiuji: string | null;
  tanpaData: number;
  putaran: number;
  jumlahDiuji: number;
  jumlahDitandai: number;
  ditandai: DifDitandai[];
}

export interface BandingKalibrasi {
  n: number;
  versiLama: string;
  versiBaru: string;
  detikKalibrasi: number;
  kecocokan: { konvergen: boolean; iterasi: number | null; srmr: number | null; pesan: string | null };
  pergeseran: {
    muatan: Beda;
    ambang: Beda;
    korelasiTrait: Beda;
    muatanBergeser: { pernyataan: string; beda: number }[];
    perPernyataan?: { pernyataan: string; lama: number | null; baru: number | null; beda: number | null }[];
  };
  /** A string in comparisons made before DIF was available. */
  dif:
    | string
    | {
        metode: string;
        alpha: number;
        minKelompok: number;
        tanggalUsia: string;
        wilayah: string;
        variabel: DifVariabel[];
      };
}
