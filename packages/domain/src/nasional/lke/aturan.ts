import { type Galat, galat } from "../../program/galat.ts";
import {
  type AturanSkor,
  HURUF_SKALA,
  type HurufSkala,
  type NilaiJawaban,
  type PertanyaanLke,
} from "./tipe.ts";

/** A–E in equal steps from 1 to 0. */
export const SKOR_SKALA: Readonly<Record<HurufSkala, number>> = { A: 1, B: 0.75, C: 0.5, D: 0.25, E: 0 };

/** `x` with at most `desimal` decimals, trailing zeros dropped, decimal comma in Bahasa Indonesia. */
export function formatAngka(x: number, bahasa: "id" | "en" = "id", desimal = 2): string {
  const s = String(Number(x.toFixed(desimal)));
  return bahasa === "id" ? s.replace(".", ",") : s;
}

/** The score in [0, 1] of an answer that `jawabanSah` accepted. */
export function skorJawaban(aturan: AturanSkor, nilai: NilaiJawaban): number {
  switch (aturan.jenis) {
    case "ya_tidak":
      return nilai === true ? 1 : 0;
    case "skala_ae":
      return SKOR_SKALA[nilai as HurufSkala] ?? 0;
    case "linier":
      return interpolasi(aturan.titik, nilai as number);
    case "ambang": {
      let skor = 0;
      for (const t of aturan.tangga) if ((nilai as number) >= t.minimal) skor = t.skor;
      return skor;
    }
  }
}

function interpolasi(titik: readonly (readonly [number, number])[], x: number): number {
  const [x0, y0] = titik[0];
  if (x <= x0) return y0;
  for (let i = 1; i < titik.length; i++) {
    const [xa, ya] = titik[i - 1];
    const [xb, yb] = titik[i];
    if (x <= xb) return ya + ((yb - ya) * (x - xa)) / (xb - xa);
  }
  return titik[titik.length - 1][1];
}

/** The rule in words, for the formula shown to users. */
export function uraianAturan(aturan: AturanSkor, bahasa: "id" | "en" = "id"): string {
  const f = (x: number) => formatAngka(x, bahasa);
  switch (aturan.jenis) {
    case "ya_tidak":
      return bahasa === "id" ? "ya = 1, tidak = 0" : "yes = 1, no = 0";
    case "skala_ae":
      return HURUF_SKALA.map((h) => `${h} = ${f(SKOR_SKALA[h])}`).join(", ");
    case "linier": {
      const t = aturan.titik.map(([x, y]) => `(${f(x)}; ${f(y)})`).join(", ");
      return bahasa === "id"
        ? `garis lurus antartitik ${t}, datar di luar ujungnya`
        : `straight lines through ${t}, flat beyond the ends`;
    }
    case "ambang": {
      const t = aturan.tangga.map((s) => `≥ ${f(s.minimal)} → ${f(s.skor)}`).join("; ");
      return bahasa === "id" ? `${t}; di bawahnya → 0` : `${t}; below → 0`;
    }
  }
}

const S = '— (docs/nasional.md "Aturan skor")';

