/**
 * User administration by an agency admin (docs/server.md "Accounts"): the
 * area's registration. Other areas use nothing of it.
 */
import { defineFitur } from "../../http/fitur.ts";
import { rutePengguna } from "./rute-pengguna.ts";

export const fitur = defineFitur({ nama: "pengguna", grup: [rutePengguna] });
