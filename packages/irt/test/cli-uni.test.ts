/**
 * The real `nurani-irt` bin (node packages/irt/bin/nurani-irt.js) on small
 * files: simulate → calibrate → score round trip against the mirt LSAT7
 * fixture, and the plain errors and exit codes of the CLI contract (docs/irt/core.md "CLI").
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const bin = fileURLToPath(new URL("../bin/nurani-irt.js", import.meta.url));
const fixtures = fileURLToPath(new URL("./fixtures/mirt/", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "nurani-irt-"));

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: "utf8", cwd: dir });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function file(name: string, text: string): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}

/** Calibrates the LSAT7 fixture (2PL) into `name` in the temporary folder; each test calls it for itself. */
function calibrateLsat7(name: string) {
  const params = join(dir, name);
  return {
    params,
    result: run("calibrate", "--model", "2pl", "--input", join(fixtures, "lsat7.csv"), "--output", params),
  };
}

describe("nurani-irt CLI", { timeout: 120_000 }, () => {
  it("calibrate and score LSAT7 reproduce mirt (params.json and scores.csv contract)", () => {
    const { params, result: c } = calibrateLsat7("lsat7.json");
    expect(c.stderr).toBe("");
    expect(c.code).toBe(0);
    const p = JSON.parse(readFileSync(params, "utf8"));
    const ref = JSON.parse(readFileSync(join(fixtures, "lsat7.mirt.json"), "utf8"));
    expect(p.model).toBe("2pl");
    expect(p.converged).toBe(true);
    expect(typeof p.iterations).toBe("number");
    expect(Math.abs(p.logLik - ref.logLik)).toBeLessThan(0.01);
    p.items.forEach((it: { name: string; a: number; d: number[] }, j: number) => {
      expect(it.name).toBe(ref.items[j].name);
      expect(Math.abs(it.a - ref.items[j].a)).toBeLessThan(0.01);
      expect(it.d).toHaveLength(1);
      expect(Math.abs(it.d[0] - ref.items[j].d)).toBeLessThan(0.01);
    });

    const scores = join(dir, "scores.csv");
    const s = run(
      "score",
      "--params",
      params,
      "--input",
      join(fixtures, "lsat7.csv"),
      "--method",
      "eap",
      "--output",
      scores,
    );
    expect(s.code).toBe(0);
    const lines = readFileSync(scores, "utf8").trim().split("\n");
    expect(lines[0]).toBe("id,theta,se");
    expect(lines).toHaveLength(1001);
    lines.slice(1).forEach((line, i) => {
      const [id, theta, se] = line.split(",").map(Number);
      expect(id).toBe(i + 1);
      expect(Math.abs(theta - ref.eap[i])).toBeLessThan(0.01);
      expect(Math.abs(se - ref.eap_se[i])).toBeLessThan(0.01);
    });
  });

  it("simulate writes seeded data that calibrate recovers, ids are kept and missing cells allowed", () => {
    const data = join(dir, "sim.csv");
    const gen = join(dir, "gen.json");
    const a = run(
      "simulate",
      "--model",
      "grm",
      "--items",
      "6",
      "--categories",
      "4",
      "--persons",
      "800",
      "--seed",
      "9",
      "--missing",
      "0.1",
      "--output",
      data,
      "--params-output",
      gen,
    );
    expect(a.code).toBe(0);
    const first = readFileSync(data, "utf8");
    run(
      "simulate",
      "--model",
      "grm",
      "--items",
      "6",
      "--categories",
      "4",
      "--persons",
      "800",
      "--seed",
      "9",
      "--missing",
      "0.1",
      "--output",
      data,
    );
    expect(readFileSync(data, "utf8")).toBe(first);
    expect(first).toMatch(/,,|,\n/);
    const params = join(dir, "sim.json");
    expect(run("calibrate", "--model", "grm", "--input", data, "--output", params).code).toBe(0);
    const est = JSON.parse(readFileSync(params, "utf8"));
    const truth = JSON.parse(readFileSync(gen, "utf8"));
    const errs = est.items.map((it: { a: number }, j: number) => Math.abs(it.a - truth.items[j].a));
    expect(errs.reduce((s: number, e: number) => s + e, 0) / errs.length).toBeLessThan(0.2);
    const withId = file("id.csv", "id,Item.1,Item.2,Item.3,Item.4,Item.5\nP-01,1,0,1,,1\nP-02,0,0,0,0,0\n");
    const out = join(dir, "id-scores.csv");
    const lsat = calibrateLsat7("lsat7-for-ids.json");
    expect(lsat.result.code).toBe(0);
    const m = run("score", "--params", lsat.params, "--input", withId, "--method", "ml", "--output", out);
    expect(m.code).toBe(0);
    const rows = readFileSync(out, "utf8").trim().split("\n");
    expect(rows[1].startsWith("P-01,")).toBe(true);
    expect(rows[2]).toBe("P-02,-Inf,");
  });

  it("explains bad input plainly, in Bahasa Indonesia and English, with exit codes", () => {
    const nonNumeric = file("bad.csv", "i1,i2\n1,0\n0,x\n");
    let r = run("calibrate", "--model", "2pl", "--input", nonNumeric, "--output", join(dir, "o.json"));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Baris 3, kolom "i2"');
    expect(r.stderr).toContain('Line 3, column "i2"');

    const oneCat = file("one.csv", "i1,i2,i3\n1,0,1\n0,0,1\n1,0,0\n");
    r = run("calibrate", "--model", "2pl", "--input", oneCat, "--output", join(dir, "o.json"));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Butir "i2" hanya memiliki satu kategori');
    expect(r.stderr).toContain("only one response category");

    const empty = file("empty.csv", "i1,i2\n1,0\n,\n0,1\n");
    r = run("calibrate", "--model", "2pl", "--input", empty, "--output", join(dir, "o.json"));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Baris 2: orang ini tidak menjawab");
    expect(r.stderr).toContain("answered no item");

    r = run(
      "calibrate",
      "--model",
      "2pl",
      "--input",
      join(fixtures, "sat12.csv"),
      "--output",
      join(dir, "nc.json"),
      "--max-iter",
      "3",
    );
    expect(r.code).toBe(3);
    expect(r.stderr).toContain("tidak konvergen");
    expect(r.stderr).toContain("--max-iter");
    expect(JSON.parse(readFileSync(join(dir, "nc.json"), "utf8")).converged).toBe(false);

    r = run("calibrate", "--model", "4pl", "--input", oneCat, "--output", join(dir, "o.json"));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('model "4pl" tidak dikenal');

    // --model tirt is handed to the forced-choice module, whose errors come back the same way.
    r = run("calibrate", "--model", "tirt", "--input", oneCat, "--output", join(dir, "t.json"));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("--design wajib diisi");
    r = run(
      "calibrate",
      "--model",
      "tirt",
      "--design",
      file("d.json", "{}"),
      "--input",
      oneCat,
      "--output",
      join(dir, "t.json"),
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^Galat: .*\nError: /);

    r = run("frobnicate");
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('perintah "frobnicate" tidak dikenal');
  });
});
