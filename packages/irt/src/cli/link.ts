/**
 * `nurani-irt link --method stocking-lord --from formB.params.json --to formA.params.json
 *   [--anchors anchors.txt] --output link.json`
 *
 * Puts the "from" calibration on the scale of the "to" calibration
 * (θ_to = A·θ_from + B) through the anchor items. anchors.txt has one anchor
 * per line: `name` (same name on both forms) or `name_from,name_to`; lines
 * starting with # are comments. Without --anchors every item name found on
 * both forms is an anchor. link.json holds the transformation and, as
 * `model`/`items`, every "from" item on the "to" scale — so it can be given
 * to `nurani-irt score --params link.json` — and, as `linkedLatent`, the
 * latent mean and variance of the "from" sample on the "to" scale.
 */
import { LINKING_METHODS, type LinkingMethod, linkForms } from "../linking/link.ts";
import { InputError } from "./csv.ts";
import { type ParamsFile, readParams, readText, writeText } from "./files.ts";
import { parseOptions } from "./fit.ts";
import { EXIT, reportFailure, UsageError } from "./output.ts";
import { required } from "./shared.ts";

export const linkHelp = `nurani-irt link --method mean-mean|mean-sigma|haebara|stocking-lord
  --from formB.params.json --to formA.params.json [--anchors anchors.txt] --output link.json
  Penyetaraan skala antarbentuk/antartahun lewat butir jangkar (θ_to = A·θ_from + B).
  Links forms or years through anchor items (θ_to = A·θ_from + B).`;

/** Anchor pairs [index in from, index in to]. */
export function anchorPairs(from: ParamsFile, to: ParamsFile, lines: string[] | null): [number, number][] {
  const fromNames = from.items.map((it) => it.name);
  const toNames = to.items.map((it) => it.name);
  const pairs: [string, string][] = lines
    ? lines.map((l) => {
        const [a, b] = l.split(",").map((s) => s.trim());
        return [a, b ?? a];
      })
    : fromNames.filter((n) => toNames.includes(n)).map((n) => [n, n]);
  if (pairs.length < 2) {
    throw new InputError(
      `Hanya ${pairs.length} butir jangkar; penyetaraan memerlukan minimal 2 (sebaiknya ≥ 20% panjang tes).`,
      `Only ${pairs.length} anchor items; linking needs at least 2 (preferably ≥ 20% of the test length).`,
    );
  }
  return pairs.map(([a, b]) => {
    const i = fromNames.indexOf(a);
    const j = toNames.indexOf(b);
    if (i < 0 || j < 0) {
      const missing = i < 0 ? `"${a}" (--from)` : `"${b}" (--to)`;
      throw new InputError(
        `Butir jangkar ${missing} tidak ada di berkas parameter.`,
        `Anchor item ${missing} is not in the parameter file.`,
      );
    }
    return [i, j];
  });
}

export async function run(argv: string[]): Promise<number> {
  if (argv.includes("--help") || argv.includes("-h")) {
    process.stdout.write(`${linkHelp}\n`);
    return EXIT.ok;
  }
  try {
    const { values } = parseOptions(argv, {
      method: { type: "string", default: "stocking-lord" },
      from: { type: "string" },
      to: { type: "string" },
      anchors: { type: "string" },
      output: { type: "string" },
    });
    const method = values.method as LinkingMethod;
    if (!LINKING_METHODS.includes(method)) {
      throw new UsageError(
        `--method harus salah satu dari ${LINKING_METHODS.join(", ")}, bukan "${values.method}".`,
        `--method must be one of ${LINKING_METHODS.join(", ")}, not "${values.method}".`,
      );
    }
    const output = required(values.output, "--output");
    const from = await readParams(required(values.from, "--from"));
    const to = await readParams(required(values.to, "--to"));
    const lines =
      values.anchors === undefined
        ? null
        : (await readText(values.anchors, "jangkar", "anchor"))
            .split(/\r?\n/)
            .map((l) => l.trim())
            .filter((l) => l !== "" && !l.startsWith("#"));
    const pairs = anchorPairs(from, to, lines);
    const result = linkForms(
      method,
      pairs.map(([i]) => from.items[i]),
      pairs.map(([, j]) => to.items[j]),
      from.items,
    );
    const link = {
      method,
      A: result.A,
      B: result.B,
      criterion: Number.isFinite(result.criterion) ? result.criterion : null,
      anchors: pairs.map(([i, j]) => ({ from: from.items[i].name, to: to.items[j].name })),
      model: from.model,
      items: result.transformed,
      // the "from" calibration sample's N(0, σ²) on the "to" scale
      linkedLatent: { mean: result.B, variance: (from.latentVariance ?? 1) * result.A ** 2 },
    };
    await writeText(output, `${JSON.stringify(link, null, 2)}\n`);
    process.stderr.write(
      `A = ${result.A.toFixed(4)}, B = ${result.B.toFixed(4)} (${pairs.length} jangkar/anchors)\n`,
    );
    return EXIT.ok;
  } catch (e) {
    return reportFailure(e);
  }
}
