/**
 * The OpenAPI document the server serves at `/api/docs/json`, built without
 * listening: the web app's typed API contract is generated from it
 * (docs/architecture.md "Typed API contract"). The app is built on an empty
 * in-memory database it never queries.
 */

import { loadConfig } from "../config.ts";
import { bukaBasisdata } from "../db/factory.ts";
import { buatApp } from "./app.ts";
import { buatLogger } from "./logger.ts";

export async function dokumenOpenApi(): Promise<Record<string, unknown>> {
  const basisdata = await bukaBasisdata({ databaseUrl: null, pgliteDir: null });
  try {
    const app = await buatApp({
      config: loadConfig({}),
      db: basisdata.db,
      logger: buatLogger("silent"),
      web: false,
    });
    await app.ready();
    const dokumen = app.swagger() as unknown as Record<string, unknown>;
    await app.close();
    return dokumen;
  } finally {
    await basisdata.tutup();
  }
}
