// unzipper (the ZIP parser ExcelJS streams with) ships no types; the part used by fitur/impor/batas-xlsx.ts.
declare module "unzipper" {
  import type { Duplex, Readable } from "node:stream";

  namespace unzipper {
    interface Entry extends Readable {
      path: string;
      type: "File" | "Directory";
      autodrain(): unknown;
    }
    function Parse(opts?: { forceStream?: boolean; verbose?: boolean }): Duplex;
  }
  export default unzipper;
}
