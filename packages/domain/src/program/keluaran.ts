import { LEVEL_KEMATANGAN, type LevelKematangan } from "../kerangka/kematangan.ts";
import { type Galat, galat, type Pemeriksaan } from "./galat.ts";
import { KEGIATAN_SUBTAHAP } from "./kegiatan-subtahap.ts";
import { panduanSubtahap } from "./panduan.ts";
import { jumlahPegawai, masalahPeta, type PetaLevel, type PetaLevelUnit } from "./peta.ts";
import { type TargetSmart, validasiTargetSmart } from "./smart.ts";
import type { KodeLangkahPersiapan } from "./tahapan.ts";
import { tanggalValid } from "./tanggal.ts";

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

/** One module of the training plan, adapted from a Tabel 5–8 row or written by the agency. */
export interface ModulPelatihan {
  kode: string;
  judul: string;
  subtahap: LevelKematangan;
  /** Code of the Tabel 5–8 row it adapts (`KegiatanSubtahap.kode`), if any. */
  templat?: string;
  tujuan: string[];
  cara: string[];
  media: string[];
  /** Work units whose employees attend. */
  sasaranUnit: string[];
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
}

const kosong = (x: unknown) => typeof x !== "string" || x.trim() === "";

function periksaTanggal(x: unknown, bidang: string, sumber: string, hariIni: string): Galat[] {
  if (!tanggalValid(x))
    return [
      galat(
        "TANGGAL_TIDAK_VALID",
        sumber,
        "Tanggal harus berupa tanggal yang ada, format YYYY-MM-DD.",
        "The date must be a real date in YYYY-MM-DD form.",
        bidang,
      ),
    ];
  if (x > hariIni)
    return [
      galat(
        "TANGGAL_MASA_DEPAN",
        sumber,
        `Tanggal ${x} berada di masa depan; keluaran dicatat setelah terjadi.`,
        `Date ${x} is in the future; an output is recorded after it exists.`,
        bidang,
      ),
    ];
  return [];
}

function periksaSk(sk: Partial<SuratKeputusan> | undefined, bidang: string, sumber: string, hariIni: string) {
  if (typeof sk !== "object" || sk === null)
    return [
      galat(
        "SK_TIDAK_ADA",
        sumber,
        "Surat keputusan (nomor, tanggal, dokumen) wajib ada.",
        "The decree (number, date, document) is required.",
        bidang,
      ),
    ];
  const hasil: Galat[] = [];
  if (kosong(sk.nomor))
    hasil.push(
      galat(
        "SK_TANPA_NOMOR",
        sumber,
        "Nomor SK wajib diisi.",
        "The decree number is required.",
        `${bidang}.nomor`,
      ),
    );
  if (kosong(sk.dokumenId))
    hasil.push(
      galat(
        "SK_TANPA_DOKUMEN",
        sumber,
        "Dokumen SK wajib diunggah.",
        "The decree document must be uploaded.",
        `${bidang}.dokumenId`,
      ),
    );
  hasil.push(...periksaTanggal(sk.tanggal, `${bidang}.tanggal`, sumber, hariIni));
  return hasil;
}

const hasil = (g: Galat[], p: Galat[] = []): Pemeriksaan => ({ galat: g, peringatan: p });

