import { describe, expect, it } from "vitest";
import {
  CatError,
  type CatItem,
  type CatOptions,
  CatSession,
  calibrateSympsonHetter,
  ExposureTracker,
  simulateCat,
} from "../src/cat/index.ts";
import { testInfo } from "../src/models/items.ts";
import { randomItems } from "../src/sim/simulate.ts";
import { createRng } from "../src/util/random.ts";
import { pearson } from "../src/util/stats.ts";

// A seeded pool of 150 items: 100 2PL and 50 five-category GRM, in three
// content areas (think three factors of the integrity framework).
const pool: CatItem[] = [...randomItems("2pl", 100, 2, 11), ...randomItems("grm", 50, 5, 12)].map(
  (it, j) => ({
    ...it,
    content: ["A", "B", "C"][j % 3],
  }),
);
const truthRng = createRng(2026);
const thetas = Float64Array.from({ length: 600 }, () => truthRng.normal());

const base: CatOptions = { seTarget: 0.3, maxItems: 50 };

describe("CAT by simulation", () => {
  const cat = simulateCat(pool, thetas, base, createRng(1));

  it("reaches the target SE with far fewer items than the full test and recovers θ", () => {
    // The full 150-item test would give SE ≈ 1/√I(θ), far below 0.3; CAT stops at 0.3.
    expect(1 / Math.sqrt(testInfo(pool, 0))).toBeLessThan(0.15);
    const reached = cat.results.filter((r) => r.stopReason === "se").length / thetas.length;
    expect(reached).toBeGreaterThan(0.97);
    expect(cat.meanLength).toBeLessThan(15);
    const est = cat.results.map((r) => r.theta);
    expect(pearson(est, thetas)).toBeGreaterThan(0.93);
    const rmse = Math.sqrt(est.reduce((s, v, i) => s + (v - thetas[i]) ** 2, 0) / thetas.length);
    expect(rmse).toBeLessThan(0.36);
    for (const r of cat.results) {
      expect(r.items.length).toBeLessThanOrEqual(50);
      expect(new Set(r.items).size).toBe(r.items.length);
      if (r.stopReason === "se") expect(r.se).toBeLessThanOrEqual(0.3);
    }
  });

  it("needs at least twice as many items when items are chosen at random", () => {
    const random = simulateCat(pool, thetas.subarray(0, 200), { ...base, selection: "random" }, createRng(2));
    expect(random.meanLength).toBeGreaterThan(2 * cat.meanLength);
  });

  it("works with KL selection and MAP estimation", () => {
    const truth = thetas.subarray(0, 200);
    for (const options of [
      { ...base, selection: "kl" as const },
      { ...base, estimator: "map" as const },
    ]) {
      const sim = simulateCat(pool, truth, options, createRng(3));
      expect(sim.meanLength).toBeLessThan(15);
      expect(
        pearson(
          sim.results.map((r) => r.theta),
          truth,
        ),
      ).toBeGreaterThan(0.93);
    }
  }, 60_000);

  it("is reproducible from its seed", () => {
    const a = simulateCat(pool, thetas.subarray(0, 20), base, createRng(9));
    const b = simulateCat(pool, thetas.subarray(0, 20), base, createRng(9));
    expect(a.results).toEqual(b.results);
  });
});

