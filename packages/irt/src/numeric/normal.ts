/**
 * The normal distribution, once for the whole package: density φ, Φ, log Φ,
 * the inverse Mills ratio φ/Φ, Φ⁻¹, and the bivariate normal (density and
 * upper orthant probability).
 *
 * Φ(−a) = e^(−a²/2)·R(a) for a ≥ 0, with the tail ratio R computed
 *   - for a < 3 by Hart's (1968) rational function as given by West (2005),
 *   - for a ≥ 3 by Laplace's continued fraction for Mills' ratio,
 *     R(a) = 1/(√(2π)·(a + 1/(a + 2/(a + 3/(a + …))))), evaluated backwards
 *     from ⌈10 + 300/a²⌉ terms (45 at a = 3, 13 at a = 10),
 * so that Φ in the lower tail and log Φ everywhere keep a relative accuracy
 * of about 1e-14 (R's pnorm as reference, test/numeric-normal.test.ts), with
 * no underflow of log Φ however far out. The upper tail is 1 − Φ(−x).
 *
 * Φ⁻¹ starts from Acklam's rational approximation (relative error 1.2e-9)
 * and takes Halley steps on log Φ(x) = log p, which stay exact where p
 * itself is far below the smallest double Φ can return.
 */

const SQRT2PI = 2.5066282746310002;

/** Standard normal density φ(x). */
export function normalDensity(x: number): number {
  return Math.exp(-0.5 * x * x) / SQRT2PI;
}

/** R(a) = Φ(−a)·e^(a²/2) for a ≥ 0. */
function tailRatio(a: number): number {
  if (a < 3) {
    let b = 3.52624965998911e-2 * a + 0.700383064443688;
    b = b * a + 6.37396220353165;
    b = b * a + 33.912866078383;
    b = b * a + 112.079291497871;
    b = b * a + 221.213596169931;
    b = b * a + 220.206867912376;
    let c = 8.83883476483184e-2 * a + 1.75566716318264;
    c = c * a + 16.064177579207;
    c = c * a + 86.7807322029461;
    c = c * a + 296.564248779674;
    c = c * a + 637.333633378831;
    c = c * a + 793.826512519948;
    c = c * a + 440.413735824752;
    return b / c;
  }
  let f = a;
  for (let k = Math.ceil(10 + 300 / (a * a)); k >= 1; k--) f = a + k / f;
  return 1 / (f * SQRT2PI);
}

/** Φ(x). */
export function normalCdf(x: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  return x <= 0 ? Math.exp(-0.5 * x * x) * tailRatio(-x) : 1 - Math.exp(-0.5 * x * x) * tailRatio(x);
}

/** log Φ(x), finite for every finite x. */
export function logNormalCdf(x: number): number {
  if (x <= 0) return -0.5 * x * x + Math.log(tailRatio(-x));
  return Math.log1p(-Math.exp(-0.5 * x * x) * tailRatio(x));
}

/** Inverse Mills ratio φ(x)/Φ(x) = d log Φ(x)/dx, stable for large negative x. */
export function millsRatio(x: number): number {
  if (x <= 0) return 1 / (SQRT2PI * tailRatio(-x));
  const e = Math.exp(-0.5 * x * x);
  return e / (SQRT2PI * (1 - e * tailRatio(x)));
}

/** Scratch output of `logNormalCdfMills`: the inverse Mills ratio φ(x)/Φ(x). */
export const mills = { value: 0 };

/** log Φ(x), also leaving φ(x)/Φ(x) in `mills.value` (one exponential at most): for hot loops. */
export function logNormalCdfMills(x: number): number {
  if (x <= 0) {
    const r = tailRatio(-x);
    mills.value = 1 / (SQRT2PI * r);
    return -0.5 * x * x + Math.log(r);
  }
  const e = Math.exp(-0.5 * x * x);
  const t = e * tailRatio(x);
  mills.value = e / (SQRT2PI * (1 - t));
  return Math.log1p(-t);
}

/** Acklam's rational approximation of Φ⁻¹(p) for 0 < p ≤ 0.5. */
function acklamLower(p: number): number {
  if (p < 0.02425) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (
      (((((-7.784894002430293e-3 * q - 3.223964580411365e-1) * q - 2.400758277161838) * q -
        2.549732539343734) *
        q +
        4.374664141464968) *
        q +
        2.938163982698783) /
      ((((7.784695709041462e-3 * q + 3.224671290700398e-1) * q + 2.445134137142996) * q + 3.754408661907416) *
        q +
        1)
    );
  }
  const q = p - 0.5;
  const r = q * q;
  return (
    ((((((-3.969683028665376e1 * r + 2.209460984245205e2) * r - 2.759285104469687e2) * r +
      1.38357751867269e2) *
      r -
      3.066479806614716e1) *
      r +
      2.506628277459239) *
      q) /
    (((((-5.447609879822406e1 * r + 1.615858368580409e2) * r - 1.556989798598866e2) * r +
      6.680131188771972e1) *
      r -
      1.328068155288572e1) *
      r +
      1)
  );
}

