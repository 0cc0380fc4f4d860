import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { run as runDif } from "../src/cli/dif.ts";
import { run as runFit } from "../src/cli/fit.ts";
import { run as runLink } from "../src/cli/link.ts";
import { transformItems } from "../src/linking/transform.ts";
import { createRng } from "../src/util/random.ts";
import { loadMirtFixture } from "./fit-fixtures.ts";
import { normalThetas, random2pl, simulate } from "./fit-sim.ts";

const fixtures = new URL("./fixtures/mirt/", import.meta.url).pathname;
let dir: string;
let stderr: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "nurani-diag-"));
  stderr = "";
  vi.spyOn(process.stderr, "write").mockImplementation((chunk) => {
    stderr += String(chunk);
    return true;
  });
});
afterEach(() => {
  vi.restoreAllMocks();
});

const csv = (path: string) =>
  readFileSync(path, "utf8")
    .trim()
    .split("\n")
    .map((l) => l.split(","));

describe("nurani-irt fit", () => {
  it("writes mirt's S-X2 for Science (GRM), person fit and local dependence tables", async () => {
    const ref = loadMirtFixture("science_grm");
    const params = join(dir, "params.json");
    writeFileSync(
      params,
      JSON.stringify({ model: "grm", items: ref.items.map(({ name, a, d }) => ({ name, a, d })) }),
    );
    const out = join(dir, "fit.csv");
    expect(await runFit(["--params", params, "--input", `${fixtures}science_grm.csv`, "--output", out])).toBe(
      0,
    );
    const rows = csv(out);
    expect(rows[0]).toEqual(["item", "s_x2", "df", "p", "rmsea"]);
    rows.slice(1).forEach((r, j) => {
      expect(r[0]).toBe(ref.items[j].name);
      expect(Number(r[1])).toBeCloseTo(ref.itemfit?.S_X2[j] as number, 6);
      expect(Number(r[2])).toBe(ref.itemfit?.df[j]);
    });
    const persons = csv(join(dir, "fit.persons.csv"));
    expect(persons[0]).toEqual(["id", "theta", "lz", "lz_star", "p_lz_star", "answered"]);
    expect(persons).toHaveLength(393);
    const ld = csv(join(dir, "fit.ld.csv"));
    expect(ld).toHaveLength(1 + 6);
  }, 60_000);

  it("says in Bahasa Indonesia and English when the data do not match the parameters", async () => {
    const params = join(dir, "params.json");
    writeFileSync(params, JSON.stringify({ model: "2pl", items: [{ name: "X", a: 1, d: [0] }] }));
    const code = await runFit([
      "--params",
      params,
      "--input",
      `${fixtures}lsat7.csv`,
      "--output",
      join(dir, "f.csv"),
    ]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/Galat: Kolom data/);
    expect(stderr).toMatch(/Error: The data columns/);
    expect(await runFit(["--params", params])).toBe(1);
    expect(stderr).toMatch(/--output/);
  });
});

describe("nurani-irt dif", () => {
  it("flags planted DIF from a file with a group column", async () => {
    const rng = createRng(8);
    const items = random2pl(8, rng);
    const focal = items.map((it, j) => (j === 2 ? { ...it, d: [it.d[0] - 1] } : it));
    const ref = simulate(items, normalThetas(600, rng), rng);
    const foc = simulate(focal, normalThetas(600, rng, -0.3, 1), rng);
    const lines = [`grup,${items.map((it) => it.name).join(",")}`];
    for (const [d, g] of [
      [ref, "R"],
      [foc, "F"],
    ] as const) {
      for (let p = 0; p < d.nPersons; p++)
        lines.push(`${g},${Array.from(d.x.subarray(p * 8, p * 8 + 8)).join(",")}`);
    }
    const input = join(dir, "data.csv");
    writeFileSync(input, `${lines.join("\n")}\n`);
    const out = join(dir, "dif.csv");
    const args = [
      "--model",
      "2pl",
      "--input",
      input,
      "--group-column",
      "grup",
      "--focal",
      "F",
      "--output",
      out,
    ];
    expect(await runDif([...args, "--method", "mh"])).toBe(0);
    const rows = csv(out);
    expect(rows[0].slice(0, 6)).toEqual(["item", "mh_delta", "mh_se", "mh_chi2", "mh_p", "ets"]);
    expect(rows[3][0]).toBe("B3");
    expect(rows[3][5]).toBe("C");
    expect(rows.slice(1).filter((r) => r[5] === "C")).toHaveLength(1);
    expect(
      await runDif([...args.slice(0, 4), "--group-column", "kelompok", "--focal", "F", "--output", out]),
    ).toBe(2);
    expect(stderr).toMatch(/Kolom kelompok "kelompok" tidak ada/);
  }, 60_000);
});

describe("nurani-irt link", () => {
  it("recovers a known transformation and writes the linked parameters", async () => {
    const to = random2pl(6, createRng(4)).map((it, j) => ({ ...it, name: `Q${j + 1}` }));
    const from = transformItems(to, { A: 1 / 1.25, B: 0.3 / 1.25 }); // θ_to = 1.25·θ_from − 0.3
    writeFileSync(join(dir, "to.json"), JSON.stringify({ model: "2pl", items: to }));
    writeFileSync(join(dir, "from.json"), JSON.stringify({ model: "2pl", items: from }));
    writeFileSync(join(dir, "anchors.txt"), "# jangkar\nQ1\nQ2\nQ3,Q3\nQ4\n");
    const out = join(dir, "link.json");
    const args = ["--from", join(dir, "from.json"), "--to", join(dir, "to.json"), "--output", out];
    expect(await runLink(["--method", "haebara", ...args, "--anchors", join(dir, "anchors.txt")])).toBe(0);
    const link = JSON.parse(readFileSync(out, "utf8"));
    expect(link.A).toBeCloseTo(1.25, 5);
    expect(link.B).toBeCloseTo(-0.3, 5);
    expect(link.anchors).toHaveLength(4);
    expect(link.items[5].a).toBeCloseTo(to[5].a, 5);
    expect(await runLink(["--method", "equipercentile", ...args])).toBe(1);
  });
});