describe("CAT exposure control", () => {
  it("Sympson–Hetter keeps exposure near the cap where unconstrained MFI gives one item to everyone", () => {
    const truth = thetas.subarray(0, 400);
    const none = simulateCat(pool, truth, base, createRng(4));
    expect(Math.max(...none.exposure)).toBeGreaterThan(0.9);
    const rMax = 0.25;
    const { k } = calibrateSympsonHetter(pool, base, { rMax, simulees: 300, rounds: 8 }, createRng(5));
    const sh = simulateCat(pool, truth, { ...base, exposure: { method: "sympson-hetter", k } }, createRng(6));
    // SH controls exposure in expectation: allow sampling noise of the maximum over 150 items.
    expect(Math.max(...sh.exposure)).toBeLessThan(rMax + 0.06);
    expect(
      pearson(
        sh.results.map((r) => r.theta),
        truth,
      ),
    ).toBeGreaterThan(0.93);
    for (const r of sh.results) for (const j of r.withheld) expect(r.items).not.toContain(j);
  }, 120_000);

  it("restricted maximum information never lets an item's exposure rate pass the cap", () => {
    const truth = thetas.subarray(0, 400);
    const rMax = 0.2;
    const tracker = new ExposureTracker(pool.length);
    const sim = simulateCat(
      pool,
      truth,
      { ...base, exposure: { method: "restricted", rMax, tracker } },
      createRng(12),
    );
    expect(tracker.examinees).toBe(400);
    expect(Math.max(...sim.exposure)).toBeLessThanOrEqual(rMax + 1 / 400);
    expect(Math.max(...tracker.rates())).toBeLessThanOrEqual(rMax + 1 / 400);
    expect(sim.results.filter((r) => r.stopReason === "se").length / 400).toBeGreaterThan(0.9);
    expect(
      pearson(
        sim.results.map((r) => r.theta),
        truth,
      ),
    ).toBeGreaterThan(0.93);
    const restored = ExposureTracker.fromJSON(JSON.parse(JSON.stringify(tracker)));
    expect(restored.rates()).toEqual(tracker.rates());
  }, 60_000);

  it("randomesque spreads the opening items over the best five", () => {
    const sim = simulateCat(
      pool,
      thetas.subarray(0, 400),
      { ...base, exposure: { method: "randomesque", size: 5 } },
      createRng(7),
    );
    const first = new Map<number, number>();
    for (const r of sim.results) first.set(r.items[0], (first.get(r.items[0]) ?? 0) + 1);
    expect(first.size).toBe(5);
    for (const count of first.values()) expect(count / 400).toBeLessThan(0.3);
  }, 60_000);
});

describe("CAT content balancing and hooks", () => {
  it("meets content targets and respects the eligibility hook", () => {
    const targets = { A: 0.5, B: 0.3, C: 0.2 };
    const banned = new Set([0, 1, 2, 3, 4]);
    const sim = simulateCat(
      pool,
      thetas.subarray(0, 200),
      { ...base, seTarget: 0.25, contentTargets: targets, eligible: (j) => !banned.has(j) },
      createRng(8),
    );
    const counts: Record<string, number> = { A: 0, B: 0, C: 0 };
    let total = 0;
    for (const r of sim.results)
      for (const j of r.items) {
        expect(banned.has(j)).toBe(false);
        counts[pool[j].content as string]++;
        total++;
      }
    for (const [area, target] of Object.entries(targets))
      expect(Math.abs(counts[area] / total - target)).toBeLessThan(0.05);
  }, 60_000);

  it("stops at the length limits and refuses out-of-turn answers", () => {
    const s = new CatSession(pool, { seTarget: 0.01, minItems: 3, maxItems: 4 }, createRng(10));
    expect(() => s.result()).toThrow(CatError);
    const first = s.nextItem() as number;
    expect(() => s.answer(first === 0 ? 1 : 0, 1)).toThrow(/bukan butir yang sedang diberikan/);
    expect(() => s.answer(first, 9)).toThrow(/Jawaban tidak sah/);
    let n = 0;
    for (let j = s.nextItem(); j !== null; j = s.nextItem()) {
      s.answer(j, 1);
      n++;
    }
    expect(n).toBe(4);
    expect(s.result().stopReason).toBe("max-items");
    const early = new CatSession(pool, { seTarget: 5, minItems: 3 }, createRng(11));
    let m = 0;
    for (let j = early.nextItem(); j !== null; j = early.nextItem()) {
      early.answer(j, 0);
      m++;
    }
    expect(m).toBe(3);
    expect(early.result().stopReason).toBe("se");
  });
});
