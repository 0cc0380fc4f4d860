/**
 * A short-lived in-process cache of values derived from one instansi's data
 * (a list total, an assembled map), keyed within the instansi. An entry lives
 * `umurMs`; any write in the instansi through this process drops all of that
 * instansi's entries (the after-write hook, `setelah-tulis.ts`, and jobs that
 * call it), so only a change made through another server process can lag, by
 * at most `umurMs`. When full, the oldest entry goes first.
 */
import { saatInstansiDitulis } from "./setelah-tulis.ts";

export class SimpananInstansi<T> {
  private readonly isi = new Map<string, Map<string, { nilai: T; sampai: number }>>();

  constructor(
    private readonly umurMs: number,
    private readonly maksPerInstansi: number,
    private readonly maksInstansi = Number.POSITIVE_INFINITY,
  ) {
    saatInstansiDitulis((instansiId) => this.lupakan(instansiId));
  }

  ambil(instansiId: string, kunci: string): T | undefined {
    const per = this.isi.get(instansiId);
    const e = per?.get(kunci);
    if (!e) return undefined;
    if (e.sampai > Date.now()) return e.nilai;
    per?.delete(kunci);
    return undefined;
  }

  simpan(instansiId: string, kunci: string, nilai: T): void {
    let per = this.isi.get(instansiId);
    if (!per) {
      if (this.isi.size >= this.maksInstansi) this.isi.delete(this.isi.keys().next().value as string);
      per = new Map();
      this.isi.set(instansiId, per);
    }
    if (per.size >= this.maksPerInstansi) per.delete(per.keys().next().value as string);
    per.set(kunci, { nilai, sampai: Date.now() + this.umurMs });
  }

  /** Forgets every entry of an instansi (after a write there). */
  lupakan(instansiId: string): void {
    this.isi.delete(instansiId);
  }
}
