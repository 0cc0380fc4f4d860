/**
 * Response matrices: persons × items, row-major Int16Array, categories
 * 0..K−1, −1 for a missing response. Validation raises IrtError with the
 * item or row concerned; pattern compression merges identical rows.
 */
import type { ModelName } from "../models/types.ts";
import { IrtError } from "./errors.ts";

export const MISSING = -1;

export interface ResponseData {
  nPersons: number;
  nItems: number;
  /** Row-major responses, x[i * nItems + j]; MISSING (−1) when not answered. */
  x: Int16Array;
  itemNames: string[];
}

/** Builds ResponseData from rows of numbers (null/undefined/NaN = missing). */
export function responsesFromRows(
  rows: ReadonlyArray<ReadonlyArray<number | null | undefined>>,
  itemNames?: string[],
): ResponseData {
  const nPersons = rows.length;
  const nItems = nPersons > 0 ? rows[0].length : (itemNames?.length ?? 0);
  const x = new Int16Array(nPersons * nItems);
  for (let i = 0; i < nPersons; i++) {
    for (let j = 0; j < nItems; j++) {
      const v = rows[i][j];
      x[i * nItems + j] = v === null || v === undefined || Number.isNaN(v) ? MISSING : v;
    }
  }
  return {
    nPersons,
    nItems,
    x,
    itemNames: itemNames ?? Array.from({ length: nItems }, (_, j) => `item${j + 1}`),
  };
}

/** Number of categories per item: 1 + the largest observed response. */
export function observedCategories(data: ResponseData): Int32Array {
  const { nPersons, nItems, x } = data;
  const K = new Int32Array(nItems);
  for (let i = 0; i < nPersons; i++) {
    for (let j = 0; j < nItems; j++) {
      const v = x[i * nItems + j];
      if (v + 1 > K[j]) K[j] = v + 1;
    }
  }
  return K;
}

/** Per item, counts of each category (array of arrays). */
export function categoryCounts(data: ResponseData, K: Int32Array): number[][] {
  const counts = Array.from(K, (k) => new Array<number>(k).fill(0));
  const { nPersons, nItems, x } = data;
  for (let i = 0; i < nPersons; i++) {
    for (let j = 0; j < nItems; j++) {
      const v = x[i * nItems + j];
      if (v >= 0) counts[j][v]++;
    }
  }
  return counts;
}

/**
 * Checks that the data can be calibrated with the model; returns the
 * category counts. Throws IrtError for a person with no responses, an item
 * with a single observed category, an empty intermediate category, or a
 * polytomous item under a dichotomous model.
 */
export function validateForCalibration(data: ResponseData, model: ModelName): number[][] {
  const { nPersons, nItems, x } = data;
  for (let i = 0; i < nPersons; i++) {
    let any = false;
    for (let j = 0; j < nItems && !any; j++) any = x[i * nItems + j] >= 0;
    if (!any) throw emptyPerson(i);
    for (let j = 0; j < nItems; j++) {
      const v = x[i * nItems + j];
      if (v < MISSING) {
        throw new IrtError(
          "BAD_RESPONSE",
          `Baris ${i + 1}, butir "${data.itemNames[j]}": respons ${v} tidak sah (harus bilangan bulat ≥ 0).`,
          `Row ${i + 1}, item "${data.itemNames[j]}": response ${v} is invalid (must be an integer ≥ 0).`,
        );
      }
    }
  }
  const K = observedCategories(data);
  const counts = categoryCounts(data, K);
  for (let j = 0; j < nItems; j++) {
    const name = data.itemNames[j];
    const observed = counts[j].filter((c) => c > 0).length;
    if (observed < 2) {
      throw new IrtError(
        "ONE_CATEGORY",
        `Butir "${name}" hanya memiliki satu kategori jawaban; butir ini tidak membawa informasi. Keluarkan butir tersebut dari data.`,
        `Item "${name}" has only one response category; it carries no information. Remove it from the data.`,
      );
    }
    const empty = counts[j].indexOf(0);
    if (empty >= 0) {
      throw new IrtError(
        "EMPTY_CATEGORY",
        `Butir "${name}": kategori ${empty} tidak pernah dipilih, padahal kategori yang lebih tinggi ada. Kodekan ulang kategori menjadi berurutan mulai 0.`,
        `Item "${name}": category ${empty} is never observed although higher categories are. Recode categories to consecutive integers from 0.`,
      );
    }
    if ((model === "rasch" || model === "2pl" || model === "3pl") && K[j] > 2) {
      throw new IrtError(
        "NOT_DICHOTOMOUS",
        `Butir "${name}" memiliki ${K[j]} kategori; model ${model} hanya untuk data 0/1. Gunakan --model grm atau gpcm.`,
        `Item "${name}" has ${K[j]} categories; the ${model} model needs 0/1 data. Use --model grm or gpcm.`,
      );
    }
  }
  return counts;
}

export function emptyPerson(i: number): IrtError {
  return new IrtError(
    "EMPTY_PERSON",
    `Baris ${i + 1}: orang ini tidak menjawab satu butir pun; hapus barisnya dari data.`,
    `Row ${i + 1}: this person answered no item; remove the row from the data.`,
  );
}

/** Unique response patterns with their frequencies. */
export interface Patterns {
  nRows: number;
  nItems: number;
  x: Int16Array;
  weights: Float64Array;
}

/** Merges identical rows (pattern compression; exact, speeds up short tests). */
export function compressPatterns(data: ResponseData): Patterns {
  const { nPersons, nItems, x } = data;
  const index = new Map<string, number>();
  const firstRow: number[] = [];
  const freq: number[] = [];
  for (let i = 0; i < nPersons; i++) {
    let key = "";
    for (let j = 0; j < nItems; j++) key += String.fromCharCode(x[i * nItems + j] + 2);
    const at = index.get(key);
    if (at === undefined) {
      index.set(key, firstRow.length);
      firstRow.push(i);
      freq.push(1);
    } else freq[at]++;
  }
  const nRows = firstRow.length;
  const out = new Int16Array(nRows * nItems);
  for (let r = 0; r < nRows; r++)
    out.set(x.subarray(firstRow[r] * nItems, (firstRow[r] + 1) * nItems), r * nItems);
  return { nRows, nItems, x: out, weights: Float64Array.from(freq) };
}
