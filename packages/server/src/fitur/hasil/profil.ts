/**
 * An employee's own result as shown to them (docs/hasil.md "Who sees what (privacy, audit, suppression)":
 * 12 sub-dimensions and 3 factors with confidence bands, in plain Bahasa
 * Indonesia, the maturity level and what it means (BAB II.D), the
 * development activities of that level's sub-stage (Tabel 5–8) and the
 * comparison with their own earlier assessments).
 */
import {
  FAKTOR,
  type HasilSkor,
  KODE_SUBDIMENSI,
  type KodeFaktor,
  type KodeSubDimensi,
  kegiatanSubtahap,
  type LevelKematangan,
  type SkorTernorma,
  subDimensi,
  tingkatKematangan,
} from "@nurani/domain";
import { NormTable, type NormTableJson } from "@nurani/irt";
import type { Bahasa } from "../../http/pesan.ts";
import type { NormaDipakai } from "./norma.ts";
import type { VersiParameter } from "./parameter.ts";
import type { HasilTersimpan } from "./skor.ts";
import type { TahapInstrumen } from "./tahap.ts";

export interface SkorTampil {
  kode: string;
  nama: string;
  faktor?: string;
  t: number;
  /** 95 % band of the T-score from the posterior SE: T(θ ± 1.96·SE). */
  tBawah: number;
  tAtas: number;
  persentil: number;
  derajat: number;
}

export interface ProfilPegawai {
  kampanye: { id: string; nama: string; tujuan: string; dirilis: string | null };
  dihitung: string;
  versiParameter: string;
  /** Provisional unless panel, real-data calibration, real-data norms and national cuts are all in place (`tahap`). */
  parameterSementara: boolean;
  /** The stage of the instrument this profile rests on (tahap.ts). */
  tahap: TahapInstrumen;
  /** The reference group the T-scores and percentiles compare with (norma.ts), and a fallback said. */
  norma: Omit<NormaDipakai, "norma">;
  /** Where the level cuts came from: the national session, the agency, or the reference default. */
  sumberBatas: { versi: string; metode: string };
  integritas: SkorTampil;
  faktor: SkorTampil[];
  subDimensi: SkorTampil[];
  level: { level: number; nama: string; deskripsi: string; sumber: string; metode: string };
  kegiatan: { kode: string; kegiatan: string; tujuan: string[]; sumber: string }[];
  penjelasan: string[];
}

const Z95 = 1.959963984540054;

/** A score against `tabel`; `kelompok` (a reference group's own table) replaces the stored T, percentile and derajat. */
function tampil(
  kode: string,
  nama: string,
  s: SkorTernorma,
  tabel: NormTable | null,
  faktor?: string,
  kelompok?: NormTable | null,
): SkorTampil {
  const acuan = kelompok ?? tabel;
  const pita = acuan
    ? { tBawah: acuan.tLinear(s.theta - Z95 * s.se), tAtas: acuan.tLinear(s.theta + Z95 * s.se) }
    : { tBawah: s.t, tAtas: s.t };
  const nilai = kelompok
    ? {
        t: kelompok.tLinear(s.theta),
        persentil: kelompok.percentile(s.theta),
        derajat: kelompok.derajat(s.theta),
      }
    : { t: s.t, persentil: s.persentil, derajat: s.derajat };
  return {
    kode,
    nama,
    ...(faktor ? { faktor } : {}),
    t: nilai.t,
    ...pita,
    persentil: nilai.persentil,
    derajat: nilai.derajat,
  };
}

function kata(t: number, b: Bahasa): string {
  if (b === "en")
    return t >= 60 ? "well above" : t >= 55 ? "above" : t > 45 ? "around" : t > 40 ? "below" : "well below";
  return t >= 60
    ? "jauh di atas"
    : t >= 55
      ? "di atas"
      : t > 45
        ? "sekitar"
        : t > 40
          ? "di bawah"
          : "jauh di bawah";
}

