/**
 * Track record ("penelusuran rekam jejak (biografi)", PermenPANRB 60/2020
 * BAB III.B.3.b angka 1): the employee's structured reflection on meaningful
 * experiences, one set of prompts per factor, and information "dari
 * lingkungan kerja, lembaga pemantau, lembaga pengawas, dan uji publik".
 *
 * The rubric (`levelRekamJejak`) turns one employee's file into a level per
 * factor and says, entry by entry, which rule set it:
 *
 * 1. Base: the supervision team's reading of the factor's reflection against
 *    the levels of BAB II.D (1–4). Without a read reflection, an employee
 *    with external entries touching the factor starts at 3 (Penerimaan: the
 *    record shows compliance); without either, the factor has no level.
 * 2. Ceiling from adverse entries in the window (`JENDELA_TAHUN` years before
 *    the reference date): a discipline sanction ringan/sedang/berat caps KD
 *    and DN at 3/2/1 (berat caps KM too); an APIP finding naming the person
 *    caps KD and DN at 2 while its follow-up is open, 3 once settled; LHKASN
 *    not filed caps KD at 2, filed late at 3; a negative public testing
 *    result caps KD at 3.
 * 3. Level 4 (Kepemilikan, "baik ada atau tidak ada pengawasan", BAB II.D.4)
 *    needs corroboration other than the person's own reflection: a
 *    gratification report the person made (KD, DN), an award tied to the
 *    factor, or a positive public testing result (KD). Without one the
 *    factor is capped at 3.
 *
 * The level is min(base, ceilings). Pure; the server stores the entries and
 * calls this.
 */
import { KODE_FAKTOR, type KodeFaktor } from "../kerangka/faktor.ts";
import type { LevelKematangan } from "../kerangka/kematangan.ts";
import type { Teks } from "../kerangka/teks.ts";

/** Who the information came from (BAB III.B.3.b angka 1). Registers feeding entries later use their own source. */
export const SUMBER_REKAM_JEJAK = [
  "lingkungan_kerja",
  "kepegawaian",
  "upg",
  "apip",
  "lembaga_pemantau",
  "uji_publik",
] as const;
export type SumberRekamJejak = (typeof SUMBER_REKAM_JEJAK)[number];

export const NAMA_SUMBER_REKAM_JEJAK: Record<SumberRekamJejak, Teks> = {
  lingkungan_kerja: { id: "Lingkungan kerja (atasan/unit)", en: "Work environment (superior/unit)" },
  kepegawaian: { id: "Unit kepegawaian (register disiplin, LHKASN)", en: "HR unit (discipline, LHKASN)" },
  upg: { id: "Unit Pengendalian Gratifikasi", en: "Gratification control unit" },
  apip: { id: "APIP (lembaga pengawas internal)", en: "Internal audit (APIP)" },
  lembaga_pemantau: { id: "Lembaga pemantau", en: "Monitoring body" },
  uji_publik: { id: "Uji publik", en: "Public testing" },
};

export const JENIS_REKAM_JEJAK = [
  "sanksi_disiplin",
  "laporan_gratifikasi",
  "lhkasn",
  "temuan_apip",
  "penghargaan",
  "uji_publik",
] as const;
export type JenisRekamJejak = (typeof JENIS_REKAM_JEJAK)[number];

export const NAMA_JENIS_REKAM_JEJAK: Record<JenisRekamJejak, Teks> = {
  sanksi_disiplin: { id: "Sanksi disiplin", en: "Discipline sanction" },
  laporan_gratifikasi: { id: "Laporan gratifikasi yang dibuat", en: "Gratification report made" },
  lhkasn: { id: "Kepatuhan LHKASN", en: "LHKASN compliance" },
  temuan_apip: { id: "Temuan APIP yang menyebut pegawai", en: "APIP finding naming the employee" },
  penghargaan: { id: "Penghargaan", en: "Award" },
  uji_publik: { id: "Uji publik", en: "Public testing" },
};

/** The detail each kind carries (what the rubric reads). */
export type RincianRekamJejak =
  | { jenis: "sanksi_disiplin"; tingkat: "ringan" | "sedang" | "berat" }
  | { jenis: "laporan_gratifikasi" }
  | { jenis: "lhkasn"; status: "tepat_waktu" | "terlambat" | "tidak_lapor" }
  | { jenis: "temuan_apip"; tindakLanjut: "belum" | "selesai" }
  | { jenis: "penghargaan"; faktor: KodeFaktor[] }
  | { jenis: "uji_publik"; hasil: "positif" | "negatif" };

export interface EntriRekamJejak {
  id: string;
  rincian: RincianRekamJejak;
  sumber: SumberRekamJejak;
  /** ISO date (YYYY-MM-DD) the event happened. */
  tanggal: string;
}

