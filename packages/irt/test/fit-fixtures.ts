/** Reads the mirt reference fixtures (test/fixtures/mirt) for the diagnostics tests. */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type ResponseData, responsesFromRows } from "../src/estimation/data.ts";
import type { ItemParams, ModelName } from "../src/models/types.ts";

const dir = fileURLToPath(new URL("./fixtures/mirt/", import.meta.url));

export interface MirtFixture {
  model: ModelName;
  items: ItemParams[];
  itemfit?: { S_X2: (number | null)[]; df: number[]; p: (number | null)[] };
  eap: number[];
}

export function loadMirtFixture(name: string): MirtFixture {
  const raw = JSON.parse(readFileSync(`${dir}${name}.mirt.json`, "utf8"));
  const model = raw.model as ModelName;
  const items: ItemParams[] = raw.items.map(
    (it: { name: string; a: number; d: number | number[]; g: number | null; ak: number[] | null }) => ({
      model,
      name: it.name,
      a: it.a,
      d: Array.isArray(it.d) ? it.d : [it.d],
      ...(model === "3pl" && it.g != null ? { g: it.g } : {}),
      ...(it.ak ? { ak: it.ak } : {}),
    }),
  );
  return { model, items, itemfit: raw.itemfit, eap: raw.eap };
}

/** Response rows of a fixture CSV: categories, NaN for an empty cell. */
export function loadMirtRows(name: string): number[][] {
  const lines = readFileSync(`${dir}${name}.csv`, "utf8").trim().split(/\r?\n/);
  return lines.slice(1).map((l) => l.split(",").map((c) => (c === "" ? Number.NaN : Number(c))));
}

export function loadMirtResponses(name: string): ResponseData {
  return responsesFromRows(loadMirtRows(name));
}
