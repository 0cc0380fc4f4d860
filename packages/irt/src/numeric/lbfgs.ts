/**
 * Limited-memory BFGS (Nocedal & Wright 2006, Alg. 7.4/7.5) with a
 * backtracking Armijo line search; a pair (s, y) is kept only when sᵀy > 0.
 */
export interface LbfgsResult {
  x: Float64Array;
  value: number;
  iterations: number;
  converged: boolean;
  gradientMaxAbs: number;
  message: string;
}

export interface LbfgsOptions {
  maxIterations?: number;
  /** Converged when max |∂f/∂x| falls below this. */
  gradientTolerance?: number;
  /** …or when the relative decrease of f over an iteration falls below this. */
  relativeTolerance?: number;
  memory?: number;
  onIteration?: (iteration: number, value: number) => void;
}

export function lbfgs(
  f: (x: Float64Array, grad: Float64Array) => number,
  x0: Float64Array,
  opts: LbfgsOptions = {},
): LbfgsResult {
  const maxIt = opts.maxIterations ?? 5000;
  const gtol = opts.gradientTolerance ?? 1e-6;
  const rtol = opts.relativeTolerance ?? 1e-14;
  const m = opts.memory ?? 12;
  const n = x0.length;
  let x = Float64Array.from(x0);
  let g = new Float64Array(n);
  let fx = f(x, g);
  const S: Float64Array[] = [];
  const Y: Float64Array[] = [];
  const rho: number[] = [];
  const d = new Float64Array(n);
  const alpha = new Array<number>(m).fill(0);
  let xn = new Float64Array(n);
  let gn = new Float64Array(n);
  const maxAbs = (v: Float64Array) => v.reduce((a, b) => Math.max(a, Math.abs(b)), 0);
  let stall = 0;
  for (let it = 1; it <= maxIt; it++) {
    const gmax = maxAbs(g);
    if (gmax < gtol)
      return { x, value: fx, iterations: it - 1, converged: true, gradientMaxAbs: gmax, message: "gradient" };
    // Two-loop recursion: d = −H g.
    for (let i = 0; i < n; i++) d[i] = -g[i];
    for (let k = S.length - 1; k >= 0; k--) {
      let s = 0;
      for (let i = 0; i < n; i++) s += S[k][i] * d[i];
      alpha[k] = rho[k] * s;
      for (let i = 0; i < n; i++) d[i] -= alpha[k] * Y[k][i];
    }
    if (S.length > 0) {
      const k = S.length - 1;
      let yy = 0;
      let sy = 0;
      for (let i = 0; i < n; i++) {
        yy += Y[k][i] * Y[k][i];
        sy += S[k][i] * Y[k][i];
      }
      const scale = sy / yy;
      for (let i = 0; i < n; i++) d[i] *= scale;
    } else {
      const scale = 1 / Math.max(1, Math.sqrt(g.reduce((a, b) => a + b * b, 0)));
      for (let i = 0; i < n; i++) d[i] *= scale;
    }
    for (let k = 0; k < S.length; k++) {
      let s = 0;
      for (let i = 0; i < n; i++) s += Y[k][i] * d[i];
      const beta = rho[k] * s;
      for (let i = 0; i < n; i++) d[i] += (alpha[k] - beta) * S[k][i];
    }
    let slope = 0;
    for (let i = 0; i < n; i++) slope += g[i] * d[i];
    if (!(slope < 0)) {
      // Not a descent direction: restart from steepest descent.
      S.length = 0;
      Y.length = 0;
      rho.length = 0;
      for (let i = 0; i < n; i++) d[i] = -g[i];
      slope = -g.reduce((a, b) => a + b * b, 0);
    }
    let step = 1;
    let fn = Number.POSITIVE_INFINITY;
    for (let ls = 0; ls < 60; ls++) {
      for (let i = 0; i < n; i++) xn[i] = x[i] + step * d[i];
      fn = f(xn, gn);
      if (Number.isFinite(fn) && fn <= fx + 1e-4 * step * slope) break;
      step *= 0.5;
    }
    if (!(fn <= fx)) {
      return {
        x,
        value: fx,
        iterations: it,
        converged: false,
        gradientMaxAbs: gmax,
        message: "line search failed",
      };
    }
    const s = new Float64Array(n);
    const y = new Float64Array(n);
    let sy = 0;
    for (let i = 0; i < n; i++) {
      s[i] = xn[i] - x[i];
      y[i] = gn[i] - g[i];
      sy += s[i] * y[i];
    }
    if (sy > 1e-16) {
      if (S.length === m) {
        S.shift();
        Y.shift();
        rho.shift();
      }
      S.push(s);
      Y.push(y);
      rho.push(1 / sy);
    }
    const rel = (fx - fn) / Math.max(Math.abs(fx), 1e-300);
    [x, xn] = [xn, x];
    [g, gn] = [gn, g];
    fx = fn;
    opts.onIteration?.(it, fx);
    stall = rel < rtol ? stall + 1 : 0;
    if (stall >= 5)
      return {
        x,
        value: fx,
        iterations: it,
        converged: true,
        gradientMaxAbs: maxAbs(g),
        message: "relative change",
      };
  }
  return {
    x,
    value: fx,
    iterations: maxIt,
    converged: false,
    gradientMaxAbs: maxAbs(g),
    message: "iteration cap",
  };
}
