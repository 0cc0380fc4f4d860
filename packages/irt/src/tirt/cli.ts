/**
 * `nurani-irt calibrate|score --model tirt` (docs/irt/thurstonian.md "CLI"). Self-contained
 * command functions; the dispatcher in src/cli/main.ts calls them.
 *
 * calibrate: design.json + responses.csv → params.json (TirtParams, see
 * docs/irt/thurstonian.md). score: design.json + params.json +
 * responses.csv → scores.csv with `id`, one column per trait, then
 * `<trait>_se` per trait.
 */
import { readFile, writeFile } from "node:fs/promises";
import { formatCsv, InputError } from "../cli/csv.ts";
import type { TirtCommandOptions } from "../cli/shared.ts";
import { IrtError } from "../estimation/errors.ts";
import { calibrateTirtModel } from "./calibrate.ts";
import { layoutOf, parseDesign, type TirtDesign } from "./design.ts";
import { TirtError } from "./errors.ts";
import { modelFromParams, type TirtParams } from "./params.ts";
import { parseResponsesCsv, personsWithoutResponses, type TirtResponses } from "./responses.ts";
import { scoreEap, scoreMap } from "./score.ts";

async function readJson(path: string, what: string, whatEn: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch {
    throw new InputError(
      `Berkas ${what} "${path}" tidak dapat dibaca`,
      `cannot read the ${whatEn} file "${path}"`,
    );
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new InputError(
      `Berkas ${what} "${path}" bukan JSON yang valid: ${(e as Error).message}`,
      `the ${whatEn} file "${path}" is not valid JSON`,
    );
  }
}

async function load(opts: TirtCommandOptions): Promise<{ design: TirtDesign; data: TirtResponses }> {
  const design = parseDesign(await readJson(opts.design, "desain", "design"));
  let text: string;
  try {
    text = await readFile(opts.input, "utf8");
  } catch {
    throw new InputError(
      `Berkas jawaban "${opts.input}" tidak dapat dibaca`,
      `cannot read the responses file "${opts.input}"`,
    );
  }
  const data = parseResponsesCsv(text, layoutOf(design));
  const empty = personsWithoutResponses(data);
  if (empty.length > 0) {
    const list = empty
      .slice(0, 10)
      .map((p) => data.ids[p])
      .join(", ");
    throw new InputError(
      `${empty.length} peserta tidak menjawab satu blok pun (id: ${list}${empty.length > 10 ? ", …" : ""}); hapus baris tersebut`,
      `${empty.length} person(s) answered no block (id: ${list}); remove those rows`,
    );
  }
  return { design, data };
}

/** Rethrows engine errors as the CLI's InputError (Bahasa Indonesia message, English alongside). */
async function asInputErrors(run: () => Promise<void>): Promise<void> {
  try {
    await run();
  } catch (e) {
    if (e instanceof TirtError) throw new InputError(e.id, e.en);
    throw e;
  }
}

export function calibrateTirt(opts: TirtCommandOptions): Promise<void> {
  return asInputErrors(async () => {
    const { design, data } = await load(opts);
    const maxIterations = 5000;
    const result = calibrateTirtModel(design, data.outcomes, data.persons, {
      maxIterations,
      onIteration: opts.progress ? (it) => it % 50 === 0 && opts.progress?.(it, maxIterations) : undefined,
    });
    opts.progress?.(maxIterations, maxIterations);
    await writeFile(opts.output, `${JSON.stringify(result.params, null, 2)}\n`);
    const est = result.params.estimation;
    if (est && !est.converged)
      throw new IrtError(
        "NOT_CONVERGED",
        `Kalibrasi tidak konvergen (${est.message}, ${est.iterations} iterasi); parameter tetap ditulis ke ${opts.output}. Coba sampel lebih besar, periksa blok dengan pernyataan yang hampir selalu dipilih, atau pastikan arah kunci (keyed) bercampur`,
        `calibration did not converge (${est.message}); parameters were still written. Try a larger sample, check near-unanimous blocks, or mix keyed directions`,
      );
  });
}

export function scoreTirt(opts: TirtCommandOptions): Promise<void> {
  return asInputErrors(async () => {
    if (!opts.params)
      throw new InputError("Opsi --params wajib untuk penskoran", "--params is required for scoring");
    const method = opts.method ?? "map";
    if (method !== "map" && method !== "eap")
      throw new InputError(
        `Metode "${method}" tidak tersedia untuk model tirt; gunakan map atau eap`,
        `method "${method}" is not available for tirt; use map or eap`,
      );
    const { design, data } = await load(opts);
    const params = (await readJson(opts.params, "parameter", "parameter")) as TirtParams;
    const model = modelFromParams(design, params);
    const scores =
      method === "map"
        ? scoreMap(model, data.outcomes, data.persons, { progress: opts.progress })
        : scoreEap(model, data.outcomes, data.persons, { progress: opts.progress });
    const T = design.traits.length;
    const rows: (string | number)[][] = [["id", ...design.traits, ...design.traits.map((t) => `${t}_se`)]];
    for (let p = 0; p < data.persons; p++) {
      const th = Array.from(scores.theta.subarray(p * T, (p + 1) * T), round);
      const se = Array.from(scores.se.subarray(p * T, (p + 1) * T), round);
      rows.push([data.ids[p], ...th, ...se]);
    }
    await writeFile(opts.output, formatCsv(rows));
  });
}

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
