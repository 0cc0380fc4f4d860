/**
 * Recovery and speed figures for the norms/CAT/many-facet/MIRT modules of
 * @nurani/irt (docs/irt/norms-cat-mfrm-mirt.md). Run with
 *   npx tsx bench/irt-norms-cat-mfrm-mirt.ts [--quick]
 * Seeded; prints bias/RMSE against generating values, CPU and wall time,
 * and the load average (the machine may be shared).
 */
import { loadavg } from "node:os";
import {
  type CatItem,
  calibrateSympsonHetter,
  ExposureTracker,
  simulateCat,
} from "../packages/irt/src/cat/index.ts";
import { fitMfrm, type MfrmCell, simulateMfrm } from "../packages/irt/src/mfrm/index.ts";
import {
  drawLatent,
  eapScoresMirt,
  fitMirt,
  type MirtParams,
  mapScoresMirt,
  simulateMirt,
} from "../packages/irt/src/mirt/index.ts";
import { buildNormTable } from "../packages/irt/src/norms/index.ts";
import { randomItems } from "../packages/irt/src/sim/simulate.ts";
import { createRng } from "../packages/irt/src/util/random.ts";
import { pearson } from "../packages/irt/src/util/stats.ts";

const quick = process.argv.includes("--quick");
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
function timed<T>(f: () => T): { value: T; wall: number; cpu: number } {
  const w0 = performance.now();
  const c0 = cpu();
  const value = f();
  return { value, wall: performance.now() - w0, cpu: cpu() - c0 };
}
const mean = (x: readonly number[]) => x.reduce((a, b) => a + b, 0) / x.length;
const bias = (est: readonly number[], gen: readonly number[]) => mean(est.map((v, i) => v - gen[i]));
const rmse = (est: readonly number[], gen: readonly number[]) =>
  Math.sqrt(mean(est.map((v, i) => (v - gen[i]) ** 2)));
const f3 = (v: number) => v.toFixed(3);
const centred = (x: number[]) => x.map((v) => v - mean(x));

console.log(
  `load average ${loadavg()
    .map((v) => v.toFixed(2))
    .join(" ")}`,
);

// Norms: building and applying a national-size table.
{
  const rng = createRng(1);
  const ref = Float64Array.from({ length: 100_000 }, () => rng.normal());
  const b = timed(() => buildNormTable(ref));
  const a = timed(() => {
    let s = 0;
    for (let i = 0; i < 100_000; i++) s += b.value.apply(ref[i]).derajat;
    return s;
  });
  console.log(
    `norms: build N=100,000 ${b.wall.toFixed(0)} ms wall; apply 100,000 scores ${a.wall.toFixed(0)} ms; JSON ${(JSON.stringify(b.value).length / 1e6).toFixed(1)} MB`,
  );
}

// Many-facet Rasch: 400 persons × 8 criteria × 2 of 6 raters, K = 5.
{
  const reps = quick ? 2 : 10;
  const criteria = centred([-1.1, -0.8, -0.45, -0.1, 0.2, 0.5, 0.8, 1.05]);
  const raters = centred([-0.8, -0.4, -0.1, 0.2, 0.45, 0.65]);
  const tau = [-1.6, -0.5, 0.4, 1.7];
  const est = {
    c: [] as number[],
    r: [] as number[],
    t: [] as number[],
    gc: [] as number[],
    gr: [] as number[],
    gt: [] as number[],
  };
  const z: number[] = [];
  let cpuMs = 0;
  let iters = 0;
  for (let rep = 0; rep < reps; rep++) {
    const rng = createRng(1000 + rep);
    const theta = Array.from({ length: 400 }, () => 0.3 + 1.1 * rng.normal());
    const cells: MfrmCell[] = [];
    for (let n = 0; n < 400; n++)
      for (let i = 0; i < 8; i++)
        cells.push({ person: n, elements: [i, n % 6] }, { person: n, elements: [i, (n + 1) % 6] });
    const scores = simulateMfrm(theta, [criteria, raters], tau, cells, rng);
    const t = timed(() =>
      fitMfrm({
        personIds: theta.map((_, n) => `P${n}`),
        facets: [
          { name: "aspek", levels: criteria.map((_, i) => `A${i}`) },
          { name: "penilai", levels: raters.map((_, j) => `R${j}`) },
        ],
        categories: 5,
        observations: cells.map((c, o) => ({ ...c, score: scores[o] })),
      }),
    );
    cpuMs += t.cpu;
    iters += t.value.iterations;
    const [a, r] = t.value.facets;
    a.elements.forEach((e, i) => {
      est.c.push(e.measure);
      est.gc.push(criteria[i]);
      z.push((e.measure - criteria[i]) / e.se);
    });
    r.elements.forEach((e, j) => {
      est.r.push(e.measure);
      est.gr.push(raters[j]);
      z.push((e.measure - raters[j]) / e.se);
    });
    est.t.push(...t.value.thresholds);
    est.gt.push(...tau);
  }
  console.log(
    `mfrm (${reps} replications, 6,400 ratings each): criteria bias ${f3(bias(est.c, est.gc))} RMSE ${f3(rmse(est.c, est.gc))}; raters bias ${f3(bias(est.r, est.gr))} RMSE ${f3(rmse(est.r, est.gr))}; thresholds bias ${f3(bias(est.t, est.gt))} RMSE ${f3(rmse(est.t, est.gt))}; SD of (est−true)/SE ${f3(Math.sqrt(mean(z.map((v) => v * v))))}; ${(cpuMs / reps).toFixed(0)} ms CPU and ${(iters / reps).toFixed(0)} EM iterations per fit`,
  );
}

