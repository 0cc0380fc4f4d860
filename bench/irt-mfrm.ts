/**
 * Many-facet Rasch calibration of ratings (docs/irt/mfrm.md) at the size of
 * a rater-correction job: 10,000 persons × 6 raters × 12 items, 5
 * categories, (a) every rater rating every person on every item (720,000
 * ratings) and (b) each person rated by 2 of the 6 raters (240,000 ratings);
 * with `--pool`, instead (c) each person rated by 6 of a pool of persons/4
 * raters (a 360 among colleagues: 2,500 raters, 720,000 ratings).
 * Prints wall and CPU time of `calibrateRatings` and `raterEffects`, EM
 * iterations, and recovery (correlation with the generating values), with
 * the load average, since the machine may be shared.
 *
 *   npx tsx bench/irt-mfrm.ts [--quick] [--pool]     (--quick: 2,000 persons)
 */
import { loadavg } from "node:os";
import { raterEffects } from "../packages/irt/src/mfrm/raters.ts";
import { calibrateRatings, type Rating } from "../packages/irt/src/mfrm/ratings.ts";
import { simulateMfrm } from "../packages/irt/src/mfrm/simulate.ts";
import { createRng } from "../packages/irt/src/util/random.ts";
import { pearson } from "../packages/irt/src/util/stats.ts";

const persons = process.argv.includes("--quick") ? 2000 : 10_000;

function timed<T>(f: () => T): { value: T; wall: number; cpu: number } {
  const c0 = process.cpuUsage();
  const w0 = performance.now();
  const value = f();
  const c = process.cpuUsage(c0);
  return { value, wall: (performance.now() - w0) / 1000, cpu: (c.user + c.system) / 1e6 };
}

console.log(
  `load average ${loadavg()
    .map((v) => v.toFixed(2))
    .join(" ")}; node ${process.version}`,
);

const rng = createRng(2026);
const centred = (x: number[]) => x.map((v) => v - x.reduce((a, b) => a + b, 0) / x.length);
const pool = process.argv.includes("--pool");
const severity = pool
  ? centred(Array.from({ length: persons / 4 }, () => 0.5 * rng.normal()))
  : centred([-0.7, -0.3, 0, 0.15, 0.35, 0.6]);
const difficulty = centred(Array.from({ length: 12 }, (_, i) => -1.1 + (2.2 * i) / 11));
const theta = Array.from({ length: persons }, () => rng.normal());

/** Six distinct raters from the pool for one person. */
const sixOfPool = () => {
  const s = new Set<number>();
  while (s.size < 6) s.add(Math.floor(rng.uniform() * severity.length));
  return [...s];
};
const designs = pool ? (["6 of the pool"] as const) : (["all 6 raters", "2 of 6 raters"] as const);
for (const design of designs) {
  const cells = theta.flatMap((_, n) =>
    (design === "all 6 raters"
      ? [0, 1, 2, 3, 4, 5]
      : design === "2 of 6 raters"
        ? [n % 6, (n + 1) % 6]
        : sixOfPool()
    ).flatMap((j) => difficulty.map((_, i) => ({ person: n, elements: [i, j] }))),
  );
  const scores = simulateMfrm(theta, [difficulty, severity], [-1.6, -0.5, 0.5, 1.6], cells, rng);
  const ratings: Rating[] = cells.map((c, o) => ({
    person: `P${c.person}`,
    rater: `R${c.elements[1]}`,
    item: `I${c.elements[0]}`,
    score: scores[o],
  }));
  const cal = timed(() => calibrateRatings(ratings));
  const effects = timed(() => raterEffects(ratings, cal.value));
  const fit = cal.value;
  const sev = severity.map((_, j) => fit.raters.find((r) => r.id === `R${j}`)?.severity as number);
  console.log(
    `mfrm ${persons.toLocaleString("en")} persons × ${severity.length} raters × 12 items, ${design} (${ratings.length.toLocaleString("en")} ratings): ` +
      `calibrate ${cal.wall.toFixed(1)} s wall / ${cal.cpu.toFixed(1)} s CPU, ${fit.estimation.iterations} EM iterations, converged ${fit.converged}; ` +
      `rater effects ${effects.wall.toFixed(1)} s wall / ${effects.cpu.toFixed(1)} s CPU; ` +
      `r(severity) ${pearson(sev, severity).toFixed(4)}, max |Δseverity| ${Math.max(...sev.map((v, j) => Math.abs(v - severity[j]))).toFixed(3)}, ` +
      `r(person) ${pearson(
        fit.persons.map((p) => p.measure),
        theta,
      ).toFixed(3)}`,
  );
}