export function susunProfil(
  h: HasilTersimpan,
  param: VersiParameter | null,
  kampanye: ProfilPegawai["kampanye"],
  dihitung: Date,
  b: Bahasa,
  konteks: { norma: NormaDipakai; tahap: TahapInstrumen },
): ProfilPegawai {
  const norma = param?.acuan.norma;
  const kel = konteks.norma.norma;
  const nt = (j: NormTableJson | undefined) => (j ? new NormTable(j) : null);
  const sub = KODE_SUBDIMENSI.map((k: KodeSubDimensi) => {
    const sd = subDimensi(k);
    return tampil(
      k,
      sd.nama[b],
      h.subDimensi[k],
      nt(norma?.subDimensi[k]),
      sd.faktor,
      nt(kel?.subDimensi[k]),
    );
  });
  const fak = FAKTOR.map((f) =>
    tampil(
      f.kode,
      f.nama[b],
      h.faktor[f.kode as KodeFaktor],
      nt(norma?.faktor[f.kode]),
      undefined,
      nt(kel?.faktor[f.kode]),
    ),
  );
  const integ = tampil(
    "INT",
    b === "en" ? "Integrity" : "Integritas",
    h.integritas,
    nt(norma?.integritas),
    undefined,
    nt(kel?.integritas),
  );
  const lv = tingkatKematangan(h.levelTes as LevelKematangan);
  const kegiatan = kegiatanSubtahap(h.levelTes as LevelKematangan).map((k) => ({
    kode: k.kode,
    kegiatan: k.kegiatan[b],
    tujuan: k.tujuan.map((t) => t[b]),
    sumber: k.sumber,
  }));
  const kuat = [...fak].sort((x, y) => y.t - x.t)[0];
  const lemah = [...fak].sort((x, y) => x.t - y.t)[0];
  const sementara = konteks.tahap.sementara;
  const grup = konteks.norma.label;
  const penjelasan =
    b === "en"
      ? [
          `Your integrity degree is ${integ.derajat.toFixed(0)} on a 0–100 scale; 50 is the average of the reference group (${grup}). You scored higher than about ${integ.persentil.toFixed(0)}% of that group.`,
          `T-scores have an average of 50 and a spread of 10. Each bar shows a range: your true score most likely lies inside it (95%). Overlapping ranges mean the difference may be chance.`,
          `Your relatively strongest factor is ${kuat.nama} (T ${kuat.t.toFixed(0)}, ${kata(kuat.t, b)} average); the one to develop most is ${lemah.nama} (T ${lemah.t.toFixed(0)}).`,
          `Maturity level ${h.levelTes} (${lv.nama.en}): ${lv.deskripsi.en}`,
          ...(sementara
            ? [
                "This result is provisional: not every part of the instrument (expert panel, calibration on real answers, norms from real data, national level cuts) is in place yet; the stage is shown below.",
              ]
            : []),
        ]
      : [
          `Derajat integritas Anda ${integ.derajat.toFixed(0)} pada skala 0–100; 50 adalah rata-rata kelompok acuan (${grup}). Skor Anda lebih tinggi dari sekitar ${integ.persentil.toFixed(0)}% kelompok tersebut.`,
          `Skor T memiliki rata-rata 50 dan simpangan 10. Setiap batang menunjukkan rentang: skor Anda yang sebenarnya kemungkinan besar (95%) berada di dalamnya. Rentang yang saling tumpang tindih berarti perbedaannya bisa kebetulan.`,
          `Faktor Anda yang relatif paling kuat adalah ${kuat.nama} (T ${kuat.t.toFixed(0)}, ${kata(kuat.t, b)} rata-rata); yang paling perlu dikembangkan adalah ${lemah.nama} (T ${lemah.t.toFixed(0)}).`,
          `Level kematangan ${h.levelTes} (${lv.nama.id}): ${lv.deskripsi.id}`,
          ...(sementara
            ? [
                "Hasil ini masih sementara: belum semua bagian instrumen (telaah panel ahli, kalibrasi dengan jawaban nyata, norma dari data nyata, batas level nasional) selesai; tahapnya ditunjukkan di bawah.",
              ]
            : []),
        ];
  return {
    kampanye,
    dihitung: dihitung.toISOString(),
    versiParameter: h.versiParameter,
    parameterSementara: sementara,
    tahap: konteks.tahap,
    norma: (({ norma: _n, ...rest }) => rest)(konteks.norma),
    sumberBatas: { versi: h.batas?.versi ?? "acuan", metode: h.metodeLevel },
    integritas: integ,
    faktor: fak,
    subDimensi: sub,
    level: {
      level: h.levelTes,
      nama: lv.nama[b],
      deskripsi: lv.deskripsi[b],
      sumber: lv.sumber,
      metode: h.metodeLevel,
    },
    kegiatan,
    penjelasan,
  };
}

export type { HasilSkor };
