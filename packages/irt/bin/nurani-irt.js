#!/usr/bin/env node
// Launcher for the nurani-irt CLI: the package runs from TypeScript source,
// so register tsx's ESM loader, then run src/cli/main.ts.
import { register } from "tsx/esm/api";

register();
const { main } = await import("../src/cli/main.ts");
process.exitCode = await main(process.argv.slice(2));
