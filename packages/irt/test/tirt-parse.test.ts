/** Design and response parsing for the forced-choice contract (docs/irt/thurstonian.md "Data"). */
import { describe, expect, it } from "vitest";
import { layoutOf, parseDesign, type TirtDesign } from "../src/tirt/design.ts";
import { generateTirtParams } from "../src/tirt/params.ts";
import {
  MISSING,
  outcomesToRanking,
  parseRanking,
  parseResponsesCsv,
  personsWithoutResponses,
  rankToOutcomes,
} from "../src/tirt/responses.ts";
import { simulateTirt } from "../src/tirt/simulate.ts";

const design: TirtDesign = {
  traits: ["Jujur", "Peduli", "Adil"],
  blocks: [
    {
      id: "b1",
      statements: [
        { id: "s1", trait: "Jujur", keyed: 1 },
        { id: "s2", trait: "Peduli", keyed: -1 },
        { id: "s3", trait: "Adil", keyed: 1 },
      ],
    },
    {
      id: "b2",
      statements: [
        { id: "s4", trait: "Adil", keyed: 1 },
        { id: "s5", trait: "Jujur", keyed: 1 },
        { id: "s6", trait: "Peduli", keyed: 1 },
        { id: "s7", trait: "Jujur", keyed: -1 },
      ],
    },
    {
      id: "b3",
      statements: [
        { id: "s8", trait: "Peduli", keyed: 1 },
        { id: "s9", trait: "Adil", keyed: -1 },
      ],
    },
  ],
};

describe("parseDesign", () => {
  it("accepts the design.json contract and lays out n(n−1)/2 pairs per block", () => {
    const d = parseDesign(JSON.parse(JSON.stringify(design)));
    const lay = layoutOf(d);
    expect(lay.pairs).toHaveLength(3 + 6 + 1);
    expect(lay.blockPairStart).toEqual([0, 3, 9]);
    expect(lay.pairs[3]).toMatchObject({ block: 1, first: 3, second: 4, firstPos: 0, secondPos: 1 });
    expect(lay.statementTrait).toEqual([0, 1, 2, 2, 0, 1, 0, 1, 2]);
  });

  const broken = (mutate: (d: TirtDesign) => void) => {
    const d = structuredClone(design);
    mutate(d);
    return () => parseDesign(d);
  };

  it("refuses broken designs with messages in Bahasa Indonesia first, then English", () => {
    expect(
      broken((d) => {
        d.blocks[0].statements[0].trait = "Berani";
      }),
    ).toThrow(
      /^Desain tidak valid: .*trait "Berani" tidak ada di `traits`.*\(invalid design: .*unknown trait "Berani"\)/,
    );
    expect(
      broken((d) => {
        (d.blocks[0].statements[1] as { keyed: number }).keyed = 0;
      }),
    ).toThrow(/`keyed` harus 1 atau -1/);
    expect(
      broken((d) => {
        d.blocks[1].statements.push({ id: "s10", trait: "Adil", keyed: 1 });
      }),
    ).toThrow(/harus berisi 2–4 pernyataan/);
    expect(
      broken((d) => {
        d.blocks[2].id = "b1";
      }),
    ).toThrow(/id blok "b1" muncul dua kali/);
    expect(
      broken((d) => {
        d.blocks[2].statements[0].id = "s1";
      }),
    ).toThrow(/id pernyataan "s1" muncul dua kali/);
    expect(
      broken((d) => {
        d.traits.push("Berani");
      }),
    ).toThrow(/trait "Berani" tidak diukur/);
    expect(() => parseDesign([])).toThrow(/`traits`/);
  });
});

