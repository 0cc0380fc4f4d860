/**
 * `nurani-irt norms` through the real bin: build a table from a reference
 * file, apply it, save and reuse it, and the plain errors.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseCsv } from "../src/cli/csv.ts";
import { buildNormTable } from "../src/norms/index.ts";
import { createRng } from "../src/util/random.ts";

const bin = fileURLToPath(new URL("../bin/nurani-irt.js", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "nurani-norms-"));

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [bin, "norms", ...args], { encoding: "utf8", cwd: dir });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
function file(name: string, text: string): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}

const rng = createRng(77);
const refScores = Array.from({ length: 500 }, () => 0.2 + 0.9 * rng.normal());
const ref = file("ref.csv", `id,theta\n${refScores.map((v, i) => `r${i},${v}`).join("\n")}\n`);
const input = file("scores.csv", "id,theta,se\np1,-1.5,0.3\np2,0.2,0.31\np3,,\np4,2.4,0.4\n");

describe("nurani-irt norms", { timeout: 120_000 }, () => {
  it("adds percentile, T, stanine and derajat columns matching the library", () => {
    const out = join(dir, "normed.csv");
    const tablePath = join(dir, "norms.json");
    const r = run(
      "--reference",
      ref,
      "--column",
      "theta",
      "--input",
      input,
      "--output",
      out,
      "--save-table",
      tablePath,
    );
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const [header, ...rows] = parseCsv(readFileSync(out, "utf8"));
    expect(header).toEqual([
      "id",
      "theta",
      "se",
      "percentile",
      "t_score",
      "t_normalised",
      "stanine",
      "derajat",
    ]);
    const table = buildNormTable(refScores);
    rows.forEach((row) => {
      expect(row.length).toBe(8);
      if (row[1] === "") {
        expect(row.slice(3)).toEqual(["", "", "", "", ""]);
        return;
      }
      const n = table.apply(Number(row[1]));
      expect(Number(row[3])).toBeCloseTo(n.percentile, 6);
      expect(Number(row[4])).toBeCloseTo(n.tLinear, 6);
      expect(Number(row[5])).toBeCloseTo(n.tNormalised, 6);
      expect(Number(row[6])).toBe(n.stanine);
      expect(Number(row[7])).toBeCloseTo(n.derajat, 6);
    });
    expect(rows[0][0]).toBe("p1");

    const again = join(dir, "again.csv");
    expect(run("--table", tablePath, "--input", input, "--output", again).code).toBe(0);
    expect(readFileSync(again, "utf8")).toBe(readFileSync(out, "utf8"));
  });

  it("says plainly what is wrong, in Bahasa Indonesia then English", () => {
    const bad = file("bad.csv", "id,theta\nx,1.2\ny,abc\n");
    const r1 = run("--reference", ref, "--input", bad, "--output", join(dir, "o.csv"));
    expect(r1.code).toBe(2);
    expect(r1.stderr).toMatch(/Galat: Baris 3 .*"abc" bukan angka/);
    expect(r1.stderr).toMatch(/Error: Line 3 .*is not a number/);
    const r2 = run("--reference", ref, "--column", "skor", "--input", input, "--output", join(dir, "o.csv"));
    expect(r2.code).toBe(2);
    expect(r2.stderr).toMatch(/Kolom "skor" tidak ada/);
    const r3 = run("--input", input, "--output", join(dir, "o.csv"));
    expect(r3.code).toBe(1);
    expect(r3.stderr).toMatch(/--reference atau --table/);
    const flat = file("flat.csv", "theta\n1\n1\n1\n");
    const r4 = run("--reference", flat, "--save-table", join(dir, "t.json"));
    expect(r4.code).toBe(2);
    expect(r4.stderr).toMatch(/tidak bervariasi/);
    const notTable = file("nt.json", '{"kind":"other"}');
    expect(run("--table", notTable, "--input", input, "--output", join(dir, "o.csv")).stderr).toMatch(
      /Tabel norma/,
    );
  });
});