/** Φ⁻¹(p): ∓∞ at p = 0 / 1, NaN outside [0, 1]. */
export function normalQuantile(p: number): number {
  if (!(p >= 0 && p <= 1)) return Number.NaN;
  if (p === 0) return Number.NEGATIVE_INFINITY;
  if (p === 1) return Number.POSITIVE_INFINITY;
  if (p > 0.5) return -normalQuantile(1 - p);
  const logP = Math.log(p);
  let x = acklamLower(p);
  // Halley on f(x) = log Φ(x) − log p: f' = m, f'' = −m(x + m), m = φ/Φ.
  for (let i = 0; i < 3; i++) {
    const f = logNormalCdfMills(x) - logP;
    const m = mills.value;
    const step = f / m / (1 + (f * (x + m)) / (2 * m));
    x -= step;
    if (Math.abs(step) <= 1e-15 * Math.max(1, Math.abs(x))) break;
  }
  return x;
}

/** Bivariate standard normal density with correlation r. */
export function bivariateNormalDensity(x: number, y: number, r: number): number {
  const s = 1 - r * r;
  return Math.exp(-(x * x - 2 * r * x * y + y * y) / (2 * s)) / (2 * Math.PI * Math.sqrt(s));
}

// Gauss–Legendre abscissae/weights on [−1, 1] (positive halves), 6, 12 and 20 points.
const GL: { x: number[]; w: number[] }[] = [
  {
    x: [0.9324695142031522, 0.6612093864662647, 0.2386191860831969],
    w: [0.1713244923791705, 0.3607615730481384, 0.4679139345726904],
  },
  {
    x: [
      0.9815606342467191, 0.904117256370475, 0.769902674194305, 0.5873179542866171, 0.3678314989981802,
      0.1252334085114692,
    ],
    w: [
      0.04717533638651177, 0.1069393259953183, 0.1600783285433464, 0.2031674267230659, 0.2334925365383547,
      0.2491470458134029,
    ],
  },
  {
    x: [
      0.9931285991850949, 0.9639719272779138, 0.9122344282513259, 0.8391169718222188, 0.7463319064601508,
      0.636053680726515, 0.5108670019508271, 0.3737060887154196, 0.2277858511416451, 0.07652652113349732,
    ],
    w: [
      0.01761400713915212, 0.04060142980038694, 0.06267204833410905, 0.08327674157670475, 0.1019301198172404,
      0.1181945319615184, 0.1316886384491766, 0.1420961093183821, 0.1491729864726037, 0.1527533871307259,
    ],
  },
];

/**
 * Upper orthant probability P(X > h, Y > k) of the standard bivariate normal
 * with correlation r (Drezner & Wesolowsky 1990 with Genz's 2004
 * Gauss–Legendre refinements).
 */
export function bivariateNormalUpper(h: number, k: number, r: number): number {
  const ar = Math.abs(r);
  const g = ar < 0.3 ? GL[0] : ar < 0.75 ? GL[1] : GL[2];
  let hk = h * k;
  let bvn = 0;
  if (ar < 0.925) {
    const hs = (h * h + k * k) / 2;
    const asr = Math.asin(r);
    for (let i = 0; i < g.x.length; i++) {
      for (const sgn of [-1, 1]) {
        const sn = Math.sin((asr * (sgn * g.x[i] + 1)) / 2);
        bvn += g.w[i] * Math.exp((sn * hk - hs) / (1 - sn * sn));
      }
    }
    return (bvn * asr) / (4 * Math.PI) + normalCdf(-h) * normalCdf(-k);
  }
  let kk = k;
  if (r < 0) {
    kk = -k;
    hk = -hk;
  }
  if (ar < 1) {
    const as = (1 - r) * (1 + r);
    let a = Math.sqrt(as);
    const bs = (h - kk) * (h - kk);
    const c = (4 - hk) / 8;
    const d = (12 - hk) / 16;
    bvn =
      a *
      Math.exp(-(bs / as + hk) / 2) *
      (1 - (c * (bs - as) * (1 - (d * bs) / 5)) / 3 + (c * d * as * as) / 5);
    if (hk > -160) {
      const b = Math.sqrt(bs);
      bvn -= Math.exp(-hk / 2) * SQRT2PI * normalCdf(-b / a) * b * (1 - (c * bs * (1 - (d * bs) / 5)) / 3);
    }
    a /= 2;
    for (let i = 0; i < g.x.length; i++) {
      for (const sgn of [-1, 1]) {
        const xs = (a * (sgn * g.x[i] + 1)) ** 2;
        const rs = Math.sqrt(1 - xs);
        bvn +=
          a *
          g.w[i] *
          (Math.exp(-bs / (2 * xs) - hk / (1 + rs)) / rs -
            Math.exp(-(bs / xs + hk) / 2) * (1 + c * xs * (1 + d * xs)));
      }
    }
    bvn = -bvn / (2 * Math.PI);
  }
  if (r > 0) return bvn + normalCdf(-Math.max(h, kk));
  bvn = -bvn;
  if (kk > h) bvn += normalCdf(kk) - normalCdf(h);
  return bvn;
}
