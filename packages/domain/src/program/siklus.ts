import { LEVEL_KEMATANGAN, type LevelKematangan } from "../kerangka/kematangan.ts";
import type { Teks } from "../kerangka/teks.ts";
import { type Galat, galat, type Pemeriksaan } from "./galat.ts";
import { KODE_KEGIATAN_UTAMA, type KodeKegiatanUtama, kegiatanUtama } from "./kegiatan-utama.ts";
import {
  type KeluaranAsesmenAwal,
  type KeluaranPersiapan,
  type KonteksKeluaran,
  PEMERIKSA_KELUARAN,
  periksaHasilAsesmen,
  tanggalKeluaran,
} from "./keluaran/index.ts";
import type { OpsiPanduan } from "./panduan.ts";
import {
  KODE_LANGKAH_PERSIAPAN,
  type KodeLangkahPersiapan,
  LANGKAH_PERSIAPAN,
  NAMA_TAHAP,
  type Tahap,
} from "./tahapan.ts";
import { tanggalValid } from "./tanggal.ts";

/**
 * A programme cycle (siklus program) and its state machine. The cycle is
 * described by its recorded facts; every function here reads facts and
 * returns either new facts or the reasons for refusing, never a half-applied
 * change. Order rules:
 *
 *   - stages persiapan → pelaksanaan → penilaian, in that order (Pasal 4
 *     ayat (2)); a closed cycle (`ditutup`) accepts no change;
 *   - the six preparation steps of Tabel 3 in order (BAB III.B.1
 *     "sekuensial/berurutan"): step k can be recorded only when steps 1…k−1
 *     are done, dated no earlier than step k−1; a step's output can be
 *     replaced only while no later step is recorded (later steps build on it);
 *   - implementation starts when all six steps are done; the five main
 *     activities (Tabel 4) are recorded during it;
 *   - assessment starts when every main activity the agency requires
 *     (default: all five, Tabel 4 "harus dilakukan secara terus menerus") has
 *     been carried out at least once; penilaian "dilakukan setelah
 *     pelaksanaan program" (BAB III.B.3);
 *   - the cycle closes once the end-of-programme assessment results are
 *     released (Tabel 4 no. 5 "Asesmen akhir program").
 */
export type TahapSiklus = Tahap | "selesai";

export interface KonfigurasiSiklus {
  /** "Jumlah yang memadai" of change agents (Tabel 3 no. 6). */
  targetAgenPerubahan?: number;
  /** Main activities to be carried out before assessment; default all five (BAB IV lets agencies adapt). */
  kegiatanWajibSebelumPenilaian?: readonly KodeKegiatanUtama[];
  /** Rule placing units in sub-stages (default: half reached, panduan.ts). */
  panduan?: OpsiPanduan;
}

/** One carried-out activity of the implementation stage (Tabel 4), tied to a sub-stage (BAB III.B.2). */
export interface RealisasiKegiatan {
  id: string;
  kegiatanUtama: KodeKegiatanUtama;
  /** Required except for monitoring and evaluation, which spans the sub-stages. */
  subtahap?: LevelKematangan;
  /** Work units it targets (known to the initial assessment map); absent = the whole agency. */
  sasaranUnit?: string[];
  tanggal: string;
  jumlahPeserta: number;
}

export interface FaktaSiklus {
  id: string;
  instansiId: string;
  konfigurasi: KonfigurasiSiklus;
  persiapan: Partial<KeluaranPersiapan>;
  pelaksanaan?: { mulai: string; realisasi: RealisasiKegiatan[] };
  penilaian?: { mulai: string; asesmenAkhir?: KeluaranAsesmenAwal };
  ditutup?: string;
}

export type HasilSiklus =
  | { ok: true; fakta: FaktaSiklus; peringatan: Galat[] }
  | { ok: false; galat: Galat[] };

export function siklusBaru(id: string, instansiId: string, konfigurasi: KonfigurasiSiklus = {}): FaktaSiklus {
  return { id, instansiId, konfigurasi, persiapan: {} };
}

