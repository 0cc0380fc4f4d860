/** Messages of the register import's row errors (domain `pesanGalatBarisImpor`), prefixed by the file when it is the unit file. */
import { pesanGalatBarisImpor } from "@nurani/domain";
import type { GalatImpor } from "./impor.ts";

export function pesanGalatImpor(g: GalatImpor, bahasa: "id" | "en"): string {
  return pesanGalatBarisImpor(g, bahasa);
}
