/**
 * The typed API contract (docs/architecture.md "Typed API contract"): the
 * committed `src/api/skema.generated.ts` is exactly what `npm run kontrak`
 * makes from the server's routes today.
 */
import fs from "node:fs";
import { describe, expect, expectTypeOf, it } from "vitest";
import { BERKAS_KONTRAK, susunKontrak } from "../scripts/kontrak.ts";
import type { Jawaban, Kiriman } from "../src/api/klien.ts";

describe("typed API contract", () => {
  it("src/api/skema.generated.ts is current with the server's OpenAPI document", async () => {
    const segar = (await susunKontrak()).split("\n");
    const tersimpan = fs.readFileSync(BERKAS_KONTRAK, "utf8").split("\n");
    const beda = segar.findIndex((baris, i) => baris !== tersimpan[i]);
    const baris =
      beda === -1 && segar.length !== tersimpan.length ? Math.min(segar.length, tersimpan.length) : beda;
    expect(
      baris,
      `src/api/skema.generated.ts usang (baris ${baris + 1}: "${tersimpan[baris] ?? ""}" ≠ "${segar[baris] ?? ""}"). ` +
        "Jalankan `npm run kontrak` dan commit hasilnya. / The contract is stale: run `npm run kontrak` and commit it.",
    ).toBe(-1);
  }, 300_000);

  it("names answers and bodies of a path (checked by the type-check)", () => {
    type Pegawai = Jawaban<"/api/instansi/{instansiId}/pegawai/{id}">;
    expectTypeOf<Pegawai>().not.toBeNever();
    expectTypeOf<Pegawai["nama"]>().toEqualTypeOf<string>();
    expectTypeOf<Jawaban<"/api/instansi/{instansiId}/audit">["items"]>().toBeArray();
    expectTypeOf<Kiriman<"/api/instansi/{instansiId}/unit", "post">>().toHaveProperty("kode");
  });
});
