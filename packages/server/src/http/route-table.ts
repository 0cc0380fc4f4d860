import fs from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { JobHandler } from "../jobs/queue.ts";
import { type Fitur, ruteFitur } from "./fitur.ts";
import type { RouteDef } from "./route.ts";
import { ruteAuth } from "./routes/auth.ts";
import { ruteInstansi } from "./routes/instansi.ts";
import { ruteOidc } from "./routes/oidc.ts";

const FITUR_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "fitur");

/**
 * What an area not yet in the feature-module shape exports from
 * `src/fitur/<area>/routes.ts`; its routes are registered flat under `/api`.
 * An area in the shape has `index.ts` exporting `fitur` (`http/fitur.ts`).
 */
export interface ModulFitur {
  routes?: RouteDef[];
  jobs?: Record<string, JobHandler>;
}

/** Every area under `src/fitur/`: the feature-module ones and the older `routes.ts` ones. */
export async function muatModul(): Promise<{ fitur: Fitur[]; lama: ModulFitur[] }> {
  const areas = (await fs.promises.readdir(FITUR_DIR, { withFileTypes: true }).catch(() => []))
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  const fitur: Fitur[] = [];
  const lama: ModulFitur[] = [];
  for (const area of areas) {
    const index = path.join(FITUR_DIR, area, "index.ts");
    const routes = path.join(FITUR_DIR, area, "routes.ts");
    if (fs.existsSync(index)) {
      const f = ((await import(pathToFileURL(index).href)) as { fitur?: Fitur }).fitur;
      if (!f || f.nama !== area) throw new Error(`fitur/${area}/index.ts harus mengekspor fitur "${area}"`);
      fitur.push(f);
    } else if (fs.existsSync(routes)) lama.push(await import(pathToFileURL(routes).href));
  }
  return { fitur, lama };
}

/** The platform's own routes (login, OIDC, the instansi list), registered flat under `/api`. */
const RUTE_PLATFORM: readonly RouteDef[] = [...ruteAuth, ...ruteOidc, ...ruteInstansi];

/** What the app registers: the routes it mounts flat under `/api` and the areas it mounts as plugins. */
export async function muatRuteApp(): Promise<{ rute: RouteDef[]; fitur: Fitur[] }> {
  const { fitur, lama } = await muatModul();
  return { rute: [...RUTE_PLATFORM, ...lama.flatMap((m) => m.routes ?? [])], fitur };
}

/** The route table: the platform's routes plus every area's. */
export async function muatTabelRute(): Promise<RouteDef[]> {
  const { fitur, lama } = await muatModul();
  return [...RUTE_PLATFORM, ...lama.flatMap((m) => m.routes ?? []), ...fitur.flatMap(ruteFitur)];
}

/** Job handlers contributed by the areas (`jobs`), by job kind. */
export async function muatJobHandlers(): Promise<Record<string, JobHandler>> {
  const out: Record<string, JobHandler> = {};
  const { fitur, lama } = await muatModul();
  for (const m of [...lama, ...fitur]) {
    for (const [jenis, h] of Object.entries(m.jobs ?? {})) {
      if (out[jenis]) throw new Error(`Jenis job ganda: ${jenis}`);
      out[jenis] = h;
    }
  }
  return out;
}
