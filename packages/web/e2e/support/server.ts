import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

export { mulaiServerDemo, type ServerUji } from "@nurani/server/test-support";

const WEB = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** Builds packages/web/dist when it is missing or older than the sources (the same script `npm start` runs). */
export function bangunWebBilaUsang(): void {
  const r = spawnSync(process.execPath, [path.join(WEB, "scripts/build-if-stale.mjs"), "--quiet"], {
    stdio: "inherit",
  });
  if (r.status !== 0) throw new Error("vite build gagal");
}
