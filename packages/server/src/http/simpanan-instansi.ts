/**
 * A short-lived cache of values derived from one instansi's data (a list
 * total, an assembled map), keyed within the instansi. An entry lives
 * `umurMs` and only while the instansi's write counter (`versi_simpanan`,
 * read with every lookup: one primary-key read) is the one it was computed
 * under: any write in the instansi, through any server process, and jobs
 * that call `instansiDitulis`, make it stale everywhere at once
 * (docs/server.md "Several processes"). When full, the oldest entry goes first.
 */
import type { Db } from "../db/factory.ts";
import { saatInstansiDitulis, versiInstansi } from "./setelah-tulis.ts";

export class SimpananInstansi<T> {
  private readonly isi = new Map<string, Map<string, { nilai: T; sampai: number; versi: number }>>();

  constructor(
    private readonly umurMs: number,
    private readonly maksPerInstansi: number,
    private readonly maksInstansi = Number.POSITIVE_INFINITY,
  ) {
    saatInstansiDitulis((instansiId) => this.lupakan(instansiId));
  }

  /**
   * The kept value when still valid, and the counter read now: a value
   * computed after this call is stored with it (`simpan`).
   */
  async ambil(db: Db, instansiId: string, kunci: string): Promise<{ nilai: T | undefined; versi: number }> {
    const versi = await versiInstansi(db, instansiId);
    const per = this.isi.get(instansiId);
    const e = per?.get(kunci);
    if (!e) return { nilai: undefined, versi };
    if (e.sampai > Date.now() && e.versi === versi) return { nilai: e.nilai, versi };
    per?.delete(kunci);
    return { nilai: undefined, versi };
  }

  simpan(instansiId: string, kunci: string, nilai: T, versi: number): void {
    let per = this.isi.get(instansiId);
    if (!per) {
      if (this.isi.size >= this.maksInstansi) this.isi.delete(this.isi.keys().next().value as string);
      per = new Map();
      this.isi.set(instansiId, per);
    }
    if (per.size >= this.maksPerInstansi) per.delete(per.keys().next().value as string);
    per.set(kunci, { nilai, sampai: Date.now() + this.umurMs, versi });
  }

  /** Forgets every entry of an instansi (after a write there through this process). */
  lupakan(instansiId: string): void {
    this.isi.delete(instansiId);
  }
}
