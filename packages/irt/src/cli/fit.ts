/**
 * `nurani-irt fit --params params.json --input data.csv --output fit.csv`
 *
 * Writes three tables (docs/irt/diagnostics.md):
 *   --output   item fit:        item,s_x2,df,p,rmsea
 *   --persons  person fit:      id,theta,lz,lz_star,p_lz_star,answered
 *              (default: <output>.persons.csv)
 *   --ld       local dependence: item_1,item_2,ld_x2,df,p,z,q3,q3_star
 *              (default: <output>.ld.csv)
 */
import { parseArgs } from "node:util";
import type { ResponseData } from "../estimation/data.ts";
import { ldX2, yenQ3 } from "../fit/localDependence.ts";
import { personFit, type ThetaEstimator } from "../fit/personFit.ts";
import { itemFitSX2 } from "../fit/sx2.ts";
import { nCategories } from "../models/items.ts";
import { scorePersons } from "../scoring/scores.ts";
import { formatCsv, InputError, readResponseCsv } from "./csv.ts";
import { type ParamsFile, readParams, readText, writeText } from "./files.ts";
import { EXIT, printWarning, reportFailure, UsageError } from "./output.ts";
import { parseNumber, required } from "./shared.ts";

export const fitHelp = `nurani-irt fit --params params.json --input data.csv --output fit.csv
  [--persons persons.csv] [--ld ld.csv] [--method map|ml|wle|eap] [--mincell 1]
  Kecocokan butir S-X2, kecocokan orang lz/lz*, dependensi lokal LD-X2/Q3.
  Item fit S-X2, person fit lz/lz*, local dependence LD-X2/Q3.`;

const METHODS: readonly ThetaEstimator[] = ["map", "ml", "wle", "eap"];

const fmt = (v: number): string | number => (Number.isFinite(v) ? Number(v.toPrecision(10)) : "");

/** Derived default path: fit.csv → fit.persons.csv. */
function sibling(output: string, suffix: string): string {
  return output.toLowerCase().endsWith(".csv")
    ? `${output.slice(0, -4)}.${suffix}.csv`
    : `${output}.${suffix}.csv`;
}

/** Checks that the data columns are the calibrated items, in the same order. */
export function matchColumns(params: ParamsFile, data: ResponseData): void {
  const names = params.items.map((it) => it.name);
  if (names.length !== data.nItems || names.some((n, j) => n !== data.itemNames[j])) {
    throw new InputError(
      `Kolom data (${data.itemNames.join(", ")}) tidak sama dengan butir di berkas parameter (${names.join(", ")}), termasuk urutannya.`,
      `The data columns (${data.itemNames.join(", ")}) do not match the items of the parameter file (${names.join(", ")}) in name and order.`,
    );
  }
  params.items.forEach((it, j) => {
    const K = nCategories(it);
    for (let p = 0; p < data.nPersons; p++) {
      const x = data.x[p * data.nItems + j];
      if (x >= K) {
        throw new InputError(
          `Baris ${p + 2}, butir "${it.name}": respons ${x} di luar kategori model (0–${K - 1}).`,
          `Line ${p + 2}, item "${it.name}": response ${x} is outside the model's categories (0–${K - 1}).`,
        );
      }
    }
  });
}

type OptionSpec = NonNullable<Parameters<typeof parseArgs>[0]>["options"];

/** parseArgs with unknown or malformed options reported as a usage error (shared by fit/dif/link). */
export function parseOptions<T extends OptionSpec>(argv: string[], options: T) {
  try {
    return parseArgs({ args: argv, options, strict: true, allowPositionals: false });
  } catch (e) {
    const why = (e as Error).message;
    throw new UsageError(
      `opsi tidak dikenal atau salah tulis: ${why}`,
      `unknown or malformed option: ${why}`,
    );
  }
}

export async function run(argv: string[]): Promise<number> {
  if (argv.includes("--help") || argv.includes("-h")) {
    process.stdout.write(`${fitHelp}\n`);
    return EXIT.ok;
  }
  try {
    const { values } = parseOptions(argv, {
      params: { type: "string" },
      input: { type: "string" },
      output: { type: "string" },
      persons: { type: "string" },
      ld: { type: "string" },
      method: { type: "string", default: "map" },
      mincell: { type: "string" },
    });
    const output = required(values.output, "--output");
    const method = values.method as ThetaEstimator;
    if (!METHODS.includes(method)) {
      throw new UsageError(
        `--method harus salah satu dari ${METHODS.join(", ")}, bukan "${values.method}".`,
        `--method must be one of ${METHODS.join(", ")}, not "${values.method}".`,
      );
    }
    const params = await readParams(required(values.params, "--params"));
    const table = readResponseCsv(await readText(required(values.input, "--input"), "data", "data"));
    const { data } = table;
    matchColumns(params, data);
    const items = params.items;
    const variance = params.latentVariance ?? 1;

    const sx2 = itemFitSX2(items, data, {
      mincell: parseNumber(values.mincell, "--mincell"),
      latentVariance: variance,
      latentFreeParams: params.model === "rasch" && params.latentVariance !== undefined ? 1 : 0,
    });
    if (sx2.completeCases < data.nPersons) {
      printWarning(
        `S-X2 dihitung dari ${sx2.completeCases} dari ${data.nPersons} orang yang menjawab semua butir.`,
        `S-X2 uses the ${sx2.completeCases} of ${data.nPersons} persons who answered every item.`,
      );
    }
    await writeText(
      output,
      formatCsv([
        ["item", "s_x2", "df", "p", "rmsea"],
        ...sx2.items.map((r) => [r.item, fmt(r.sx2), r.df, fmt(r.p), fmt(r.rmsea)]),
      ]),
    );

    const scores = scorePersons(items, data, { method, variance });
    const pf = personFit(items, data, scores.theta, {
      estimator: method,
      prior: { mean: 0, sd: Math.sqrt(variance) },
    });
    const ids = table.ids ?? Array.from({ length: data.nPersons }, (_, i) => String(i + 1));
    await writeText(
      values.persons ?? sibling(output, "persons"),
      formatCsv([
        ["id", "theta", "lz", "lz_star", "p_lz_star", "answered"],
        ...pf.map((r, i) => [
          ids[i],
          fmt(scores.theta[i]),
          fmt(r.lz),
          fmt(r.lzStar),
          fmt(r.pLzStar),
          r.answered,
        ]),
      ]),
    );

    const ld = ldX2(items, data);
    const q3 = yenQ3(items, data, scores.theta);
    await writeText(
      values.ld ?? sibling(output, "ld"),
      formatCsv([
        ["item_1", "item_2", "ld_x2", "df", "p", "z", "q3", "q3_star"],
        ...ld.map((r) => [
          items[r.i].name,
          items[r.j].name,
          fmt(r.x2),
          r.df,
          fmt(r.p),
          fmt(r.z),
          fmt(q3.q3[r.i][r.j]),
          fmt(q3.q3[r.i][r.j] - q3.meanQ3),
        ]),
      ]),
    );
    return EXIT.ok;
  } catch (e) {
    return reportFailure(e);
  }
}
