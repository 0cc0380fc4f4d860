// @vitest-environment jsdom
/**
 * The typed API client (src/api/klien.ts) keeps the behaviour of `api()`:
 * language and CSRF headers, the session cookie, empty query values left out,
 * and every failure thrown as an `ApiError` in the user's language.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ApiError, setBahasaApi, setCsrfToken } from "../src/api/client.ts";
import { isi, klien } from "../src/api/klien.ts";

const IID = "00000000-0000-4000-8000-000000000001";
let diminta: Request[] = [];

function jawab(status: number, body?: unknown) {
  vi.stubGlobal(
    "fetch",
    vi.fn(async (req: Request) => {
      diminta.push(req);
      return new Response(body === undefined ? null : JSON.stringify(body), {
        status,
        headers: body === undefined ? {} : { "content-type": "application/json" },
      });
    }),
  );
}

beforeEach(() => {
  diminta = [];
  setBahasaApi("id");
  setCsrfToken("token-csrf");
});
afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(null);
});

describe("klien", () => {
  it("reads with the user's language and without the CSRF header, dropping empty query values", async () => {
    setBahasaApi("en");
    jawab(200, [{ id: "u1", kode: "A", nama: "Unit A", eselon: null, indukId: null, aktif: true }]);
    const units = await isi(
      klien.GET("/api/instansi/{instansiId}/unit", { params: { path: { instansiId: IID }, query: {} } }),
    );
    expect(units[0].nama).toBe("Unit A");
    const req = diminta[0];
    expect(req.method).toBe("GET");
    expect(new URL(req.url).pathname).toBe(`/api/instansi/${IID}/unit`);
    expect(req.headers.get("accept-language")).toBe("en");
    expect(req.headers.get("x-csrf-token")).toBeNull();
    expect(req.credentials).toBe("same-origin");

    jawab(200, { items: [], total: 0, page: 1, pageSize: 50 });
    await isi(
      klien.GET("/api/instansi/{instansiId}/pegawai", {
        params: { path: { instansiId: IID }, query: { q: "", aktif: "true", page: 2, unitId: undefined } },
      }),
    );
    expect(new URL(diminta[1].url).search).toBe("?aktif=true&page=2");
  });

  it("writes with the CSRF header and a JSON body", async () => {
    jawab(201, { id: "u2", kode: "B", nama: "Unit B", eselon: 2, indukId: null, aktif: true });
    const u = await isi(
      klien.POST("/api/instansi/{instansiId}/unit", {
        params: { path: { instansiId: IID } },
        body: { kode: "B", nama: "Unit B", eselon: 2 },
      }),
    );
    expect(u.kode).toBe("B");
    const req = diminta[0];
    expect(req.headers.get("x-csrf-token")).toBe("token-csrf");
    expect(req.headers.get("content-type")).toContain("application/json");
    expect(await req.json()).toEqual({ kode: "B", nama: "Unit B", eselon: 2 });
  });

  it("throws the server's error as an ApiError with its code and translated message", async () => {
    jawab(409, {
      error: { code: "KODE_UNIT_DIPAKAI", message: "Kode unit B sudah dipakai.", details: { x: 1 } },
    });
    const galat = await isi(
      klien.POST("/api/instansi/{instansiId}/unit", {
        params: { path: { instansiId: IID } },
        body: { kode: "B", nama: "Unit B" },
      }),
    ).catch((e) => e);
    expect(galat).toBeInstanceOf(ApiError);
    expect(galat).toMatchObject({
      status: 409,
      code: "KODE_UNIT_DIPAKAI",
      message: "Kode unit B sudah dipakai.",
    });
    expect(galat.details).toEqual({ x: 1 });
  });

  it("gives an answer that is not the API's JSON its HTTP status", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => new Response("<html>Bad gateway</html>", { status: 502, statusText: "Bad Gateway" })),
    );
    const galat = await isi(
      klien.GET("/api/instansi/{instansiId}/unit", { params: { path: { instansiId: IID } } }),
    ).catch((e) => e);
    expect(galat).toMatchObject({ status: 502, code: "HTTP_502" });
  });

  it("reports an unreachable server as JARINGAN, and lets a cancelled request stay cancelled", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => {
        throw new TypeError("Failed to fetch");
      }),
    );
    const galat = await isi(
      klien.GET("/api/instansi/{instansiId}/unit", { params: { path: { instansiId: IID } } }),
    ).catch((e) => e);
    expect(galat).toMatchObject({ status: 0, code: "JARINGAN" });

    vi.stubGlobal(
      "fetch",
      vi.fn(async () => {
        throw new DOMException("The operation was aborted.", "AbortError");
      }),
    );
    const batal = await isi(
      klien.GET("/api/instansi/{instansiId}/unit", { params: { path: { instansiId: IID } } }),
    ).catch((e) => e);
    expect(batal.name).toBe("AbortError");
  });

  it("returns nothing for 204 No Content", async () => {
    jawab(204);
    const r = await isi(klien.POST("/api/auth/logout", {}));
    expect(r).toBeUndefined();
  });
});
