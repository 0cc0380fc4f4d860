/**
 * The typed API client (docs/architecture.md "Typed API contract"): paths,
 * parameters, bodies and answers come from `skema.generated.ts`, which
 * `npm run kontrak` writes from the server's OpenAPI document. It behaves as
 * `api()` in `client.ts`: the session cookie, `Accept-Language`, the CSRF
 * header on writes, and every failure thrown as an `ApiError` whose message
 * is already in the user's language (`JARINGAN` when the server is not reached).
 *
 *   const daftar = await isi(klien.GET("/api/instansi/{instansiId}/audit", {
 *     params: { path: { instansiId }, query: { page, pageSize } },
 *   }));
 */
import createClient, { type Middleware } from "openapi-fetch";
import { ApiError, apiHeaders, teksKueri, toError } from "./client.ts";
import type { paths } from "./skema.generated.ts";

export type { paths };

const penengah: Middleware = {
  onRequest({ request }) {
    apiHeaders(request.method, request.headers).forEach((v, k) => {
      request.headers.set(k, v);
    });
    return request;
  },
  async onResponse({ response }) {
    if (!response.ok) throw await toError(response);
    return response;
  },
  onError({ error }) {
    if ((error as Error)?.name === "AbortError") throw error; // cancelled: stays a cancellation
    return new ApiError(0, "JARINGAN", "");
  },
};

export const klien = createClient<paths>({
  // the page's own origin: same-origin requests, with an absolute URL wherever `Request` needs one
  baseUrl: globalThis.location?.origin ?? "",
  credentials: "same-origin",
  // looked up at each call, so tests can stand in for the network
  fetch: (req) => globalThis.fetch(req),
  querySerializer: (q) => teksKueri(q),
});
klien.use(penengah);

/** The answer's body; a failure has already been thrown by the client as an `ApiError`. */
export async function isi<T>(jawaban: Promise<{ data?: T; response: Response }>): Promise<T> {
  return (await jawaban).data as T;
}

type Metode = "get" | "put" | "post" | "delete" | "patch";
type JsonSukses<O> = O extends { responses: infer R }
  ? {
      [S in keyof R]: S extends 200 | 201
        ? R[S] extends { content: { "application/json": infer J } }
          ? J
          : never
        : never;
    }[keyof R]
  : never;

/** The JSON answer of a path and method, e.g. `Jawaban<"/api/instansi/{instansiId}/pegawai/{id}">`. */
export type Jawaban<P extends keyof paths, M extends Metode = "get"> = JsonSukses<NonNullable<paths[P][M]>>;

type JsonKiriman<O> = O extends { requestBody?: { content: { "application/json": infer J } } } ? J : never;

/** The JSON body a path and method take, e.g. `Kiriman<"/api/instansi/{instansiId}/pegawai/{id}", "patch">`. */
export type Kiriman<P extends keyof paths, M extends Metode> = JsonKiriman<NonNullable<paths[P][M]>>;
