import { createRng, scoreTirtMap, simulateTirt, type TirtModel, tirtModelFromParams } from "@nurani/irt";
import { describe, expect, it } from "vitest";
import {
  BANK_NASIONAL,
  benjaminiHochberg,
  difDimurnikan,
  difKalibrasi,
  difPasangan,
  type Formulir,
  kelompokGolongan,
  kelompokUsia,
  parameterAcuan,
  prediktorPasangan,
  regresiLogistik,
  toTirtDesign,
} from "../src/index.ts";

const formS = BANK_NASIONAL.formulir.find((f) => f.id === "NAS-1-S") as Formulir;
const model = tirtModelFromParams(toTirtDesign(formS), parameterAcuan(formS, BANK_NASIONAL.pernyataan));
const P = model.layout.pairs.length;
const T = model.traits;

/** The model with statement `s`'s utility raised by `delta` (statement-level DIF for one group). */
function denganDif(m: TirtModel, statements: number[], delta: number): TirtModel {
  const gamma = Float64Array.from(m.gamma);
  m.layout.pairs.forEach((pr, j) => {
    if (statements.includes(pr.first)) gamma[j] -= delta;
    if (statements.includes(pr.second)) gamma[j] += delta;
  });
  return { ...m, gamma };
}

/** Persons of groups 0 … G−1 (n each), with trait mean shift `impact[g]`; outcomes from `models[g]`. */
function simulasi(models: TirtModel[], n: number, seed: number, impact: number[] = []) {
  const G = models.length;
  const outcomes = new Int8Array(G * n * P);
  const eta = new Float64Array(G * n * T);
  const grup: number[] = [];
  const rng = createRng(seed);
  models.forEach((m, g) => {
    const e = new Float64Array(n * T);
    for (let i = 0; i < n * T; i++) e[i] = rng.normal() + (impact[g] ?? 0);
    const sim = simulateTirt(m, { persons: n, seed: seed + 17 * (g + 1), eta: e });
    outcomes.set(sim.outcomes, g * n * P);
    eta.set(e, g * n * T);
    for (let i = 0; i < n; i++) grup.push(g);
  });
  const theta = scoreTirtMap(model, outcomes, G * n).theta;
  return { outcomes, theta, grup, persons: G * n };
}

describe("logistic regression and Benjamini–Hochberg", () => {
  it("matches the closed form of a saturated one-dummy model", () => {
    // MLE of logit P = b0 + b1·D is b0 = logit(p̂0), b1 = logit(p̂1) − logit(p̂0).
    const rng = createRng(5);
    const n = 3000;
    const X = new Float64Array(n * 2);
    const y = new Uint8Array(n);
    const jumlah = [
      [0, 0],
      [0, 0],
    ];
    for (let i = 0; i < n; i++) {
      const d = i % 3 === 0 ? 1 : 0;
      X[i * 2] = 1;
      X[i * 2 + 1] = d;
      y[i] = rng.uniform() < (d ? 0.7 : 0.4) ? 1 : 0;
      jumlah[d][0]++;
      jumlah[d][1] += y[i];
    }
    const logit = (p: number) => Math.log(p / (1 - p));
    const p0 = jumlah[0][1] / jumlah[0][0];
    const p1 = jumlah[1][1] / jumlah[1][0];
    const f = regresiLogistik(X, y, n, 2);
    expect(f.beta[0]).toBeCloseTo(logit(p0), 8);
    expect(f.beta[1]).toBeCloseTo(logit(p1) - logit(p0), 8);
    const ll =
      jumlah[0][1] * Math.log(p0) +
      (jumlah[0][0] - jumlah[0][1]) * Math.log(1 - p0) +
      jumlah[1][1] * Math.log(p1) +
      (jumlah[1][0] - jumlah[1][1]) * Math.log(1 - p1);
    expect(f.logLik).toBeCloseTo(ll, 6);
  });

  it("adjusts p-values as R's p.adjust(method = 'BH')", () => {
    // p.adjust(c(0.01, 0.04, 0.03, 0.005, 0.5), "BH") = 0.025 0.05 0.05 0.025 0.5
    const q = benjaminiHochberg([0.01, 0.04, 0.03, 0.005, 0.5]);
    for (const [i, v] of [0.025, 0.05, 0.05, 0.025, 0.5].entries()) expect(q[i]).toBeCloseTo(v, 12);
  });
});

