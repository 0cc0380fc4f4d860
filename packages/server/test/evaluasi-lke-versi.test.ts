/**
 * Authoring worksheet versions (docs/nasional.md § 2 "Versions"): a draft
 * derived from the published v1 is edited (weights), refused on submission
 * while its weights do not sum to 100, submitted, refused to its own
 * submitter for publication (four eyes), published by another evaluator,
 * and never changes afterwards. Agency roles get 403.
 */
import { ISI_LKE_V1, type IsiLke } from "@nurani/domain";
import { beforeAll, expect, it } from "vitest";
import {
  buatInstansi,
  buatPengguna,
  describeOnDatabases,
  login,
  minta,
  type SesiUji,
} from "./support/index.ts";

describeOnDatabases("evaluasi: authoring worksheet versions with four eyes", (t) => {
  let e1: SesiUji;
  let e2: SesiUji;
  let admin: SesiUji;
  const req = (s: SesiUji, method: "GET" | "POST" | "PUT", url: string, payload?: object) =>
    minta(t.app, s, { method, url, payload });

  beforeAll(async () => {
    const nas = await buatInstansi(t.db, { nasional: true });
    const a = await buatPengguna(t.db, [{ instansiId: nas.id, peran: "evaluator_nasional" }]);
    const b = await buatPengguna(t.db, [{ instansiId: nas.id, peran: "evaluator_nasional" }]);
    e1 = await login(t.app, a.username, a.password);
    e2 = await login(t.app, b.username, b.password);
    const i = await buatInstansi(t.db);
    const c = await buatPengguna(t.db, [{ instansiId: i.id, peran: "admin_instansi" }]);
    admin = await login(t.app, c.username, c.password);
  });

  it("draft → edit → submit → publish by another evaluator; published is immutable", async () => {
    expect((await req(admin, "POST", "/api/evaluasi/lke", { dari: "1", versi: "2" })).statusCode).toBe(403);
    const d = await req(e1, "POST", "/api/evaluasi/lke", { dari: "1", versi: "2", catatan: "Bobot sinergi" });
    expect(d.statusCode, d.body).toBe(201);
    expect(d.json()).toMatchObject({ versi: "2", status: "draf" });

    // weights that do not sum to 100 are saved in a draft but refused on submission
    const isi = structuredClone(ISI_LKE_V1) as IsiLke;
    isi.komponen[0].bobot += 5;
    expect((await req(e1, "PUT", "/api/evaluasi/lke/2", { isi })).statusCode).toBe(200);
    const salah = await req(e1, "POST", "/api/evaluasi/lke/2/ajukan");
    expect(salah.statusCode).toBe(400);
    expect(salah.json().error.details.galat.map((g: { kode: string }) => g.kode)).toContain(
      "BOBOT_BUKAN_100",
    );

    isi.komponen[0].bobot -= 5;
    isi.komponen[3].bobot -= 5; // D 15 → 10
    isi.komponen[4].bobot += 5; // E 15 → 20
    expect((await req(e1, "PUT", "/api/evaluasi/lke/2", { isi })).statusCode).toBe(200);
    const aj = await req(e1, "POST", "/api/evaluasi/lke/2/ajukan");
    expect(aj.statusCode, aj.body).toBe(200);
    expect(aj.json().status).toBe("tinjauan");

    // four eyes: the submitter cannot publish
    const sendiri = await req(e1, "POST", "/api/evaluasi/lke/2/terbitkan");
    expect(sendiri.statusCode).toBe(400);
    expect(sendiri.json().error.code).toBe("PENERBIT_ADALAH_PENGAJU");
    const terbit = await req(e2, "POST", "/api/evaluasi/lke/2/terbitkan");
    expect(terbit.statusCode, terbit.body).toBe(200);
    expect(terbit.json().status).toBe("terbit");

    // published: immutable, listed, and its weights are the edited ones
    const ubah = await req(e1, "PUT", "/api/evaluasi/lke/2", { isi: ISI_LKE_V1 });
    expect(ubah.statusCode).toBe(409);
    const v2 = (await req(e1, "GET", "/api/evaluasi/lke/2")).json();
    expect(v2.isi.komponen.map((k: { bobot: number }) => k.bobot)).toEqual([20, 30, 20, 10, 20]);
    const daftar = (await req(e1, "GET", "/api/evaluasi/lke")).json();
    expect(daftar.map((v: { versi: string; status: string }) => [v.versi, v.status])).toEqual([
      ["1", "terbit"],
      ["2", "terbit"],
    ]);
    // a version name is used once
    expect((await req(e1, "POST", "/api/evaluasi/lke", { dari: "2", versi: "1" })).statusCode).toBe(409);
  });
});
