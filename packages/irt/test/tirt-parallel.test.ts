/** Thurstonian MAP scoring on worker threads must give exactly the single-thread result. */
import { describe, expect, it } from "vitest";
import { createTirtScoringPool, scoreMapParallel } from "../src/tirt/parallel.ts";
import { generateTirtParams } from "../src/tirt/params.ts";
import { scoreMap } from "../src/tirt/score.ts";
import { simulateTirt } from "../src/tirt/simulate.ts";
import { traitCorrelations, tripletDesign } from "./fixtures/tirt/designs.ts";

describe("parallel Thurstonian MAP scoring", () => {
  const design = tripletDesign(4, 8, "mixed");
  const truth = generateTirtParams(design, { seed: 11, traitCorrelations: traitCorrelations(4) });
  const persons = 701;
  const sim = simulateTirt(truth, { persons, seed: 12 });

  it("a pool of 2 workers returns the single-thread scores bit for bit, persons in order", {
    timeout: 60_000,
  }, async () => {
    const one = scoreMap(truth, sim.outcomes, persons);
    const pool = await createTirtScoringPool(2);
    try {
      const two = await pool.scoreMap(truth, sim.outcomes, persons);
      expect(two.persons).toBe(persons);
      expect(two.traits).toBe(4);
      expect(Array.from(two.theta)).toEqual(Array.from(one.theta));
      expect(Array.from(two.se)).toEqual(Array.from(one.se));
      expect(Array.from(two.covariance)).toEqual(Array.from(one.covariance));
      expect(Array.from(two.converged)).toEqual(Array.from(one.converged));
      // The caller's outcomes are not detached by the transfer to the workers.
      expect(sim.outcomes.length).toBe(persons * truth.layout.pairs.length);
    } finally {
      await pool.close();
    }
  });

  it("the one-off helper agrees too, and small jobs stay in the calling thread", {
    timeout: 60_000,
  }, async () => {
    const one = scoreMap(truth, sim.outcomes, persons);
    const two = await scoreMapParallel(truth, sim.outcomes, persons, 2);
    expect(Array.from(two.theta)).toEqual(Array.from(one.theta));
    const few = await scoreMapParallel(
      truth,
      sim.outcomes.subarray(0, 10 * truth.layout.pairs.length),
      10,
      2,
    );
    expect(Array.from(few.theta)).toEqual(Array.from(one.theta.subarray(0, 40)));
  });
});
