import type { DraftModul, OpsiPanduan } from "../panduan.ts";
import type { PetaLevel } from "../peta.ts";
import type { TargetSmart } from "../smart.ts";
import type { KodeLangkahPersiapan } from "../tahapan.ts";

/**
 * The output (keluaran) each preparation step must produce before it counts
 * as done (Tabel 3, column "Keluaran"), and the checks on it. Where the
 * regulation names an output but not its contents, the evidence asked for
 * here is our reading of what proves it exists; each is marked "—" as its
 * source in the messages.
 */

/** A decree (Surat Keputusan): number, date and the stored document. */
export interface SuratKeputusan {
  nomor: string;
  tanggal: string;
  dokumenId: string;
}

export const PERAN_TIM = ["ketua", "sekretaris", "anggota"] as const;
export type PeranTim = (typeof PERAN_TIM)[number];

/** Tabel 3 no. 1. */
export interface KeluaranTimSupervisi {
  /** "Tim Supervisi -- atau dengan nama lain --". */
  nama: string;
  sk: SuratKeputusan;
  anggota: { pegawaiId: string; peranTim: PeranTim; anggotaTimRB?: boolean }[];
  /** The bureaucratic-reform team the supervision team is aligned with. */
  timReformasiBirokrasi: { nomorSk: string };
}

/** Tabel 3 no. 2. */
export interface KeluaranDeklarasi {
  judul: string;
  dokumenId: string;
  tanggal: string;
  penandatangan: { pegawaiId: string; sebagai: "pimpinan" | "pegawai" }[];
  /** "selaras dengan pembangunan zona Integritas". */
  selarasZonaIntegritas: boolean;
}

/** Tabel 3 no. 3: the initial assessment campaign, done when its results are released. */
export interface KeluaranAsesmenAwal {
  kampanyeId: string;
  /** Date the results were released; absent while they are not. */
  dirilis?: string;
  peta: PetaLevel;
}

/** Tabel 3 no. 4. */
export interface KeluaranRencanaAksi {
  dokumenId: string;
  tanggal: string;
  target: TargetSmart[];
}

/** One module of the training plan, adapted from a Tabel 5–8 row or written by the agency, with its schedule. */
export interface ModulPelatihan extends DraftModul {
  jadwal: { mulai: string; selesai: string };
}

/** Tabel 3 no. 5. */
export interface KeluaranRencanaPelatihan {
  /** Guide, curriculum and syllabus document. */
  dokumenId: string;
  tanggal: string;
  modul: ModulPelatihan[];
}

export type KeputusanSeleksi = "terpilih" | "tidak_terpilih";

/** Tabel 3 no. 6; Tabel 2 I.1. */
export interface KeluaranAgenPerubahan {
  /** The agency's own selection criteria (may include assessment results). */
  kriteriaSeleksi: string[];
  nominasi: { pegawaiId: string; unitKerjaId: string; keputusan: KeputusanSeleksi }[];
  /** Appointment decree by the head of the agency. */
  sk: SuratKeputusan;
  ditetapkan: string[];
}

export interface KeluaranPersiapan {
  pembentukan_tim: KeluaranTimSupervisi;
  deklarasi_komitmen: KeluaranDeklarasi;
  asesmen_awal: KeluaranAsesmenAwal;
  rencana_aksi: KeluaranRencanaAksi;
  rencana_pelatihan: KeluaranRencanaPelatihan;
  agen_perubahan: KeluaranAgenPerubahan;
}

/**
 * The date a step's output came into being (decree date, release date or
 * document date); the order of dates must follow the order of steps. "" when
 * the output carries none.
 */
export function tanggalKeluaran<K extends KodeLangkahPersiapan>(kode: K, k: KeluaranPersiapan[K]): string {
  const x = k as Partial<Record<"sk" | "dirilis" | "tanggal", unknown>> | null | undefined;
  const t =
    kode === "pembentukan_tim" || kode === "agen_perubahan"
      ? (x?.sk as { tanggal?: unknown } | null | undefined)?.tanggal
      : kode === "asesmen_awal"
        ? x?.dirilis
        : x?.tanggal;
  return typeof t === "string" ? t : "";
}

export interface KonteksKeluaran {
  /** Today (Asia/Jakarta calendar date); no output may be dated after it. */
  hariIni: string;
  /** Initial assessment map, once step 3 is done. */
  peta?: PetaLevel;
  /** The agency's "jumlah yang memadai" of change agents (Tabel 3 no. 6). */
  targetAgenPerubahan?: number;
  /** The agency's rule for placing units in sub-stages (panduan.ts). */
  panduan?: OpsiPanduan;
}
