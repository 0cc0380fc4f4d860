/** A small seeded random generator (mulberry32) so the demo is the same on every machine. */
export class Acak {
  private s: number;
  constructor(benih: number) {
    this.s = benih >>> 0;
  }
  /** Uniform in [0, 1). */
  next(): number {
    this.s = (this.s + 0x6d2b79f5) >>> 0;
    let t = this.s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  /** Integer in [min, max]. */
  bulat(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pilih<T>(daftar: readonly T[]): T {
    return daftar[Math.floor(this.next() * daftar.length)];
  }
  /** Picks by weight: `[[value, weight], …]`. */
  berbobot<T>(daftar: readonly (readonly [T, number])[]): T {
    const total = daftar.reduce((s, [, b]) => s + b, 0);
    let r = this.next() * total;
    for (const [v, b] of daftar) {
      r -= b;
      if (r < 0) return v;
    }
    return daftar[daftar.length - 1][0];
  }
}
