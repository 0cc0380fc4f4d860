/**
 * Ratings (persons × raters × items) through the many-facet model with
 * string ids: recovery in simulation on a sparse linked design, extreme
 * scores, rater effects (misfit, halo, central tendency, agreement, ICC)
 * and bad input (docs/irt/mfrm.md).
 */
import { describe, expect, it } from "vitest";
import { iccOneWay } from "../src/mfrm/agreement.ts";
import { MfrmError } from "../src/mfrm/prepare.ts";
import { raterEffects } from "../src/mfrm/raters.ts";
import { ratingScaleProbs } from "../src/mfrm/ratingScale.ts";
import { calibrateRatings, type Rating } from "../src/mfrm/ratings.ts";
import { createRng, type Rng } from "../src/util/random.ts";
import { pearson } from "../src/util/stats.ts";

const centred = (x: number[]) => {
  const m = x.reduce((a, b) => a + b, 0) / x.length;
  return x.map((v) => v - m);
};

const TAU = [-1.8, -0.6, 0.6, 1.8];

/** A score drawn from the rating-scale model at η. */
function draw(eta: number, rng: Rng): number {
  const p = ratingScaleProbs(eta, TAU, new Float64Array(TAU.length + 1));
  let u = rng.uniform();
  for (let k = 0; k < p.length - 1; k++) {
    u -= p[k];
    if (u < 0) return k;
  }
  return p.length - 1;
}

/**
 * 200 persons × 20 raters × 12 items: each person is rated on every item by
 * 3 of the 20 raters (raters n, n + 1 and n + 7 mod 20, so every rater
 * shares persons with others and the design is linked), 7,200 ratings.
 */
function sparseDesign(seed: number) {
  const rng = createRng(seed);
  const theta = Array.from({ length: 200 }, () => rng.normal());
  const severity = centred(Array.from({ length: 20 }, () => -1 + 2 * rng.uniform()));
  const difficulty = centred(Array.from({ length: 12 }, () => -1 + 2 * rng.uniform()));
  const ratings: Rating[] = [];
  theta.forEach((t, n) => {
    for (const j of [n % 20, (n + 1) % 20, (n + 7) % 20])
      difficulty.forEach((d, i) => {
        ratings.push({
          person: `P${n}`,
          rater: `R${j}`,
          item: `I${i}`,
          score: draw(t - d - severity[j], rng),
        });
      });
  });
  return { rng, theta, severity, difficulty, ratings };
}

