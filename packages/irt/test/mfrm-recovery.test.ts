import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { fitMfrm, type MfrmCell, type MfrmData, MfrmError, simulateMfrm } from "../src/mfrm/index.ts";
import { createRng } from "../src/util/random.ts";
import { pearson } from "../src/util/stats.ts";

const fixture = (name: string) => new URL(`./fixtures/mirt/${name}`, import.meta.url);

const rmse = (x: readonly number[], y: readonly number[]) =>
  Math.sqrt(x.reduce((a, v, i) => a + (v - y[i]) ** 2, 0) / x.length);
const centred = (x: readonly number[]) => {
  const m = x.reduce((a, b) => a + b) / x.length;
  return x.map((v) => v - m);
};

describe("many-facet Rasch: one facet, two categories = the Rasch model", () => {
  it("reproduces mirt's Rasch fit of LSAT7 (difficulties, log-likelihood, EAP)", () => {
    const ref = JSON.parse(readFileSync(fixture("lsat7_rasch.mirt.json"), "utf8"));
    const rows = readFileSync(fixture("lsat7_rasch.csv"), "utf8").trim().split("\n").slice(1);
    const names: string[] = ref.items.map((it: { name: string }) => it.name);
    const data: MfrmData = {
      personIds: rows.map((_, i) => String(i + 1)),
      facets: [{ name: "butir", levels: names }],
      categories: 2,
      observations: rows.flatMap((r, n) =>
        r.split(",").map((x, i) => ({ person: n, elements: [i], score: Number(x) })),
      ),
    };
    const fit = fitMfrm(data, { quadPoints: 61, tolerance: 1e-7 });
    expect(fit.converged).toBe(true);
    // mirt: logit = θ + d_i, θ ~ N(0, σ²); here logit = θ − δ_i with Σδ = 0, θ ~ N(μ, σ²).
    const d: number[] = ref.items.map((it: { d: number }) => it.d);
    const meanD = d.reduce((a, b) => a + b) / d.length;
    fit.facets[0].elements.forEach((e, i) => {
      expect(Math.abs(e.measure - (meanD - d[i]))).toBeLessThan(0.005);
    });
    expect(Math.abs(fit.population.mean - meanD)).toBeLessThan(0.005);
    expect(Math.abs(fit.logLik - ref.logLik)).toBeLessThan(0.01);
    const eapDiff = fit.persons.map((p, n) => Math.abs(p.measure - meanD - ref.eap[n]));
    expect(Math.max(...eapDiff)).toBeLessThan(0.01);
  }, 60_000);
});