export function tahapSiklus(f: FaktaSiklus): TahapSiklus {
  if (f.ditutup) return "selesai";
  if (f.penilaian) return "penilaian";
  if (f.pelaksanaan) return "pelaksanaan";
  return "persiapan";
}

const tolak = (...g: Galat[]): HasilSiklus => ({ ok: false, galat: g });

const SIKLUS_DITUTUP = galat(
  "SIKLUS_DITUTUP",
  "Pasal 4 ayat (2)",
  "Siklus sudah ditutup; catatannya tidak dapat diubah lagi.",
  "The cycle is closed; its records can no longer be changed.",
);

function salahTahap(diperlukan: TahapSiklus, sekarang: TahapSiklus): Galat {
  return galat(
    "TAHAP_TIDAK_SESUAI",
    "Pasal 4 ayat (2)",
    `Tindakan ini hanya dapat dilakukan pada tahap ${NAMA_TAHAP[diperlukan].id.toLowerCase()}; siklus sekarang pada tahap ${NAMA_TAHAP[sekarang].id.toLowerCase()}. Tahapan dilakukan secara berurutan: persiapan, pelaksanaan, penilaian.`,
    `This can only be done in the ${NAMA_TAHAP[diperlukan].en.toLowerCase()} stage; the cycle is in ${NAMA_TAHAP[sekarang].en.toLowerCase()}. Stages run in order: preparation, implementation, assessment.`,
  );
}

function konteksKeluaran(f: FaktaSiklus, hariIni: string): KonteksKeluaran {
  return {
    hariIni,
    peta: f.persiapan.asesmen_awal?.peta,
    targetAgenPerubahan: f.konfigurasi.targetAgenPerubahan,
    panduan: f.konfigurasi.panduan,
  };
}

/** Is step `kode`'s recorded output present and free of refusals? With its warnings. */
export function langkahSah(f: FaktaSiklus, kode: KodeLangkahPersiapan, hariIni: string) {
  const k = f.persiapan[kode];
  if (k === undefined) return { selesai: false, peringatan: [] as Galat[] };
  const periksa = PEMERIKSA_KELUARAN[kode] as (x: typeof k, ks: KonteksKeluaran) => Pemeriksaan;
  const p = periksa(k, konteksKeluaran(f, hariIni));
  return { selesai: p.galat.length === 0, peringatan: p.peringatan };
}

/**
 * Records the output of preparation step `kode`, refusing it when the cycle
 * is not in preparation, an earlier step is not done, a later step already
 * rests on the current output, it is dated before the previous step, or the
 * output itself is incomplete (see keluaran/).
 */
