import { createHash } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cariNonce, nolDepan, sha256 } from "../src/pages/komunitas/sha256.ts";

const hex = (b: Uint8Array) => Buffer.from(b).toString("hex");

describe("the survey page's SHA-256", () => {
  it("matches Node's crypto on known and arbitrary strings (property)", () => {
    expect(hex(sha256(""))).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    expect(hex(sha256("abc"))).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 200 }), (s) => {
        expect(hex(sha256(s))).toBe(createHash("sha256").update(s).digest("hex"));
      }),
      { numRuns: 500 },
    );
  });

  it("finds a nonce the server will accept", async () => {
    const t = "eyJrIjoiWCJ9.sig";
    const n = await cariNonce(t, 12);
    expect(nolDepan(createHash("sha256").update(`${t}:${n}`).digest())).toBeGreaterThanOrEqual(12);
  });
});