/** What is wrong with a question's answer type, rule, options and range (empty when nothing). */
export function masalahAturan(p: PertanyaanLke): Galat[] {
  const g: Galat[] = [];
  const salah = (kode: string, id: string, en: string) =>
    g.push(galat(kode, S, `${p.kode}: ${id}`, `${p.kode}: ${en}`, `pertanyaan.${p.kode}.aturan`));
  const a = p.aturan as AturanSkor | undefined;
  const cocok =
    a !== undefined &&
    (p.jenisJawaban === "ya_tidak"
      ? a.jenis === "ya_tidak"
      : p.jenisJawaban === "skala_ae"
        ? a.jenis === "skala_ae"
        : a.jenis === "linier" || a.jenis === "ambang");
  if (!cocok) {
    salah(
      "ATURAN_TIDAK_COCOK",
      `aturan skor "${a?.jenis ?? "—"}" tidak berlaku untuk jawaban ${p.jenisJawaban}.`,
      `scoring rule "${a?.jenis ?? "—"}" does not fit a ${p.jenisJawaban} answer.`,
    );
    return g;
  }
  const batas = p.jenisJawaban === "persen" ? ([0, 100] as const) : null;
  const diLuar = (x: number) => batas !== null && (x < batas[0] || x > batas[1]);
  const skorSah = (y: number) => Number.isFinite(y) && y >= 0 && y <= 1;
  if (a.jenis === "linier") {
    const t = Array.isArray(a.titik) ? a.titik : [];
    const naik = t.every((x, i) => Number.isFinite(x[0]) && (i === 0 || x[0] > t[i - 1][0]));
    if (t.length < 2 || !naik || !t.every((x) => skorSah(x[1])) || t.some((x) => diLuar(x[0])))
      salah(
        "ATURAN_LINIER_TIDAK_SAH",
        "aturan linier perlu ≥ 2 titik dengan x naik tegas (untuk persen di 0–100) dan skor 0–1.",
        "a linear rule needs ≥ 2 points with strictly increasing x (within 0–100 for a percentage) and scores 0–1.",
      );
  }
  if (a.jenis === "ambang") {
    const t = Array.isArray(a.tangga) ? a.tangga : [];
    const naik = t.every((x, i) => Number.isFinite(x.minimal) && (i === 0 || x.minimal > t[i - 1].minimal));
    if (t.length < 1 || !naik || !t.every((x) => skorSah(x.skor)) || t.some((x) => diLuar(x.minimal)))
      salah(
        "ATURAN_AMBANG_TIDAK_SAH",
        "aturan ambang perlu ≥ 1 tangga dengan batas naik tegas (untuk persen di 0–100) dan skor 0–1.",
        "a threshold rule needs ≥ 1 step with strictly increasing minimums (within 0–100 for a percentage) and scores 0–1.",
      );
  }
  const adaOpsi = (h: HurufSkala) => {
    const t = p.opsi?.[h] as { id?: unknown; en?: unknown } | undefined;
    return typeof t?.id === "string" && t.id.trim() !== "" && typeof t?.en === "string" && t.en.trim() !== "";
  };
  if (p.jenisJawaban === "skala_ae" && !HURUF_SKALA.every(adaOpsi))
    salah(
      "OPSI_SKALA_TIDAK_LENGKAP",
      "skala A–E perlu kriteria untuk setiap huruf A sampai E.",
      "an A–E scale needs a criterion for each letter A to E.",
    );
  const r = p.rentang;
  if (r && r.min !== undefined && r.maks !== undefined && !(r.min <= r.maks))
    salah("RENTANG_TIDAK_SAH", "rentang jawaban: min harus ≤ maks.", "answer range: min must be ≤ max.");
  return g;
}

/** Is `nilai` a valid answer to `p`? Null when it is; the refusal otherwise. */
export function masalahJawaban(p: PertanyaanLke, nilai: unknown): Galat | null {
  const tolak = (id: string, en: string) =>
    galat("JAWABAN_TIDAK_VALID", S, `${p.kode}: ${id}`, `${p.kode}: ${en}`, `jawaban.${p.kode}`);
  switch (p.jenisJawaban) {
    case "ya_tidak":
      return typeof nilai === "boolean" ? null : tolak("jawab ya atau tidak.", "answer yes or no.");
    case "skala_ae":
      return typeof nilai === "string" && (HURUF_SKALA as readonly string[]).includes(nilai)
        ? null
        : tolak("pilih salah satu huruf A sampai E.", "choose one letter A to E.");
    case "persen":
      return typeof nilai === "number" && Number.isFinite(nilai) && nilai >= 0 && nilai <= 100
        ? null
        : tolak("isi persentase 0 sampai 100.", "enter a percentage from 0 to 100.");
    case "angka": {
      const r = p.rentang ?? {};
      const sah =
        typeof nilai === "number" &&
        Number.isFinite(nilai) &&
        (r.min === undefined || nilai >= r.min) &&
        (r.maks === undefined || nilai <= r.maks);
      if (sah) return null;
      const rentang = `${r.min ?? "−∞"} … ${r.maks ?? "∞"}`;
      return tolak(`isi angka dalam rentang ${rentang}.`, `enter a number in the range ${rentang}.`);
    }
  }
}
