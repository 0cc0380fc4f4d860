import { performance } from "node:perf_hooks";
import { siapkanTemplatUji } from "./db.ts";

/**
 * vitest globalSetup of the server project: migrate once per run (once per migration set,
 * in fact) into the template every test file's database is copied from (support/db.ts).
 */
export default async function (): Promise<void> {
  const t0 = performance.now();
  await siapkanTemplatUji();
  if (process.env.NURANI_UJI_WAKTU)
    console.log(`[db] migrated templates ready in ${(performance.now() - t0).toFixed(0)} ms`);
}
