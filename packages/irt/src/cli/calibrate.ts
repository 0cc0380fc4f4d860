/**
 * `nurani-irt calibrate --model rasch|2pl|3pl|grm|gpcm --input data.csv --output params.json`
 * (docs/irt/core.md). `--model tirt --design design.json` is handed to the
 * Thurstonian module (src/tirt/cli.ts), `--model mfrm` (ratings of persons by
 * raters on items) to ./mfrm.ts (docs/irt/mfrm.md).
 */
import { parseArgs } from "node:util";
import { type CalibrateOptions, calibrate } from "../estimation/em.ts";
import { IrtError } from "../estimation/errors.ts";
import { calibrateParallel } from "../estimation/parallel.ts";
import { isModelName } from "../models/types.ts";
import { readResponseCsv } from "./csv.ts";
import { readText, writeText } from "./files.ts";
import { calibrateMfrmFile } from "./mfrm.ts";
import { EXIT, printWarning, progressBar, UsageError } from "./output.ts";
import { loadTirt, parseNumber, required } from "./shared.ts";

export const calibrateHelp = `nurani-irt calibrate --model rasch|2pl|3pl|grm|gpcm --input data.csv --output params.json
  [--se] [--tol 1e-6] [--max-iter 2000] [--quadpts 61] [--g-prior 5,17] [--workers 2] [--progress]
nurani-irt calibrate --model tirt --design design.json --input responses.csv --output params.json
nurani-irt calibrate --model mfrm --input ratings.csv --output params.json
  ratings.csv: person,rater,item,score (satu baris per penilaian / one row per rating)`;

export async function runCalibrate(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      model: { type: "string" },
      input: { type: "string" },
      output: { type: "string" },
      design: { type: "string" },
      se: { type: "boolean", default: false },
      tol: { type: "string" },
      "max-iter": { type: "string" },
      quadpts: { type: "string" },
      "g-prior": { type: "string" },
      progress: { type: "boolean", default: false },
      workers: { type: "string" },
    },
    strict: true,
  });
  const model = required(values.model, "--model");
  const input = required(values.input, "--input");
  const output = required(values.output, "--output");
  const bar = progressBar("kalibrasi/calibrating", values.progress);

  if (model === "tirt") {
    const tirt = await loadTirt();
    await tirt.calibrateTirt({
      design: required(values.design, "--design"),
      input,
      output,
      progress: (done, total) => bar.update(done, total),
    });
    bar.done();
    return EXIT.ok;
  }
  if (model === "mfrm") return calibrateMfrmFile(input, output);
  if (!isModelName(model)) {
    throw new UsageError(
      `model "${model}" tidak dikenal; pilih rasch, 2pl, 3pl, grm, gpcm, tirt atau mfrm.`,
      `unknown model "${model}"; choose rasch, 2pl, 3pl, grm, gpcm, tirt or mfrm.`,
    );
  }
  let gBeta: [number, number] | undefined;
  if (values["g-prior"] !== undefined) {
    const parts = values["g-prior"].split(",").map(Number);
    if (parts.length !== 2 || !parts.every((v) => v > 0)) {
      throw new UsageError(
        "--g-prior harus dua bilangan positif α,β (prior Beta pada g), mis. 5,17.",
        "--g-prior must be two positive numbers α,β (Beta prior on g), e.g. 5,17.",
      );
    }
    gBeta = [parts[0], parts[1]];
  }
  const maxIter = parseNumber(values["max-iter"], "--max-iter") ?? 2000;
  const tol = parseNumber(values.tol, "--tol") ?? 1e-6;
  const { data } = readResponseCsv(await readText(input, "data", "data"));
  const workers = parseNumber(values.workers, "--workers") ?? 1;
  const fitOptions: CalibrateOptions = {
    model,
    se: values.se,
    tol,
    maxIter,
    quadPoints: parseNumber(values.quadpts, "--quadpts"),
    ...(gBeta ? { priors: { gBeta } } : {}),
    // Progress: how far the largest parameter change has fallen towards --tol.
    onProgress: (p) =>
      bar.update(
        Math.max(0, Math.min(0.99, Math.log(Math.max(p.maxChange, tol)) / Math.log(tol))),
        1,
        `iterasi ${p.iteration}, logLik ${p.logLik.toFixed(3)}`,
      ),
  };
  const fit =
    workers > 1 ? await calibrateParallel(data, { ...fitOptions, workers }) : calibrate(data, fitOptions);
  bar.update(1, 1);
  bar.done();

  const out = {
    model,
    items: fit.items.map((it, j) => {
      const item: Record<string, unknown> = { name: data.itemNames[j], a: it.a, d: it.d };
      if (it.g !== undefined) item.g = it.g;
      if (it.ak) item.ak = it.ak;
      if (fit.se) item.se = fit.se.items[j];
      return item;
    }),
    logLik: fit.logLik,
    iterations: fit.iterations,
    converged: fit.converged,
    latentVariance: fit.latentVariance,
    nPersons: fit.nPersons,
    estimation: {
      method: "MML-EM (Bock-Aitkin), SQUAREM",
      quadrature: `${fit.nQuad} nodes on [-6, 6]`,
      tol,
      ...(fit.se ? { se: fit.se.method } : {}),
    },
  };
  // JSON has no NaN: a non-identified SE is written as null.
  await writeText(output, `${JSON.stringify(out, (_k, v) => (Number.isNaN(v) ? null : v), 2)}\n`);

  for (const [j, it] of fit.items.entries()) {
    if (Math.abs(it.a) > 10) {
      printWarning(
        `butir "${data.itemNames[j]}": slope a = ${it.a.toFixed(1)} sangat besar; estimasinya tidak stabil${model === "3pl" ? " (coba --g-prior 5,17)" : " (periksa butir ini)"}.`,
        `item "${data.itemNames[j]}": slope a = ${it.a.toFixed(1)} is very large; its estimate is unstable${model === "3pl" ? " (try --g-prior 5,17)" : " (check this item)"}.`,
      );
    }
  }
  if (fit.se && !fit.se.ok) {
    printWarning(
      "matriks informasi tidak definit positif; galat baku tidak dapat dihitung (ditulis null).",
      "the information matrix is not positive definite; standard errors are unavailable (written as null).",
    );
  }
  if (!fit.converged) {
    throw new IrtError(
      "NOT_CONVERGED",
      `model tidak konvergen dalam ${fit.iterations} iterasi; parameter tetap ditulis ke ${output} dengan "converged": false. Coba --max-iter lebih besar atau --tol 1e-4, keluarkan butir yang hampir semua jawabannya sama${model === "3pl" ? ", atau gunakan --g-prior 5,17" : ""}.`,
      `the model did not converge in ${fit.iterations} iterations; parameters were still written to ${output} with "converged": false. Try a larger --max-iter or --tol 1e-4, remove items where nearly everyone answers alike${model === "3pl" ? ", or use --g-prior 5,17" : ""}.`,
    );
  }
  return EXIT.ok;
}
