/** File reading/writing for the CLI with bilingual errors. */
import { readFile, writeFile } from "node:fs/promises";
import { type ItemParams, isModelName, type ModelName } from "../models/types.ts";
import { InputError } from "./csv.ts";

export async function readText(path: string, whatId: string, whatEn: string): Promise<string> {
  try {
    return await readFile(path, "utf8");
  } catch {
    throw new InputError(
      `Berkas ${whatId} "${path}" tidak dapat dibaca.`,
      `Cannot read the ${whatEn} file "${path}".`,
    );
  }
}

export async function writeText(path: string, text: string): Promise<void> {
  try {
    await writeFile(path, text);
  } catch {
    throw new InputError(`Tidak dapat menulis berkas "${path}".`, `Cannot write the file "${path}".`);
  }
}

/** params.json as written by `calibrate` (docs/irt/core.md "CLI", plus extras). */
export interface ParamsFile {
  model: ModelName;
  items: (ItemParams & { name: string })[];
  logLik?: number;
  iterations?: number;
  converged?: boolean;
  /** Latent variance (Rasch estimates it; 1 when absent). */
  latentVariance?: number;
}

export async function readParams(path: string): Promise<ParamsFile> {
  const text = await readText(path, "parameter", "parameter");
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new InputError(
      `Berkas parameter "${path}" bukan JSON yang sah: ${(e as Error).message}`,
      `The parameter file "${path}" is not valid JSON.`,
    );
  }
  const bad = (why: string, whyEn: string) =>
    new InputError(`Berkas parameter "${path}": ${why}.`, `Parameter file "${path}": ${whyEn}.`);
  const p = raw as Partial<ParamsFile>;
  if (typeof p !== "object" || p === null || typeof p.model !== "string" || !isModelName(p.model)) {
    throw bad(
      'kolom "model" harus salah satu dari rasch, 2pl, 3pl, grm, gpcm',
      '"model" must be one of rasch, 2pl, 3pl, grm, gpcm',
    );
  }
  const model = p.model;
  if (!Array.isArray(p.items) || p.items.length === 0)
    throw bad('"items" kosong atau tidak ada', '"items" is missing or empty');
  const items = p.items.map((it, j) => {
    const name = typeof it?.name === "string" ? it.name : `item${j + 1}`;
    const d = Array.isArray(it?.d) ? it.d : typeof it?.d === "number" ? [it.d] : null;
    const a = model === "rasch" ? (it?.a ?? 1) : it?.a;
    if (typeof a !== "number" || !Number.isFinite(a) || !d || d.length === 0 || !d.every(Number.isFinite)) {
      throw bad(`butir "${name}" tidak memiliki a dan d yang sah`, `item "${name}" lacks valid a and d`);
    }
    const g = model === "3pl" ? (typeof it.g === "number" ? it.g : 0) : undefined;
    const item: ItemParams & { name: string } = { name, model, a, d };
    if (g !== undefined) item.g = g;
    if (model === "gpcm") item.ak = Array.isArray(it.ak) ? it.ak : d.map((_, k) => k);
    return item;
  });
  return { ...p, model, items } as ParamsFile;
}