function objek(x: unknown): x is Record<string, unknown> {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

/**
 * The objects of a list field; anything else (missing list, non-object
 * entries) adds a refusal instead of throwing, so a request body can be
 * checked as it arrives.
 */
function daftar<T>(x: unknown, bidang: string, sumber: string, g: Galat[]): T[] {
  if (x === undefined) return [];
  if (Array.isArray(x) && x.every(objek)) return x as T[];
  g.push(
    galat(
      "ISIAN_TIDAK_VALID",
      sumber,
      `Isian ${bidang} harus berupa daftar data yang lengkap.`,
      `Field ${bidang} must be a list of complete entries.`,
      bidang,
    ),
  );
  return Array.isArray(x) ? (x.filter(objek) as T[]) : [];
}

const KELUARAN_KOSONG = (sumber: string): Pemeriksaan =>
  hasil([galat("KELUARAN_KOSONG", sumber, "Keluaran langkah ini kosong.", "This step's output is empty.")]);

function ganda(ids: string[]): string[] {
  const lihat = new Set<string>();
  const dobel = new Set<string>();
  for (const id of ids) (lihat.has(id) ? dobel : lihat).add(id);
  return [...dobel];
}

/** Tabel 3 no. 1: a named team with a chair and at least one other member, set by decree, linked to the RB team. */
export function periksaTimSupervisi(k: KeluaranTimSupervisi, ks: KonteksKeluaran): Pemeriksaan {
  if (!objek(k)) return KELUARAN_KOSONG("Tabel 3 no. 1");
  const S = "Tabel 3 no. 1";
  const g: Galat[] = [];
  if (kosong(k.nama))
    g.push(galat("TIM_TANPA_NAMA", S, "Nama tim wajib diisi.", "The team needs a name.", "nama"));
  g.push(...periksaSk(k.sk, "sk", S, ks.hariIni));
  const anggota = daftar<KeluaranTimSupervisi["anggota"][number]>(k.anggota, "anggota", S, g);
  if (anggota.length < 2)
    g.push(
      galat(
        "TIM_ANGGOTA_KURANG",
        S,
        "Tim perlu paling sedikit dua anggota (ketua dan anggota).",
        "The team needs at least two members (a chair and a member).",
        "anggota",
      ),
    );
  if (anggota.filter((a) => a.peranTim === "ketua").length !== 1)
    g.push(
      galat(
        "TIM_KETUA",
        S,
        "Tim harus punya tepat satu ketua.",
        "The team must have exactly one chair.",
        "anggota",
      ),
    );
  if (anggota.some((a) => kosong(a.pegawaiId) || !(PERAN_TIM as readonly string[]).includes(a.peranTim)))
    g.push(
      galat(
        "TIM_ANGGOTA_TIDAK_LENGKAP",
        S,
        "Setiap anggota perlu pegawai dan peran dalam tim (ketua, sekretaris, anggota).",
        "Each member needs an employee and a team role (chair, secretary, member).",
        "anggota",
      ),
    );
  const dobel = ganda(anggota.map((a) => a.pegawaiId));
  if (dobel.length > 0)
    g.push(
      galat(
        "TIM_ANGGOTA_GANDA",
        S,
        `Pegawai tercatat lebih dari sekali: ${dobel.join(", ")}.`,
        `Employees listed more than once: ${dobel.join(", ")}.`,
        "anggota",
      ),
    );
  if (kosong(k.timReformasiBirokrasi?.nomorSk))
    g.push(
      galat(
        "TIM_TANPA_TAUTAN_RB",
        S,
        "Tim harus selaras dengan Tim pelaksana reformasi birokrasi: sebutkan nomor SK tim RB.",
        "The team must be aligned with the bureaucratic-reform team: give the RB team's decree number.",
        "timReformasiBirokrasi.nomorSk",
      ),
    );
  const p: Galat[] = [];
  if (anggota.length > 0 && !anggota.some((a) => a.anggotaTimRB))
    p.push(
      galat(
        "TIM_TANPA_ANGGOTA_RB",
        S,
        "Tidak ada anggota yang juga anggota Tim reformasi birokrasi; keselarasan dengan tim RB sulit dijaga.",
        "No member also sits on the bureaucratic-reform team; alignment with it will be hard to keep.",
        "anggota",
      ),
    );
  return hasil(g, p);
}

/** Signatory counts of a declaration. */
export function hitungPenandatangan(k: KeluaranDeklarasi): {
  pimpinan: number;
  pegawai: number;
  total: number;
} {
  const unik = new Map(k.penandatangan.map((p) => [p.pegawaiId, p.sebagai]));
  const pimpinan = [...unik.values()].filter((s) => s === "pimpinan").length;
  return { pimpinan, pegawai: unik.size - pimpinan, total: unik.size };
}

/** Tabel 3 no. 2: the document, its date and at least one leader's signature. */
export function periksaDeklarasi(k: KeluaranDeklarasi, ks: KonteksKeluaran): Pemeriksaan {
  if (!objek(k)) return KELUARAN_KOSONG("Tabel 3 no. 2");
  const S = "Tabel 3 no. 2";
  const g: Galat[] = [];
  if (kosong(k.judul))
    g.push(
      galat(
        "DEKLARASI_TANPA_JUDUL",
        S,
        "Judul deklarasi wajib diisi.",
        "The declaration needs a title.",
        "judul",
      ),
    );
  if (kosong(k.dokumenId))
    g.push(
      galat(
        "DEKLARASI_TANPA_DOKUMEN",
        S,
        "Dokumen deklarasi komitmen bersama wajib diunggah.",
        "The joint commitment declaration document must be uploaded.",
        "dokumenId",
      ),
    );
  g.push(...periksaTanggal(k.tanggal, "tanggal", S, ks.hariIni));
  const ttd = daftar<KeluaranDeklarasi["penandatangan"][number]>(k.penandatangan, "penandatangan", S, g);
  const dobel = ganda(ttd.map((p) => p.pegawaiId));
  if (dobel.length > 0)
    g.push(
      galat(
        "DEKLARASI_TTD_GANDA",
        S,
        `Penandatangan tercatat lebih dari sekali: ${dobel.join(", ")}.`,
        `Signatories listed more than once: ${dobel.join(", ")}.`,
        "penandatangan",
      ),
    );
  if (!ttd.some((p) => p.sebagai === "pimpinan"))
    g.push(
      galat(
        "DEKLARASI_TANPA_PIMPINAN",
        S,
        "Deklarasi komitmen bersama perlu ditandatangani paling sedikit oleh satu pimpinan.",
        "The joint commitment declaration needs at least one leader's signature.",
        "penandatangan",
      ),
    );
  const p: Galat[] = [];
  if (k.selarasZonaIntegritas !== true)
    p.push(
      galat(
        "DEKLARASI_TIDAK_SELARAS_ZI",
        S,
        "Deklarasi belum dinyatakan selaras dengan pembangunan zona integritas.",
        "The declaration is not marked as aligned with the integrity zone programme.",
        "selarasZonaIntegritas",
      ),
    );
  return hasil(g, p);
}

/**
 * A released assessment campaign with a non-empty, well-formed assessment
 * map: the initial assessment (Tabel 3 no. 3) and the end-of-programme
 * assessment (Tabel 4 no. 5; BAB III.B.3) share this output.
 */
export function periksaHasilAsesmen(
  k: KeluaranAsesmenAwal,
  ks: KonteksKeluaran,
  jenis: "awal" | "akhir",
): Pemeriksaan {
  if (!objek(k)) return KELUARAN_KOSONG("Tabel 3 no. 3");
  const S = jenis === "awal" ? "Tabel 3 no. 3" : "Tabel 4 no. 5; BAB III.B.3";
  const en = jenis === "awal" ? "initial" : "end-of-programme";
  const g: Galat[] = [];
  if (kosong(k.kampanyeId))
    g.push(
      galat(
        "ASESMEN_TANPA_KAMPANYE",
        S,
        `Asesmen ${jenis} harus merujuk pada kampanye asesmen.`,
        `The ${en} assessment must refer to an assessment campaign.`,
        "kampanyeId",
      ),
    );
  if (k.dirilis === undefined)
    g.push(
      galat(
        "ASESMEN_BELUM_DIRILIS",
        S,
        `Hasil asesmen ${jenis} belum dirilis; langkah ini selesai ketika hasilnya dirilis.`,
        `The ${en} assessment results are not released yet; this step is done when they are.`,
        "dirilis",
      ),
    );
  else g.push(...periksaTanggal(k.dirilis, "dirilis", S, ks.hariIni));
  const peta = daftar<PetaLevelUnit>(k.peta, "peta", S, g);
  const masalah = masalahPeta(peta);
  if (masalah.length > 0)
    g.push(
      galat(
        "PETA_TIDAK_VALID",
        S,
        `Peta asesmen tidak valid: ${masalah.join("; ")}.`,
        `The assessment map is invalid: ${masalah.join("; ")}.`,
        "peta",
      ),
    );
  else if (peta.reduce((s, u) => s + jumlahPegawai(u), 0) === 0)
    g.push(
      galat(
        "PETA_KOSONG",
        S,
        "Peta asesmen tidak berisi pegawai yang dinilai.",
        "The assessment map holds no assessed employee.",
        "peta",
      ),
    );
  return hasil(g);
}

/** Tabel 3 no. 3: the initial assessment campaign, done when its results are released. */
export function periksaAsesmenAwal(k: KeluaranAsesmenAwal, ks: KonteksKeluaran): Pemeriksaan {
  return periksaHasilAsesmen(k, ks, "awal");
}

/** Tabel 3 no. 4: the document, its date and at least one target, every target SMART. */
export function periksaRencanaAksi(k: KeluaranRencanaAksi, ks: KonteksKeluaran): Pemeriksaan {
  if (!objek(k)) return KELUARAN_KOSONG("Tabel 3 no. 4");
  const S = "Tabel 3 no. 4";
  const g: Galat[] = [];
  if (kosong(k.dokumenId))
    g.push(
      galat(
        "RENAKSI_TANPA_DOKUMEN",
        S,
        "Dokumen Rencana Aksi dan Roadmap wajib diunggah.",
        "The action plan and roadmap document must be uploaded.",
        "dokumenId",
      ),
    );
  g.push(...periksaTanggal(k.tanggal, "tanggal", S, ks.hariIni));
  const target = daftar<TargetSmart>(k.target, "target", S, g);
  if (target.length === 0)
    g.push(
      galat(
        "RENAKSI_TANPA_TARGET",
        S,
        "Rencana aksi perlu paling sedikit satu target SMART.",
        "The action plan needs at least one SMART target.",
        "target",
      ),
    );
  target.forEach((t, i) => {
    g.push(...validasiTargetSmart(t, { tanggalRencana: k.tanggal, peta: ks.peta }, `target[${i}]`));
  });
  const dobel = ganda(target.map((t) => t.kode));
  if (dobel.length > 0)
    g.push(
      galat(
        "RENAKSI_KODE_GANDA",
        S,
        `Kode target dipakai lebih dari sekali: ${dobel.join(", ")}.`,
        `Target codes used more than once: ${dobel.join(", ")}.`,
        "target",
      ),
    );
  return hasil(g);
}

/**
 * Tabel 3 no. 5: at least one complete, scheduled module; templates must
 * match the module's sub-stage. Warns when a sub-stage the initial
 * assessment places some unit in has no module ("sesuai dengan hasil asesmen
 * awal").
 */
export function periksaRencanaPelatihan(k: KeluaranRencanaPelatihan, ks: KonteksKeluaran): Pemeriksaan {
  if (!objek(k)) return KELUARAN_KOSONG("Tabel 3 no. 5");
  const S = "Tabel 3 no. 5";
  const g: Galat[] = [];
  if (kosong(k.dokumenId))
    g.push(
      galat(
        "PELATIHAN_TANPA_DOKUMEN",
        S,
        "Dokumen panduan, kurikulum dan silabus pelatihan wajib diunggah.",
        "The training guide, curriculum and syllabus document must be uploaded.",
        "dokumenId",
      ),
    );
  g.push(...periksaTanggal(k.tanggal, "tanggal", S, ks.hariIni));
  const modul = daftar<ModulPelatihan>(k.modul, "modul", S, g);
  if (modul.length === 0)
    g.push(
      galat(
        "PELATIHAN_TANPA_MODUL",
        S,
        "Rencana pelatihan perlu paling sedikit satu modul.",
        "The training plan needs at least one module.",
        "modul",
      ),
    );
  const unitDikenal = ks.peta ? new Set(ks.peta.map((u) => u.unitKerjaId)) : undefined;
  modul.forEach((m, i) => {
    const b = `modul[${i}]`;
    const terisi = (xs: unknown) => Array.isArray(xs) && xs.length > 0 && xs.every((x) => !kosong(x));
    if (kosong(m.kode) || kosong(m.judul) || !terisi(m.tujuan) || !terisi(m.cara) || !terisi(m.media))
      g.push(
        galat(
          "MODUL_TIDAK_LENGKAP",
          "Tabel 3 no. 5; Tabel 5–8",
          "Modul perlu kode, judul, tujuan, cara melakukan dan media.",
          "A module needs a code, title, goal, method and media.",
          b,
        ),
      );
    if (!(LEVEL_KEMATANGAN as readonly unknown[]).includes(m.subtahap))
      g.push(
        galat(
          "MODUL_SUBTAHAP",
          "BAB III.B.2",
          "Modul harus terkait satu subtahap (1 kesadaran … 4 kepemilikan).",
          "A module must belong to one sub-stage (1 awareness … 4 ownership).",
          `${b}.subtahap`,
        ),
      );
    if (m.templat !== undefined) {
      const tp = KEGIATAN_SUBTAHAP.find((x) => x.kode === m.templat);
      if (!tp || tp.subtahap !== m.subtahap)
        g.push(
          galat(
            "MODUL_TEMPLAT",
            "Tabel 5–8",
            `Templat ${m.templat} tidak ada atau bukan dari tabel subtahap ${m.subtahap}.`,
            `Template ${m.templat} does not exist or is not from sub-stage ${m.subtahap}'s table.`,
            `${b}.templat`,
          ),
        );
    }
    if (!terisi(m.sasaranUnit))
      g.push(
        galat(
          "MODUL_TANPA_SASARAN",
          S,
          "Modul perlu sasaran peserta (unit kerja).",
          "A module needs its audience (work units).",
          `${b}.sasaranUnit`,
        ),
      );
    else if (unitDikenal && m.sasaranUnit.some((u) => !unitDikenal.has(u)))
      g.push(
        galat(
          "MODUL_UNIT_TIDAK_DIKENAL",
          S,
          "Sasaran modul memuat unit kerja yang tidak ada dalam peta asesmen awal.",
          "The module's audience names a work unit not in the initial assessment map.",
          `${b}.sasaranUnit`,
        ),
      );
    const j = m.jadwal;
    if (!j || !tanggalValid(j.mulai) || !tanggalValid(j.selesai) || j.selesai < j.mulai)
      g.push(
        galat(
          "MODUL_JADWAL",
          S,
          "Jadwal modul perlu tanggal mulai dan selesai (YYYY-MM-DD), selesai tidak sebelum mulai.",
          "A module's schedule needs start and end dates (YYYY-MM-DD), the end not before the start.",
          `${b}.jadwal`,
        ),
      );
  });
  const p: Galat[] = [];
  if (ks.peta) {
    const adaModul = new Set(modul.map((m) => m.subtahap));
    for (const l of new Set(
      panduanSubtahap(ks.peta).flatMap((x) => (x.status === "ada" ? [x.subtahap] : [])),
    )) {
      if (!adaModul.has(l))
        p.push(
          galat(
            "PELATIHAN_SUBTAHAP_TANPA_MODUL",
            "Tabel 3 no. 5; BAB III.B.2",
            `Menurut asesmen awal ada unit pada subtahap ${l}, tetapi belum ada modul untuk subtahap itu.`,
            `The initial assessment places units in sub-stage ${l}, but no module serves that sub-stage.`,
            "modul",
          ),
        );
    }
  }
  return hasil(g, p);
}

/**
 * Tabel 3 no. 6: selection criteria, nominees with decisions, an appointment
 * decree, at least one appointed agent, each a selected nominee. Warns below
 * the agency's sufficiency target ("dalam jumlah yang memadai").
 */
export function periksaAgenPerubahan(k: KeluaranAgenPerubahan, ks: KonteksKeluaran): Pemeriksaan {
  if (!objek(k)) return KELUARAN_KOSONG("Tabel 3 no. 6");
  const S = "Tabel 3 no. 6";
  const g: Galat[] = [];
  if (!Array.isArray(k.kriteriaSeleksi) || !k.kriteriaSeleksi.some((x) => !kosong(x)))
    g.push(
      galat(
        "AP_TANPA_KRITERIA",
        "Tabel 2 I.1; Tabel 3 no. 6",
        "Kriteria seleksi agen perubahan wajib dicatat.",
        "The change-agent selection criteria must be recorded.",
        "kriteriaSeleksi",
      ),
    );
  g.push(...periksaSk(k.sk, "sk", S, ks.hariIni));
  const nominasi = daftar<KeluaranAgenPerubahan["nominasi"][number]>(k.nominasi, "nominasi", S, g);
  const ditetapkan = Array.isArray(k.ditetapkan) ? k.ditetapkan.filter((x): x is string => !kosong(x)) : [];
  if (ditetapkan.length === 0)
    g.push(
      galat(
        "AP_TIDAK_ADA",
        S,
        "Belum ada agen perubahan yang ditetapkan.",
        "No change agent has been appointed.",
        "ditetapkan",
      ),
    );
  const terpilih = new Set(nominasi.filter((n) => n.keputusan === "terpilih").map((n) => n.pegawaiId));
  const bukanTerpilih = ditetapkan.filter((id) => !terpilih.has(id));
  if (bukanTerpilih.length > 0)
    g.push(
      galat(
        "AP_BUKAN_HASIL_SELEKSI",
        "Tabel 2 I.1; Tabel 3 no. 6",
        `Pegawai ditetapkan tanpa keputusan seleksi 'terpilih': ${bukanTerpilih.join(", ")}.`,
        `Employees appointed without a 'selected' decision: ${bukanTerpilih.join(", ")}.`,
        "ditetapkan",
      ),
    );
  const dobel = ganda([...ditetapkan]).concat(ganda(nominasi.map((n) => n.pegawaiId)));
  if (dobel.length > 0)
    g.push(
      galat(
        "AP_GANDA",
        S,
        `Pegawai tercatat lebih dari sekali: ${[...new Set(dobel)].join(", ")}.`,
        `Employees listed more than once: ${[...new Set(dobel)].join(", ")}.`,
      ),
    );
  const p: Galat[] = [];
  const target = ks.targetAgenPerubahan;
  if (target === undefined)
    p.push(
      galat(
        "AP_TARGET_BELUM_ADA",
        S,
        "Instansi belum menetapkan jumlah agen perubahan yang memadai.",
        "The agency has not set the sufficient number of change agents.",
      ),
    );
  else if (ditetapkan.length < target)
    p.push(
      galat(
        "AP_KURANG_MEMADAI",
        S,
        `Baru ${ditetapkan.length} agen perubahan ditetapkan; jumlah yang memadai menurut instansi adalah ${target}.`,
        `Only ${ditetapkan.length} change agents appointed; the agency's sufficient number is ${target}.`,
        "ditetapkan",
      ),
    );
  return hasil(g, p);
}

export const PEMERIKSA_KELUARAN: {
  [K in KodeLangkahPersiapan]: (k: KeluaranPersiapan[K], ks: KonteksKeluaran) => Pemeriksaan;
} = {
  pembentukan_tim: periksaTimSupervisi,
  deklarasi_komitmen: periksaDeklarasi,
  asesmen_awal: periksaAsesmenAwal,
  rencana_aksi: periksaRencanaAksi,
  rencana_pelatihan: periksaRencanaPelatihan,
  agen_perubahan: periksaAgenPerubahan,
};