export function catatKeluaranPersiapan<K extends KodeLangkahPersiapan>(
  f: FaktaSiklus,
  kode: K,
  keluaran: KeluaranPersiapan[K],
  hariIni: string,
): HasilSiklus {
  const tahap = tahapSiklus(f);
  if (tahap === "selesai") return tolak(SIKLUS_DITUTUP);
  if (tahap !== "persiapan") return tolak(salahTahap("persiapan", tahap));
  const i = KODE_LANGKAH_PERSIAPAN.indexOf(kode);
  const langkah = LANGKAH_PERSIAPAN[i];
  if (!langkah)
    return tolak(galat("LANGKAH_TIDAK_DIKENAL", "Tabel 3", "Langkah tidak dikenal.", "Unknown step."));
  for (const sebelum of LANGKAH_PERSIAPAN.slice(0, i)) {
    if (!langkahSah(f, sebelum.kode, hariIni).selesai)
      return tolak(
        galat(
          "LANGKAH_TIDAK_BERURUTAN",
          "BAB III.B.1; Tabel 3",
          `Langkah ${langkah.no} (${langkah.kegiatan.id}) belum dapat dicatat: langkah ${sebelum.no} (${sebelum.kegiatan.id}) belum selesai. Kegiatan tahap persiapan dilakukan secara berurutan.`,
          `Step ${langkah.no} (${langkah.kegiatan.en}) cannot be recorded yet: step ${sebelum.no} (${sebelum.kegiatan.en}) is not done. Preparation steps are done in order.`,
        ),
      );
  }
  const sesudah = LANGKAH_PERSIAPAN.slice(i + 1).find((l) => f.persiapan[l.kode] !== undefined);
  if (sesudah)
    return tolak(
      galat(
        "LANGKAH_SESUDAHNYA_SUDAH_ADA",
        "BAB III.B.1; Tabel 3",
        `Keluaran langkah ${langkah.no} tidak dapat diganti karena langkah ${sesudah.no} (${sesudah.kegiatan.id}) sudah dicatat berdasarkan keluaran ini.`,
        `Step ${langkah.no}'s output cannot be replaced: step ${sesudah.no} (${sesudah.kegiatan.en}) is already recorded on top of it.`,
      ),
    );
  const baru: FaktaSiklus = { ...f, persiapan: { ...f.persiapan, [kode]: keluaran } };
  const p = PEMERIKSA_KELUARAN[kode](keluaran, konteksKeluaran(baru, hariIni));
  const galatUrutan: Galat[] = [];
  const sebelumnya = LANGKAH_PERSIAPAN[i - 1];
  const tanggal = tanggalKeluaran(kode, keluaran);
  if (sebelumnya && tanggalValid(tanggal)) {
    const kSebelum = f.persiapan[sebelumnya.kode] as KeluaranPersiapan[typeof sebelumnya.kode];
    const tSebelum = tanggalKeluaran(sebelumnya.kode, kSebelum);
    if (tanggal < tSebelum)
      galatUrutan.push(
        galat(
          "TANGGAL_SEBELUM_LANGKAH_SEBELUMNYA",
          "BAB III.B.1; Tabel 3",
          `Keluaran langkah ${langkah.no} bertanggal ${tanggal}, sebelum langkah ${sebelumnya.no} selesai (${tSebelum}).`,
          `Step ${langkah.no}'s output is dated ${tanggal}, before step ${sebelumnya.no} was done (${tSebelum}).`,
        ),
      );
  }
  const semua = [...p.galat, ...galatUrutan];
  if (semua.length > 0) return tolak(...semua);
  return { ok: true, fakta: baru, peringatan: p.peringatan };
}

/** Starts implementation once all six preparation steps are done (Pasal 4 ayat (2); BAB III.B.1). */
export function mulaiPelaksanaan(f: FaktaSiklus, tanggal: string, hariIni: string): HasilSiklus {
  const tahap = tahapSiklus(f);
  if (tahap === "selesai") return tolak(SIKLUS_DITUTUP);
  if (tahap !== "persiapan") return tolak(salahTahap("persiapan", tahap));
  const belum = LANGKAH_PERSIAPAN.filter((l) => !langkahSah(f, l.kode, hariIni).selesai);
  if (belum.length > 0)
    return tolak(
      galat(
        "PERSIAPAN_BELUM_SELESAI",
        "Pasal 4 ayat (2); Tabel 3",
        `Tahap pelaksanaan belum dapat dimulai: langkah persiapan belum selesai (${belum.map((l) => l.no).join(", ")}).`,
        `Implementation cannot start: preparation steps not done (${belum.map((l) => l.no).join(", ")}).`,
      ),
    );
  const ap = f.persiapan.agen_perubahan;
  const g = periksaTanggalTransisi(tanggal, hariIni, ap ? tanggalKeluaran("agen_perubahan", ap) : "");
  if (g) return tolak(g);
  return { ok: true, fakta: { ...f, pelaksanaan: { mulai: tanggal, realisasi: [] } }, peringatan: [] };
}

function periksaTanggalTransisi(tanggal: string, hariIni: string, palingAwal: string): Galat | undefined {
  if (!tanggalValid(tanggal) || tanggal > hariIni)
    return galat(
      "TANGGAL_TIDAK_VALID",
      "—",
      "Tanggal harus tanggal yang ada (YYYY-MM-DD) dan tidak di masa depan.",
      "The date must be a real date (YYYY-MM-DD), not in the future.",
    );
  if (tanggal < palingAwal)
    return galat(
      "TANGGAL_SEBELUM_TAHAP_SEBELUMNYA",
      "Pasal 4 ayat (2)",
      `Tanggal ${tanggal} jatuh sebelum tahap atau langkah sebelumnya selesai (${palingAwal}).`,
      `Date ${tanggal} falls before the previous stage or step was done (${palingAwal}).`,
    );
  return undefined;
}

