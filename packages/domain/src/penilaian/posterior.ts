import { logNormalCdfMills, mills, TIRT_MISSING, type TirtModel, tirtPairCoefficients } from "@nurani/irt";

/**
 * Gaussian approximation of each person's posterior of the traits under the
 * reference prior N(0, Φ) by expectation propagation (Minka 2001; for probit
 * likelihoods Kuss & Rasmussen 2005). The scoring likelihood is a product of
 * probits Φ(±(g_j + u_jᵀη)), one per observed pair (engine score.ts), so each
 * pair is one EP site, a Gaussian in the scalar s_j = u_jᵀη: precision τ_j
 * and shift ν_j. A site update matches the mean and variance of
 * cavity × probit, which are closed form, and changes the posterior by a
 * rank-one update. Unlike the Laplace approximation at the mode, EP matches
 * the posterior's mean and spread; on forced-choice data the posterior of
 * the overall level (the integrity composite) is skewed and wider than the
 * curvature at the mode says (docs/penilaian.md).
 *
 * EP starts from the Laplace sites of the MAP pass the scoring already did
 * (`mulai`): at the mode each probit is replaced by its second-order
 * expansion, which reproduces the MAP mode and covariance exactly.
 *
 * With the sites fixed, a prior N(μ, Φ) only adds Φ⁻¹μ to the natural mean,
 * so the posterior under it is N(m + CΦ⁻¹μ, C), linear in μ.
 */
// module constants read once: imported bindings can be getters under a loader (tsx), slow in the site loop
const HILANG = TIRT_MISSING;
const MILLS = mills;
const logPhiMills = logNormalCdfMills;

export interface PosteriorEp {
  persons: number;
  /** persons × T means under N(0, Φ). */
  rerata: Float64Array;
  /** persons × T × T covariances. */
  kovarians: Float64Array;
  /** Persons for whom EP broke down numerically and the start (Laplace, else the prior) was kept. */
  gagal: number[];
}

/**
 * Passes over the pairs (each site updated this many times). From the
 * Laplace sites, 2 passes leave the composite's mean within 3·10⁻³ and its
 * SD within 1·10⁻³ of the converged EP (2,000 persons, form A; the
 * composite's posterior SD is ~0.3).
 */
export const SAPUAN_EP = 2;

/** Start of EP: the MAP mode and Laplace covariance (engine `scoreTirtMap`), i.e. the Laplace sites. */
export interface MulaiEp {
  theta: Float64Array;
  covariance: Float64Array;
}

export function posteriorEp(
  model: TirtModel,
  outcomes: Int8Array,
  persons: number,
  mulai?: MulaiEp,
  sapuan = SAPUAN_EP,
): PosteriorEp {
  const c = tirtPairCoefficients(model);
  const { T, P } = c;
  const out: PosteriorEp = {
    persons,
    rerata: new Float64Array(persons * T),
    kovarians: new Float64Array(persons * T * T),
    gagal: [],
  };
  const { ta, tb, ca: cA, cb: cB, g } = c;
  const tau = new Float64Array(P);
  const nu = new Float64Array(P);
  const v = new Float64Array(T);
  // the covariance is kept in its lower triangle (S[r·T + c], c ≤ r) while sites are updated
  const S = new Float64Array(T * T);
  const m = new Float64Array(T);
  for (let p = 0; p < persons; p++) {
    const off = p * P;
    tau.fill(0);
    nu.fill(0);
    if (mulai) {
      // Laplace sites: the probit's curvature and slope at the mode
      S.set(mulai.covariance.subarray(p * T * T, (p + 1) * T * T));
      m.set(mulai.theta.subarray(p * T, (p + 1) * T));
      for (let j = 0; j < P; j++) {
        const y = outcomes[off + j];
        if (y === HILANG) continue;
        const q = y === 1 ? 1 : -1;
        const s = cA[j] * m[ta[j]] + cB[j] * m[tb[j]];
        const x = q * (g[j] + s);
        logPhiMills(x);
        const r = MILLS.value;
        tau[j] = r * (x + r);
        nu[j] = q * r + tau[j] * s;
      }
    } else {
      S.set(model.phi);
      m.fill(0);
    }
    for (let putaran = 0; putaran < sapuan; putaran++) {
      for (let j = 0; j < P; j++) {
        const y = outcomes[off + j];
        if (y === HILANG) continue;
        const q = y === 1 ? 1 : -1;
        const a = ta[j];
        const b = tb[j];
        const ca = cA[j];
        const cb = cB[j];
        // v = Σu, σ² = uᵀΣu, μ = uᵀm
        for (let k = 0; k < T; k++)
          v[k] = ca * (k >= a ? S[k * T + a] : S[a * T + k]) + cb * (k >= b ? S[k * T + b] : S[b * T + k]);
        const s2 = ca * v[a] + cb * v[b];
        const mu = ca * m[a] + cb * m[b];
        // cavity: remove this site
        const tauC = 1 / s2 - tau[j];
        const nuC = mu / s2 - nu[j];
        const s2C = 1 / tauC;
        const muC = nuC * s2C;
        // moments of cavity × Φ(q(g + s))
        const akar = Math.sqrt(1 + s2C);
        const x = (q * (g[j] + muC)) / akar;
        logPhiMills(x);
        const r = MILLS.value;
        const muH = muC + (q * s2C * r) / akar;
        const s2H = s2C - (s2C * s2C * r * (x + r)) / (1 + s2C);
        const tauBaru = 1 / s2H - tauC;
        const nuBaru = muH / s2H - nuC;
        const dTau = tauBaru - tau[j];
        const dNu = nuBaru - nu[j];
        tau[j] = tauBaru;
        nu[j] = nuBaru;
        // rank-one update (Sherman–Morrison)
        const pembagi = 1 + dTau * s2;
        const k1 = dTau / pembagi;
        const k2 = (dNu - dTau * mu) / pembagi;
        for (let r1 = 0; r1 < T; r1++) {
          m[r1] += k2 * v[r1];
          const f = k1 * v[r1];
          const baris = r1 * T;
          for (let r2 = 0; r2 <= r1; r2++) S[baris + r2] -= f * v[r2];
        }
      }
    }
    const o = p * T * T;
    let sah = true;
    for (let r1 = 0; r1 < T; r1++) sah &&= Number.isFinite(m[r1]) && S[r1 * T + r1] > 0;
    if (!sah) {
      // numerical breakdown (not seen on the national forms): keep the starting Gaussian
      out.gagal.push(p);
      if (mulai) {
        out.rerata.set(mulai.theta.subarray(p * T, (p + 1) * T), p * T);
        out.kovarians.set(mulai.covariance.subarray(o, o + T * T), o);
      } else out.kovarians.set(model.phi, o);
      continue;
    }
    out.rerata.set(m, p * T);
    for (let r1 = 0; r1 < T; r1++)
      for (let r2 = 0; r2 <= r1; r2++) {
        out.kovarians[o + r1 * T + r2] = S[r1 * T + r2];
        out.kovarians[o + r2 * T + r1] = S[r1 * T + r2];
      }
  }
  return out;
}
