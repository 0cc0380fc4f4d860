#!/usr/bin/env node
// `npm run dev`: the API server (restarted on change by tsx watch) on :3000
// and Vite's dev server with hot reload, which proxies /api to it.
import { spawn } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const env = { ...process.env, NURANI_DEMO: process.env.NURANI_DEMO ?? "1" };
const children = [
  spawn("npx", ["tsx", "watch", "packages/server/src/cli/main.ts", "serve"], {
    cwd: root,
    stdio: "inherit",
    env,
  }),
  spawn("npm", ["run", "dev", "-w", "@nurani/web"], { cwd: root, stdio: "inherit", env }),
];
const stop = () => {
  for (const c of children) c.kill("SIGTERM");
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
for (const c of children)
  c.on("exit", (code) => {
    stop();
    process.exitCode = code ?? 0;
  });
