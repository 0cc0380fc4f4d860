/**
 * Standard errors of the many-facet calibration from the cross-product (XPD)
 * of the persons' marginal score vectors over the free parameters, μ and σ,
 * mapped to the centred measures (so the last element of a facet gets an SE).
 *
 * Exact — the whole XPD inverted — while the model has at most `exactMax`
 * free parameters (the R eRm cross-check and every small design). Beyond
 * that, block-wise in O(ratings × nodes + persons × b²): a facet with more
 * than `BESAR` elements (the raters of an agency-wide 360, where raters are
 * about as many as persons) keeps only the diagonal of its expected
 * information after eliminating each person's θ (Schur complement
 * I_a − Σ_n I_an²/I_n, I_n including the prior precision 1/σ²), each
 * element's SE from its own ratings with the centring correction
 * Var(δ_a − δ̄) ≈ (1 − 2/J)/I_a + Σ_j (1/I_j)/J² (Wright & Masters 1982, as
 * Facets' model SEs); the small facets, thresholds, μ and σ form one exact
 * block. Covariances between a large facet's elements, and between it and
 * the rest, are left out: with sparse designs they are small (each rater
 * shares few persons with any other).
 */
import { inverseSpd } from "../numeric/linalg.ts";
import type { Tables } from "./estimate.ts";
import type { PackedMfrm } from "./prepare.ts";

/** Free parameters (plus μ, σ) up to which the full XPD is built and inverted. */
export const EXACT_MAX = 400;
/** A facet with more elements than this gets diagonal information in the block-wise mode. */
const BESAR = 200;

export function standardErrors(
  pk: PackedMfrm,
  tables: Tables,
  sigma: number,
  nodes: Float64Array,
  post: Float64Array,
  exactMax = EXACT_MAX,
): { seFull: Float64Array; muSe: number; sigmaSe: number } {
  const { nPersons, nFacets, K, nFull, nFree, facetStart } = pk;
  const Q = nodes.length;
  const nElem = nFull - (K - 1);
  const besar = new Uint8Array(nFull);
  if (nFree + 2 > exactMax)
    for (let f = 0; f < nFacets; f++) {
      const a = facetStart[f];
      const b = f + 1 < nFacets ? facetStart[f + 1] : nElem;
      if (b - a > BESAR) besar.fill(1, a, b);
    }
  // Free columns of the exact block (those touching no large facet), sparse.
  const kolomRows: number[][] = [];
  const kolomT: number[][] = [];
  const barisK: number[][] = Array.from({ length: nFull }, () => []);
  const barisT: number[][] = Array.from({ length: nFull }, () => []);
  for (let j = 0; j < nFree; j++) {
    const rows = [pk.freeRow[j], pk.freeLast[j]];
    const ts = [1, -1];
    if (besar[rows[0]] || besar[rows[1]]) continue;
    const k = kolomRows.length;
    kolomRows.push(rows);
    kolomT.push(ts);
    rows.forEach((i, r) => {
      barisK[i].push(k);
      barisT[i].push(ts[r]);
    });
  }
  const nk = kolomRows.length;
  const P = nk + 2;
  const xpd = new Float64Array(P * P);
  const diag = new Float64Array(nFull);
  const sFull = new Float64Array(nFull);
  const s = new Float64Array(P);
  const cap = new Int32Array(nFull);
  const disentuh: number[] = [];
  // large facets: expected information of each element, and its share with each person (eliminated below)
  const silang = new Float64Array(nFull);
  const schur = new Float64Array(nFull);
  for (let n = 0; n < nPersons; n++) {
    let sMu = 0;
    let sSigma = 0;
    let infoOrang = 1 / (sigma * sigma);
    disentuh.length = 0;
    for (let o = pk.personStart[n]; o < pk.personStart[n + 1]; o++) {
      const c = pk.obsCombo[o];
      const x = pk.obsScore[o];
      for (let f = 0; f < nFacets; f++) {
        const a = pk.obsElem[o * nFacets + f];
        if (cap[a] !== n + 1) {
          cap[a] = n + 1;
          disentuh.push(a);
        }
      }
      let Wo = 0;
      for (let q = 0; q < Q; q++) {
        const w = post[n * Q + q];
        if (w < 1e-14) continue;
        const pq = tables.prob.subarray((c * Q + q) * K, (c * Q + q + 1) * K);
        let E = 0;
        let E2 = 0;
        for (let k = 1; k < K; k++) {
          E += k * pq[k];
          E2 += k * k * pq[k];
        }
        Wo += w * (E2 - E * E);
        const r = w * (x - E);
        sMu += r;
        sSigma += r * nodes[q];
        for (let f = 0; f < nFacets; f++) sFull[pk.obsElem[o * nFacets + f]] -= r;
        let G = 0;
        for (let h = K - 1; h >= 1; h--) {
          G += pq[h];
          sFull[nElem + h - 1] -= w * ((x >= h ? 1 : 0) - G);
        }
      }
      infoOrang += Wo;
      for (let f = 0; f < nFacets; f++) {
        const a = pk.obsElem[o * nFacets + f];
        if (besar[a]) silang[a] += Wo;
      }
    }
    for (let k = 0; k < nk; k++) {
      let v = 0;
      const rows = kolomRows[k];
      const ts = kolomT[k];
      for (let r = 0; r < rows.length; r++) v += ts[r] * sFull[rows[r]];
      s[k] = v;
    }
    s[nk] = sMu;
    s[nk + 1] = sSigma;
    for (let a = 0; a < P; a++) {
      const sa = s[a];
      if (sa === 0) continue;
      for (let b = 0; b < P; b++) xpd[a * P + b] += sa * s[b];
    }
    for (const a of disentuh) {
      if (besar[a]) {
        diag[a] += silang[a];
        schur[a] += (silang[a] * silang[a]) / infoOrang;
        silang[a] = 0;
      }
      sFull[a] = 0;
    }
    sFull.fill(0, nElem, nFull);
  }
  const seFull = new Float64Array(nFull).fill(Number.NaN);
  let muSe = Number.NaN;
  let sigmaSe = Number.NaN;
  const cov = inverseSpd(xpd, P);
  if (cov) {
    for (let i = 0; i < nFull; i++) {
      if (besar[i]) continue;
      const ks = barisK[i];
      const ts = barisT[i];
      let v = 0;
      for (let a = 0; a < ks.length; a++)
        for (let b = 0; b < ks.length; b++) v += ts[a] * cov[ks[a] * P + ks[b]] * ts[b];
      seFull[i] = Math.sqrt(v);
    }
    muSe = Math.sqrt(cov[nk * P + nk]);
    sigmaSe = Math.sqrt(cov[(nk + 1) * P + nk + 1]);
  }
  for (let f = 0; f < nFacets; f++) {
    const a0 = facetStart[f];
    const b0 = f + 1 < nFacets ? facetStart[f + 1] : nElem;
    if (!besar[a0]) continue;
    const J = b0 - a0;
    let jumlah = 0;
    let semua = true;
    for (let a = a0; a < b0; a++) {
      diag[a] -= schur[a];
      if (diag[a] > 0) jumlah += 1 / diag[a];
      else semua = false;
    }
    for (let a = a0; a < b0; a++)
      seFull[a] =
        semua && diag[a] > 0 ? Math.sqrt(Math.max(0, (1 - 2 / J) / diag[a] + jumlah / (J * J))) : Number.NaN;
  }
  return { seFull, muSe, sigmaSe };
}
