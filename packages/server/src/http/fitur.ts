/**
 * The shape of a feature module (docs/architecture.md "Server feature
 * modules"): `src/fitur/<area>/index.ts` exports `fitur = defineFitur({…})`.
 * The app registers each area as an encapsulated Fastify plugin, and inside
 * it each URL group (one `rute-*.ts` file) as a child plugin under its prefix.
 * Every route still goes through `defineRoute` and the central guard.
 */
import type { FastifyInstance } from "fastify";
import type { JobHandler } from "../jobs/queue.ts";
import { type DepsRute, pasangRute } from "./guard.ts";
import type { Keadaan } from "./keadaan.ts";
import type { RouteDef } from "./route.ts";

/** The routes of one URL group: every `url` starts with `prefix` (both start with `/api/`). */
export interface GrupRute {
  readonly prefix: string;
  readonly rute: readonly RouteDef[];
}

export interface Fitur {
  /** The area's folder name under `src/fitur/`. */
  readonly nama: string;
  readonly grup: readonly GrupRute[];
  /** The per-app state its handlers use (`ctx.keadaan`). */
  readonly keadaan?: readonly Keadaan<unknown>[];
  /** Background job handlers, by job kind. */
  readonly jobs?: Readonly<Record<string, JobHandler>>;
}

/** Declares a URL group; a route outside `prefix` is a programming error, reported at startup. */
export function grupRute(prefix: string, rute: readonly RouteDef[]): GrupRute {
  if (!prefix.startsWith("/api/") || prefix.endsWith("/"))
    throw new Error(`Grup rute ${prefix}: awali dengan /api/, tanpa garis miring di akhir`);
  for (const r of rute) {
    if (r.url !== prefix && !r.url.startsWith(`${prefix}/`))
      throw new Error(`Rute ${r.method} ${r.url} berada di luar prefiks grupnya ${prefix}`);
  }
  return { prefix, rute };
}

export function defineFitur(f: Fitur): Fitur {
  return f;
}

/** All routes of an area, with their full URLs (the route table, tests, OpenAPI checks). */
export const ruteFitur = (f: Fitur): RouteDef[] => f.grup.flatMap((g) => g.rute);

/** Registers an area under the `/api` plugin `api`: its state, then each URL group under its prefix. */
export function pasangFitur(api: FastifyInstance, f: Fitur, deps: DepsRute): void {
  api.register(async (area) => {
    const isi = new Map<Keadaan<unknown>, unknown>(f.keadaan?.map((k) => [k, k.buat()]));
    area.decorate("keadaanFitur", isi);
    area.addHook("onClose", async () => {
      for (const [k, nilai] of isi) await k.tutup?.(nilai);
      isi.clear();
    });
    for (const g of f.grup) {
      area.register(
        async (grup) => {
          for (const r of g.rute) pasangRute(grup, r, deps, g.prefix);
        },
        { prefix: g.prefix.slice("/api".length) },
      );
    }
  });
}
