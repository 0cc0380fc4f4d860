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
import type { VersiParameter } from "./parameter.ts";
import type { HasilTersimpan } from "./skor.ts";

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
  parameterSementara: boolean;
  integritas: SkorTampil;
  faktor: SkorTampil[];
  subDimensi: SkorTampil[];
  level: { level: number; nama: string; deskripsi: string; sumber: string; metode: string };
  kegiatan: { kode: string; kegiatan: string; tujuan: string[]; sumber: string }[];
  penjelasan: string[];
}

const Z95 = 1.959963984540054;

function tampil(
  kode: string,
  nama: string,
  s: SkorTernorma,
  tabel: NormTable | null,
  faktor?: string,
): SkorTampil {
  const pita = tabel
    ? { tBawah: tabel.tLinear(s.theta - Z95 * s.se), tAtas: tabel.tLinear(s.theta + Z95 * s.se) }
    : { tBawah: s.t, tAtas: s.t };
  return {
    kode,
    nama,
    ...(faktor ? { faktor } : {}),
    t: s.t,
    ...pita,
    persentil: s.persentil,
    derajat: s.derajat,
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
): ProfilPegawai {
  const norma = param?.acuan.norma;
  const nt = (j: NormTableJson | undefined) => (j ? new NormTable(j) : null);
  const sub = KODE_SUBDIMENSI.map((k: KodeSubDimensi) => {
    const sd = subDimensi(k);
    return tampil(k, sd.nama[b], h.subDimensi[k], nt(norma?.subDimensi[k]), sd.faktor);
  });
  const fak = FAKTOR.map((f) =>
    tampil(f.kode, f.nama[b], h.faktor[f.kode as KodeFaktor], nt(norma?.faktor[f.kode])),
  );
  const integ = tampil("INT", b === "en" ? "Integrity" : "Integritas", h.integritas, nt(norma?.integritas));
  const lv = tingkatKematangan(h.levelTes as LevelKematangan);
  const kegiatan = kegiatanSubtahap(h.levelTes as LevelKematangan).map((k) => ({
    kode: k.kode,
    kegiatan: k.kegiatan[b],
    tujuan: k.tujuan.map((t) => t[b]),
    sumber: k.sumber,
  }));
  const kuat = [...fak].sort((x, y) => y.t - x.t)[0];
  const lemah = [...fak].sort((x, y) => x.t - y.t)[0];
  const sementara = param?.status === "sementara" || param === null;
  const penjelasan =
    b === "en"
      ? [
          `Your integrity degree is ${h.integritas.derajat.toFixed(0)} on a 0–100 scale; 50 is the average of the national reference group. You scored higher than about ${h.integritas.persentil.toFixed(0)}% of that group.`,
          `T-scores have an average of 50 and a spread of 10. Each bar shows a range: your true score most likely lies inside it (95%). Overlapping ranges mean the difference may be chance.`,
          `Your relatively strongest factor is ${kuat.nama} (T ${kuat.t.toFixed(0)}, ${kata(kuat.t, b)} average); the one to develop most is ${lemah.nama} (T ${lemah.t.toFixed(0)}).`,
          `Maturity level ${h.levelTes} (${lv.nama.en}): ${lv.deskripsi.en}`,
          ...(sementara
            ? [
                "The norms and level cuts are provisional: they come from a simulated reference sample until enough real responses have been collected.",
              ]
            : []),
        ]
      : [
          `Derajat integritas Anda ${h.integritas.derajat.toFixed(0)} pada skala 0–100; 50 adalah rata-rata kelompok acuan nasional. Skor Anda lebih tinggi dari sekitar ${h.integritas.persentil.toFixed(0)}% kelompok tersebut.`,
          `Skor T memiliki rata-rata 50 dan simpangan 10. Setiap batang menunjukkan rentang: skor Anda yang sebenarnya kemungkinan besar (95%) berada di dalamnya. Rentang yang saling tumpang tindih berarti perbedaannya bisa kebetulan.`,
          `Faktor Anda yang relatif paling kuat adalah ${kuat.nama} (T ${kuat.t.toFixed(0)}, ${kata(kuat.t, b)} rata-rata); yang paling perlu dikembangkan adalah ${lemah.nama} (T ${lemah.t.toFixed(0)}).`,
          `Level kematangan ${h.levelTes} (${lv.nama.id}): ${lv.deskripsi.id}`,
          ...(sementara
            ? [
                "Norma dan batas level masih sementara: berasal dari sampel acuan hasil simulasi sampai cukup jawaban nyata terkumpul.",
              ]
            : []),
        ];
  return {
    kampanye,
    dihitung: dihitung.toISOString(),
    versiParameter: h.versiParameter,
    parameterSementara: sementara,
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
