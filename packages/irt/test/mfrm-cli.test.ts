/**
 * `nurani-irt calibrate --model mfrm` end to end (the real bin in a child
 * process): the ratings.csv → params.json contract of docs/irt/mfrm.md, and
 * clear bilingual errors with a non-zero exit for bad files.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { simulateMfrm } from "../src/mfrm/simulate.ts";
import { createRng } from "../src/util/random.ts";

const bin = fileURLToPath(new URL("../bin/nurani-irt.js", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "mfrm-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function calibrate(csv: string, name: string) {
  const input = join(dir, `${name}.csv`);
  const output = join(dir, `${name}.json`);
  writeFileSync(input, csv);
  const r = spawnSync(
    process.execPath,
    [bin, "calibrate", "--model", "mfrm", "--input", input, "--output", output],
    { encoding: "utf8" },
  );
  return { code: r.status, stderr: r.stderr, output };
}

// 60 persons × 4 raters × 5 items, each person rated by 2 raters; scores 0–3.
const rng = createRng(4);
const severity = [-0.6, -0.1, 0.2, 0.5];
const difficulty = [-0.8, -0.3, 0, 0.4, 0.7];
const theta = Array.from({ length: 60 }, () => rng.normal());
const cells = theta.flatMap((_, n) =>
  [n % 4, (n + 1) % 4].flatMap((j) => difficulty.map((_, i) => ({ person: n, elements: [i, j] }))),
);
const scores = simulateMfrm(theta, [difficulty, severity], [-1, 0, 1], cells, rng);
const personId = (n: number) => (n === 0 ? '"Sari, S.Pd."' : `NIP-${1000 + n}`);
const rows = cells.map(
  (c, o) => `${personId(c.person)},penilai ${c.elements[1] + 1},aspek-${c.elements[0] + 1},${scores[o]}`,
);
// One person rated at the top of the scale on everything.
const top = [0, 1].flatMap((j) => difficulty.map((_, i) => `TERBAIK,penilai ${j + 1},aspek-${i + 1},3`));
const good = `person,rater,item,score\n${[...rows, ...top].join("\n")}\n`;

describe("nurani-irt calibrate --model mfrm", { timeout: 120_000 }, () => {
  it("writes the params.json contract: persons, raters, items, thresholds, converged", () => {
    const r = calibrate(good, "good");
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const out = JSON.parse(readFileSync(r.output, "utf8"));
    expect(out.model).toBe("mfrm");
    expect(out.converged).toBe(true);
    expect(out.persons).toHaveLength(61);
    expect(out.persons[0]).toEqual({
      id: "Sari, S.Pd.",
      measure: expect.any(Number),
      se: expect.any(Number),
    });
    expect(Object.keys(out.raters[0]).sort()).toEqual(["id", "infit", "outfit", "se", "severity"]);
    expect(Object.keys(out.items[0]).sort()).toEqual(["difficulty", "id", "se"]);
    expect(out.thresholds).toHaveLength(3);
    const sum = (x: number[]) => x.reduce((a, b) => a + b, 0);
    expect(Math.abs(sum(out.raters.map((r: { severity: number }) => r.severity)))).toBeLessThan(1e-9);
    expect(Math.abs(sum(out.items.map((r: { difficulty: number }) => r.difficulty)))).toBeLessThan(1e-9);
    // The harshest rater (penilai 4) has the highest severity, the mildest (penilai 1) the lowest.
    const sev = (id: string) => out.raters.find((r: { id: string }) => r.id === id).severity;
    expect(sev("penilai 4")).toBeGreaterThan(sev("penilai 1"));
    const best = out.persons.find((p: { id: string }) => p.id === "TERBAIK");
    expect(Number.isFinite(best.measure) && Number.isFinite(best.se)).toBe(true);
    const others = out.persons
      .filter((p: { id: string }) => p.id !== "TERBAIK")
      .map((p: { measure: number }) => p.measure);
    const mean = others.reduce((a: number, b: number) => a + b, 0) / others.length;
    const sd = Math.sqrt(others.reduce((a: number, b: number) => a + (b - mean) ** 2, 0) / others.length);
    expect(best.measure).toBeGreaterThan(mean + 1.5 * sd);
    expect(best.se).toBeGreaterThan(0);
  });

  it("takes the columns in any order and ignores others", () => {
    const reordered = good
      .trim()
      .split("\n")
      .map((line, k) => {
        if (k === 0) return "score,item,catatan,rater,person";
        const cellsOf = line.startsWith('"')
          ? [line.slice(0, line.indexOf('",') + 1), ...line.slice(line.indexOf('",') + 2).split(",")]
          : line.split(",");
        const [p, rater, item, score] = cellsOf;
        return `${score},${item},-,${rater},${p}`;
      })
      .join("\n");
    const a = calibrate(reordered, "reordered");
    expect(a.code).toBe(0);
    const b = JSON.parse(readFileSync(join(dir, "good.json"), "utf8"));
    const c = JSON.parse(readFileSync(a.output, "utf8"));
    expect(c.raters).toEqual(b.raters);
  });

  it("refuses bad files with a message in Bahasa Indonesia then English, exit 2, and writes nothing", () => {
    const cases: [string, string, RegExp, RegExp][] = [
      ["empty", "", /Galat: Berkas penilaian kosong/, /Error: The ratings file is empty/],
      ["header-only", "person,rater,item,score\n", /hanya berisi header/, /no ratings/],
      [
        "no-score",
        "person,rater,item\na,r1,i1\n",
        /Galat: Kolom "score" tidak ada di header/,
        /Error: Column "score" missing/,
      ],
      [
        "fraction",
        "person,rater,item,score\na,r1,i1,2\nb,r1,i1,2.5\n",
        /Galat: Baris 3: skor "2.5" bukan bilangan bulat ≥ 0/,
        /Error: Line 3: score "2.5" is not an integer/,
      ],
      [
        "negative",
        "person,rater,item,score\na,r1,i1,-1\n",
        /skor "-1" bukan bilangan bulat/,
        /not an integer/,
      ],
      ["blank-rater", "person,rater,item,score\na,,i1,1\n", /Baris 2: kolom "rater" kosong/, /is empty/],
      [
        "gap",
        "person,rater,item,score\na,r1,i1,0\nb,r1,i1,3\nc,r1,i1,1\n",
        /Skor 2 tidak pernah dipakai di antara 0 dan 3/,
        /Score 2 is never used/,
      ],
    ];
    for (const [name, csv, id, en] of cases) {
      const r = calibrate(csv, name);
      expect(r.code, name).toBe(2);
      expect(r.stderr, name).toMatch(id);
      expect(r.stderr, name).toMatch(en);
      expect(r.stderr.indexOf("Galat:"), name).toBeLessThan(r.stderr.indexOf("Error:"));
      expect(existsSync(r.output), name).toBe(false);
    }
  });
});