describe("groupings from the pegawai record", () => {
  it("age groups at the campaign date and rank groups", () => {
    expect(kelompokUsia("1996-06-02", "2026-06-01")).toBe("< 30 tahun");
    expect(kelompokUsia("1996-06-01", "2026-06-01")).toBe("30–39 tahun");
    expect(kelompokUsia("1980-01-01", "2026-06-01")).toBe("40–49 tahun");
    expect(kelompokUsia("1970-12-31", "2026-06-01")).toBe("≥ 50 tahun");
    expect(kelompokUsia(null, "2026-06-01")).toBeNull();
    expect(kelompokGolongan("III/b")).toBe("Golongan III");
    expect(kelompokGolongan("iv/e")).toBe("Golongan IV");
    expect(kelompokGolongan("I/a")).toBe("Golongan I");
    expect(kelompokGolongan("IX")).toBe("PPPK");
    expect(kelompokGolongan("")).toBeNull();
    expect(kelompokGolongan("3b")).toBeNull();
  });
});

describe("DIF of forced-choice pairs (simulation with known truth)", () => {
  it("detects statement-level DIF planted for one group and flags few other pairs", () => {
    // Statements 0, 7 and 20 are more attractive (+0.5 on the utility scale) to group 1.
    const planted = [0, 7, 20];
    const sim = simulasi([model, denganDif(model, planted, 0.5)], 1000, 101);
    const nama = sim.grup.map((g) => (g ? "B" : "A"));
    // without purification the planted DIF pulls group B's traits: part of it hides, part spills over
    const x = prediktorPasangan(model, sim.theta, sim.persons);
    const mentah = difPasangan(x, sim.outcomes, sim.persons, P, nama);
    const h = difDimurnikan(model, sim.theta, sim.outcomes, sim.persons, nama);
    expect(h.putaran).toBeGreaterThanOrEqual(1);
    const kena = new Set(
      model.layout.pairs.flatMap((pr, j) =>
        planted.includes(pr.first) || planted.includes(pr.second) ? [j] : [],
      ),
    );
    expect(kena.size).toBe(6);
    const ditandai = h.pasangan.filter((d) => d.ditandai).map((d) => d.pasangan);
    // every affected pair is found …
    for (const j of kena) expect(ditandai).toContain(j);
    // … with the right sign: y = 1 means `first` preferred, so group B's P-DIF is > 0 when the planted statement is first
    for (const j of kena) {
      const d = h.pasangan[j];
      const tanda = planted.includes(model.layout.pairs[j].first) ? 1 : -1;
      expect(Math.sign(d.perKelompok[0].bedaP)).toBe(tanda);
      expect(d.perKelompok[0].bedaPMutlak).toBeGreaterThan(0.08);
      expect(d.jenis).toBe("seragam");
    }
    // … and at most two of the 42 others
    const lain = ditandai.filter((j) => !kena.has(j));
    expect(lain.length).toBeLessThanOrEqual(2);
    expect(h.acuan).toBe("A");
    // purification recovers the size of the planted DIF that the contaminated traits shrink
    for (const j of kena) expect(h.pasangan[j].besaran).toBeGreaterThan(mentah.pasangan[j].besaran);
  }, 60_000);

  it("keeps the false-positive rate near nominal with no DIF (2 and 4 groups)", () => {
    let tolak2 = 0;
    let tolak4 = 0;
    let ditandai = 0;
    let uji = 0;
    for (let r = 0; r < 4; r++) {
      const sim = simulasi([model, model], 800, 300 + r);
      const x = prediktorPasangan(model, sim.theta, sim.persons);
      // groups unrelated to the answers: 2 groups by parity, 4 groups by index mod 4
      const h2 = difPasangan(
        x,
        sim.outcomes,
        sim.persons,
        P,
        sim.grup.map((_, i) => (i % 2 ? "B" : "A")),
      );
      const h4 = difPasangan(
        x,
        sim.outcomes,
        sim.persons,
        P,
        sim.grup.map((_, i) => `G${i % 4}`),
      );
      expect(h4.pasangan[0].df).toBe(6);
      tolak2 += h2.pasangan.filter((d) => d.p < 0.05).length;
      tolak4 += h4.pasangan.filter((d) => d.p < 0.05).length;
      ditandai += [...h2.pasangan, ...h4.pasangan].filter((d) => d.ditandai).length;
      uji += P;
    }
    // 192 tests each: binomial sd of the rate at 0.05 is 0.016
    expect(tolak2 / uji).toBeGreaterThan(0.015);
    expect(tolak2 / uji).toBeLessThan(0.09);
    expect(tolak4 / uji).toBeGreaterThan(0.015);
    expect(tolak4 / uji).toBeLessThan(0.09);
    // BH over 48 pairs in each of 8 families, and the effect-size rule: seen 2 of 384
    expect(ditandai).toBeLessThanOrEqual(3);
  }, 120_000);

  it("does not test a group below the minimum size and says so", () => {
    const sim = simulasi([model, model], 300, 77);
    const x = prediktorPasangan(model, sim.theta, sim.persons);
    const nama = sim.grup.map((g, i) => (g === 0 ? "A" : i % 10 === 0 ? "C" : "B"));
    const h = difPasangan(x, sim.outcomes, sim.persons, P, nama, { minKelompok: 100 });
    expect(h.kelompok).toEqual([
      { nama: "A", n: 300, diuji: true },
      { nama: "B", n: 270, diuji: true },
      { nama: "C", n: 30, diuji: false },
    ]);
    expect(h.pasangan[0].perKelompok.map((k) => k.kelompok)).toEqual(["B"]);
    expect(h.pasangan[0].df).toBe(2);
    const satu = difPasangan(x, sim.outcomes, sim.persons, P, nama, { minKelompok: 301 });
    expect(satu.pasangan).toEqual([]);
    expect(satu.tidakDiuji).toMatch(/kurang dari dua kelompok/);
  }, 60_000);

  it("names pairs and groups for the recalibration report", () => {
    const planted = [3];
    const sim = simulasi([model, denganDif(model, planted, 0.6)], 600, 9);
    const atribut = sim.grup.map((g, i) => ({
      jenisKelamin: (g ? "P" : "L") as "L" | "P",
      tanggalLahir: i % 2 ? "1990-05-05" : "1975-05-05",
      golongan: i % 3 === 0 ? null : "III/a",
      jenisJabatan: null,
    }));
    const d = difKalibrasi(model, sim.theta, sim.outcomes, atribut, "2026-12-01", {
      minKelompok: 100,
      alpha: 0.05,
    });
    const jk = d.variabel.find((v) => v.kode === "jenisKelamin");
    expect(jk?.acuan).toBe("Laki-laki");
    const id3 = model.layout.design.blocks.flatMap((b) => b.statements.map((s) => s.id))[3];
    const top = jk?.pasangan.slice(0, jk.jumlahDitandai) ?? [];
    expect(top.length).toBeGreaterThanOrEqual(1);
    for (const p of top) expect([p.pertama, p.kedua]).toContain(id3);
    expect(d.variabel.find((v) => v.kode === "golongan")?.tidakDiuji).toMatch(/kurang dari dua/);
    expect(d.variabel.find((v) => v.kode === "golongan")?.tanpaData).toBe(400);
    expect(d.variabel.find((v) => v.kode === "jenisJabatan")?.kelompok).toEqual([]);
    expect(d.wilayah).toMatch(/provinsi/);
  }, 60_000);
});
