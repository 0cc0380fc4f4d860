import { describe, expect, it } from "vitest";
import {
  BANK_NASIONAL,
  dapatSeblok,
  lintBank,
  type Pernyataan,
  susunFormulirNasional,
} from "../src/bank-butir/index.ts";

const bank = BANK_NASIONAL.pernyataan;
const ambil = (id: string) => bank.find((p) => p.id === id) as Pernyataan;

describe("dapatSeblok", () => {
  it("allows different sub-dimensions and situations within 0.5 desirability only", () => {
    expect(dapatSeblok(ambil("KD1-02"), ambil("DN1-01"))).toBe(true); // 3.5 / 3.5
    expect(dapatSeblok(ambil("KD1-02"), ambil("KD1-03"))).toBe(false); // same sub-dimension
    expect(dapatSeblok(ambil("KD1-02"), ambil("DN1-06"))).toBe(false); // both "anggaran"
    expect(dapatSeblok(ambil("KD1-01"), ambil("KM1-12"))).toBe(false); // 4.0 vs 2.0
  });
});

describe("susunFormulirNasional", () => {
  it.each([11, 12])(
    "assembles lint-clean parallel forms and a screening form from another seed (%i)",
    (benih) => {
      const h = susunFormulirNasional(bank, { benih, versi: "uji" });
      expect(h.formulir.map((f) => [f.id, f.blok.length])).toEqual([
        ["NAS-uji-A", 36],
        ["NAS-uji-B", 36],
        ["NAS-uji-S", 16],
      ]);
      expect(lintBank({ versi: "uji", pernyataan: [...bank], formulir: h.formulir })).toEqual([]);
    },
  );

  it("is reproducible: the same seed gives the same forms", () => {
    const a = susunFormulirNasional(bank, { benih: 5, versi: "uji" });
    const b = susunFormulirNasional(bank, { benih: 5, versi: "uji" });
    expect(b.formulir).toEqual(a.formulir);
  });

  it("gives up with a clear message when the bank cannot satisfy the block rules", () => {
    const satuSituasi = bank.map((p) => ({ ...p, situasi: "rapat" as const }));
    expect(() => susunFormulirNasional(satuSituasi, { benih: 1, versi: "uji", percobaanMaks: 3 })).toThrow(
      /tidak dapat disusun setelah 3 percobaan/,
    );
  });
});
