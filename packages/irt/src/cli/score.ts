/**
 * `nurani-irt score --params params.json --input data.csv --method eap|map|ml|wle --output scores.csv`
 * writes `id,theta,se` (id = the data's `id` column, else the 1-based row
 * number). Items are matched to data columns by name. ML has no finite
 * estimate for all-lowest/all-highest patterns: written as -Inf/Inf with an
 * empty se. `--model tirt --design design.json` is handed to src/tirt/cli.ts.
 */
import { parseArgs } from "node:util";
import { MISSING, type ResponseData } from "../estimation/data.ts";
import { nCategories } from "../models/items.ts";
import { scorePersonsParallel } from "../scoring/parallel.ts";
import { type ScoreMethod, type ScoreOptions, type Scores, scorePersons } from "../scoring/scores.ts";
import { formatCsv, InputError, readResponseCsv } from "./csv.ts";
import { type ParamsFile, readParams, readText, writeText } from "./files.ts";
import { EXIT, type Progress, printWarning, progressBar, UsageError } from "./output.ts";
import { loadTirt, parseNumber, required } from "./shared.ts";

export const scoreHelp = `nurani-irt score --params params.json --input data.csv --method eap|map|ml|wle --output scores.csv
  [--workers 2] [--progress]
nurani-irt score --model tirt --design design.json --params params.json --input responses.csv --method map|eap --output scores.csv`;

const METHODS: readonly ScoreMethod[] = ["eap", "map", "ml", "wle"];

export async function runScore(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      model: { type: "string" },
      design: { type: "string" },
      params: { type: "string" },
      input: { type: "string" },
      output: { type: "string" },
      method: { type: "string" },
      workers: { type: "string" },
      progress: { type: "boolean", default: false },
    },
    strict: true,
  });
  const params = required(values.params, "--params");
  const input = required(values.input, "--input");
  const output = required(values.output, "--output");
  const bar = progressBar("penskoran/scoring", values.progress);
  if (values.model === "tirt") {
    const tirt = await loadTirt();
    await tirt.scoreTirt({
      design: required(values.design, "--design"),
      params,
      input,
      output,
      method: values.method,
      progress: (done, total) => bar.update(done, total),
    });
    bar.done();
    return EXIT.ok;
  }
  const method = (values.method ?? "eap") as ScoreMethod;
  if (!METHODS.includes(method)) {
    throw new UsageError(
      `metode "${values.method}" tidak dikenal; pilih eap, map, ml atau wle.`,
      `unknown method "${values.method}"; choose eap, map, ml or wle.`,
    );
  }
  const workers = parseNumber(values.workers, "--workers") ?? 1;
  const p = await readParams(params);
  if (values.model !== undefined && values.model !== p.model) {
    throw new UsageError(
      `--model ${values.model} tidak cocok dengan model di ${params} (${p.model}).`,
      `--model ${values.model} does not match the model in ${params} (${p.model}).`,
    );
  }
  const table = readResponseCsv(await readText(input, "data", "data"));
  const data = alignColumns(p, table.data);
  const empty = firstEmptyRow(data);
  if (empty >= 0) {
    throw new InputError(
      `baris data ${empty + 2}: orang ini tidak menjawab satu butir pun; hapus barisnya.`,
      `data line ${empty + 2}: this person answered no item; remove the row.`,
    );
  }
  const opts = { method, variance: p.latentVariance ?? 1 };
  const scores =
    workers > 1
      ? await scorePersonsParallel(p.items, data, opts, workers)
      : scoreInChunks(p, data, opts, bar);
  bar.done();
  const rows: (string | number)[][] = [["id", "theta", "se"]];
  for (let i = 0; i < data.nPersons; i++) {
    rows.push([table.ids ? table.ids[i] : i + 1, fmt(scores.theta[i]), fmt(scores.se[i])]);
  }
  await writeText(output, formatCsv(rows));
  return EXIT.ok;
}

/** Single-thread scoring in slices of 5,000 persons, advancing the progress bar. */
function scoreInChunks(p: ParamsFile, data: ResponseData, opts: ScoreOptions, bar: Progress): Scores {
  const theta = new Float64Array(data.nPersons);
  const se = new Float64Array(data.nPersons);
  for (let from = 0; from < data.nPersons; from += 5000) {
    const to = Math.min(data.nPersons, from + 5000);
    const part = scorePersons(p.items, data, opts, from, to);
    theta.set(part.theta, from);
    se.set(part.se, from);
    bar.update(to, data.nPersons);
  }
  return { theta, se };
}

function fmt(v: number): string {
  if (Number.isNaN(v)) return "";
  if (v === Number.POSITIVE_INFINITY) return "Inf";
  if (v === Number.NEGATIVE_INFINITY) return "-Inf";
  return String(Math.round(v * 1e6) / 1e6);
}

/** Reorders the data's columns to the params' item order (matched by name). */
function alignColumns(p: ParamsFile, data: ResponseData): ResponseData {
  const index = new Map(data.itemNames.map((n, j) => [n, j]));
  const cols = p.items.map((it) => {
    const j = index.get(it.name);
    if (j === undefined) {
      throw new InputError(
        `butir "${it.name}" dari berkas parameter tidak ada di header data.`,
        `item "${it.name}" from the parameter file is not in the data header.`,
      );
    }
    return j;
  });
  const extra = data.itemNames.filter((n) => !p.items.some((it) => it.name === n));
  if (extra.length > 0) {
    printWarning(
      `kolom tanpa parameter diabaikan: ${extra.join(", ")}.`,
      `columns without parameters are ignored: ${extra.join(", ")}.`,
    );
  }
  const J = p.items.length;
  const x = new Int16Array(data.nPersons * J);
  for (let i = 0; i < data.nPersons; i++) {
    for (let j = 0; j < J; j++) {
      const v = data.x[i * data.nItems + cols[j]];
      const K = nCategories(p.items[j]);
      if (v >= K) {
        throw new InputError(
          `baris data ${i + 2}, butir "${p.items[j].name}": respons ${v} di luar kategori model (0..${K - 1}).`,
          `data line ${i + 2}, item "${p.items[j].name}": response ${v} is outside the model's categories (0..${K - 1}).`,
        );
      }
      x[i * J + j] = v;
    }
  }
  return { nPersons: data.nPersons, nItems: J, x, itemNames: p.items.map((it) => it.name) };
}

function firstEmptyRow(data: ResponseData): number {
  for (let i = 0; i < data.nPersons; i++) {
    let any = false;
    for (let j = 0; j < data.nItems && !any; j++) any = data.x[i * data.nItems + j] !== MISSING;
    if (!any) return i;
  }
  return -1;
}
