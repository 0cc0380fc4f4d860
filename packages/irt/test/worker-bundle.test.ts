import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { BUNDLE_PATH, buildWorkerBundle } from "../scripts/build-workers.ts";

describe("worker-thread bundle", () => {
  it("is current with the TypeScript sources it is built from (else run npm run build:workers -w @nurani/irt)", async () => {
    expect(readFileSync(BUNDLE_PATH, "utf8")).toBe(await buildWorkerBundle());
  });
});