/** Records one carried-out main activity (Tabel 4) during implementation. */
export function catatRealisasi(f: FaktaSiklus, r: RealisasiKegiatan, hariIni: string): HasilSiklus {
  const tahap = tahapSiklus(f);
  if (tahap === "selesai") return tolak(SIKLUS_DITUTUP);
  if (tahap !== "pelaksanaan" || !f.pelaksanaan) return tolak(salahTahap("pelaksanaan", tahap));
  if (typeof r !== "object" || r === null)
    return tolak(
      galat("REALISASI_KOSONG", "Tabel 4", "Catatan kegiatan kosong.", "The activity record is empty."),
    );
  const g: Galat[] = [];
  if (!(KODE_KEGIATAN_UTAMA as readonly string[]).includes(r.kegiatanUtama))
    g.push(
      galat(
        "KEGIATAN_TIDAK_DIKENAL",
        "Tabel 4",
        "Jenis kegiatan harus salah satu kegiatan utama Tabel 4.",
        "The activity must be one of Tabel 4's main activities.",
        "kegiatanUtama",
      ),
    );
  if (
    r.kegiatanUtama !== "pemantauan_evaluasi" &&
    !(LEVEL_KEMATANGAN as readonly unknown[]).includes(r.subtahap)
  )
    g.push(
      galat(
        "KEGIATAN_TANPA_SUBTAHAP",
        "BAB III.B.2",
        "Kegiatan harus terkait satu subtahap (kesadaran, pemahaman, penerimaan, kepemilikan).",
        "The activity must be tied to a sub-stage (awareness, understanding, acceptance, ownership).",
        "subtahap",
      ),
    );
  const unitDikenal = new Set(f.persiapan.asesmen_awal?.peta.map((u) => u.unitKerjaId));
  if (
    r.sasaranUnit !== undefined &&
    !(
      Array.isArray(r.sasaranUnit) &&
      r.sasaranUnit.length > 0 &&
      r.sasaranUnit.every((u) => unitDikenal.has(u))
    )
  )
    g.push(
      galat(
        "KEGIATAN_SASARAN_TIDAK_DIKENAL",
        "Tabel 4; Tabel 3 no. 3",
        "Sasaran kegiatan harus unit kerja yang ada dalam peta asesmen awal (kosongkan untuk seluruh instansi).",
        "The activity's target units must be in the initial assessment map (leave empty for the whole agency).",
        "sasaranUnit",
      ),
    );
  if (!Number.isInteger(r.jumlahPeserta) || r.jumlahPeserta < 0)
    g.push(
      galat(
        "PESERTA_TIDAK_VALID",
        "—",
        "Jumlah peserta harus bilangan bulat ≥ 0.",
        "The number of participants must be a whole number ≥ 0.",
        "jumlahPeserta",
      ),
    );
  if (f.pelaksanaan.realisasi.some((x) => x.id === r.id))
    g.push(
      galat(
        "REALISASI_GANDA",
        "—",
        `Realisasi ${r.id} sudah tercatat.`,
        `Activity record ${r.id} already exists.`,
        "id",
      ),
    );
  const gt = periksaTanggalTransisi(r.tanggal, hariIni, f.pelaksanaan.mulai);
  if (gt) g.push({ ...gt, bidang: "tanggal" });
  if (g.length > 0) return tolak(...g);
  return {
    ok: true,
    fakta: { ...f, pelaksanaan: { ...f.pelaksanaan, realisasi: [...f.pelaksanaan.realisasi, r] } },
    peringatan: [],
  };
}

function kegiatanWajib(f: FaktaSiklus): readonly KodeKegiatanUtama[] {
  return f.konfigurasi.kegiatanWajibSebelumPenilaian ?? KODE_KEGIATAN_UTAMA;
}

export function kegiatanBelumTerlaksana(f: FaktaSiklus): KodeKegiatanUtama[] {
  const ada = new Set(f.pelaksanaan?.realisasi.map((r) => r.kegiatanUtama));
  return kegiatanWajib(f).filter((k) => !ada.has(k));
}