describe("many-facet ratings: recovery on a sparse linked design (200 persons × 20 raters × 12 items)", () => {
  const sim = sparseDesign(2020);
  const cal = calibrateRatings(sim.ratings);

  it("converges on a connected design and recovers severities, difficulties and person measures (r ≥ .95)", () => {
    expect(cal.converged).toBe(true);
    expect(cal.connected).toBe(true);
    const byId = new Map(cal.raters.map((r) => [r.id, r.severity]));
    const severity = sim.severity.map((_, j) => byId.get(`R${j}`) as number);
    const difficulty = cal.items.map((r) => r.difficulty);
    const measure = cal.persons.map((p) => p.measure);
    const r = {
      severity: pearson(severity, sim.severity),
      difficulty: pearson(difficulty, sim.difficulty),
      persons: pearson(measure, sim.theta),
    };
    console.log(
      `mfrm sparse 200×20×12: r(severity) ${r.severity.toFixed(3)}, r(difficulty) ${r.difficulty.toFixed(3)}, r(person) ${r.persons.toFixed(3)}`,
    );
    expect(r.severity).toBeGreaterThanOrEqual(0.95);
    expect(r.difficulty).toBeGreaterThanOrEqual(0.95);
    expect(r.persons).toBeGreaterThanOrEqual(0.95);
  });

  it("centres severities and difficulties at 0, with a harsher rater higher", () => {
    expect(Math.abs(cal.raters.reduce((a, r) => a + r.severity, 0))).toBeLessThan(1e-9);
    expect(Math.abs(cal.items.reduce((a, r) => a + r.difficulty, 0))).toBeLessThan(1e-9);
    expect(Math.abs(cal.thresholds.reduce((a, b) => a + b, 0))).toBeLessThan(1e-9);
    const harshest = sim.severity.indexOf(Math.max(...sim.severity));
    const mildest = sim.severity.indexOf(Math.min(...sim.severity));
    const severityOf = (j: number) => cal.raters.find((r) => r.id === `R${j}`)?.severity as number;
    expect(severityOf(harshest)).toBeGreaterThan(severityOf(mildest) + 1);
    // The harsher rater's mean score is the lower one.
    const meanScore = (j: number) => {
      const mine = sim.ratings.filter((r) => r.rater === `R${j}`);
      return mine.reduce((a, r) => a + r.score, 0) / mine.length;
    };
    expect(meanScore(harshest)).toBeLessThan(meanScore(mildest));
  });

  it("gives every rater an SE and model-conforming fit; the report flags none of them", () => {
    const report = raterEffects(sim.ratings, cal);
    for (const r of report.raters) {
      expect(r.se).toBeGreaterThan(0.03);
      expect(r.se).toBeLessThan(0.15);
      expect(r.misfit).toBeNull();
      expect(r.halo?.flagged).toBe(false);
      expect(r.centralTendency?.flagged ?? false).toBe(false);
      expect(r.ratings).toBe(360);
      expect(r.persons).toBe(30);
    }
  });

  it("gives persons with all-maximum or all-minimum scores a finite measure and SE beyond everyone else's", () => {
    const extreme: Rating[] = [];
    for (const [person, score] of [
      ["Pmax", 4],
      ["Pmin", 0],
    ] as const)
      for (const j of [3, 11, 17])
        for (let i = 0; i < 12; i++) extreme.push({ person, rater: `R${j}`, item: `I${i}`, score });
    const withExtremes = calibrateRatings([...sim.ratings, ...extreme]);
    const top = withExtremes.persons.find((p) => p.id === "Pmax");
    const bottom = withExtremes.persons.find((p) => p.id === "Pmin");
    const others = withExtremes.persons.filter((p) => p !== top && p !== bottom).map((p) => p.measure);
    for (const p of [top, bottom]) {
      expect(Number.isFinite(p?.measure)).toBe(true);
      expect(p?.se).toBeGreaterThan(0);
      expect(p?.se).toBeLessThan(1.5);
    }
    expect(top?.measure).toBeGreaterThan(Math.max(...others));
    expect(bottom?.measure).toBeLessThan(Math.min(...others));
  });
});

describe("rater effects", () => {
  // Three more raters on every 4th person (50 persons, 600 ratings each), sharing those persons with the 20.
  const sim = sparseDesign(2021);
  const extra: Rating[] = [];
  const rng = createRng(99);
  const personMeasure = (n: number) => sim.theta[n];
  for (let n = 0; n < 200; n += 4) {
    // Halo: one draw at the person's mean item, given to every item.
    const halo = draw(personMeasure(n), rng);
    sim.difficulty.forEach((d, i) => {
      const model = draw(personMeasure(n) - d, rng);
      extra.push(
        { person: `P${n}`, rater: "halo", item: `I${i}`, score: halo },
        // Central tendency: the model's score pulled in from the extremes.
        { person: `P${n}`, rater: "tengah", item: `I${i}`, score: Math.min(3, Math.max(1, model)) },
        // Erratic: any score at random.
        { person: `P${n}`, rater: "acak", item: `I${i}`, score: rng.int(5) },
      );
    });
  }
  const ratings = [...sim.ratings, ...extra];
  const report = raterEffects(ratings, calibrateRatings(ratings));
  const rater = (id: string) => report.raters.find((r) => r.id === id);

  it("flags the halo rater by the spread of its scores across items", () => {
    expect(rater("halo")?.halo?.flagged).toBe(true);
    expect(rater("halo")?.halo?.ratio).toBeLessThan(0.2);
  });

  it("flags the rater who avoids the extreme categories", () => {
    expect(rater("tengah")?.centralTendency?.flagged).toBe(true);
    expect(rater("tengah")?.centralTendency?.observed).toBe(0);
    expect(rater("tengah")?.halo?.flagged).toBe(false);
  });

  it("flags the erratic rater as underfitting and leaves the model-conforming raters alone", () => {
    expect(rater("acak")?.misfit).toBe("underfit");
    expect(rater("acak")?.infit).toBeGreaterThan(1.5);
    const normal = report.raters.filter((r) => r.id.startsWith("R"));
    expect(normal).toHaveLength(20);
    for (const r of normal) {
      expect(r.misfit).toBeNull();
      expect(r.halo?.flagged).toBe(false);
      expect(r.centralTendency?.flagged ?? false).toBe(false);
    }
  });

  it("reports agreement on shared person × item targets near what the model expects for conforming raters, lower for the erratic one", () => {
    const normal = rater("R0")?.agreement;
    const erratic = rater("acak")?.agreement;
    expect(normal && erratic).toBeTruthy();
    if (!normal || !erratic) return;
    expect(Math.abs(normal.exact - normal.expectedExact)).toBeLessThan(0.08);
    expect(normal.adjacent).toBeGreaterThan(normal.exact);
    expect(erratic.exact).toBeLessThan(erratic.expectedExact - 0.05);
    expect(report.agreement?.targets).toBe(2400);
    expect(report.agreement?.icc).toBeGreaterThan(0.3);
    expect(report.agreement?.icc).toBeLessThan(0.9);
  });
});

