/**
 * The employee area (docs/architecture.md "Server feature modules"): what
 * other areas may use of it, and its registration.
 */
import { defineFitur } from "../../http/fitur.ts";
import { rutePegawai } from "./rute-pegawai.ts";

export const fitur = defineFitur({ nama: "pegawai", grup: [rutePegawai] });
