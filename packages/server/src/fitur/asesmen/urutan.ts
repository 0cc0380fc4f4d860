/**
 * Per-person order of blocks and of the statements within each block
 * (docs/asesmen.md "Flow": block and statement order randomised per person
 * from a recorded seed). The order is a pure function of the form and the seed
 * `benih` kept in `peserta_asesmen`, so it can always be re-derived and
 * checked against the stored `urutan`.
 */
/** One block as a test taker sees it: statement ids in display order. */
export interface BlokUrut {
  blok: string;
  pernyataan: string[];
}

/** A small seeded generator (splitmix32 style): deterministic, not for secrets. */
function pembangkit(benih: number): () => number {
  let s = benih >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return ((z ^ (z >>> 16)) >>> 0) / 4294967296;
  };
}

function acak<T>(xs: T[], u: () => number): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(u() * (i + 1));
    [xs[i], xs[j]] = [xs[j], xs[i]];
  }
  return xs;
}

/** The person's block order and statement order (Fisher–Yates driven by `benih`). */
export function urutanPeserta(
  formulir: { blok: readonly { id: string; pernyataan: readonly string[] }[] },
  benih: number,
): BlokUrut[] {
  const u = pembangkit(benih);
  const blok = acak(
    formulir.blok.map((b) => ({ blok: b.id, pernyataan: [...b.pernyataan] })),
    u,
  );
  for (const b of blok) acak(b.pernyataan, u);
  return blok;
}
