/**
 * Thin fetch wrapper for the Nurani API (docs/api.md): sends the session
 * cookie, `Accept-Language` from the chosen language, and `x-csrf-token` on
 * every mutating request; turns `{error: {code, message, details}}` answers
 * into an `ApiError` whose message is already in the user's language.
 */

let csrfToken: string | null = null;
let bahasa = "id";

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export function setBahasaApi(lang: string): void {
  bahasa = lang;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

/** Reads the readable `nurani_csrf` cookie as a fallback after a reload. */
function csrfFromCookie(): string | null {
  const m = document.cookie.match(/(?:^|;\s*)nurani_csrf=([^;]+)/);
  return m ? decodeURIComponent(m[1]) : null;
}

export function apiHeaders(method: string, extra?: HeadersInit): Headers {
  const h = new Headers(extra);
  h.set("Accept-Language", bahasa);
  if (!h.has("Accept")) h.set("Accept", "application/json");
  if (method !== "GET" && method !== "HEAD") {
    const token = csrfToken ?? csrfFromCookie();
    if (token) h.set("x-csrf-token", token);
  }
  return h;
}

/** The `ApiError` of a failed answer: the server's `{error: {code, message, details}}`, else its status. */
export async function toError(res: Response): Promise<ApiError> {
  let code = `HTTP_${res.status}`;
  let message = res.statusText || `HTTP ${res.status}`;
  let details: unknown;
  try {
    const body = (await res.json()) as { error?: { code?: string; message?: string; details?: unknown } };
    if (body?.error) {
      code = body.error.code ?? code;
      message = body.error.message ?? message;
      details = body.error.details;
    }
  } catch {
    // not JSON (e.g. a proxy error page): keep the status text
  }
  return new ApiError(res.status, code, message, details);
}

export interface RequestOptions {
  method?: "GET" | "POST" | "PATCH" | "PUT" | "DELETE";
  body?: unknown;
  query?: Record<string, string | number | boolean | undefined | null>;
  signal?: AbortSignal;
}

/** A query string without the values that mean "not given" (undefined, null, ""). */
export function teksKueri(query?: Record<string, unknown>): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {})) {
    if (v !== undefined && v !== null && v !== "") params.set(k, String(v));
  }
  return params.toString();
}

export function buildUrl(path: string, query?: RequestOptions["query"]): string {
  const qs = teksKueri(query);
  return qs ? `${path}?${qs}` : path;
}

export async function api<T>(path: string, opts: RequestOptions = {}): Promise<T> {
  const method = opts.method ?? "GET";
  const isForm = typeof FormData !== "undefined" && opts.body instanceof FormData;
  const headers = apiHeaders(method);
  let body: BodyInit | undefined;
  if (opts.body !== undefined) {
    if (isForm) body = opts.body as FormData;
    else {
      headers.set("Content-Type", "application/json");
      body = JSON.stringify(opts.body);
    }
  }
  let res: Response;
  try {
    res = await fetch(buildUrl(path, opts.query), {
      method,
      headers,
      body,
      credentials: "same-origin",
      signal: opts.signal,
    });
  } catch (e) {
    if ((e as Error).name === "AbortError") throw e;
    throw new ApiError(0, "JARINGAN", "");
  }
  if (!res.ok) throw await toError(res);
  if (res.status === 204) return undefined as T;
  const type = res.headers.get("content-type") ?? "";
  if (!type.includes("json")) return undefined as T;
  return (await res.json()) as T;
}

/** Downloads a file answer (e.g. audit export) and hands it to the browser. */
export async function download(path: string, query: RequestOptions["query"], fallbackName: string) {
  const res = await fetch(buildUrl(path, query), { headers: apiHeaders("GET"), credentials: "same-origin" });
  if (!res.ok) throw await toError(res);
  const blob = await res.blob();
  const cd = res.headers.get("content-disposition") ?? "";
  const name = cd.match(/filename\*?=(?:UTF-8'')?"?([^";]+)"?/i)?.[1] ?? fallbackName;
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = decodeURIComponent(name);
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
