/**
 * Marginal maximum likelihood for the many-facet rating-scale model by EM
 * (Bock & Aitkin 1981) over a quadrature grid for persons ~ N(μ, σ²).
 *
 * Why MML rather than JMLE (Linacre's Facets): JMLE's facet measures are
 * inconsistent with few observations per person and need an ad hoc bias
 * correction, and persons with extreme scores must be dropped or adjusted;
 * MML is consistent, keeps every person, and gives the population mean and
 * SD directly. Persons are then measured by EAP.
 *
 * E-step: posterior of each person over θ_q = μ + σ·z_q (z_q equally spaced
 * on ±6, normal weights). M-step: one Fisher-scoring step for the facet
 * measures and thresholds on the expected complete-data log-likelihood (an
 * exponential family, so the step is well behaved), solved over the sparse
 * cell-wise information by conjugate gradients (mstep.ts) so that thousands
 * of raters cost time linear in the design cells, and closed-form μ, σ from
 * the posterior moments. Converged when no parameter moves more than
 * `tolerance` in an iteration.
 *
 * Standard errors: the cross-product (XPD) of the persons' marginal score
 * vectors over the free parameters, μ and σ (`se.ts`): inverted whole for
 * small models, block-wise (a large facet's diagonal) beyond `EXACT_MAX`.
 */

import { normalQuadrature } from "../numeric/quadrature.ts";
import { expectedInformation, scoringStep } from "./mstep.ts";
import { expandFree, type PackedMfrm, packMfrm } from "./prepare.ts";
import { ratingScaleProbs } from "./ratingScale.ts";
import { standardErrors } from "./se.ts";
import type { MfrmData, MfrmElement, MfrmFit, MfrmOptions, MfrmPerson, Separation } from "./types.ts";

export function fitMfrm(data: MfrmData, options: MfrmOptions = {}): MfrmFit {
  const pk = packMfrm(data);
  const { nPersons, K, nFull, nFree } = pk;
  const quad = normalQuadrature(options.quadPoints ?? 41, 6);
  const tol = options.tolerance ?? 1e-5;
  const maxIter = options.maxIterations ?? 2000;

  // Start: facets at 0, thresholds from the log-odds of adjacent category totals.
  const freq = new Float64Array(K);
  for (const x of pk.obsScore) freq[x]++;
  const beta = new Float64Array(nFree);
  const tau0 = new Float64Array(K - 1);
  for (let h = 0; h < K - 1; h++) tau0[h] = Math.log(freq[h] / freq[h + 1]);
  const tMean = tau0.reduce((s, v) => s + v, 0) / (K - 1);
  for (let h = 0; h < K - 2; h++) beta[nFree - (K - 2) + h] = tau0[h] - tMean;
  let mu = 0;
  let sigma = 1;

  const full = new Float64Array(nFull);
  const post = new Float64Array(nPersons * quad.nodes.length);
  let iterations = 0;
  let converged = false;

  const expand = () => expandFree(pk, beta, full);

  while (iterations < maxIter) {
    iterations++;
    expand();
    const tables = buildTables(pk, full, mu, sigma, quad.nodes);
    const { counts, m1, m2 } = eStep(pk, tables, thetaNodes(mu, sigma, quad.nodes), quad.weights, post, true);
    const step = scoringStep(pk, expectedInformation(pk, tables, counts));
    if (!step) break;
    let maxStep = 0;
    for (const s of step) maxStep = Math.max(maxStep, Math.abs(s));
    const shrink = maxStep > 1 ? 1 / maxStep : 1;
    for (let j = 0; j < nFree; j++) beta[j] += shrink * step[j];
    const newMu = m1 / nPersons;
    const newSigma = Math.sqrt(Math.max(1e-8, m2 / nPersons - newMu * newMu));
    const change = Math.max(maxStep, Math.abs(newMu - mu), Math.abs(newSigma - sigma));
    mu = newMu;
    sigma = newSigma;
    if (change < tol) {
      converged = true;
      break;
    }
  }
  expand();
  const tables = buildTables(pk, full, mu, sigma, quad.nodes);
  const { logLik } = eStep(pk, tables, thetaNodes(mu, sigma, quad.nodes), quad.weights, post, false);
  return summarise(
    data,
    pk,
    full,
    tables,
    mu,
    sigma,
    quad.nodes,
    post,
    logLik,
    iterations,
    converged,
    options,
  );
}

