/**
 * Collapsing of sparse cells in the S-X2 score-by-category tables, following
 * R mirt's rule (itemfit(), mincell = 1) step by step so that the statistic
 * and its degrees of freedom agree with mirt's:
 *  1. score rows where a category is impossible are pooled into the nearest
 *     possible row at each end of the score range;
 *  2. rows with no observations are dropped; a row with a single observation
 *     is pooled into the next row;
 *  3. (polytomous) in a row with an expected count below mincell, the smallest
 *     cell is merged into its smaller neighbouring category until all cells
 *     reach mincell (or two remain); very rare trailing categories are merged;
 *  4. a row still holding a small expected count is pooled with its neighbour
 *     score row (the one with fewer observations), until none is left.
 * Cells with expected count 0 are then treated as absent (NaN).
 * Tables are score rows × categories; `NaN` marks an absent cell.
 */
export interface CellTable {
  observed: number[][];
  expected: number[][];
}

const rowSum = (r: number[]): number => r.reduce((s, v) => s + v, 0);

function addRow(into: number[], from: number[]): void {
  for (let c = 0; c < into.length; c++) into[c] += from[c];
}

export function collapseCells(table: CellTable, mincell = 1): CellTable {
  let O = table.observed.map((r) => r.slice());
  let E = table.expected.map((r) => r.slice());

  // 1. impossible categories at both ends of the score range
  const naRows: number[] = [];
  E.forEach((r, i) => {
    if (r.some((v) => Number.isNaN(v))) naRows.push(i);
  });
  E = E.map((r) => r.map((v) => (Number.isNaN(v) ? 0 : v)));
  if (naRows.length > 0) {
    // the impossible rows sit at the two ends of the score range
    const up = naRows.filter((i) => i < E.length / 2);
    const low = naRows.filter((i) => i >= E.length / 2);
    if (up.length > 0) {
      const target = up[up.length - 1] + 1;
      for (const i of up) {
        addRow(E[target], E[i]);
        addRow(O[target], O[i]);
      }
    }
    if (low.length > 0) {
      const target = low[0] - 1;
      for (const i of low) {
        addRow(E[target], E[i]);
        addRow(O[target], O[i]);
      }
    }
    const gone = new Set([...up, ...low]);
    O = O.filter((_, i) => !gone.has(i));
    E = E.filter((_, i) => !gone.has(i));
  }
  if (O.length === 0) return { observed: O, expected: E };

  // 2. empty rows and single-observation rows
  const keep = O.map((r) => rowSum(r) !== 0);
  O = O.filter((_, i) => keep[i]);
  E = E.filter((_, i) => keep[i]);
  // mirt flags small cells here, before the single-observation pooling below
  // shifts the rows; step 3 reads these flags by row position.
  const small = E.map((r) => r.map((v) => v < mincell));
  const single: number[] = [];
  for (let j = 0; j < O.length - 1; j++) {
    if (rowSum(O[j]) === 1) {
      single.push(j);
      addRow(O[j + 1], O[j]);
      addRow(E[j + 1], E[j]);
    }
  }
  if (single.length > 0) {
    const gone = new Set(single);
    O = O.filter((_, i) => !gone.has(i));
    E = E.filter((_, i) => !gone.has(i));
  }
  if (O.length > 1 && rowSum(O[O.length - 1]) === 1) {
    addRow(O[O.length - 2], O[O.length - 1]);
    addRow(E[E.length - 2], E[E.length - 1]);
    O.pop();
    E.pop();
  }

  // 3. polytomous: merge categories within sparse rows
  let ncol = E[0]?.length ?? 0;
  if (ncol > 2) {
    for (let j = 0; j < E.length; j++) {
      if (!small[j]?.some(Boolean)) continue;
      const e = E[j].slice();
      const o = O[j].slice();
      while (e.length > 2) {
        const m = Math.min(...e);
        const w = e.lastIndexOf(m);
        let pick: number;
        if (w === 0) pick = 1;
        else if (w === e.length - 1) pick = w - 1;
        else pick = Math.min(e[w - 1], e[w + 1]) === e[w - 1] ? w - 1 : w + 1;
        e[pick] += e[w];
        o[pick] += o[w];
        e.splice(w, 1);
        o.splice(w, 1);
        if (e.every((v) => v >= mincell)) break;
      }
      while (e.length < ncol) {
        e.push(0);
        o.push(0);
      }
      E[j] = e;
      O[j] = o;
    }
    // rare last categories are merged into the previous one
    while (ncol > 2) {
      let last = 0;
      for (const r of E) last += r[ncol - 1];
      if (!(last < mincell * Math.ceil(E.length * 0.1))) break;
      for (let j = 0; j < E.length; j++) {
        E[j][ncol - 2] += E[j][ncol - 1];
        O[j][ncol - 2] += O[j][ncol - 1];
        E[j].pop();
        O[j].pop();
      }
      ncol--;
    }
  }
  // categories with a non-zero expectation in under 5% of rows are merged down
  const dropCol = new Array<boolean>(ncol).fill(false);
  for (let c = ncol - 1; c >= 1; c--) {
    const share = E.filter((r) => r[c] > 0).length / E.length;
    if (share < 0.05) {
      dropCol[c] = true;
      for (let j = 0; j < E.length; j++) {
        E[j][c - 1] += E[j][c];
        O[j][c - 1] += O[j][c];
      }
    }
  }
  if (dropCol.some(Boolean)) {
    E = E.map((r) => r.filter((_, c) => !dropCol[c]));
    O = O.map((r) => r.filter((_, c) => !dropCol[c]));
  }

  // 4. pool score rows that still hold a small expected count
  const hasSmall = (r: number[]): boolean => r.some((v) => v < mincell && v !== 0);
  while (E.length > 1 && (E[0]?.length ?? 0) > 1) {
    const w = E.findIndex(hasSmall);
    if (w < 0) break;
    let pick: number;
    if (w === 0) pick = 1;
    else if (w === E.length - 1) pick = w - 1;
    else pick = rowSum(O[w - 1]) <= rowSum(O[w + 1]) ? w - 1 : w + 1;
    addRow(E[pick], E[w]);
    addRow(O[pick], O[w]);
    E.splice(w, 1);
    O.splice(w, 1);
  }
  E = E.map((r) => r.map((v) => (v === 0 ? Number.NaN : v)));
  return { observed: O, expected: E };
}