/** Starts assessment once the required main activities have each been carried out (BAB III.B.3). */
export function mulaiPenilaian(f: FaktaSiklus, tanggal: string, hariIni: string): HasilSiklus {
  const tahap = tahapSiklus(f);
  if (tahap === "selesai") return tolak(SIKLUS_DITUTUP);
  if (tahap !== "pelaksanaan" || !f.pelaksanaan) return tolak(salahTahap("pelaksanaan", tahap));
  const belum = kegiatanBelumTerlaksana(f);
  if (belum.length > 0) {
    const nama = (bahasa: keyof Teks) => belum.map((k) => kegiatanUtama(k).nama[bahasa]).join(", ");
    return tolak(
      galat(
        "PELAKSANAAN_BELUM_LENGKAP",
        "Tabel 4; BAB III.B.3",
        `Tahap penilaian belum dapat dimulai: kegiatan utama belum pernah dilaksanakan: ${nama("id")}.`,
        `Assessment cannot start: main activities never carried out: ${nama("en")}.`,
      ),
    );
  }
  const terakhir =
    [f.pelaksanaan.mulai, ...f.pelaksanaan.realisasi.map((r) => r.tanggal)].sort().at(-1) ?? "";
  const g = periksaTanggalTransisi(tanggal, hariIni, terakhir);
  if (g) return tolak(g);
  return { ok: true, fakta: { ...f, penilaian: { mulai: tanggal } }, peringatan: [] };
}

/** Records the end-of-programme assessment (Tabel 4 no. 5; BAB III.B.3), released or not yet. */
export function catatAsesmenAkhir(f: FaktaSiklus, k: KeluaranAsesmenAwal, hariIni: string): HasilSiklus {
  const tahap = tahapSiklus(f);
  if (tahap === "selesai") return tolak(SIKLUS_DITUTUP);
  if (tahap !== "penilaian" || !f.penilaian) return tolak(salahTahap("penilaian", tahap));
  const p = periksaHasilAsesmen(k, { hariIni }, "akhir");
  const g = p.galat.filter((x) => x.kode !== "ASESMEN_BELUM_DIRILIS");
  if (g.length === 0 && k.dirilis !== undefined && tanggalValid(k.dirilis) && k.dirilis < f.penilaian.mulai)
    g.push(
      galat(
        "TANGGAL_SEBELUM_TAHAP_SEBELUMNYA",
        "BAB III.B.3",
        `Hasil asesmen akhir dirilis (${k.dirilis}) sebelum tahap penilaian dimulai (${f.penilaian.mulai}).`,
        `End-of-programme results released (${k.dirilis}) before the assessment stage started (${f.penilaian.mulai}).`,
        "dirilis",
      ),
    );
  if (g.length > 0) return tolak(...g);
  return { ok: true, fakta: { ...f, penilaian: { ...f.penilaian, asesmenAkhir: k } }, peringatan: [] };
}

/** Closes the cycle once the end-of-programme results are released; nothing changes after. */
export function tutupSiklus(f: FaktaSiklus, tanggal: string, hariIni: string): HasilSiklus {
  const tahap = tahapSiklus(f);
  if (tahap === "selesai") return tolak(SIKLUS_DITUTUP);
  if (tahap !== "penilaian" || !f.penilaian) return tolak(salahTahap("penilaian", tahap));
  const rilis = f.penilaian.asesmenAkhir?.dirilis;
  if (rilis === undefined)
    return tolak(
      galat(
        "ASESMEN_AKHIR_BELUM_DIRILIS",
        "Tabel 4 no. 5; BAB III.B.3",
        "Siklus belum dapat ditutup: hasil asesmen akhir program belum dirilis.",
        "The cycle cannot be closed: the end-of-programme assessment results are not released.",
      ),
    );
  const g = periksaTanggalTransisi(tanggal, hariIni, rilis);
  if (g) return tolak(g);
  return { ok: true, fakta: { ...f, ditutup: tanggal }, peringatan: [] };
}
