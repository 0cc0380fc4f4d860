/** Types and calls of the programme API (docs/program.md "API"); shapes follow the domain's types. */
import type { Galat, KodeLangkahPersiapan, PosisiSiklus } from "@nurani/domain";
import { useQuery } from "@tanstack/react-query";
import { ApiError, api } from "../../api/client.ts";
import type { Peran } from "../../api/types.ts";
import { unggahBerkas } from "../../api/unggah.ts";
import type { SumberLevelData } from "../nontes/SumberLevel.tsx";

export const PERAN_BACA: readonly Peran[] = [
  "admin_instansi",
  "ppk",
  "tim_supervisi",
  "pimpinan",
  "agen_perubahan",
  "apip",
  "evaluator_nasional",
];
export const PERAN_CATAT: readonly Peran[] = ["tim_supervisi", "ppk"];
export const PERAN_KELOLA: readonly Peran[] = ["tim_supervisi", "ppk", "admin_instansi"];

/** Who records each preparation step (the server's routes). */
export const PENCATAT_LANGKAH: Record<KodeLangkahPersiapan, readonly Peran[]> = {
  pembentukan_tim: ["ppk"],
  deklarasi_komitmen: ["tim_supervisi", "ppk"],
  asesmen_awal: ["tim_supervisi"],
  rencana_aksi: ["tim_supervisi"],
  rencana_pelatihan: ["tim_supervisi"],
  agen_perubahan: ["ppk"],
};

export interface SiklusRingkas {
  id: string;
  nama: string;
  tahap: "persiapan" | "pelaksanaan" | "penilaian" | "selesai";
  pelaksanaanMulai: string | null;
  penilaianMulai: string | null;
  ditutup: string | null;
  dibuat: string;
}

export interface RekapKegiatan {
  kegiatanUtama: string;
  direncanakan: number;
  kegiatanTerlaksana: number;
  pelaksanaan: number;
  peserta: number;
}

export interface CapaianTampil {
  target: {
    kode: string;
    uraian?: string;
    indikator: { jenis: string; levelMinimal?: number };
    sasaran: string[] | "instansi";
    garisDasar: number;
    nilaiTarget: number;
    tenggat: string;
  };
  capaian: { status: string; nilai?: number; kemajuan?: number; jumlahPegawai: number } | null;
}

export interface StatusSiklus {
  id: string;
  nama: string;
  konfigurasi: { targetAgenPerubahan?: number; kegiatanWajibSebelumPenilaian?: string[] };
  hariIni: string;
  posisi: PosisiSiklus;
  keluaran: Record<KodeLangkahPersiapan, Record<string, unknown> | null>;
  draf: Partial<Record<KodeLangkahPersiapan, Record<string, unknown>>>;
  kampanyeAkhir: { id: string; nama: string; dirilis: string | null } | null;
  /** Campaigns linked to the cycle on purpose; `ukur` marks the one progress is measured on. */
  kampanyeTertaut: {
    id: string;
    nama: string;
    sebagai: "awal" | "berkala" | "akhir";
    dirilis: string | null;
    ukur: boolean;
  }[];
  kegiatan: RekapKegiatan[];
  target: {
    kampanye: { nama: string; dirilis: string | null } | null;
    /** Where non-test evidence exists the levels counted are final levels: their sources (null: test only). */
    sumberLevel: SumberLevelData | null;
    target: CapaianTampil[];
  };
  peringatanSimpan?: Galat[];
  namaPegawai?: Record<string, string>;
}

export interface Kegiatan {
  id: string;
  kegiatanUtama: string;
  subtahap: number | null;
  templat: string | null;
  judul: string;
  uraian: string | null;
  sasaranUnit: string[];
  sasaranPegawai: string[];
  rencanaMulai: string;
  rencanaSelesai: string;
  penanggungJawabPegawaiId: string | null;
  penanggungJawabNama: string | null;
  jumlahPelaksanaan: number;
}

export interface Pelaksanaan {
  id: string;
  kegiatanId: string;
  judul: string;
  kegiatanUtama: string;
  subtahap: number | null;
  tanggal: string;
  jumlahPeserta: number;
  jumlahHadir: number;
  hasil: string;
  bukti: string[];
}

export interface Berkas {
  id: string;
  nama: string;
  jenis: string;
  ukuran: number;
  dibuat: string;
}

export const kunciProgram = {
  semua: (iid: string) => ["instansi", iid, "program"] as const,
  siklus: (iid: string, id: string) => ["instansi", iid, "program", "siklus", id] as const,
};

export const dasar = (iid: string) => `/api/instansi/${iid}/program`;

export function useStatusSiklus(iid: string, id: string) {
  return useQuery({
    queryKey: kunciProgram.siklus(iid, id),
    queryFn: () => api<StatusSiklus>(`${dasar(iid)}/siklus/${id}`),
  });
}

export function unggahDokumen(iid: string, siklusId: string, file: File): Promise<Berkas> {
  return unggahBerkas<Berkas>(`${dasar(iid)}/siklus/${siklusId}/berkas`, file, () => {});
}

/** The domain's reasons behind a refusal (`details.galat`), if the error carries them. */
export function alasanGalat(e: unknown): Galat[] {
  if (!(e instanceof ApiError)) return [];
  const d = e.details as { galat?: Galat[] } | null | undefined;
  return Array.isArray(d?.galat) ? d.galat : [];
}

/** Accepted evidence and document types, as the server checks them (magic bytes; ≤ 10 MiB). */
export const TERIMA_BERKAS = ".pdf,.png,.jpg,.jpeg,.docx,.xlsx";
export const UKURAN_MAKS = 10 * 1024 * 1024;
