import { describe, expect, it } from "vitest";
import { isPeran, NAMA_PERAN, PERAN } from "../src/peran.ts";

describe("peran", () => {
  it("names every role in both languages", () => {
    for (const p of PERAN) {
      expect(NAMA_PERAN[p].id.length).toBeGreaterThan(2);
      expect(NAMA_PERAN[p].en.length).toBeGreaterThan(2);
    }
  });
  it("recognises only known roles", () => {
    expect(isPeran("apip")).toBe(true);
    expect(isPeran("root")).toBe(false);
    expect(isPeran(3)).toBe(false);
  });
});
