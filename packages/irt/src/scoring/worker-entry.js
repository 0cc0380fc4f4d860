// Worker-thread entry for parallel scoring. Plain JavaScript so that Node can
// start it without a loader; it registers tsx and then loads the TypeScript
// task module (the package runs from source, see docs/architecture.md).
import { register } from "tsx/esm/api";

register();
await import("./worker-task.ts");
