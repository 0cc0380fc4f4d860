import { defineProject } from "vitest/config";

export default defineProject({
  test: {
    name: "irt",
    include: ["test/**/*.test.ts"],
  },
});
