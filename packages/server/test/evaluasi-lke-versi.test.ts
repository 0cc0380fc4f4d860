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

const INDIKATOR_V1 = ISI_LKE_V1.komponen.flatMap((k) => k.indikator).length;

describeOnDatabases("evaluasi: authoring worksheet versions with four eyes", (t) => {
  let e1: SesiUji;
  let e2: SesiUji;
  let admin: SesiUji;
  let e3: SesiUji;
  let idE1: string;
  let idE2: string;
  let namaE1: string;
  let namaE2: string;
  const req = (s: SesiUji, method: "GET" | "POST" | "PUT", url: string, payload?: object) =>
    minta(t.app, s, { method, url, payload });

  beforeAll(async () => {
    const nas = await buatInstansi(t.db, { nasional: true });
    const a = await buatPengguna(t.db, [{ instansiId: nas.id, peran: "evaluator_nasional" }]);
    const b = await buatPengguna(t.db, [{ instansiId: nas.id, peran: "evaluator_nasional" }]);
    const k = await buatPengguna(t.db, [{ instansiId: nas.id, peran: "evaluator_nasional" }]);
    e3 = await login(t.app, k.username, k.password);
    namaE1 = `Pengguna ${a.username}`;
    namaE2 = `Pengguna ${b.username}`;
    idE1 = a.id;
    idE2 = b.id;
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
    expect(daftar.total).toBe(2);
    expect(
      daftar.items.map((v: { versi: string; keadaan: string; jumlahIndikator: number }) => [
        v.versi,
        v.keadaan,
        v.jumlahIndikator,
      ]),
    ).toEqual([
      ["2", "aktif", INDIKATOR_V1],
      ["1", "digantikan", INDIKATOR_V1],
    ]);
    expect(daftar.items[0]).toMatchObject({
      dibuatOleh: { id: idE1, nama: namaE1 },
      diajukanOleh: { id: idE1 },
      diterbitkanOleh: { id: idE2, nama: namaE2 },
    });
    // a version name is used once
    expect((await req(e1, "POST", "/api/evaluasi/lke", { dari: "2", versi: "1" })).statusCode).toBe(409);
  });
  it("four eyes: the author cannot publish a version another evaluator submitted (and an editor neither)", async () => {
    const d = await req(e1, "POST", "/api/evaluasi/lke", { dari: "1", versi: "3" });
    expect(d.statusCode, d.body).toBe(201);
    expect(d.json()).toMatchObject({ dibuatOleh: { id: idE1 }, penyunting: [{ id: idE1 }] });
    // e3 edits, e2 submits: e1 (author) and e3 (editor) may not publish; only someone else could
    const ubah = await req(e3, "PUT", "/api/evaluasi/lke/3", { isi: ISI_LKE_V1 });
    expect(ubah.json().penyunting.map((o: { id: string }) => o.id)).toHaveLength(2);
    expect((await req(e2, "POST", "/api/evaluasi/lke/3/ajukan")).statusCode).toBe(200);
    for (const s of [e1, e3]) {
      const r = await req(s, "POST", "/api/evaluasi/lke/3/terbitkan");
      expect(r.statusCode).toBe(400);
      expect(r.json().error.code).toBe("PENERBIT_ADALAH_PENYUSUN");
    }
    expect((await req(e2, "POST", "/api/evaluasi/lke/3/terbitkan")).json().error.code).toBe(
      "PENERBIT_ADALAH_PENGAJU",
    );
    expect((await req(e1, "GET", "/api/evaluasi/lke/3")).json().status).toBe("tinjauan");
  });

  it("starts an empty draft, which cannot be submitted until it has content; lists pages and filters", async () => {
    const d = await req(e2, "POST", "/api/evaluasi/lke", { versi: "kosong-1" });
    expect(d.statusCode, d.body).toBe(201);
    expect(d.json()).toMatchObject({ status: "draf", keadaan: "draf", isi: { komponen: [] } });
    const aj = await req(e2, "POST", "/api/evaluasi/lke/kosong-1/ajukan");
    expect(aj.statusCode).toBe(400);
    expect(aj.json().error.code).toBe("LKE_KOSONG");
    expect((await req(e1, "POST", "/api/evaluasi/lke", { dari: "tidak-ada", versi: "x" })).statusCode).toBe(
      404,
    );
    const hal = (await req(e1, "GET", "/api/evaluasi/lke?page=1&pageSize=2")).json();
    expect(hal.items).toHaveLength(2);
    expect(hal.total).toBeGreaterThanOrEqual(4);
    const terbit = (await req(e1, "GET", "/api/evaluasi/lke?status=terbit")).json();
    expect(terbit.items.every((v: { status: string }) => v.status === "terbit")).toBe(true);
    expect((await req(admin, "GET", "/api/evaluasi/lke")).statusCode).toBe(403);
  });
});
