/** `calibrateTirt` / `scoreTirt`: the file contract of `--model tirt` (docs/irt/thurstonian.md "CLI"), end to end. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { InputError } from "../src/cli/csv.ts";
import { calibrateTirt, scoreTirt } from "../src/tirt/cli.ts";
import { generateTirtParams, type TirtParams } from "../src/tirt/params.ts";
import { outcomesToRanking } from "../src/tirt/responses.ts";
import { simulateTirt } from "../src/tirt/simulate.ts";
import { correlation, tripletDesign } from "./fixtures/tirt/designs.ts";

const dir = mkdtempSync(join(tmpdir(), "tirt-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string) => join(dir, name);

describe("tirt CLI commands", () => {
  const design = tripletDesign(3, 12, "mixed");
  const truth = generateTirtParams(design, {
    seed: 41,
    traitCorrelations: [
      [1, 0.3, 0],
      [0.3, 1, 0.2],
      [0, 0.2, 1],
    ],
  });
  const N = 800;
  const sim = simulateTirt(truth, { persons: N, seed: 42, skipRate: 0.05 });
  const P = truth.layout.pairs.length;
  const header = ["id", ...design.blocks.map((b) => b.id)];
  const rows = [header.join(",")];
  for (let p = 0; p < N; p++) {
    const row = sim.outcomes.subarray(p * P, (p + 1) * P);
    rows.push(
      [`PNS-${p + 1}`, ...design.blocks.map((_, b) => outcomesToRanking(truth.layout, b, row))].join(","),
    );
  }
  writeFileSync(file("design.json"), JSON.stringify(design));
  writeFileSync(file("responses.csv"), `${rows.join("\n")}\n`);

  it("calibrates design.json + responses.csv into params.json and scores into scores.csv", async () => {
    const progress: number[] = [];
    await calibrateTirt({
      design: file("design.json"),
      input: file("responses.csv"),
      output: file("params.json"),
      progress: (d) => progress.push(d),
    });
    const params = JSON.parse(readFileSync(file("params.json"), "utf8")) as TirtParams;
    expect(params.model).toBe("tirt");
    expect(params.traits).toEqual(["T1", "T2", "T3"]);
    expect(params.statements).toHaveLength(36);
    expect(params.pairs).toHaveLength(36);
    expect(params.estimation?.converged).toBe(true);
    expect(params.estimation?.persons).toBe(N);
    expect(progress.length).toBeGreaterThan(0);

    for (const method of ["map", "eap"]) {
      await scoreTirt({
        design: file("design.json"),
        params: file("params.json"),
        input: file("responses.csv"),
        output: file(`scores-${method}.csv`),
        method,
      });
      const lines = readFileSync(file(`scores-${method}.csv`), "utf8")
        .trim()
        .split("\n");
      expect(lines[0]).toBe("id,T1,T2,T3,T1_se,T2_se,T3_se");
      expect(lines).toHaveLength(N + 1);
      const cells = lines.slice(1).map((l) => l.split(","));
      expect(cells[0][0]).toBe("PNS-1");
      for (let a = 0; a < 3; a++) {
        const est = cells.map((c) => Number(c[1 + a]));
        const tru = Array.from({ length: N }, (_, p) => sim.eta[p * 3 + a]);
        expect(correlation(est, tru)).toBeGreaterThan(0.85);
        expect(cells.every((c) => Number(c[4 + a]) > 0 && Number(c[4 + a]) < 1)).toBe(true);
      }
    }
  }, 60_000);

  it("reports bad input as InputError in Bahasa Indonesia with English alongside", async () => {
    writeFileSync(file("bad.csv"), `${header.join(",")}\nx,${design.blocks.map(() => "0>1>1").join(",")}\n`);
    const bad = calibrateTirt({
      design: file("design.json"),
      input: file("bad.csv"),
      output: file("o.json"),
    });
    await expect(bad).rejects.toBeInstanceOf(InputError);
    await expect(bad).rejects.toThrow(/Baris 2, kolom "b1"/);

    writeFileSync(file("empty.csv"), `${header.join(",")}\nx,${design.blocks.map(() => "").join(",")}\n`);
    await expect(
      scoreTirt({
        design: file("design.json"),
        params: file("params.json"),
        input: file("empty.csv"),
        output: file("o.csv"),
      }),
    ).rejects.toThrow(/1 peserta tidak menjawab satu blok pun/);

    await expect(
      scoreTirt({
        design: file("design.json"),
        params: file("params.json"),
        input: file("responses.csv"),
        output: file("o.csv"),
        method: "ml",
      }),
    ).rejects.toThrow(/Metode "ml" tidak tersedia/);

    const renamed = structuredClone(design);
    renamed.traits = ["Jujur", "Peduli", "Adil"];
    for (const b of renamed.blocks)
      for (const st of b.statements) st.trait = renamed.traits[Number(st.trait.slice(1)) - 1];
    writeFileSync(file("other.json"), JSON.stringify(renamed));
    await expect(
      scoreTirt({
        design: file("other.json"),
        params: file("params.json"),
        input: file("responses.csv"),
        output: file("o.csv"),
      }),
    ).rejects.toThrow(/Trait pada parameter tidak sama dengan desain/);
    await expect(
      calibrateTirt({ design: file("missing.json"), input: file("responses.csv"), output: file("o.json") }),
    ).rejects.toThrow(/tidak dapat dibaca/);
  });
});
