import { parseTirtDesign } from "@nurani/irt";
import { describe, expect, it } from "vitest";
import {
  BANK_NASIONAL,
  kataKata,
  lintBank,
  PENILAI_AWAL,
  polaKunci,
  REGISTER_TERBIT_NASIONAL,
  toTirtDesign,
} from "../src/bank-butir/index.ts";
import { KODE_SUBDIMENSI, subDimensi } from "../src/kerangka/index.ts";

const { pernyataan, formulir } = BANK_NASIONAL;
const indeks = new Map(pernyataan.map((p) => [p.id, p]));
const form = (id: string) => {
  const f = formulir.find((x) => x.id === id);
  if (!f) throw new Error(id);
  return f;
};
const subDimensiDalam = (ids: string[]) => {
  const n = new Map<string, number>();
  for (const id of ids) {
    const s = indeks.get(id)?.subDimensi ?? "?";
    n.set(s, (n.get(s) ?? 0) + 1);
  }
  return n;
};

describe("bank butir nasional", () => {
  it("passes every lint rule with no error and no warning", () => {
    expect(lintBank(BANK_NASIONAL, REGISTER_TERBIT_NASIONAL)).toEqual([]);
  });

  it("holds 12 statements per sub-dimension, 5 of them negatively keyed", () => {
    expect(pernyataan).toHaveLength(144);
    for (const kode of KODE_SUBDIMENSI) {
      const milik = pernyataan.filter((p) => p.subDimensi === kode);
      expect(milik).toHaveLength(12);
      expect(milik.filter((p) => p.kunci === -1)).toHaveLength(5);
      for (const p of milik) expect(p.sumberDefinisi).toBe(subDimensi(kode).sumber);
    }
  });

  it("records the desirability rater and keeps statements within 8–20 words", () => {
    for (const p of pernyataan) {
      expect(p.penilaiKeinginanSosial).toBe(PENILAI_AWAL);
      expect(kataKata(p.teks).length).toBeGreaterThanOrEqual(8);
      expect(kataKata(p.teks).length).toBeLessThanOrEqual(20);
    }
  });

  it("has no duplicate statement texts", () => {
    expect(new Set(pernyataan.map((p) => p.teks.toLowerCase())).size).toBe(pernyataan.length);
  });

  it("has two parallel full forms of 36 blocks, 9 statements per sub-dimension, sharing 12 anchor blocks", () => {
    const a = form("NAS-1-A");
    const b = form("NAS-1-B");
    for (const f of [a, b]) {
      expect(f.blok).toHaveLength(36);
      const ids = f.blok.flatMap((x) => x.pernyataan);
      expect(new Set(ids).size).toBe(108);
      for (const n of subDimensiDalam(ids).values()) expect(n).toBe(9);
      const pola = new Set(f.blok.map((x) => polaKunci(x, indeks)));
      expect(pola).toEqual(new Set(["positif", "negatif", "campuran"]));
    }
    expect(a.jangkar).toHaveLength(12);
    expect(b.jangkar).toEqual(a.jangkar);
    const blokJangkar = (f: typeof a) => f.blok.filter((x) => f.jangkar.includes(x.id));
    expect(blokJangkar(b)).toEqual(blokJangkar(a));
    // Non-anchor blocks differ between the forms.
    const lain = (f: typeof a) => new Set(f.blok.filter((x) => !f.jangkar.includes(x.id)).map((x) => x.id));
    expect([...lain(a)].filter((id) => lain(b).has(id))).toEqual([]);
    // Together the forms use every statement of the bank.
    const dipakai = new Set([...a.blok, ...b.blok].flatMap((x) => x.pernyataan));
    expect(dipakai.size).toBe(144);
  });

  it("has a 16-block screening form of the anchor blocks plus 4 more, 4 statements per sub-dimension", () => {
    const s = form("NAS-1-S");
    expect(s.jenis).toBe("penyaringan");
    expect(s.blok).toHaveLength(16);
    const ids = s.blok.flatMap((x) => x.pernyataan);
    for (const n of subDimensiDalam(ids).values()) expect(n).toBe(4);
    expect(s.blok.slice(0, 12).map((x) => x.id)).toEqual(form("NAS-1-A").jangkar);
  });

  it("exports each form as a design the Thurstonian engine accepts", () => {
    for (const f of formulir) {
      const d = toTirtDesign(f, pernyataan);
      expect(d.traits).toEqual([...KODE_SUBDIMENSI]);
      expect(d.blocks.map((b) => b.id)).toEqual(f.blok.map((b) => b.id));
      for (const b of d.blocks) {
        for (const s of b.statements) {
          const p = indeks.get(s.id);
          expect(s).toEqual({ id: p?.id, trait: p?.subDimensi, keyed: p?.kunci });
        }
      }
      // The engine's own validator of untrusted design.json values.
      expect(parseTirtDesign(JSON.parse(JSON.stringify(d)))).toEqual(d);
      // Without a statement list the national bank is used.
      expect(toTirtDesign(f)).toEqual(d);
    }
  });

  it("refuses to export a form that names a statement missing from the bank", () => {
    const f = form("NAS-1-S");
    const hilang = f.blok[0].pernyataan[0];
    expect(() =>
      toTirtDesign(
        f,
        pernyataan.filter((p) => p.id !== hilang),
      ),
    ).toThrow(/tidak ada di bank/);
  });
});