// Confirmatory MIRT: 3 correlated factors, 24 items (16 2PL, 8 graded), N = 1,500.
{
  const reps = quick ? 1 : 3;
  const R = [
    [1, 0.4, 0.3],
    [0.4, 1, 0.55],
    [0.3, 0.55, 1],
  ];
  const a: number[][] = [[], []];
  const d: number[][] = [[], []];
  const r: number[][] = [[], []];
  const thetaCorr: number[] = [];
  const z: { a: number[]; d: number[]; r: number[] } = { a: [], d: [], r: [] };
  const ratio: number[] = [];
  for (let rep = 0; rep < reps; rep++) {
    const rng = createRng(3 + rep);
    const items: MirtParams["items"] = [];
    for (let j = 0; j < 24; j++) {
      const dim = j % 3;
      const slopes = [0, 0, 0];
      slopes[dim] = 0.9 + 0.9 * rng.uniform();
      if (j === 3 || j === 10) slopes[(dim + 1) % 3] = 0.6;
      const b = -1.2 + 2.4 * rng.uniform();
      const graded = j >= 15;
      items.push({
        name: `I${j}`,
        model: graded ? "graded" : "2pl",
        a: slopes,
        d: graded ? [1.6 + b, 0.2 + b, -1.4 + b] : [b],
      });
    }
    const truth: MirtParams = { model: "mirt-cfa", dimensions: ["F1", "F2", "F3"], items, correlations: R };
    const theta = drawLatent(R, 1500, rng);
    const resp = simulateMirt(truth, theta, rng);
    const spec = {
      dimensions: truth.dimensions,
      items: items.map((it) => ({
        name: it.name,
        model: it.model,
        loads: it.a.flatMap((v, k) => (v ? [k] : [])),
      })),
    };
    for (const points of [11, 15]) {
      const t = timed(() => fitMirt(spec, resp, { pointsPerDimension: points }));
      const s = timed(() => eapScoresMirt(t.value, resp, { pointsPerDimension: points }));
      const m = timed(() => mapScoresMirt(t.value, resp));
      console.log(
        `mirt rep ${rep + 1}, ${points}^3 grid: fit ${t.cpu.toFixed(0)} ms CPU (${t.wall.toFixed(0)} wall), ${t.value.iterations} iterations, converged ${t.value.converged}; EAP ${s.cpu.toFixed(0)} ms, MAP ${m.cpu.toFixed(0)} ms CPU for 1,500 persons`,
      );
      const slot = points === 11 ? 0 : 1;
      t.value.items.forEach((it, j) => {
        it.a.forEach((v, k) => {
          if (items[j].a[k]) {
            a[slot].push(v);
            a[slot].push(items[j].a[k]);
          }
        });
        it.d.forEach((v, k) => {
          d[slot].push(v);
          d[slot].push(items[j].d[k]);
        });
      });
      for (let p = 0; p < 3; p++)
        for (let q = p + 1; q < 3; q++) {
          r[slot].push(t.value.correlations[p][q]);
          r[slot].push(R[p][q]);
        }
      const se = t.value.se;
      if (points === 15 && se) {
        t.value.items.forEach((it, j) => {
          it.a.forEach((v, k) => {
            if (items[j].a[k]) z.a.push((v - items[j].a[k]) / se.items[j].a[k]);
          });
          it.d.forEach((v, k) => {
            z.d.push((v - items[j].d[k]) / se.items[j].d[k]);
          });
        });
        for (let p = 0; p < 3; p++)
          for (let q = p + 1; q < 3; q++)
            z.r.push((t.value.correlations[p][q] - R[p][q]) / se.correlations[p][q]);
      }
      if (points === 15)
        for (let k = 0; k < 3; k++) {
          const truthK = theta.map((x) => x[k]);
          const eapK = s.value.theta.map((x) => x[k]);
          thetaCorr.push(pearson(eapK, truthK));
          ratio.push(rmse(eapK, truthK) / Math.sqrt(mean(s.value.se.map((x) => x[k] ** 2))));
        }
    }
  }
  const split = (x: number[]) => [x.filter((_, i) => i % 2 === 0), x.filter((_, i) => i % 2 === 1)];
  [11, 15].forEach((points, slot) => {
    const [ea, ga] = split(a[slot]);
    const [ed, gd] = split(d[slot]);
    const [er, gr] = split(r[slot]);
    console.log(
      `mirt ${points}^3 (${reps} reps): slopes bias ${f3(bias(ea, ga))} RMSE ${f3(rmse(ea, ga))}; intercepts bias ${f3(bias(ed, gd))} RMSE ${f3(rmse(ed, gd))}; correlations bias ${f3(bias(er, gr))} RMSE ${f3(rmse(er, gr))}`,
    );
  });
  const rms = (x: number[]) => Math.sqrt(mean(x.map((v) => v * v)));
  console.log(
    `mirt XPD SEs (15^3): RMS of (est − true)/SE slopes ${f3(rms(z.a))}, intercepts ${f3(rms(z.d))}, correlations ${f3(rms(z.r))}`,
  );
  console.log(
    `mirt EAP vs true θ (15^3): correlation per factor ${thetaCorr.map(f3).join(" ")}; RMSE / RMS(SE) ${ratio.map(f3).join(" ")}`,
  );
}

