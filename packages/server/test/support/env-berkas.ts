/**
 * The server project runs its test files in shared workers (vitest `isolate: false`,
 * vitest.config.ts): the server's modules are loaded once per worker instead of once
 * per file. A file that sets `process.env` (SMTP, the WBS key) must not leak it into
 * the next file of the same worker, so every file gets back the environment it
 * started with.
 */
import { afterAll } from "vitest";

const awal = { ...process.env };

afterAll(() => {
  for (const k of Object.keys(process.env)) if (!(k in awal)) delete process.env[k];
  Object.assign(process.env, awal);
});
