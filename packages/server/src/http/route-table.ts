import fs from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { JobHandler } from "../jobs/queue.ts";
import type { RouteDef } from "./route.ts";
import { ruteAuth } from "./routes/auth.ts";
import { ruteInstansi } from "./routes/instansi.ts";
import { ruteOidc } from "./routes/oidc.ts";

const FITUR_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "fitur");

/** What a feature module `src/fitur/<area>/routes.ts` exports. */
export interface ModulFitur {
  routes?: RouteDef[];
  jobs?: Record<string, JobHandler>;
}

async function modulFitur(): Promise<ModulFitur[]> {
  const areas = (await fs.promises.readdir(FITUR_DIR, { withFileTypes: true }).catch(() => []))
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  const out: ModulFitur[] = [];
  for (const area of areas) {
    const file = path.join(FITUR_DIR, area, "routes.ts");
    if (fs.existsSync(file)) out.push(await import(pathToFileURL(file).href));
  }
  return out;
}

/** The route table: the platform's routes plus every feature module's `routes`. */
export async function muatTabelRute(): Promise<RouteDef[]> {
  const fitur = (await modulFitur()).flatMap((m) => m.routes ?? []);
  return [...ruteAuth, ...ruteOidc, ...ruteInstansi, ...fitur];
}

/** Job handlers contributed by feature modules (`jobs` export), by job kind. */
export async function muatJobHandlers(): Promise<Record<string, JobHandler>> {
  const out: Record<string, JobHandler> = {};
  for (const m of await modulFitur()) {
    for (const [jenis, h] of Object.entries(m.jobs ?? {})) {
      if (out[jenis]) throw new Error(`Jenis job ganda: ${jenis}`);
      out[jenis] = h;
    }
  }
  return out;
}