describe("agreement statistics on hand-checked data", () => {
  it("ICC(1) of Shrout & Fleiss's (1979) 6 targets × 4 judges is 0.166", () => {
    const data = [
      [9, 2, 5, 8],
      [6, 1, 3, 2],
      [8, 4, 6, 8],
      [7, 1, 2, 6],
      [10, 5, 6, 9],
      [6, 2, 4, 7],
    ];
    expect(iccOneWay(data)?.icc).toBeCloseTo(0.16574, 4);
    // A target with one rating does not enter; fewer than two targets gives nothing.
    expect(iccOneWay([...data, [3]])?.targets).toBe(6);
    expect(iccOneWay([[1, 2]])).toBeNull();
  });

  it("counts exact and adjacent agreement over pairs of ratings of the same person × item", () => {
    const ratings: Rating[] = [
      // a×1: scores 2, 2, 3 by A, B, C → pairs AB exact, AC adjacent, BC adjacent.
      { person: "a", item: "1", rater: "A", score: 2 },
      { person: "a", item: "1", rater: "B", score: 2 },
      { person: "a", item: "1", rater: "C", score: 3 },
      // b×1: 0 and 3 by A, B → neither.
      { person: "b", item: "1", rater: "A", score: 0 },
      { person: "b", item: "1", rater: "B", score: 3 },
      // b×2: one rating only.
      { person: "b", item: "2", rater: "C", score: 1 },
      { person: "c", item: "2", rater: "A", score: 1 },
      { person: "c", item: "2", rater: "C", score: 0 },
    ];
    const report = raterEffects(ratings, calibrateRatings(ratings));
    expect(report.agreement?.pairs).toBe(5);
    expect(report.agreement?.exact).toBeCloseTo(1 / 5, 12);
    expect(report.agreement?.adjacent).toBeCloseTo(4 / 5, 12);
    const a = report.raters.find((r) => r.id === "A")?.agreement;
    expect(a?.pairs).toBe(4);
    expect(a?.exact).toBeCloseTo(1 / 4, 12);
  });
});

describe("many-facet ratings: bad input", () => {
  const ok: Rating[] = [
    { person: "a", rater: "A", item: "1", score: 0 },
    { person: "a", rater: "B", item: "1", score: 2 },
    { person: "b", rater: "A", item: "1", score: 1 },
  ];
  it("refuses duplicates, gaps between scores, one score only, non-integers and empty input, in Bahasa Indonesia first", () => {
    const fails = (r: Rating[], id: RegExp, en: RegExp) => {
      try {
        calibrateRatings(r);
      } catch (e) {
        expect(e).toBeInstanceOf(MfrmError);
        expect((e as MfrmError).message).toMatch(id);
        expect((e as MfrmError).en).toMatch(en);
        return;
      }
      throw new Error("expected a refusal");
    };
    fails([...ok, { ...ok[0], score: 1 }], /sudah menilai "a" pada butir "1"/, /already rated/);
    fails(
      [...ok, { person: "c", rater: "A", item: "1", score: 4 }],
      /Skor 3 tidak pernah dipakai/,
      /never used/,
    );
    fails(
      ok.map((r) => ({ ...r, score: 1 })),
      /Semua skor sama/,
      /same/,
    );
    fails(
      [...ok, { person: "c", rater: "A", item: "1", score: 1.5 }],
      /bukan bilangan bulat/,
      /not an integer/,
    );
    fails([], /Tidak ada penilaian/, /no ratings/);
  });

  it("starts the categories at the lowest score used (1–5 ratings need no recoding)", () => {
    const cal = calibrateRatings(ok.map((r) => ({ ...r, score: r.score + 1 })));
    expect(cal.categories).toEqual([1, 2, 3]);
    expect(cal.thresholds).toHaveLength(2);
  });
});