// CAT: pool of 300 (200 2PL, 100 GRM-5), 1,000 simulees θ ~ N(0, 1), SE target 0.3, max 50 items.
{
  const pool: CatItem[] = [...randomItems("2pl", 200, 2, 11), ...randomItems("grm", 100, 5, 12)];
  const rng = createRng(1);
  const thetas = Float64Array.from({ length: quick ? 300 : 1000 }, () => rng.normal());
  const base = { seTarget: 0.3, maxItems: 50 };
  const report = (label: string, opts: Parameters<typeof simulateCat>[2]) => {
    const t = timed(() => simulateCat(pool, thetas, opts, createRng(2)));
    const sim = t.value;
    const est = sim.results.map((x) => x.theta);
    const reached = sim.results.filter((x) => x.stopReason === "se").length / thetas.length;
    console.log(
      `cat ${label}: mean length ${sim.meanLength.toFixed(1)}, reached SE ${(100 * reached).toFixed(1)}%, corr ${f3(pearson(est, thetas))}, RMSE ${f3(rmse(est, Array.from(thetas)))}, max exposure ${f3(Math.max(...sim.exposure))}, ${(t.cpu / thetas.length).toFixed(2)} ms CPU per simulee`,
    );
  };
  report("MFI+EAP", base);
  report("KLP+EAP", { ...base, selection: "kl" });
  report("MFI+MAP", { ...base, estimator: "map" });
  report("random items", { ...base, selection: "random" });
  report("MFI randomesque-5", { ...base, exposure: { method: "randomesque", size: 5 } });
  for (const rMax of [0.2, 0.25]) {
    const tracker = new ExposureTracker(pool.length);
    report(`MFI restricted ${rMax}`, { ...base, exposure: { method: "restricted", rMax, tracker } });
    const t = timed(() =>
      calibrateSympsonHetter(pool, base, { rMax, simulees: 500, rounds: 10 }, createRng(3)),
    );
    console.log(
      `sympson-hetter r_max ${rMax}: calibration ${(t.cpu / 1000).toFixed(1)} s CPU (10 rounds × 500)`,
    );
    report(`MFI sympson-hetter ${rMax}`, { ...base, exposure: { method: "sympson-hetter", k: t.value.k } });
  }
}