function thetaNodes(mu: number, sigma: number, nodes: Float64Array): Float64Array {
  return nodes.map((z) => mu + sigma * z);
}

/**
 * Category probabilities for every design cell (combination of facet
 * elements) at every node: prob[(c·Q + q)·K + k] with η = μ + σ·z_q − Σ δ,
 * and their logarithms node-innermost, logp[(c·K + k)·Q + q], for the E-step.
 */
export interface Tables {
  Q: number;
  prob: Float64Array;
  logp: Float64Array;
}

function buildTables(
  pk: PackedMfrm,
  full: Float64Array,
  mu: number,
  sigma: number,
  nodes: Float64Array,
): Tables {
  const { K, nFull, nFacets, nCombos } = pk;
  const Q = nodes.length;
  const tau = full.subarray(nFull - (K - 1), nFull);
  const prob = new Float64Array(nCombos * Q * K);
  const logp = new Float64Array(nCombos * Q * K);
  for (let c = 0; c < nCombos; c++) {
    let off = 0;
    for (let f = 0; f < nFacets; f++) off += full[pk.comboElem[c * nFacets + f]];
    for (let q = 0; q < Q; q++) {
      const p = prob.subarray((c * Q + q) * K, (c * Q + q + 1) * K);
      ratingScaleProbs(mu + sigma * nodes[q] - off, tau, p);
      for (let k = 0; k < K; k++) logp[(c * K + k) * Q + q] = Math.log(Math.max(p[k], 1e-300));
    }
  }
  return { Q, prob, logp };
}

/**
 * Writes normalised posteriors into `post`. With `collect`, also returns the
 * expected counts counts[(c·K + x)·Q + q] = Σ_obs in cell c with score x of
 * the posterior at node q (nodes with posterior below 1e-12 skipped), and
 * the posterior moments of θ summed over persons.
 */
function eStep(
  pk: PackedMfrm,
  tables: Tables,
  theta: Float64Array,
  weights: Float64Array,
  post: Float64Array,
  collect: boolean,
) {
  const { K } = pk;
  const { Q, logp } = tables;
  const counts = new Float64Array(collect ? pk.nCombos * K * Q : 0);
  const active = new Int32Array(Q);
  let logLik = 0;
  let m1 = 0;
  let m2 = 0;
  for (let n = 0; n < pk.nPersons; n++) {
    const row = post.subarray(n * Q, (n + 1) * Q);
    row.fill(0);
    for (let o = pk.personStart[n]; o < pk.personStart[n + 1]; o++) {
      const base = (pk.obsCombo[o] * K + pk.obsScore[o]) * Q;
      for (let q = 0; q < Q; q++) row[q] += logp[base + q];
    }
    let max = Number.NEGATIVE_INFINITY;
    for (let q = 0; q < Q; q++) if (row[q] > max) max = row[q];
    let sum = 0;
    for (let q = 0; q < Q; q++) {
      row[q] = weights[q] * Math.exp(row[q] - max);
      sum += row[q];
    }
    for (let q = 0; q < Q; q++) row[q] /= sum;
    logLik += max + Math.log(sum);
    if (!collect) continue;
    let nActive = 0;
    for (let q = 0; q < Q; q++) {
      m1 += row[q] * theta[q];
      m2 += row[q] * theta[q] * theta[q];
      if (row[q] > 1e-12) active[nActive++] = q;
    }
    for (let o = pk.personStart[n]; o < pk.personStart[n + 1]; o++) {
      const base = (pk.obsCombo[o] * K + pk.obsScore[o]) * Q;
      for (let i = 0; i < nActive; i++) counts[base + active[i]] += row[active[i]];
    }
  }
  return { counts, logLik, m1, m2 };
}

