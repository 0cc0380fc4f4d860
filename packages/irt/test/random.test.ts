import { describe, expect, it } from "vitest";
import { createRng } from "../src/util/random.ts";

describe("createRng", () => {
  it("is reproducible from its seed and differs across seeds", () => {
    const a = createRng(42);
    const b = createRng(42);
    const c = createRng(43);
    const xa = Array.from({ length: 5 }, () => a.uniform());
    expect(Array.from({ length: 5 }, () => b.uniform())).toEqual(xa);
    expect(Array.from({ length: 5 }, () => c.uniform())).not.toEqual(xa);
  });

  it("draws normals with mean 0 and variance 1", () => {
    const r = createRng(7);
    const n = 200_000;
    let s = 0;
    let ss = 0;
    for (let i = 0; i < n; i++) {
      const z = r.normal();
      s += z;
      ss += z * z;
    }
    const mean = s / n;
    expect(Math.abs(mean)).toBeLessThan(0.01);
    expect(Math.abs(ss / n - mean * mean - 1)).toBeLessThan(0.01);
  });

  it("draws uniforms on [0,1) and integers in range", () => {
    const r = createRng(1);
    for (let i = 0; i < 10_000; i++) {
      const u = r.uniform();
      expect(u >= 0 && u < 1).toBe(true);
      const k = r.int(7);
      expect(Number.isInteger(k) && k >= 0 && k < 7).toBe(true);
    }
  });
});
