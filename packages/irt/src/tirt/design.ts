/**
 * Forced-choice design: traits and blocks of 2–4 statements, as in the
 * `design.json` contract (docs/irt/thurstonian.md "Data"), and its expansion into the binary
 * pairwise comparisons of Brown & Maydeu-Olivares (2011): a block of n
 * statements gives n(n−1)/2 outcomes y_ik = 1 when statement i (earlier in
 * the block) is preferred to statement k.
 */
import { TirtError } from "./errors.ts";

export interface TirtStatement {
  id: string;
  trait: string;
  keyed: 1 | -1;
}

export interface TirtBlock {
  id: string;
  statements: TirtStatement[];
}

export interface TirtDesign {
  traits: string[];
  blocks: TirtBlock[];
}

/** A binary comparison: statements `first` and `second` are global statement indices. */
export interface TirtPair {
  block: number;
  first: number;
  second: number;
  /** Positions of the two statements within the block. */
  firstPos: number;
  secondPos: number;
}

/** The design flattened for computation. */
export interface TirtLayout {
  design: TirtDesign;
  /** Trait index of each statement (global statement order = block order, then position). */
  statementTrait: number[];
  statementKeyed: number[];
  statementBlock: number[];
  /** First global statement index of each block. */
  blockStart: number[];
  blockSize: number[];
  pairs: TirtPair[];
  /** Index of the first pair of each block; pairs of a block are contiguous. */
  blockPairStart: number[];
}

export const MIN_BLOCK_SIZE = 2;
export const MAX_BLOCK_SIZE = 4;

/** Validates an untrusted `design.json` value and returns it typed. */
export function parseDesign(value: unknown): TirtDesign {
  const fail = (id: string, en: string): never => {
    throw new TirtError(`Desain tidak valid: ${id}`, `invalid design: ${en}`);
  };
  if (typeof value !== "object" || value === null) fail("harus berupa objek JSON", "must be a JSON object");
  const v = value as Record<string, unknown>;
  if (!Array.isArray(v.traits) || v.traits.length === 0)
    fail(
      "`traits` harus berupa daftar nama trait yang tidak kosong",
      "`traits` must be a non-empty list of names",
    );
  const traits = (v.traits as unknown[]).map((t, i) => {
    if (typeof t !== "string" || t === "")
      fail(`traits[${i}] harus berupa teks`, `traits[${i}] must be a string`);
    return t as string;
  });
  const seenTrait = new Set<string>();
  for (const t of traits) {
    if (seenTrait.has(t)) fail(`trait "${t}" muncul dua kali`, `trait "${t}" is listed twice`);
    seenTrait.add(t);
  }
  if (!Array.isArray(v.blocks) || v.blocks.length === 0)
    fail("`blocks` harus berupa daftar blok yang tidak kosong", "`blocks` must be a non-empty list");
  const blockIds = new Set<string>();
  const statementIds = new Set<string>();
  const measured = new Set<string>();
  const blocks = (v.blocks as unknown[]).map((b, bi): TirtBlock => {
    if (typeof b !== "object" || b === null)
      fail(`blok ke-${bi + 1} harus berupa objek`, `block ${bi + 1} must be an object`);
    const bo = b as Record<string, unknown>;
    if (typeof bo.id !== "string" || bo.id === "")
      fail(`blok ke-${bi + 1} tidak memiliki \`id\``, `block ${bi + 1} has no \`id\``);
    const id = bo.id as string;
    if (blockIds.has(id)) fail(`id blok "${id}" muncul dua kali`, `block id "${id}" is used twice`);
    blockIds.add(id);
    if (
      !Array.isArray(bo.statements) ||
      bo.statements.length < MIN_BLOCK_SIZE ||
      bo.statements.length > MAX_BLOCK_SIZE
    )
      fail(
        `blok "${id}" harus berisi ${MIN_BLOCK_SIZE}–${MAX_BLOCK_SIZE} pernyataan`,
        `block "${id}" must hold ${MIN_BLOCK_SIZE}–${MAX_BLOCK_SIZE} statements`,
      );
    const statements = (bo.statements as unknown[]).map((s, si): TirtStatement => {
      const where = `blok "${id}", pernyataan ke-${si + 1}`;
      const whereEn = `block "${id}", statement ${si + 1}`;
      if (typeof s !== "object" || s === null)
        fail(`${where} harus berupa objek`, `${whereEn} must be an object`);
      const so = s as Record<string, unknown>;
      if (typeof so.id !== "string" || so.id === "")
        fail(`${where} tidak memiliki \`id\``, `${whereEn} has no \`id\``);
      if (statementIds.has(so.id as string))
        fail(`id pernyataan "${so.id}" muncul dua kali`, `statement id "${so.id}" is used twice`);
      statementIds.add(so.id as string);
      if (typeof so.trait !== "string" || !seenTrait.has(so.trait))
        fail(
          `${where}: trait "${String(so.trait)}" tidak ada di \`traits\``,
          `${whereEn}: unknown trait "${String(so.trait)}"`,
        );
      if (so.keyed !== 1 && so.keyed !== -1)
        fail(`${where}: \`keyed\` harus 1 atau -1`, `${whereEn}: \`keyed\` must be 1 or -1`);
      measured.add(so.trait as string);
      return { id: so.id as string, trait: so.trait as string, keyed: so.keyed as 1 | -1 };
    });
    return { id, statements };
  });
  for (const t of traits)
    if (!measured.has(t))
      fail(
        `trait "${t}" tidak diukur oleh pernyataan mana pun`,
        `trait "${t}" is not measured by any statement`,
      );
  return { traits, blocks };
}

export function layoutOf(design: TirtDesign): TirtLayout {
  const traitIndex = new Map(design.traits.map((t, i) => [t, i]));
  const statementTrait: number[] = [];
  const statementKeyed: number[] = [];
  const statementBlock: number[] = [];
  const blockStart: number[] = [];
  const blockSize: number[] = [];
  const blockPairStart: number[] = [];
  const pairs: TirtPair[] = [];
  design.blocks.forEach((block, b) => {
    blockStart.push(statementTrait.length);
    blockSize.push(block.statements.length);
    blockPairStart.push(pairs.length);
    const start = statementTrait.length;
    for (const s of block.statements) {
      statementTrait.push(traitIndex.get(s.trait) as number);
      statementKeyed.push(s.keyed);
      statementBlock.push(b);
    }
    const n = block.statements.length;
    for (let i = 0; i < n; i++)
      for (let k = i + 1; k < n; k++)
        pairs.push({ block: b, first: start + i, second: start + k, firstPos: i, secondPos: k });
  });
  return {
    design,
    statementTrait,
    statementKeyed,
    statementBlock,
    blockStart,
    blockSize,
    pairs,
    blockPairStart,
  };
}
