/**
 * Free-form JSON in a request body (a form's working draft, stored as sent and
 * served back on every read), with bounds: nesting depth, number of values,
 * serialised size. Without them a 30 KB body nested 4,500 levels deep crashed
 * serialisation (500), and a 60,000-key draft was stored and sent back on
 * every read. The walk is iterative, so no input can exhaust the stack here.
 */
import { z } from "zod";

export interface BatasJsonBebas {
  /** Deepest nesting of objects/arrays (the top object is level 1). */
  kedalaman: number;
  /** Most values in total (every key's value and array item counts). */
  nilai: number;
  /** Largest size as JSON text, in bytes. */
  ukuran: number;
}

/** Generous for a form's draft: the largest preparation step (change-agent nominees) stays well inside. */
export const BATAS_JSON_BEBAS: BatasJsonBebas = { kedalaman: 12, nilai: 5000, ukuran: 128 * 1024 };

export type LanggaranJsonBebas = keyof BatasJsonBebas;

/** The first bound `v` breaks, or null. */
export function periksaJsonBebas(
  v: unknown,
  b: BatasJsonBebas = BATAS_JSON_BEBAS,
): LanggaranJsonBebas | null {
  const tumpukan: [unknown, number][] = [[v, 1]];
  let nilai = 0;
  while (tumpukan.length > 0) {
    const [x, d] = tumpukan.pop() as [unknown, number];
    if (x === null || typeof x !== "object") continue;
    if (d > b.kedalaman) return "kedalaman";
    const anak = Array.isArray(x) ? x : Object.values(x);
    nilai += anak.length;
    if (nilai > b.nilai) return "nilai";
    for (const a of anak) tumpukan.push([a, d + 1]);
  }
  // depth and count are bounded now, so serialising is safe
  return Buffer.byteLength(JSON.stringify(v)) > b.ukuran ? "ukuran" : null;
}

const PESAN: Record<LanggaranJsonBebas, (b: BatasJsonBebas) => { id: string; en: string }> = {
  kedalaman: (b) => ({
    id: `Isian bersarang terlalu dalam (maksimal ${b.kedalaman} tingkat).`,
    en: `The data is nested too deeply (at most ${b.kedalaman} levels).`,
  }),
  nilai: (b) => ({
    id: `Isian memuat terlalu banyak nilai (maksimal ${b.nilai}).`,
    en: `The data holds too many values (at most ${b.nilai}).`,
  }),
  ukuran: (b) => ({
    id: `Isian terlalu besar (maksimal ${Math.round(b.ukuran / 1024)} KiB).`,
    en: `The data is too large (at most ${Math.round(b.ukuran / 1024)} KiB).`,
  }),
};

/** A JSON object of any shape within the bounds; a refusal names the bound in both languages. */
export function jsonBebas(b: BatasJsonBebas = BATAS_JSON_BEBAS) {
  return z.record(z.string().max(100), z.unknown()).superRefine((v, ctx) => {
    const langgar = periksaJsonBebas(v, b);
    if (!langgar) return;
    const pesan = PESAN[langgar](b);
    ctx.addIssue({ code: "custom", message: pesan.en, params: { pesan, batas: langgar } });
  });
}
