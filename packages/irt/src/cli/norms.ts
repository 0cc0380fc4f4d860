/**
 * `nurani-irt norms`: percentile ranks, T-scores, stanines and the 0–100
 * derajat scale of scores against a reference sample (src/norms).
 *
 *   nurani-irt norms --reference ref_scores.csv --column theta \
 *     --input scores.csv --output normed.csv [--save-table norms.json]
 *   nurani-irt norms --table norms.json --input scores.csv --output normed.csv
 *   nurani-irt norms --reference ref_scores.csv --save-table norms.json
 *
 * The output repeats every input column and adds
 * `percentile,t_score,t_normalised,stanine,derajat`; a row whose score cell
 * is empty gets empty norm cells.
 */
import { parseArgs } from "node:util";
import { buildNormTable, NormError, NormTable } from "../norms/normTable.ts";
import { formatCsv, InputError, parseCsv } from "./csv.ts";
import { readText, writeText } from "./files.ts";
import { EXIT, printWarning, reportFailure, UsageError } from "./output.ts";
import { required } from "./shared.ts";

export const normsHelp = `nurani-irt norms --reference ref_scores.csv [--column theta] [--weight-column bobot]
                 --input scores.csv [--input-column theta] --output normed.csv
                 [--save-table norms.json] [--label "acuan nasional 2026"]
nurani-irt norms --table norms.json --input scores.csv --output normed.csv
  Menambahkan kolom percentile, t_score, t_normalised, stanine, derajat (0-100).
  Adds percentile, T-score (linear and normalised), stanine and derajat (0-100) columns.`;

const OUTPUT_COLUMNS = ["percentile", "t_score", "t_normalised", "stanine", "derajat"];

const fmt = (v: number): number => Number(v.toPrecision(10));

interface Column {
  header: string[];
  rows: string[][];
  index: number;
}

function readColumn(text: string, file: string, column: string): Column {
  const [header, ...rows] = parseCsv(text);
  if (!header) throw new InputError(`Berkas "${file}" kosong.`, `The file "${file}" is empty.`);
  const index = header.findIndex((h) => h.trim() === column);
  if (index < 0)
    throw new InputError(
      `Kolom "${column}" tidak ada di "${file}" (kolom: ${header.join(", ")}).`,
      `Column "${column}" is not in "${file}" (columns: ${header.join(", ")}).`,
    );
  return { header, rows, index };
}

/** Numbers of one column; null for empty cells. Line numbers count the header as line 1. */
function numbers(col: Column, file: string, index = col.index): (number | null)[] {
  return col.rows.map((row, r) => {
    const cell = (row[index] ?? "").trim();
    if (cell === "") return null;
    const v = Number(cell);
    if (!Number.isFinite(v))
      throw new InputError(
        `Baris ${r + 2} berkas "${file}", kolom "${col.header[index]}": "${cell}" bukan angka.`,
        `Line ${r + 2} of "${file}", column "${col.header[index]}": "${cell}" is not a number.`,
      );
    return v;
  });
}

async function referenceTable(
  path: string,
  column: string,
  weightColumn: string | undefined,
  label?: string,
) {
  const col = readColumn(await readText(path, "acuan", "reference"), path, column);
  const scores = numbers(col, path);
  let weights: (number | null)[] | undefined;
  if (weightColumn !== undefined) {
    const wIndex = col.header.findIndex((h) => h.trim() === weightColumn);
    if (wIndex < 0)
      throw new InputError(
        `Kolom bobot "${weightColumn}" tidak ada di "${path}".`,
        `Weight column "${weightColumn}" is not in "${path}".`,
      );
    weights = numbers(col, path, wIndex);
  }
  const keep = scores.flatMap((s, i) => (s !== null && (!weights || weights[i] !== null) ? [i] : []));
  if (keep.length < scores.length)
    printWarning(
      `${scores.length - keep.length} baris acuan dengan sel kosong dilewati.`,
      `${scores.length - keep.length} reference rows with empty cells were skipped.`,
    );
  try {
    return buildNormTable(
      keep.map((i) => scores[i] as number),
      weights ? keep.map((i) => weights[i] as number) : undefined,
      label,
    );
  } catch (e) {
    if (e instanceof NormError)
      throw new InputError(`Acuan "${path}": ${e.message}`, `Reference "${path}": ${e.message}`);
    throw e;
  }
}

async function loadTable(path: string): Promise<NormTable> {
  const text = await readText(path, "tabel norma", "norm table");
  try {
    return NormTable.fromJSON(JSON.parse(text));
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    throw new InputError(`Tabel norma "${path}" tidak sah: ${why}`, `Invalid norm table "${path}": ${why}`);
  }
}

export async function run(argv: string[]): Promise<number> {
  if (argv.includes("--help") || argv.includes("-h")) {
    process.stdout.write(`${normsHelp}\n`);
    return EXIT.ok;
  }
  try {
    let values: Record<string, string | undefined>;
    try {
      values = parseArgs({
        args: argv,
        strict: true,
        allowPositionals: false,
        options: {
          reference: { type: "string" },
          column: { type: "string", default: "theta" },
          "weight-column": { type: "string" },
          table: { type: "string" },
          input: { type: "string" },
          "input-column": { type: "string" },
          output: { type: "string" },
          "save-table": { type: "string" },
          label: { type: "string" },
        },
      }).values as Record<string, string | undefined>;
    } catch (e) {
      const why = (e as Error).message;
      throw new UsageError(
        `opsi tidak dikenal atau salah tulis: ${why}`,
        `unknown or malformed option: ${why}`,
      );
    }
    if ((values.reference === undefined) === (values.table === undefined))
      throw new UsageError(
        "pakai tepat satu dari --reference atau --table.",
        "use exactly one of --reference or --table.",
      );
    if (values.input === undefined && values["save-table"] === undefined)
      throw new UsageError(
        "tidak ada yang dikerjakan: beri --input dan --output, atau --save-table.",
        "nothing to do: give --input and --output, or --save-table.",
      );
    const column = values.column as string;
    const table =
      values.reference !== undefined
        ? await referenceTable(values.reference, column, values["weight-column"], values.label)
        : await loadTable(values.table as string);
    if (values["save-table"] !== undefined)
      await writeText(values["save-table"], `${JSON.stringify(table.toJSON())}\n`);
    if (values.input === undefined) return EXIT.ok;

    const output = required(values.output, "--output");
    const inputColumn = values["input-column"] ?? column;
    const col = readColumn(await readText(values.input, "skor", "scores"), values.input, inputColumn);
    const scores = numbers(col, values.input);
    const rows = col.rows.map((row, r) => {
      const s = scores[r];
      if (s === null) return [...row, "", "", "", "", ""];
      const n = table.apply(s);
      return [...row, fmt(n.percentile), fmt(n.tLinear), fmt(n.tNormalised), n.stanine, fmt(n.derajat)];
    });
    await writeText(output, formatCsv([[...col.header, ...OUTPUT_COLUMNS], ...rows]));
    return EXIT.ok;
  } catch (e) {
    return reportFailure(e);
  }
}
