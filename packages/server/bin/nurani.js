#!/usr/bin/env node
// Launcher for the `nurani` CLI: runs the TypeScript source through tsx (ADR 0001).
import { register } from "tsx/esm/api";

register();
const { jalankanCli } = await import("../src/cli/main.ts");
await jalankanCli(process.argv);
