/** Linear algebra, quadrature and L-BFGS of the numeric layer (src/numeric/). */
import { describe, expect, it } from "vitest";
import { lbfgs } from "../src/numeric/lbfgs.ts";
import {
  cholesky,
  choleskyInverse,
  choleskyLogDet,
  choleskyRidged,
  choleskySolve,
  inverseSpd,
  logDetSpd,
  solveSpd,
  solveSpdRidged,
} from "../src/numeric/linalg.ts";
import { gridWeights, normalQuadrature, normalWeights, productGrid } from "../src/numeric/quadrature.ts";

// A = L·Lᵀ with L = [[2, 0, 0], [6, 1, 0], [−8, 5, 3]]: det A = (2·1·3)² = 36.
const A = Float64Array.from([4, 12, -16, 12, 37, -43, -16, -43, 98]);
const L = [2, 0, 0, 6, 1, 0, -8, 5, 3];
const INDEFINITE = Float64Array.from([1, 3, 3, 1]); // eigenvalues −2 and 4

function multiply(a: ArrayLike<number>, b: ArrayLike<number>, n: number): Float64Array {
  const out = new Float64Array(n * n);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) for (let k = 0; k < n; k++) out[i * n + j] += a[i * n + k] * b[k * n + j];
  return out;
}

function hilbert(n: number): Float64Array {
  return Float64Array.from({ length: n * n }, (_, e) => 1 / (Math.floor(e / n) + (e % n) + 1));
}

describe("Cholesky and what is built on it", () => {
  it("factors a known matrix exactly", () => {
    expect(Array.from(cholesky(A, 3) ?? [])).toEqual(L);
    expect(logDetSpd(A, 3)).toBeCloseTo(Math.log(36), 14);
    expect(choleskyLogDet(cholesky(A, 3) as Float64Array, 3)).toBeCloseTo(Math.log(36), 14);
  });

  it("solves and inverts", () => {
    const x = [1, -2, 0.5];
    const b = [0, 1, 2].map((i) => A[i * 3] * x[0] + A[i * 3 + 1] * x[1] + A[i * 3 + 2] * x[2]);
    const solved = solveSpd(A, 3, b) as Float64Array;
    solved.forEach((v, i) => {
      expect(v).toBeCloseTo(x[i], 12);
    });
    const product = multiply(A, inverseSpd(A, 3) as Float64Array, 3);
    product.forEach((v, e) => {
      expect(v).toBeCloseTo(e % 4 === 0 ? 1 : 0, 10);
    });
    // Solving in place: the right-hand side buffer receives the solution.
    const inPlace = Float64Array.from(b);
    choleskySolve(cholesky(A, 3) as Float64Array, 3, inPlace, inPlace);
    expect(Array.from(inPlace)).toEqual(Array.from(solved));
  });

  it("solves an ill-conditioned SPD system (Hilbert 8 × 8, condition ≈ 1.5e10) with a small residual", () => {
    const H = hilbert(8);
    const b = Float64Array.from({ length: 8 }, (_, i) => i + 1);
    const x = solveSpd(H, 8, b) as Float64Array;
    for (let i = 0; i < 8; i++) {
      let r = -b[i];
      for (let j = 0; j < 8; j++) r += H[i * 8 + j] * x[j];
      expect(Math.abs(r)).toBeLessThan(1e-7);
    }
  });

  it("reports failure on a matrix that is not positive definite, instead of returning numbers", () => {
    for (const bad of [INDEFINITE, new Float64Array(4), Float64Array.from([1, 0, 0, Number.NaN])]) {
      expect(cholesky(bad, 2)).toBeNull();
      expect(solveSpd(bad, 2, [1, 1])).toBeNull();
      expect(inverseSpd(bad, 2)).toBeNull();
      expect(logDetSpd(bad, 2)).toBeNull();
    }
  });

  it("leaves no number of an earlier factorisation in a reused buffer", () => {
    const out = new Float64Array(9).fill(7);
    expect(cholesky(Float64Array.from([1, 2, 0, 2, 1, 0, 0, 0, 1]), 3, out)).toBeNull();
    expect(Array.from(cholesky(A, 3, out) ?? [])).toEqual(L);
  });

  it("inverts from a factor into a given buffer", () => {
    const out = new Float64Array(9);
    const inv = choleskyInverse(cholesky(A, 3) as Float64Array, 3, out);
    expect(inv).toBe(out);
    expect(Array.from(inv)).toEqual(Array.from(inverseSpd(A, 3) as Float64Array));
  });
});