/** The team's reading of a factor's reflection (level of BAB II.D), when read. */
export type RefleksiDinilai = Partial<Record<KodeFaktor, LevelKematangan | null>>;

/** Entries older than this many years before the reference date do not count. */
export const JENDELA_TAHUN = 3;

/** Reflection prompts per factor (structured biography, BAB III.B.3.b angka 1; factors of BAB II.C). */
export const PROMPT_REFLEKSI: Record<KodeFaktor, { kode: string; teks: Teks }[]> = {
  KD: [
    {
      kode: "KD-a",
      teks: {
        id: "Ceritakan satu pengalaman ketika Anda harus memilih antara cara yang mudah dan cara yang sesuai aturan atau kode etik. Apa yang Anda lakukan dan mengapa?",
        en: "Describe a time you had to choose between the easy way and the way the rules or code of ethics require. What did you do and why?",
      },
    },
    {
      kode: "KD-b",
      teks: {
        id: "Ceritakan saat Anda berkata atau melaporkan sesuatu apa adanya meskipun tidak menguntungkan Anda.",
        en: "Describe a time you reported something as it was even though it did not benefit you.",
      },
    },
  ],
  DN: [
    {
      kode: "DN-a",
      teks: {
        id: "Ceritakan situasi ketika kepentingan pribadi (atau keluarga/teman) bersinggungan dengan tugas Anda. Bagaimana Anda menjaga diri dari benturan kepentingan?",
        en: "Describe a situation where a personal (or family/friend) interest touched your duties. How did you avoid the conflict of interest?",
      },
    },
    {
      kode: "DN-b",
      teks: {
        id: "Ceritakan satu kegagalan atau kesalahan dalam pekerjaan. Apa yang Anda pelajari dan apa yang Anda ubah sesudahnya?",
        en: "Describe a failure or mistake at work. What did you learn and what did you change afterwards?",
      },
    },
  ],
  KM: [
    {
      kode: "KM-a",
      teks: {
        id: "Ceritakan saat Anda menyadari bahwa suatu pekerjaan mengandung persoalan moral. Bagaimana Anda menimbang pilihan yang ada?",
        en: "Describe when you realised a task raised a moral question. How did you weigh the options?",
      },
    },
    {
      kode: "KM-b",
      teks: {
        id: "Ceritakan saat Anda harus mengambil keputusan sendiri meskipun ada risiko atau tekanan. Apa yang membuat Anda berani memutuskan?",
        en: "Describe when you had to decide alone despite risk or pressure. What made you decide?",
      },
    },
  ],
};

export interface AlasanRubrik {
  /** The entry behind the rule (null for the reflection or the default). */
  entriId: string | null;
  aturan: Teks;
  /** The level this rule allows at most (or sets, for the base). */
  level: LevelKematangan;
}

export interface LevelFaktorRekamJejak {
  faktor: KodeFaktor;
  level: LevelKematangan | null;
  alasan: AlasanRubrik[];
}

const tahunSebelum = (iso: string, n: number) => `${Number(iso.slice(0, 4)) - n}${iso.slice(4, 10)}`;

const L = (n: number) => n as LevelKematangan;