describe("many-facet Rasch: recovery by simulation", () => {
  // 400 pegawai, 8 criteria, 6 raters: each pegawai is rated by 2
  // neighbouring raters on all criteria (a linked rotation), 6,400 ratings.
  const rng = createRng(60_2020);
  const nPersons = 400;
  const criteria = centred([-1.1, -0.8, -0.45, -0.1, 0.2, 0.5, 0.8, 1.05]);
  const raters = centred([-0.8, -0.4, -0.1, 0.2, 0.45, 0.65]);
  const tau = [-1.6, -0.5, 0.4, 1.7];
  const theta = Array.from({ length: nPersons }, () => 0.3 + 1.1 * rng.normal());
  const cells: MfrmCell[] = [];
  for (let n = 0; n < nPersons; n++)
    for (let i = 0; i < criteria.length; i++)
      cells.push({ person: n, elements: [i, n % 6] }, { person: n, elements: [i, (n + 1) % 6] });
  const scores = simulateMfrm(theta, [criteria, raters], tau, cells, rng);
  const data: MfrmData = {
    personIds: theta.map((_, n) => `P${n + 1}`),
    facets: [
      { name: "aspek", levels: criteria.map((_, i) => `A${i + 1}`) },
      { name: "penilai", levels: raters.map((_, j) => `R${j + 1}`) },
    ],
    categories: 5,
    observations: cells.map((c, o) => ({ ...c, score: scores[o] })),
  };
  const fit = fitMfrm(data);
  const [aspek, penilai] = fit.facets;

  it("recovers criterion difficulties, rater severities, thresholds and the population", () => {
    expect(fit.converged).toBe(true);
    const estCriteria = aspek.elements.map((e) => e.measure);
    expect(pearson(estCriteria, criteria)).toBeGreaterThan(0.99);
    expect(rmse(estCriteria, criteria)).toBeLessThan(0.08);
    const estRaters = penilai.elements.map((e) => e.measure);
    expect(pearson(estRaters, raters)).toBeGreaterThan(0.99);
    expect(rmse(estRaters, raters)).toBeLessThan(0.08);
    expect(rmse(fit.thresholds, tau)).toBeLessThan(0.1);
    expect(Math.abs(fit.population.mean - 0.3)).toBeLessThan(0.15);
    expect(Math.abs(fit.population.sd - 1.1)).toBeLessThan(0.12);
    expect(
      pearson(
        fit.persons.map((p) => p.measure),
        theta,
      ),
    ).toBeGreaterThan(0.9);
  });

  it("gives standard errors consistent with the estimation error", () => {
    const elements = [...aspek.elements, ...penilai.elements];
    const truth = [...criteria, ...raters];
    for (const e of elements) {
      expect(e.se).toBeGreaterThan(0.02);
      expect(e.se).toBeLessThan(0.1);
    }
    const z = elements.map((e, i) => (e.measure - truth[i]) / e.se);
    expect(Math.sqrt(z.reduce((a, v) => a + v * v, 0) / z.length)).toBeLessThan(1.6);
  });

  it("does not depend on the order of the observations", () => {
    const reversed = fitMfrm({ ...data, observations: [...data.observations].reverse() });
    expect(Math.abs(reversed.logLik - fit.logLik)).toBeLessThan(1e-8);
    reversed.facets.forEach((f, fi) => {
      f.elements.forEach((e, i) => {
        expect(e.measure).toBeCloseTo(fit.facets[fi].elements[i].measure, 8);
        expect(e.se).toBeCloseTo(fit.facets[fi].elements[i].se, 8);
      });
    });
  }, 60_000);

  it("reports separation and reliability", () => {
    expect(penilai.separation.reliability).toBeGreaterThan(0.9);
    expect(penilai.separation.separation).toBeGreaterThan(3);
    expect(aspek.separation.reliability).toBeGreaterThan(0.95);
    expect(fit.personReliability).toBeGreaterThan(0.8);
    expect(fit.personReliability).toBeLessThan(1);
  });

  it("flags an erratic rater by infit and outfit while model-conforming raters fit", () => {
    // A 7th rater rates every tenth pegawai at random on all criteria.
    const extra = [];
    for (let n = 0; n < nPersons; n += 10)
      for (let i = 0; i < criteria.length; i++)
        extra.push({ person: n, elements: [i, 6], score: rng.int(5) });
    const withErratic = fitMfrm({
      ...data,
      facets: [data.facets[0], { name: "penilai", levels: [...data.facets[1].levels, "R7-acak"] }],
      observations: [...data.observations, ...extra],
    });
    const r = withErratic.facets[1].elements;
    expect(r[6].infit).toBeGreaterThan(2);
    expect(r[6].outfit).toBeGreaterThan(2);
    for (const rater of [...r.slice(0, 6), ...penilai.elements]) {
      expect(rater.infit).toBeGreaterThan(0.7);
      expect(rater.infit).toBeLessThan(1.2);
      expect(rater.outfit).toBeGreaterThan(0.7);
      expect(rater.outfit).toBeLessThan(1.2);
    }
  }, 60_000);
});

describe("many-facet Rasch: bad input", () => {
  const base: MfrmData = {
    personIds: ["a", "b"],
    facets: [{ name: "penilai", levels: ["R1", "R2"] }],
    categories: 3,
    observations: [
      { person: 0, elements: [0], score: 0 },
      { person: 0, elements: [1], score: 1 },
      { person: 1, elements: [0], score: 2 },
      { person: 1, elements: [1], score: 1 },
    ],
  };
  it("refuses unused categories, unrated persons and out-of-range scores, in Bahasa Indonesia first", () => {
    expect(() => fitMfrm({ ...base, categories: 4 })).toThrow(/Kategori 3 tidak pernah dipakai/);
    expect(() => fitMfrm({ ...base, personIds: ["a", "b", "c"] })).toThrow(
      /Pegawai "c" tidak punya penilaian/,
    );
    expect(() =>
      fitMfrm({ ...base, observations: [...base.observations, { person: 0, elements: [0], score: 7 }] }),
    ).toThrow(MfrmError);
  });
});
