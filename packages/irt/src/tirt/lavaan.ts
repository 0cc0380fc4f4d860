/**
 * The Brown & Maydeu-Olivares (2011) Thurstonian IRT model written in
 * lavaan model syntax, for cross-checking this engine against R's lavaan
 * (`lavaan(model, ordered = …, parameterization = "theta", estimator =
 * "ULSMV")`). Pair outcome j is the column `y<j+1>` (layout order). Labels:
 * `L<i>` loading of statement i (1-based global order), `N<i>` = −λ_i where
 * the statement is second in a pair, `P<i>`/`M<i>` = +ψ²_i/−ψ²_i on the
 * residual covariance of two pairs sharing statement i, `V<j>` the residual
 * variance ψ²_first + ψ²_second of pair j. Identification as in
 * calibrate.ts: the ψ² of each block's statements average 1 (both are 1 in a
 * block of 2). Blocks with two statements of the same trait are not
 * expressible with single labels and are refused.
 */

import type { TirtLayout } from "./design.ts";
import { TirtError } from "./errors.ts";

export function lavaanSyntax(layout: TirtLayout): string {
  const traits = layout.design.traits;
  const fixed = layout.statementBlock.map((b) => layout.blockSize[b] === 2);
  const lines: string[] = [];
  const constraints: string[] = [];
  const traitName = (a: number) => `F${a + 1}`;
  const terms: string[][] = traits.map(() => []);
  const negated = new Set<number>();
  const positive = new Set<number>();
  layout.pairs.forEach((p, j) => {
    const a = layout.statementTrait[p.first];
    const b = layout.statementTrait[p.second];
    if (a === b)
      throw new TirtError(
        "Sintaks lavaan tidak mendukung blok dengan dua pernyataan dari trait yang sama",
        "lavaan syntax does not support blocks with two statements of the same trait",
      );
    terms[a].push(`L${p.first + 1}*y${j + 1}`);
    positive.add(p.first);
    terms[b].push(`N${p.second + 1}*y${j + 1}`);
    negated.add(p.second);
  });
  traits.forEach((_, a) => {
    if (terms[a].length > 0) lines.push(`${traitName(a)} =~ ${terms[a].join(" + ")}`);
  });
  for (const i of negated) if (positive.has(i)) constraints.push(`N${i + 1} == -L${i + 1}`);
  traits.forEach((_, a) => {
    lines.push(`${traitName(a)} ~~ 1*${traitName(a)}`);
    for (let b = a + 1; b < traits.length; b++) lines.push(`${traitName(a)} ~~ ${traitName(b)}`);
  });
  // Residual covariances of pairs sharing a statement, and how ψ²_i is written in constraints.
  const psiExpr = new Map<number, string>();
  const hasM = new Set<number>();
  const hasP = new Set<number>();
  const covs: { j: number; l: number; s: number; sign: number }[] = [];
  for (let b = 0; b < layout.blockSize.length; b++) {
    const start = layout.blockPairStart[b];
    const count = (layout.blockSize[b] * (layout.blockSize[b] - 1)) / 2;
    for (let j = start; j < start + count; j++)
      for (let l = j + 1; l < start + count; l++) {
        const pj = layout.pairs[j];
        const pl = layout.pairs[l];
        for (const [s, sign] of [
          [pj.first, pj.first === pl.first ? 1 : pj.first === pl.second ? -1 : 0],
          [pj.second, pj.second === pl.second ? 1 : pj.second === pl.first ? -1 : 0],
        ]) {
          if (sign === 0) continue;
          covs.push({ j, l, s, sign });
          if (!fixed[s]) (sign > 0 ? hasP : hasM).add(s);
        }
      }
  }
  for (const s of new Set([...hasP, ...hasM])) {
    psiExpr.set(s, hasP.has(s) ? `P${s + 1}` : `(-M${s + 1})`);
    if (hasP.has(s) && hasM.has(s)) constraints.push(`M${s + 1} == -P${s + 1}`);
  }
  const psi = (s: number): string => {
    if (fixed[s]) return "1";
    const e = psiExpr.get(s);
    if (e === undefined)
      throw new TirtError(
        "Uniqueness tanpa parameter pada sintaks lavaan",
        "a uniqueness has no lavaan parameter",
      );
    return e;
  };
  for (const c of covs) {
    const label = fixed[c.s] ? (c.sign > 0 ? "1" : "-1") : `${c.sign > 0 ? "P" : "M"}${c.s + 1}`;
    lines.push(`y${c.j + 1} ~~ ${label}*y${c.l + 1}`);
  }
  for (let b = 0; b < layout.blockSize.length; b++) {
    const n = layout.blockSize[b];
    if (n === 2) continue;
    const sum = Array.from({ length: n }, (_, k) => psi(layout.blockStart[b] + k)).join(" + ");
    constraints.push(`${sum} == ${n}`);
  }
  layout.pairs.forEach((p, j) => {
    if (fixed[p.first] && fixed[p.second]) {
      lines.push(`y${j + 1} ~~ 2*y${j + 1}`);
      return;
    }
    lines.push(`y${j + 1} ~~ V${j + 1}*y${j + 1}`);
    constraints.push(`V${j + 1} == ${psi(p.first)} + ${psi(p.second)}`);
  });
  return `${[...lines, ...constraints].join("\n")}\n`;
}
