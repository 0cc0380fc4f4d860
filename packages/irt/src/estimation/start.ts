/**
 * Starting values for EM from the observed category proportions, assuming
 * θ ~ N(0, 1) and slope 1: a logistic with slope 1 marginalised over N(0, 1)
 * is close to a logistic with slope 1/1.3, hence the 1.3 factor.
 */
import type { ItemParams, ModelName } from "../models/types.ts";

const logit = (p: number) => Math.log(p / (1 - p));

export function startingItems(model: ModelName, counts: number[][], names: string[]): ItemParams[] {
  return counts.map((c, j) => startItem(model, c, names[j]));
}

function startItem(model: ModelName, c: number[], name: string): ItemParams {
  const n = c.reduce((s, x) => s + x, 0);
  const K = c.length;
  switch (model) {
    case "rasch":
    case "2pl": {
      const p = (c[1] + 0.5) / (n + 1);
      return { name, model, a: 1, d: [1.3 * logit(p)] };
    }
    case "3pl": {
      const p = (c[1] + 0.5) / (n + 1);
      const g = Math.min(0.15, p / 2);
      return { name, model, a: 1, d: [1.3 * logit((p - g) / (1 - g))], g };
    }
    case "grm": {
      const d: number[] = [];
      let above = n;
      for (let k = 1; k < K; k++) {
        above -= c[k - 1];
        d.push(1.3 * logit((above + 0.5) / (n + 1)));
      }
      return { name, model, a: 1, d };
    }
    case "gpcm": {
      const d = [0];
      for (let k = 1; k < K; k++) d.push(Math.log((c[k] + 0.5) / (c[0] + 0.5)));
      return { name, model, a: 1, d, ak: Array.from({ length: K }, (_, k) => k) };
    }
  }
}
