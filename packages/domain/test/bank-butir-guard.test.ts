import { describe, expect, it } from "vitest";
import {
  ACUAN_SEMENTARA,
  BANK_NASIONAL,
  type Blok,
  type Formulir,
  korelasiAcuan,
  parameterAcuan,
  periksaDesainFormulir,
} from "../src/index.ts";

const { pernyataan, formulir } = BANK_NASIONAL;
const [formA, , formS] = formulir;

describe("parameterAcuan", () => {
  it("sets loadings by keying and thresholds from desirability differences", () => {
    const p = parameterAcuan(formA, pernyataan);
    expect(p.traits).toHaveLength(12);
    expect(p.statements).toHaveLength(108);
    for (const s of p.statements) {
      const asal = pernyataan.find((x) => x.id === s.id);
      expect(s.lambda).toBeCloseTo((asal?.kunci ?? 0) * ACUAN_SEMENTARA.muatan, 12);
    }
    const ks = (id: string) => pernyataan.find((x) => x.id === id)?.keinginanSosial ?? Number.NaN;
    for (const q of p.pairs) {
      expect(q.gamma).toBeCloseTo(ACUAN_SEMENTARA.skalaUtilitas * (ks(q.second) - ks(q.first)), 12);
    }
    expect(korelasiAcuan()[0]).toEqual([1, 0.4, 0.4, 0.4, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2]);
  });
});

describe("periksaDesainFormulir", () => {
  it("lets full form A through at the reference parameters", () => {
    const r = periksaDesainFormulir(formA, pernyataan, { n: 400, benih: 3 });
    expect(r.alasan).toEqual([]);
    expect(r.layakTerbit).toBe(true);
    expect(r.parameter).toBe("acuan sementara");
    expect(Math.min(...Object.values(r.reliabilitas))).toBeGreaterThanOrEqual(0.7);
    expect(r.pembalikanTanda).toBe(0);
  });

  it("judges the screening form on its factor scores", () => {
    const r = periksaDesainFormulir(formS, pernyataan, { n: 400, benih: 3 });
    expect(r.layakTerbit).toBe(true);
    // Three statements per sub-dimension plus one: too few to report sub-dimensions.
    expect(Math.max(...Object.values(r.reliabilitas))).toBeLessThan(0.8);
    expect(Math.min(...Object.values(r.reliabilitasFaktor))).toBeGreaterThanOrEqual(0.7);
  });

  it("refuses a short form of equally (positively) keyed blocks, naming the failing sub-dimensions", () => {
    // 12 blocks of positively keyed statements only: the ipsative design the bank rules forbid.
    const positif = (kode: string) => pernyataan.filter((p) => p.subDimensi === kode && p.kunci === 1);
    const kd = ["KD1", "KD2", "KD3", "KD4"].map(positif);
    const dn = ["DN1", "DN2", "DN3", "DN4"].map(positif);
    const km = ["KM1", "KM2", "KM3", "KM4"].map(positif);
    const blok: Blok[] = [];
    for (let i = 0; i < 3; i++)
      for (let j = 0; j < 4; j++)
        blok.push({
          id: `P${i}${j}`,
          pernyataan: [kd[j][i].id, dn[(j + i) % 4][i].id, km[(j + 2 * i) % 4][i].id],
        });
    const f: Formulir = { ...formA, id: "SEARAH", blok, jangkar: [] };
    const r = periksaDesainFormulir(f, pernyataan, { n: 400, benih: 3 });
    expect(r.layakTerbit).toBe(false);
    expect(r.alasan.length).toBeGreaterThan(0);
    expect(r.alasan[0]).toMatch(/^Reliabilitas harapan (KD|DN|KM)\d .* di bawah ambang 0\.70\.$/);
    expect(Math.max(...Object.values(r.reliabilitas))).toBeLessThan(0.7);
  });

  it("uses given parameters instead of the reference ones: weak loadings fail the floor", () => {
    const acuan = parameterAcuan(formA, pernyataan);
    const lemah = {
      ...acuan,
      statements: acuan.statements.map((s) => ({ ...s, lambda: Math.sign(s.lambda) * 0.5, psi2: 0.75 })),
    };
    const r = periksaDesainFormulir(formA, pernyataan, { n: 400, benih: 3, parameter: lemah });
    expect(r.parameter).toBe("diberikan");
    expect(r.layakTerbit).toBe(false);
    expect(Math.max(...Object.values(r.reliabilitas))).toBeLessThan(0.7);
  });

  it("applies a stricter floor when one is given", () => {
    const r = periksaDesainFormulir(formA, pernyataan, {
      n: 400,
      benih: 3,
      ambang: { reliabilitasMin: 0.95, pembalikanTandaMaks: 0 },
    });
    expect(r.layakTerbit).toBe(false);
    expect(r.alasan).toHaveLength(12);
  });
});