/** Ceilings and corroboration an entry gives, per factor. */
function efek(e: RincianRekamJejak): {
  batas: Partial<Record<KodeFaktor, number>>;
  dukung: KodeFaktor[];
  teks: Teks;
} {
  switch (e.jenis) {
    case "sanksi_disiplin": {
      const b = { ringan: 3, sedang: 2, berat: 1 }[e.tingkat];
      return {
        batas: e.tingkat === "berat" ? { KD: 1, DN: 1, KM: 1 } : { KD: b, DN: b },
        dukung: [],
        teks: {
          id: `Sanksi disiplin ${e.tingkat}: level paling tinggi ${b}${e.tingkat === "berat" ? " untuk semua faktor" : " untuk KD dan DN"}`,
          en: `Discipline sanction (${e.tingkat}): level at most ${b}${e.tingkat === "berat" ? " for every factor" : " for KD and DN"}`,
        },
      };
    }
    case "temuan_apip": {
      const b = e.tindakLanjut === "belum" ? 2 : 3;
      return {
        batas: { KD: b, DN: b },
        dukung: [],
        teks: {
          id: `Temuan APIP (tindak lanjut ${e.tindakLanjut}): KD dan DN paling tinggi ${b}`,
          en: `APIP finding (follow-up ${e.tindakLanjut === "belum" ? "open" : "settled"}): KD and DN at most ${b}`,
        },
      };
    }
    case "lhkasn": {
      if (e.status === "tepat_waktu")
        return {
          batas: {},
          dukung: [],
          teks: { id: "LHKASN dilaporkan tepat waktu: tanpa batas", en: "LHKASN filed on time: no ceiling" },
        };
      const b = e.status === "tidak_lapor" ? 2 : 3;
      return {
        batas: { KD: b },
        dukung: [],
        teks: {
          id: `LHKASN ${e.status === "tidak_lapor" ? "tidak dilaporkan" : "terlambat"}: KD paling tinggi ${b}`,
          en: `LHKASN ${e.status === "tidak_lapor" ? "not filed" : "filed late"}: KD at most ${b}`,
        },
      };
    }
    case "laporan_gratifikasi":
      return {
        batas: {},
        dukung: ["KD", "DN"],
        teks: {
          id: "Melaporkan gratifikasi: bukti perilaku tanpa pengawasan untuk KD dan DN (level 4 terbuka)",
          en: "Reported a gratification: unsupervised behaviour for KD and DN (level 4 possible)",
        },
      };
    case "penghargaan":
      return {
        batas: {},
        dukung: e.faktor,
        teks: {
          id: `Penghargaan: bukti pendukung untuk ${e.faktor.join(", ")} (level 4 terbuka)`,
          en: `Award: corroboration for ${e.faktor.join(", ")} (level 4 possible)`,
        },
      };
    case "uji_publik":
      return e.hasil === "positif"
        ? {
            batas: {},
            dukung: ["KD"],
            teks: {
              id: "Uji publik positif: bukti pendukung untuk KD (level 4 terbuka)",
              en: "Positive public testing: corroboration for KD (level 4 possible)",
            },
          }
        : {
            batas: { KD: 3 },
            dukung: [],
            teks: {
              id: "Uji publik negatif: KD paling tinggi 3",
              en: "Negative public testing: KD at most 3",
            },
          };
  }
}

/** Which factors an entry touches (for the default base without a read reflection). */
function menyentuh(e: RincianRekamJejak): KodeFaktor[] {
  const f = efek(e);
  const s = new Set<KodeFaktor>([...(Object.keys(f.batas) as KodeFaktor[]), ...f.dukung]);
  if (e.jenis === "lhkasn") s.add("KD");
  return [...s];
}

/**
 * The rubric: one level per factor from the reflection's reading and the
 * entries dated within `JENDELA_TAHUN` years up to `acuan` (ISO date), with
 * every rule that bounded it.
 */
export function levelRekamJejak(
  refleksi: RefleksiDinilai,
  entri: readonly EntriRekamJejak[],
  acuan: string,
): LevelFaktorRekamJejak[] {
  const awal = tahunSebelum(acuan, JENDELA_TAHUN);
  const berlaku = entri.filter((e) => e.tanggal <= acuan && e.tanggal > awal);
  return KODE_FAKTOR.map((kf) => {
    const alasan: AlasanRubrik[] = [];
    const r = refleksi[kf];
    let dasar: number | null = null;
    if (r) {
      dasar = r;
      alasan.push({
        entriId: null,
        aturan: {
          id: `Refleksi dinilai tim pada level ${r}`,
          en: `Reflection read by the team at level ${r}`,
        },
        level: L(r),
      });
    } else if (berlaku.some((e) => menyentuh(e.rincian).includes(kf))) {
      dasar = 3;
      alasan.push({
        entriId: null,
        aturan: {
          id: "Refleksi belum dinilai: titik awal level 3 (Penerimaan) dari catatan eksternal",
          en: "Reflection not read: starts at level 3 (Acceptance) from the external record",
        },
        level: L(3),
      });
    }
    if (dasar === null) return { faktor: kf, level: null, alasan };
    let level = dasar;
    let didukung = false;
    for (const e of berlaku) {
      const f = efek(e.rincian);
      const b = f.batas[kf];
      if (b !== undefined) {
        alasan.push({ entriId: e.id, aturan: f.teks, level: L(b) });
        level = Math.min(level, b);
      }
      if (f.dukung.includes(kf)) didukung = true;
    }
    if (!didukung && level > 3) {
      level = 3;
      alasan.push({
        entriId: null,
        aturan: {
          id: "Level 4 memerlukan bukti selain refleksi diri (laporan gratifikasi, penghargaan, atau uji publik positif): paling tinggi 3",
          en: "Level 4 needs evidence beyond self-reflection (gratification report, award, positive public testing): at most 3",
        },
        level: L(3),
      });
    }
    return { faktor: kf, level: L(level), alasan };
  });
}

/** The overall track-record level: the lowest factor level that has one (BAB II.D.3–4, as `aturanGabungBaku`). */
export function levelRekamJejakTotal(f: readonly LevelFaktorRekamJejak[]): LevelKematangan | null {
  const ls = f.map((x) => x.level).filter((l): l is LevelKematangan => l !== null);
  return ls.length ? (Math.min(...ls) as LevelKematangan) : null;
}
