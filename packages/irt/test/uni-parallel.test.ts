/** Calibration with the E-step on worker threads equals the single-thread fit. */
import { describe, expect, it } from "vitest";
import { calibrate } from "../src/estimation/em.ts";
import { calibrateParallel } from "../src/estimation/parallel.ts";
import { randomItems, simulateResponses } from "../src/sim/simulate.ts";

describe("parallel calibration", () => {
  it("gives the single-thread estimates (GRM with missing responses)", { timeout: 120_000 }, async () => {
    const truth = randomItems("grm", 8, 4, 31);
    const sim = simulateResponses(truth, { nPersons: 6000, seed: 32, missingRate: 0.1 });
    const a = calibrate(sim.data, { model: "grm" });
    const b = await calibrateParallel(sim.data, { model: "grm", workers: 2 });
    expect(b.iterations).toBe(a.iterations);
    expect(b.logLik).toBeCloseTo(a.logLik, 6);
    a.items.forEach((it, j) => {
      expect(b.items[j].a).toBeCloseTo(it.a, 8);
      it.d.forEach((d, k) => {
        expect(b.items[j].d[k]).toBeCloseTo(d, 8);
      });
    });
  });
});
