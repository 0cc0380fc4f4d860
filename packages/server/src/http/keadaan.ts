/**
 * Per-app state of a feature area (docs/architecture.md "Server feature
 * modules"), kept apart from `fitur.ts` so the guard can read it without an
 * import cycle.
 */
import type { FastifyInstance } from "fastify";

/**
 * State an area keeps in memory (a cache, a client): declared once at module
 * level, made anew for each app instance the area is registered in, and
 * closed with it (`onClose`). A handler reaches it with `ctx.keadaan(K)`.
 */
export interface Keadaan<T> {
  readonly nama: string;
  buat(): T;
  tutup?(nilai: T): void | Promise<void>;
}

export function keadaan<T>(
  nama: string,
  buat: () => T,
  tutup?: (nilai: T) => void | Promise<void>,
): Keadaan<T> {
  return { nama, buat, tutup } as Keadaan<T>;
}

declare module "fastify" {
  interface FastifyInstance {
    /** The per-app state of the area whose plugin this is (see `Keadaan`). */
    keadaanFitur?: Map<Keadaan<unknown>, unknown>;
  }
}

/** The area's state as its handlers see it; asking for another area's state is a programming error. */
export function ambilKeadaan<T>(server: FastifyInstance, k: Keadaan<T>): T {
  const isi = server.keadaanFitur;
  if (!isi?.has(k)) throw new Error(`Keadaan "${k.nama}" tidak didaftarkan oleh fitur rute ini`);
  return isi.get(k) as T;
}
