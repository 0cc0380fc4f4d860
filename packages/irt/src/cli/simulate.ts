/**
 * `nurani-irt simulate --model 2pl --items 20 --persons 1000 --seed 1 --output data.csv`
 * Seeded data from known parameters: either `--params params.json` (as
 * written by calibrate) or random items (`--items`, `--categories`), whose
 * generating values can be saved with `--params-output`; true θ with
 * `--theta-output`.
 */
import { parseArgs } from "node:util";
import { type ItemParams, isModelName } from "../models/types.ts";
import { randomItems, simulateResponses } from "../sim/simulate.ts";
import { formatCsv } from "./csv.ts";
import { readParams, writeText } from "./files.ts";
import { EXIT, UsageError } from "./output.ts";
import { parseNumber, required } from "./shared.ts";

export const simulateHelp = `nurani-irt simulate --model rasch|2pl|3pl|grm|gpcm --output data.csv
  [--params params.json | --items 20 --categories 4] [--persons 1000] [--seed 1]
  [--missing 0.1] [--params-output generating.json] [--theta-output theta.csv]`;

export async function runSimulate(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      model: { type: "string" },
      params: { type: "string" },
      items: { type: "string" },
      categories: { type: "string" },
      persons: { type: "string" },
      seed: { type: "string" },
      missing: { type: "string" },
      output: { type: "string" },
      "params-output": { type: "string" },
      "theta-output": { type: "string" },
    },
    strict: true,
  });
  const output = required(values.output, "--output");
  const seed = parseNumber(values.seed, "--seed") ?? 1;
  const nPersons = parseNumber(values.persons, "--persons") ?? 1000;
  const missingRate = parseNumber(values.missing, "--missing") ?? 0;
  if (!(Number.isInteger(nPersons) && nPersons > 0) || !(missingRate >= 0 && missingRate < 1)) {
    throw new UsageError(
      "--persons harus bilangan bulat positif dan --missing di antara 0 dan 1.",
      "--persons must be a positive integer and --missing between 0 and 1.",
    );
  }
  let items: ItemParams[];
  let variance = 1;
  if (values.params) {
    const p = await readParams(values.params);
    items = p.items;
    variance = p.latentVariance ?? 1;
  } else {
    const model = required(values.model, "--model");
    if (!isModelName(model)) {
      throw new UsageError(
        `model "${model}" tidak dikenal; pilih rasch, 2pl, 3pl, grm atau gpcm.`,
        `unknown model "${model}"; choose rasch, 2pl, 3pl, grm or gpcm.`,
      );
    }
    const nItems = parseNumber(values.items, "--items") ?? 20;
    const K = parseNumber(values.categories, "--categories") ?? (model === "grm" || model === "gpcm" ? 4 : 2);
    if (!(Number.isInteger(nItems) && nItems > 0 && Number.isInteger(K) && K >= 2)) {
      throw new UsageError(
        "--items harus bilangan bulat positif dan --categories ≥ 2.",
        "--items must be a positive integer and --categories ≥ 2.",
      );
    }
    items = randomItems(model, nItems, K, seed + 1);
  }
  const sim = simulateResponses(items, { nPersons, seed, variance, missingRate });
  const names = items.map((it, j) => it.name ?? `item${j + 1}`);
  const rows: (string | number)[][] = [names];
  for (let i = 0; i < nPersons; i++) {
    rows.push(
      Array.from(sim.data.x.subarray(i * items.length, (i + 1) * items.length), (v) => (v < 0 ? "" : v)),
    );
  }
  await writeText(output, formatCsv(rows));
  if (values["params-output"]) {
    const model = items[0].model;
    const gen = {
      model,
      items: items.map((it, j) => ({ ...it, name: names[j] })),
      latentVariance: variance,
      seed,
    };
    await writeText(values["params-output"], `${JSON.stringify(gen, null, 2)}\n`);
  }
  if (values["theta-output"]) {
    const t: (string | number)[][] = [["id", "theta"]];
    sim.theta.forEach((v, i) => {
      t.push([i + 1, v]);
    });
    await writeText(values["theta-output"], formatCsv(t));
  }
  return EXIT.ok;
}
