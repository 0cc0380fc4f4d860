// Worker-thread entry for the parallel E-step: registers tsx so that the
// TypeScript task module can be loaded (the package runs from source).
import { register } from "tsx/esm/api";

register();
await import("./worker-task.ts");