describe("rankings", () => {
  it("parses full and partial rankings into ranks", () => {
    expect(parseRanking("2>0>1", 3)).toEqual([1, 2, 0]);
    expect(parseRanking(" 3 > 0=2 > 1 ", 4)).toEqual([1, 2, 1, 0]);
    expect(parseRanking("", 3)).toBeNull();
    expect(parseRanking("1>0", 2)).toEqual([1, 0]);
  });

  it("refuses malformed cells", () => {
    expect(() => parseRanking("0>0>1", 3)).toThrow(/posisi 0 disebut lebih dari sekali/);
    expect(() => parseRanking("0>1", 3)).toThrow(/posisi 2 tidak diperingkat/);
    expect(() => parseRanking("0>3>1", 3)).toThrow(/posisi 3 di luar blok/);
    expect(() => parseRanking("a>b>c", 3)).toThrow(/bukan nomor posisi/);
    expect(() => parseRanking("0=1=2", 3)).toThrow(/semua seri/);
  });

  it("turns a most/least answer of four into five known pairs and one missing pair", () => {
    const lay = layoutOf(design);
    const row = new Int8Array(lay.pairs.length).fill(9);
    rankToOutcomes(lay, 1, parseRanking("3>0=2>1", 4), row);
    // pairs of b2 in order (0,1) (0,2) (0,3) (1,2) (1,3) (2,3); 1 = first preferred
    expect(Array.from(row.subarray(3, 9))).toEqual([1, MISSING, 0, 0, 0, 0]);
    expect(row[0]).toBe(9);
    expect(outcomesToRanking(lay, 1, row)).toBe("3>0=2>1");
  });

  it("round-trips simulated full rankings and most/least answers through ranking text", () => {
    const d = parseDesign(design);
    const truth = generateTirtParams(d, { seed: 5 });
    const lay = truth.layout;
    const P = lay.pairs.length;
    for (const format of ["full", "mostLeast"] as const) {
      const sim = simulateTirt(truth, { persons: 200, seed: 6, format });
      for (let p = 0; p < 200; p++) {
        const row = sim.outcomes.subarray(p * P, (p + 1) * P);
        const missing = Array.from(row.subarray(3, 9)).filter((v) => v === MISSING).length;
        expect(missing).toBe(format === "full" ? 0 : 1);
        const back = new Int8Array(P);
        for (let b = 0; b < 3; b++) {
          const text = outcomesToRanking(lay, b, row);
          if (format === "mostLeast" && b === 1) expect(text).toMatch(/^\d>\d=\d>\d$/);
          rankToOutcomes(lay, b, parseRanking(text, lay.blockSize[b]), back);
        }
        expect(Array.from(back)).toEqual(Array.from(row));
      }
    }
  });
});

describe("parseResponsesCsv", () => {
  const lay = layoutOf(design);

  it("reads an id column, block columns in any order and empty cells as skipped blocks", () => {
    const csv = "id,b3,b1,b2\r\nP-001,1>0,2>0>1,3>0=2>1\r\nP-002,,0>1>2,\r\n";
    const data = parseResponsesCsv(csv, lay);
    expect(data.ids).toEqual(["P-001", "P-002"]);
    expect(data.persons).toBe(2);
    const row2 = Array.from(data.outcomes.subarray(10, 20));
    expect(row2.slice(0, 3)).toEqual([1, 1, 1]);
    expect(row2.slice(3).every((v) => v === MISSING)).toBe(true);
    expect(data.outcomes[9]).toBe(0); // b3: statement 1 preferred to statement 0
    expect(personsWithoutResponses(data)).toEqual([]);
  });

  it("numbers persons from 1 without an id column and finds persons with no answers", () => {
    const data = parseResponsesCsv("b1,b2,b3\n0>1>2,0>1>2>3,0>1\n,,\n", lay);
    expect(data.ids).toEqual(["1", "2"]);
    expect(personsWithoutResponses(data)).toEqual([1]);
  });

  it("says which row and column is wrong", () => {
    expect(() => parseResponsesCsv("id,b1,b9\nx,0>1>2,0>1\n", lay)).toThrow(/Kolom "b9" bukan id blok/);
    expect(() => parseResponsesCsv("id,b1\nx,0>1>2,extra\n", lay)).toThrow(/Baris 2: ada 3 sel/);
    expect(() => parseResponsesCsv("id,b1\nx,0>1>1\n", lay)).toThrow(
      /^Baris 2, kolom "b1": Jawaban "0>1>1" tidak valid: posisi 1 disebut lebih dari sekali/,
    );
    expect(() => parseResponsesCsv("", lay)).toThrow(/Berkas jawaban kosong/);
  });
});
