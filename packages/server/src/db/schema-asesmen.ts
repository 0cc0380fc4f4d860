import type { ColumnType, Generated } from "kysely";

/** Kysely types of the assessment tables (migrations/0020_asesmen.ts). */
type Dibuat = ColumnType<Date, Date | string | undefined, never>;
type Waktu = ColumnType<Date, Date | string | undefined, Date | string>;
type Json<T = unknown> = ColumnType<T, string, string>;

export interface ParameterAsesmenTable {
  id: Generated<string>;
  versi: string;
  formulir_id: string;
  status: "sementara" | "draf" | "terbit" | "diganti";
  acuan: Json;
  sumber_instansi_id: string | null;
  sumber_kampanye_id: string | null;
  catatan: string | null;
  dibuat_oleh: string | null;
  dibuat: Dibuat;
  diterbitkan: Date | null;
}

export interface KampanyeAsesmenTable {
  instansi_id: string;
  id: Generated<string>;
  nama: string;
  tujuan: "awal" | "berkala" | "akhir";
  formulir_id: string;
  bank_versi: string;
  formulir: Json;
  populasi: Json;
  dibuka: Waktu;
  ditutup: Waktu;
  batas_menit: number | null;
  teks_persetujuan: string | null;
  status: ColumnType<"draf" | "aktif" | "dibatalkan", "draf" | "aktif" | "dibatalkan" | undefined>;
  hasil_dirilis: Date | null;
  /** Pilot ("uji coba", migration 0115): calibration only, no released results, in no map, norm or national figure. */
  uji_coba: ColumnType<boolean, boolean | undefined, boolean>;
  dibuat_oleh: string | null;
  dibuat: Dibuat;
  diubah: Waktu;
}

export interface PesertaAsesmenTable {
  instansi_id: string;
  id: Generated<string>;
  kampanye_id: string;
  pegawai_id: string;
  token_hash: string | null;
  undangan: ColumnType<
    "belum" | "terkirim" | "gagal" | "tanpa_email" | "token",
    "belum" | "terkirim" | "gagal" | "tanpa_email" | "token" | undefined
  >;
  diundang: Date | null;
  benih: number;
  urutan: Json | null;
  persetujuan: Date | null;
  /** The consent text as agreed (migration 0093); null before it or without consent. */
  teks_persetujuan: ColumnType<string | null, string | null | undefined, string | null>;
  mulai: Date | null;
  batas: Date | null;
  selesai: Date | null;
  dibuat: Dibuat;
}

export interface JawabanAsesmenTable {
  instansi_id: string;
  peserta_id: string;
  blok: string;
  paling_sesuai: string;
  paling_tidak_sesuai: string;
  urutan_klien: number;
  detik: number | null;
  perubahan: ColumnType<number, number | undefined, number>;
  disimpan: Waktu;
}

export interface SkorAsesmenTable {
  instansi_id: string;
  peserta_id: string;
  kampanye_id: string;
  pegawai_id: string;
  unit_id: string | null;
  parameter_versi: string;
  norma: string;
  /** Rows scored before migration 0120: the keyed result; read through umum/skor-tersimpan.ts. */
  hasil: ColumnType<unknown | null, string | null | undefined, string | null>;
  /** The compact record (umum/skor-tersimpan.ts): 80 numbers, then the columns below; null on old rows. */
  skor: ColumnType<(number | null)[] | null, (number | null)[] | string | null | undefined, string | null>;
  formulir_id: ColumnType<string | null, string | null | undefined, string | null>;
  blok_dijawab: ColumnType<number | null, number | null | undefined, number | null>;
  konvergen: ColumnType<boolean | null, boolean | null | undefined, boolean | null>;
  lz: ColumnType<number | null, number | null | undefined, number | null>;
  tanda: ColumnType<unknown | null, string | null | undefined, string | null>;
  batas: ColumnType<unknown | null, string | null | undefined, string | null>;
  derajat: number;
  level: number;
  pv: number[];
  perlu_tinjauan: ColumnType<boolean, boolean | undefined, boolean>;
  tinjauan: ColumnType<
    "tidak_perlu" | "menunggu" | "diterima" | "dikecualikan",
    "tidak_perlu" | "menunggu" | "diterima" | "dikecualikan" | undefined
  >;
  dihitung: Waktu;
}

export interface TabelAsesmen {
  parameter_asesmen: ParameterAsesmenTable;
  kampanye_asesmen: KampanyeAsesmenTable;
  peserta_asesmen: PesertaAsesmenTable;
  jawaban_asesmen: JawabanAsesmenTable;
  skor_asesmen: SkorAsesmenTable;
}
