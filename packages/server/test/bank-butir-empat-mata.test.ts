/**
 * Four-eyes rule of the national item bank (docs/item-bank.md "Four eyes"):
 * the national evaluator who submitted a version for review cannot publish
 * it; another one can. The built-in bank's seed is a system action.
 */
import { type Kysely, sql } from "kysely";
import { beforeAll, expect, it } from "vitest";
import { up as migrasiPengaju } from "../src/db/migrations/0042_bank_butir_pengaju.ts";
import { pastikanBankBawaan } from "../src/fitur/bank-butir/index.ts";
import {
  buatInstansi,
  buatPengguna,
  describeOnDatabases,
  login,
  minta,
  type SesiUji,
} from "./support/index.ts";

describeOnDatabases("bank butir: four-eyes rule on publishing", (t) => {
  let penulis: SesiUji;
  let peninjau: SesiUji;
  let idPenulis = "";
  let idPeninjau = "";
  let bawaanId = "";

  const oleh = (s: SesiUji, method: "GET" | "POST", url: string, payload?: unknown, en = false) =>
    minta(t.app, s, {
      method,
      url,
      payload: payload as object,
      ...(en ? { headers: { "accept-language": "en" } } : {}),
    });
  const pengaju = async (id: string) =>
    (
      await sql<{
        diajukan_oleh: string | null;
      }>`select diajukan_oleh from bank_butir_versi where id = ${id}`.execute(t.db)
    ).rows[0].diajukan_oleh;

  beforeAll(async () => {
    const nasional = await buatInstansi(t.db, { nasional: true });
    const uA = await buatPengguna(t.db, [{ instansiId: nasional.id, peran: "evaluator_nasional" }]);
    const uB = await buatPengguna(t.db, [{ instansiId: nasional.id, peran: "evaluator_nasional" }]);
    idPenulis = uA.id;
    idPeninjau = uB.id;
    penulis = await login(t.app, uA.username, uA.password);
    peninjau = await login(t.app, uB.username, uB.password);
    const r = await oleh(penulis, "GET", "/api/bank-butir/versi");
    bawaanId = r.json().items[0].id;
  });

  it("the built-in bank is published by the system seed, without a submitter or a publisher", async () => {
    await pastikanBankBawaan(t.db);
    const r = await t.db
      .selectFrom("bank_butir_versi")
      .select(["status", "diterbitkan_oleh"])
      .where("id", "=", bawaanId)
      .executeTakeFirstOrThrow();
    expect(r).toEqual({ status: "terbit", diterbitkan_oleh: null });
    expect(await pengaju(bawaanId)).toBeNull();
  });

  it("refuses the submitter (403, Bahasa Indonesia, audited) and lets another evaluator through", async () => {
    const buat = await oleh(penulis, "POST", "/api/bank-butir/versi", { asalId: bawaanId, versi: "em-1" });
    expect(buat.statusCode, buat.body).toBe(201);
    const id = buat.json().id as string;
    const url = `/api/bank-butir/versi/${id}`;
    expect((await oleh(penulis, "POST", `${url}/ajukan`, {})).statusCode).toBe(200);
    expect(await pengaju(id)).toBe(idPenulis);

    // the page knows: the submitter sees the rule, the other evaluator does not
    expect((await oleh(penulis, "GET", url)).json().diajukanOlehSaya).toBe(true);
    expect((await oleh(peninjau, "GET", url)).json().diajukanOlehSaya).toBe(false);

    const sendiri = await oleh(penulis, "POST", `${url}/terbitkan`, {});
    expect(sendiri.statusCode).toBe(403);
    expect(sendiri.json().error.code).toBe("PENERBIT_ADALAH_PENGAJU");
    expect(sendiri.json().error.message).toMatch(/empat mata/);
    expect(sendiri.json().error.message).toContain("em-1");
    const en = await oleh(penulis, "POST", `${url}/terbitkan`, {}, true);
    expect(en.json().error.message).toMatch(/Four-eyes rule/);
    expect((await oleh(penulis, "GET", url)).json().status).toBe("tinjauan");
    const audit = await t.db
      .selectFrom("audit_log")
      .select(["rincian", "pengguna_id"])
      .where("aksi", "=", "bank_butir.versi.terbitkan")
      .where("objek_id", "=", id)
      .execute();
    expect(audit).toHaveLength(2);
    expect(audit[0]).toMatchObject({
      pengguna_id: idPenulis,
      rincian: { hasil: "gagal", versi: "em-1", ke: "terbit" },
    });

    // another evaluator passes the four-eyes gate and meets the next one (the design guard has not run)
    const lain = await oleh(peninjau, "POST", `${url}/terbitkan`, {});
    expect(lain.statusCode).toBe(409);
    expect(lain.json().error.code).toBe("DESAIN_BELUM");

    // returned and submitted again by the reviewer: now the reviewer is the one who may not publish
    await oleh(peninjau, "POST", `${url}/kembalikan`, { komentar: "Periksa ulang." });
    expect(await pengaju(id)).toBeNull();
    expect((await oleh(peninjau, "POST", `${url}/ajukan`, {})).statusCode).toBe(200);
    expect(await pengaju(id)).toBe(idPeninjau);
    expect((await oleh(peninjau, "POST", `${url}/terbitkan`, {})).json().error.code).toBe(
      "PENERBIT_ADALAH_PENGAJU",
    );
    expect((await oleh(penulis, "POST", `${url}/terbitkan`, {})).json().error.code).toBe("DESAIN_BELUM");
  });

  it("refuses when the submitter is unknown, and the migration recovers it from the audit log", async () => {
    const buat = await oleh(penulis, "POST", "/api/bank-butir/versi", { asalId: bawaanId, versi: "em-2" });
    const id = buat.json().id as string;
    const url = `/api/bank-butir/versi/${id}`;
    await oleh(penulis, "POST", `${url}/ajukan`, {});
    // as a version submitted before migration 0042 would be
    await sql`update bank_butir_versi set diajukan_oleh = null where id = ${id}`.execute(t.db);
    const r = await oleh(peninjau, "POST", `${url}/terbitkan`, {});
    expect(r.statusCode).toBe(409);
    expect(r.json().error.code).toBe("PENGAJU_TIDAK_DIKETAHUI");
    expect(r.json().error.message).toMatch(/Kembalikan versi ke draf/);
    await migrasiPengaju(t.db as unknown as Kysely<unknown>);
    expect(await pengaju(id)).toBe(idPenulis);
    expect((await oleh(penulis, "POST", `${url}/terbitkan`, {})).json().error.code).toBe(
      "PENERBIT_ADALAH_PENGAJU",
    );
  });
});
