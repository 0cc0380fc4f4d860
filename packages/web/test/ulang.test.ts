/** Which failed queries the web app tries again (src/api/ulang.ts). */
import { describe, expect, it } from "vitest";
import { ApiError } from "../src/api/client.ts";
import { bolehUlang, jedaUlang, ULANG_MAKS } from "../src/api/ulang.ts";

const galat = (status: number, code = `HTTP_${status}`) => new ApiError(status, code, "");

describe("retrying failed queries", () => {
  it("never retries a 4xx answer: the refusal is shown at once", () => {
    for (const status of [400, 401, 403, 404, 409, 422, 429]) {
      expect(bolehUlang(0, galat(status, "BUKAN_PEGAWAI")), `status ${status}`).toBe(false);
    }
  });

  it("retries a network failure and a server error, up to the limit", () => {
    for (const g of [galat(0, "JARINGAN"), galat(500), galat(502), galat(503)]) {
      for (let n = 0; n < ULANG_MAKS; n++) expect(bolehUlang(n, g), `${g.status} try ${n}`).toBe(true);
      expect(bolehUlang(ULANG_MAKS, g)).toBe(false);
    }
  });

  it("does not retry what is not a failed request (a bug in the page's own code)", () => {
    expect(bolehUlang(0, new TypeError("x is undefined"))).toBe(false);
  });

  it("waits twice as long before each new try, at most 30 s", () => {
    expect([0, 1, 2, 3].map(jedaUlang)).toEqual([1000, 2000, 4000, 8000]);
    expect(jedaUlang(10)).toBe(30_000);
  });
});
