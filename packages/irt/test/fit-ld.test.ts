import { describe, expect, it } from "vitest";
import { responsesFromRows } from "../src/estimation/data.ts";
import { calibrate } from "../src/estimation/em.ts";
import { ldX2, yenQ3 } from "../src/fit/localDependence.ts";
import { createRng } from "../src/util/random.ts";
import { eapScores, normalThetas, random2pl, simulate } from "./fit-sim.ts";

/** 2PL data where item 8 copies item 3's answer for 40% of persons (planted dependence). */
function plantedDependence() {
  const rng = createRng(2024);
  const items = random2pl(16, rng);
  const clean = simulate(items, normalThetas(2000, rng), rng);
  const J = items.length;
  const rows = Array.from({ length: clean.nPersons }, (_, p) => {
    const row = Array.from(clean.x.subarray(p * J, (p + 1) * J));
    if (rng.uniform() < 0.4) row[8] = row[3];
    return row;
  });
  return { items, clean, dependent: responsesFromRows(rows) };
}

describe("local dependence", () => {
  const { items, clean, dependent } = plantedDependence();

  it("Q3 flags the planted pair and (almost) nothing else", () => {
    const q = yenQ3(items, dependent, eapScores(items, dependent));
    expect(q.flagged[0]).toMatchObject({ i: 3, j: 8 });
    expect(q.flagged.length).toBeLessThanOrEqual(2);
    // under local independence no pair stands out
    const q0 = yenQ3(items, clean, eapScores(items, clean));
    expect(q0.flagged).toHaveLength(0);
    expect(q0.meanQ3).toBeLessThan(0);
  }, 60_000);

  it("LD-X2 singles out the planted pair with a positive sign", () => {
    // as in practice, with parameters calibrated on the data themselves
    const pairs = ldX2(calibrate(dependent, { model: "2pl" }).items, dependent);
    const worst = pairs.reduce((a, b) => (b.z > a.z ? b : a));
    expect(worst).toMatchObject({ i: 3, j: 8 });
    expect(worst.x2).toBeGreaterThan(0);
    expect(worst.p).toBeLessThan(1e-6);
    // under the model few pairs reach p < 0.05 (Chen & Thissen's X² with df = (K−1)² is
    // conservative once the parameters are estimated: 0.8% of pairs here)
    const p0 = ldX2(calibrate(clean, { model: "2pl" }).items, clean).map((r) => r.p);
    expect(p0.filter((p) => p < 0.05).length / p0.length).toBeLessThan(0.05);
  }, 60_000);
});
