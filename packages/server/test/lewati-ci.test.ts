import { describe, expect, it } from "vitest";
import { diCi, noticeLewati, putusanLewati } from "./support/lewati-ci.ts";

const CHROMIUM =
  "\n!!!!!!\n!!  SKIPPED: browser tests — Chromium not found (set CHROMIUM_PATH or apt-get install chromium)\n!!  DILEWATI: uji peramban — Chromium tidak ditemukan\n!!!!!!\n";
const PG = "SKIPPED: PostgreSQL suite (TEST_DATABASE_URL not set) — platform: tenancy\n";
const LAVAAN =
  "SKIPPED tirt-lavaan: Rscript with the lavaan package not found (apt-get install r-cran-lavaan)\n";

describe("CI fails when a suite it must run was skipped", () => {
  it("reads CI=true (and 1) as CI, anything else as a developer's machine", () => {
    expect(diCi({ CI: "true" })).toBe(true);
    expect(diCi({ CI: "1" })).toBe(true);
    expect(diCi({})).toBe(false);
    expect(diCi({ CI: "false" })).toBe(false);
    expect(diCi({ CI: "" })).toBe(false);
  });

  it("fails the CI run on a browser, PostgreSQL or R skip, naming each one", () => {
    for (const notice of [CHROMIUM, PG, LAVAAN]) {
      const p = putusanLewati(["ordinary output", notice], true);
      expect(p.gagal).toBe(true);
      expect(p.pesan).toContain("CI=true");
      expect(p.pesan).toContain(noticeLewati([notice])[0]);
    }
    const semua = putusanLewati([CHROMIUM, PG, LAVAAN], true);
    expect(semua.pesan).toContain("Chromium not found");
    expect(semua.pesan).toContain("TEST_DATABASE_URL not set");
    expect(semua.pesan).toContain("lavaan package not found");
  });

  it("only notes the skips on a developer's machine", () => {
    const p = putusanLewati([CHROMIUM, PG], false);
    expect(p.gagal).toBe(false);
    expect(p.pesan).toContain("Chromium not found");
  });

  it("passes a CI run where nothing was skipped", () => {
    expect(putusanLewati(["✓ 12 tests", "skipped 0"], true)).toEqual({ gagal: false, pesan: null });
  });

  it("lists each notice once, without the !! framing", () => {
    expect(noticeLewati([CHROMIUM, CHROMIUM, PG, PG])).toEqual([
      "SKIPPED: browser tests — Chromium not found (set CHROMIUM_PATH or apt-get install chromium)",
      "SKIPPED: PostgreSQL suite (TEST_DATABASE_URL not set) — platform: tenancy",
    ]);
  });
});