describe("ridge", () => {
  it("adds no ridge to a positive definite matrix", () => {
    const r = choleskyRidged(A, 3);
    expect(r?.ridge).toBe(0);
    expect(Array.from(solveSpdRidged(A, 3, [1, 2, 3]) ?? [])).toEqual(
      Array.from(solveSpd(A, 3, [1, 2, 3]) ?? []),
    );
  });

  it("takes the first ridge of the schedule that makes the matrix positive definite, and says which", () => {
    // Eigenvalues −2, 4: λ·1 must exceed 2; the default schedule 1e-10, 1e-8, …, 1, 100 stops at 100.
    const r = choleskyRidged(INDEFINITE, 2);
    expect(r?.ridge).toBeCloseTo(100, 6);
    const product = multiply(
      r?.factor ?? [],
      [r?.factor[0], r?.factor[2], r?.factor[1], r?.factor[3]] as number[],
      2,
    );
    expect(Array.from(product).map((v) => Math.round(v * 1e9) / 1e9)).toEqual([101, 3, 3, 101]);
    // Own-diagonal scale max(1, |a_ii|) with λ = 1e-6, 1e-5, …: eigenvalues −1, 9, diag 4 → 4λ > 1 first at λ = 1.
    const own = choleskyRidged(Float64Array.from([4, 5, 5, 4]), 2, { start: 1e-6, growth: 10, scale: "own" });
    expect(own?.ridge).toBeCloseTo(1, 9);
  });

  it("gives up (null) when no ridge of the schedule works", () => {
    expect(choleskyRidged(Float64Array.from([1, Number.NaN, Number.NaN, 1]), 2)).toBeNull();
    expect(solveSpdRidged(INDEFINITE, 2, [1, 1], { limit: 50 })).toBeNull();
  });
});

describe("quadrature", () => {
  it("reproduces the moments of N(μ, σ²) on 61 nodes", () => {
    const { nodes } = normalQuadrature();
    const w = normalWeights(nodes, 0.5, 0.8);
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    nodes.forEach((t, q) => {
      s0 += w[q];
      s1 += w[q] * t;
      s2 += w[q] * t * t;
    });
    expect(s0).toBeCloseTo(1, 14);
    expect(s1).toBeCloseTo(0.5, 10);
    expect(s2 - s1 * s1).toBeCloseTo(0.64, 10);
  });

  it("weights a product grid by N(0, R)", () => {
    const R = Float64Array.from([1, 0.5, 0.5, 1]);
    const grid = productGrid(2, 31, 6);
    expect(grid.size).toBe(961);
    const w = gridWeights(grid, R);
    let xy = 0;
    let xx = 0;
    for (let q = 0; q < grid.size; q++) {
      xy += w[q] * grid.nodes[2 * q] * grid.nodes[2 * q + 1];
      xx += w[q] * grid.nodes[2 * q] ** 2;
    }
    expect(xx).toBeCloseTo(1, 6);
    expect(xy).toBeCloseTo(0.5, 6);
    expect(() => gridWeights(grid, INDEFINITE)).toThrow(/tidak definit positif/);
  });
});

describe("L-BFGS", () => {
  const rosenbrock = (x: Float64Array, g: Float64Array) => {
    let f = 0;
    g.fill(0);
    for (let i = 0; i < x.length - 1; i++) {
      const a = x[i + 1] - x[i] * x[i];
      const b = 1 - x[i];
      f += 100 * a * a + b * b;
      g[i] += -400 * x[i] * a - 2 * b;
      g[i + 1] += 200 * a;
    }
    return f;
  };

  it("finds the minimum of the Rosenbrock function from (−1.2, 1) and in 10 dimensions", () => {
    const two = lbfgs(rosenbrock, Float64Array.from([-1.2, 1]), { gradientTolerance: 1e-8 });
    expect(two.converged).toBe(true);
    expect(two.x[0]).toBeCloseTo(1, 6);
    expect(two.x[1]).toBeCloseTo(1, 6);
    const ten = lbfgs(rosenbrock, new Float64Array(10).fill(-1), { gradientTolerance: 1e-8 });
    expect(ten.converged).toBe(true);
    for (const v of ten.x) expect(v).toBeCloseTo(1, 5);
    expect(ten.value).toBeLessThan(1e-10);
  });

  it("minimises a convex quadratic with a known solution", () => {
    // f = ½xᵀAx − bᵀx, minimum at A⁻¹b.
    const b = [1, -1, 2];
    const res = lbfgs(
      (x, g) => {
        let f = 0;
        for (let i = 0; i < 3; i++) {
          g[i] = -b[i];
          for (let j = 0; j < 3; j++) g[i] += A[i * 3 + j] * x[j];
          f += 0.5 * x[i] * (g[i] - b[i]);
        }
        return f;
      },
      new Float64Array(3),
      { gradientTolerance: 1e-10 },
    );
    const exact = solveSpd(A, 3, b) as Float64Array;
    res.x.forEach((v, i) => {
      expect(v).toBeCloseTo(exact[i], 7);
    });
  });

  it("says when it stopped at the iteration cap", () => {
    const res = lbfgs(rosenbrock, Float64Array.from([-1.2, 1]), { maxIterations: 3 });
    expect(res.converged).toBe(false);
    expect(res.message).toBe("iteration cap");
    expect(res.iterations).toBe(3);
  });
});
