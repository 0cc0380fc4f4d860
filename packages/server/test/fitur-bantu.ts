/** Shared by the feature-route tests (fitur-unit, fitur-pegawai, fitur-impor-rute, fitur-audit, fitur-pengguna). */
import { susunNip } from "@nurani/domain";
import type { LightMyRequestResponse } from "fastify";
import { type KonteksUji, minta, type SesiUji } from "./support/index.ts";

export type Api = (
  s: SesiUji | null,
  method: "GET" | "POST" | "PATCH" | "PUT" | "DELETE",
  url: string,
  payload?: unknown,
  headers?: Record<string, string>,
) => Promise<LightMyRequestResponse>;

/** Requests to the suite's app as a logged-in user (or anonymous). */
export const apiUji =
  (t: KonteksUji): Api =>
  (s, method, url, payload, headers) =>
    minta(t.app, s, { method, url, payload: payload as never, headers });

let urut = 0;
/** A valid NIP, distinct within the test file. */
export const nip = (jk: "L" | "P" = "L") =>
  susunNip({ tanggalLahir: "1988-07-21", tmtCpns: "2012-03-01", jenisKelamin: jk, nomorUrut: ++urut });