function summarise(
  data: MfrmData,
  pk: PackedMfrm,
  full: Float64Array,
  tables: Tables,
  mu: number,
  sigma: number,
  nodes: Float64Array,
  post: Float64Array,
  logLik: number,
  iterations: number,
  converged: boolean,
  options: MfrmOptions,
): MfrmFit {
  const { nPersons, nFacets, K, nFull } = pk;
  const Q = nodes.length;
  const nElem = nFull - (K - 1);
  const tau = full.subarray(nElem, nFull);
  const p = new Float64Array(K);

  // Person EAPs and posterior SDs.
  const eap = new Float64Array(nPersons);
  const psd = new Float64Array(nPersons);
  for (let n = 0; n < nPersons; n++) {
    let m1 = 0;
    let m2 = 0;
    for (let q = 0; q < Q; q++) {
      const th = mu + sigma * nodes[q];
      m1 += post[n * Q + q] * th;
      m2 += post[n * Q + q] * th * th;
    }
    eap[n] = m1;
    psd[n] = Math.sqrt(Math.max(0, m2 - m1 * m1));
  }
  const { seFull, muSe, sigmaSe } = standardErrors(pk, tables, sigma, nodes, post, options.seExactMax);
  // Infit/outfit from standardised residuals at the persons' EAP measures.
  const elemY2 = new Float64Array(nElem);
  const elemW = new Float64Array(nElem);
  const elemZ2 = new Float64Array(nElem);
  const persons: MfrmPerson[] = [];
  for (let n = 0; n < nPersons; n++) {
    let y2 = 0;
    let wSum = 0;
    let z2 = 0;
    for (let o = pk.personStart[n]; o < pk.personStart[n + 1]; o++) {
      let off = 0;
      for (let f = 0; f < nFacets; f++) off += full[pk.obsElem[o * nFacets + f]];
      ratingScaleProbs(eap[n] - off, tau, p);
      let E = 0;
      let E2 = 0;
      for (let k = 1; k < K; k++) {
        E += k * p[k];
        E2 += k * k * p[k];
      }
      const W = E2 - E * E;
      const y = pk.obsScore[o] - E;
      y2 += y * y;
      wSum += W;
      z2 += (y * y) / W;
      for (let f = 0; f < nFacets; f++) {
        const a = pk.obsElem[o * nFacets + f];
        elemY2[a] += y * y;
        elemW[a] += W;
        elemZ2[a] += (y * y) / W;
      }
    }
    const count = pk.personStart[n + 1] - pk.personStart[n];
    persons.push({
      id: data.personIds[n],
      measure: eap[n],
      se: psd[n],
      infit: y2 / wSum,
      outfit: z2 / count,
      count,
    });
  }

  const facets = data.facets.map((f, fi) => {
    const elements: MfrmElement[] = f.levels.map((label, e) => {
      const a = pk.facetStart[fi] + e;
      const count = pk.elementCount[a];
      return {
        label,
        measure: full[a],
        se: f.levels.length > 1 ? seFull[a] : 0,
        infit: elemY2[a] / elemW[a],
        outfit: elemZ2[a] / count,
        count,
      };
    });
    return {
      name: f.name,
      elements,
      separation: separation(
        elements.map((e) => e.measure),
        elements.map((e) => e.se),
      ),
    };
  });

  let vEap = 0;
  let mEap = 0;
  let mPostVar = 0;
  for (let n = 0; n < nPersons; n++) {
    mEap += eap[n] / nPersons;
    mPostVar += (psd[n] * psd[n]) / nPersons;
  }
  for (let n = 0; n < nPersons; n++) vEap += (eap[n] - mEap) ** 2 / nPersons;

  return {
    facets,
    thresholds: Array.from(tau),
    thresholdSe: Array.from(seFull.subarray(nElem, nFull)),
    population: { mean: mu, sd: sigma, meanSe: muSe, sdSe: sigmaSe },
    persons,
    personReliability: vEap / (vEap + mPostVar),
    logLik,
    iterations,
    converged,
  };
}

/** Separation statistics of measures with standard errors (population SD). */
export function separation(measures: readonly number[], ses: readonly number[]): Separation {
  const n = measures.length;
  const mean = measures.reduce((a, b) => a + b, 0) / n;
  const variance = measures.reduce((a, m) => a + (m - mean) ** 2, 0) / n;
  const mse = ses.reduce((a, s) => a + s * s, 0) / n;
  const trueVar = Math.max(0, variance - mse);
  const rmse = Math.sqrt(mse);
  const g = rmse > 0 ? Math.sqrt(trueVar) / rmse : Number.POSITIVE_INFINITY;
  return {
    sd: Math.sqrt(variance),
    rmse,
    trueSd: Math.sqrt(trueVar),
    separation: g,
    reliability: variance > 0 ? trueVar / variance : 0,
    strata: (4 * g + 1) / 3,
  };
}
