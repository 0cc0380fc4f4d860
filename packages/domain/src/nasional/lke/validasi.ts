import { type Galat, galat } from "../../program/galat.ts";
import { masalahAturan } from "./aturan.ts";
import { isKunciSumber, SUMBER_DATA_LKE } from "./sumber.ts";
import type { IndikatorLke, IsiLke, KomponenLke, PertanyaanLke } from "./tipe.ts";

/** Weights of a level must sum to 100 within this tolerance. */
export const TOLERANSI_BOBOT = 1e-6;

const POLA_KODE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,19}$/;
const S = '— (docs/nasional.md "Validasi versi")';

const adaTeks = (t: { id?: unknown; en?: unknown } | undefined) =>
  typeof t?.id === "string" && t.id.trim() !== "" && typeof t?.en === "string" && t.en.trim() !== "";

/**
 * Everything that keeps a worksheet version from being submitted or
 * published: structure (≥ 1 component, indicator, question at each level),
 * weights (> 0, summing to 100 within each level), codes (well formed;
 * unique per level of the worksheet: answers are keyed by question code),
 * texts in both languages, a regulation citation per indicator, a valid
 * scoring rule per question, and data sources (a computed indicator reads
 * every question from an available source of the answer's type).
 */
export function validasiLke(isi: IsiLke): Galat[] {
  const g: Galat[] = [];
  const komponen: readonly KomponenLke[] = Array.isArray(isi?.komponen) ? isi.komponen : [];
  if (komponen.length === 0)
    return [
      galat(
        "LKE_KOSONG",
        S,
        "Lembar kerja belum memiliki komponen.",
        "The worksheet has no component.",
        "komponen",
      ),
    ];
  periksaBobot(
    g,
    "komponen",
    "Total",
    komponen.map((k) => k.bobot),
  );
  const kodeDilihat = {
    komponen: new Set<string>(),
    indikator: new Set<string>(),
    pertanyaan: new Set<string>(),
  };
  const periksaKode = (tingkat: keyof typeof kodeDilihat, kode: unknown, bidang: string) => {
    if (typeof kode !== "string" || !POLA_KODE.test(kode))
      g.push(
        galat(
          "KODE_TIDAK_SAH",
          S,
          `Kode ${tingkat} "${String(kode)}" tidak sah (huruf, angka, . _ -; ≤ 20).`,
          `Invalid ${tingkat} code "${String(kode)}" (letters, digits, . _ -; ≤ 20).`,
          bidang,
        ),
      );
    else if (kodeDilihat[tingkat].has(kode))
      g.push(
        galat(
          "KODE_GANDA",
          S,
          `Kode ${tingkat} ${kode} dipakai lebih dari sekali.`,
          `The ${tingkat} code ${kode} is used more than once.`,
          bidang,
        ),
      );
    else kodeDilihat[tingkat].add(kode);
  };
  for (const k of komponen) {
    const bk = `komponen.${k.kode}`;
    periksaKode("komponen", k.kode, bk);
    if (!adaTeks(k.nama)) g.push(tanpaTeks(bk));
    const indikator: readonly IndikatorLke[] = Array.isArray(k.indikator) ? k.indikator : [];
    if (indikator.length === 0)
      g.push(
        galat(
          "KOMPONEN_KOSONG",
          S,
          `Komponen ${k.kode} belum memiliki indikator.`,
          `Component ${k.kode} has no indicator.`,
          bk,
        ),
      );
    else
      periksaBobot(
        g,
        `komponen.${k.kode}.indikator`,
        `Komponen ${k.kode}`,
        indikator.map((i) => i.bobot),
      );
    for (const ind of indikator) {
      const bi = `indikator.${ind.kode}`;
      periksaKode("indikator", ind.kode, bi);
      if (!adaTeks(ind.nama)) g.push(tanpaTeks(bi));
      if (typeof ind.sumber !== "string" || ind.sumber.trim() === "")
        g.push(
          galat(
            "INDIKATOR_TANPA_SUMBER",
            S,
            `Indikator ${ind.kode} harus menyebut dasarnya dalam peraturan (BAB/Tabel).`,
            `Indicator ${ind.kode} must cite its basis in the regulation (BAB/Tabel).`,
            bi,
          ),
        );
      if (ind.pengisian !== "dihitung" && ind.pengisian !== "dijawab")
        g.push(
          galat(
            "PENGISIAN_TIDAK_SAH",
            S,
            `Indikator ${ind.kode}: pengisian harus "dihitung" atau "dijawab".`,
            `Indicator ${ind.kode}: filling must be "dihitung" or "dijawab".`,
            bi,
          ),
        );
      if (ind.bukti === "otomatis" && ind.pengisian !== "dihitung")
        g.push(
          galat(
            "BUKTI_OTOMATIS_TANPA_SUMBER",
            S,
            `Indikator ${ind.kode}: bukti otomatis hanya untuk indikator yang dihitung sistem.`,
            `Indicator ${ind.kode}: automatic evidence only for system-computed indicators.`,
            bi,
          ),
        );
      else if (!["wajib", "opsional", "otomatis"].includes(ind.bukti))
        g.push(
          galat(
            "BUKTI_TIDAK_SAH",
            S,
            `Indikator ${ind.kode}: aturan bukti harus wajib, opsional atau otomatis.`,
            `Indicator ${ind.kode}: evidence must be wajib, opsional or otomatis.`,
            bi,
          ),
        );
      const pertanyaan: readonly PertanyaanLke[] = Array.isArray(ind.pertanyaan) ? ind.pertanyaan : [];
      if (pertanyaan.length === 0)
        g.push(
          galat(
            "INDIKATOR_KOSONG",
            S,
            `Indikator ${ind.kode} belum memiliki pertanyaan.`,
            `Indicator ${ind.kode} has no question.`,
            bi,
          ),
        );
      else
        periksaBobot(
          g,
          `indikator.${ind.kode}.pertanyaan`,
          `Indikator ${ind.kode}`,
          pertanyaan.map((p) => p.bobot),
        );
      for (const p of pertanyaan) {
        const bp = `pertanyaan.${p.kode}`;
        periksaKode("pertanyaan", p.kode, bp);
        if (!adaTeks(p.teks)) g.push(tanpaTeks(bp));
        g.push(...masalahAturan(p));
        const kunci = p.sumberData;
        if (kunci === undefined) {
          if (ind.pengisian === "dihitung")
            g.push(
              galat(
                "DIHITUNG_TANPA_SUMBER",
                S,
                `${p.kode}: indikator yang dihitung sistem perlu sumber data untuk setiap pertanyaan.`,
                `${p.kode}: a computed indicator needs a data source for every question.`,
                bp,
              ),
            );
          continue;
        }
        if (!isKunciSumber(kunci)) {
          g.push(
            galat(
              "SUMBER_TIDAK_DIKENAL",
              S,
              `${p.kode}: sumber data "${kunci}" tidak dikenal.`,
              `${p.kode}: unknown data source "${kunci}".`,
              bp,
            ),
          );
          continue;
        }
        const s = SUMBER_DATA_LKE[kunci];
        if (s.jenisNilai !== p.jenisJawaban)
          g.push(
            galat(
              "SUMBER_JENIS_BERBEDA",
              S,
              `${p.kode}: sumber ${kunci} memberi nilai ${s.jenisNilai}, pertanyaan meminta ${p.jenisJawaban}.`,
              `${p.kode}: source ${kunci} gives a ${s.jenisNilai} value, the question asks for ${p.jenisJawaban}.`,
              bp,
            ),
          );
        if (ind.pengisian === "dihitung" && !s.tersedia)
          g.push(
            galat(
              "SUMBER_BELUM_TERSEDIA",
              S,
              `${p.kode}: sumber ${kunci} belum tersedia; indikator ini harus dijawab instansi.`,
              `${p.kode}: source ${kunci} is not available yet; this indicator must be answered by the agency.`,
              bp,
            ),
          );
      }
    }
  }
  return g;
}

function tanpaTeks(bidang: string): Galat {
  return galat(
    "TEKS_KOSONG",
    S,
    `${bidang}: nama/teks wajib diisi dalam Bahasa Indonesia dan Inggris.`,
    `${bidang}: name/text is required in Bahasa Indonesia and English.`,
    bidang,
  );
}

function periksaBobot(g: Galat[], bidang: string, tempat: string, bobot: readonly number[]): void {
  if (!bobot.every((b) => typeof b === "number" && Number.isFinite(b) && b > 0)) {
    g.push(
      galat(
        "BOBOT_TIDAK_SAH",
        S,
        `${tempat}: setiap bobot harus angka lebih dari 0.`,
        `${tempat}: every weight must be a number above 0.`,
        bidang,
      ),
    );
    return;
  }
  const jumlah = bobot.reduce((a, b) => a + b, 0);
  if (Math.abs(jumlah - 100) > TOLERANSI_BOBOT)
    g.push(
      galat(
        "BOBOT_BUKAN_100",
        S,
        `${tempat}: jumlah bobot ${jumlah}, harus 100.`,
        `${tempat}: weights sum to ${jumlah}, must be 100.`,
        bidang,
      ),
    );
}
