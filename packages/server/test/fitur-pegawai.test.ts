/** Feature routes: employees (list, search, audited detail, edit, deactivation). */
import { sql } from "kysely";
import { beforeAll, expect, it } from "vitest";
import { apiUji, nip } from "./fitur-bantu.ts";
import {
  buatInstansi,
  buatPengguna,
  describeOnDatabases,
  type InstansiUji,
  login,
  type SesiUji,
} from "./support/index.ts";

describeOnDatabases("feature routes: employees", (t) => {
  const api = apiUji(t);
  /** Another agency, with its admin and one employee, for the cross-agency refusals. */
  let A: InstansiUji;
  let admin: SesiUji;
  let pegawaiSesi: SesiUji;

  beforeAll(async () => {
    A = await buatInstansi(t.db, { jenis: "kabupaten" });
    const a = await buatPengguna(t.db, [{ instansiId: A.id, peran: "admin_instansi" }]);
    const g = await buatPengguna(t.db, [{ instansiId: A.id, peran: "pegawai" }]);
    admin = await login(t.app, a.username, a.password);
    pegawaiSesi = await login(t.app, g.username, g.password);
  });

  let C: InstansiUji;
  let adminC: SesiUji;
  let induk = "";
  let anak = "";
  let lain = "";
  const ids: Record<string, string> = {};
  const JK = ["P", "L", "L", "P", "L", "P", "P", "L"] as const;
  const NAMA = [
    "Siti Nur'aini",
    "Muhammad Rézaldi",
    "Togar Simanjuntak",
    "Ni Luh Putu Ayu",
    "Yohanes Wenda",
    "Andi Tenri",
    "Sri Wahyuni",
    "Budi Santoso",
  ];

  beforeAll(async () => {
    C = await buatInstansi(t.db);
    const a = await buatPengguna(t.db, [{ instansiId: C.id, peran: "admin_instansi" }]);
    adminC = await login(t.app, a.username, a.password);
    const u = await t.db
      .insertInto("unit_kerja")
      .values([
        { instansi_id: C.id, kode: "INDUK", nama: "Induk", eselon: 2 },
        { instansi_id: C.id, kode: "LAIN", nama: "Lain", eselon: 2 },
      ])
      .returning(["id", "kode"])
      .execute();
    induk = u[0].id;
    lain = u[1].id;
    anak = (
      await t.db
        .insertInto("unit_kerja")
        .values({ instansi_id: C.id, kode: "ANAK", nama: "Anak", eselon: 3, induk_id: induk })
        .returning("id")
        .executeTakeFirstOrThrow()
    ).id;
    const rows = NAMA.map((nama, i) => ({
      instansi_id: C.id,
      nip: i === 0 ? "198503122010012001" : nip(JK[i]),
      nama,
      unit_id: [induk, anak, lain][i % 3],
      jenis_kelamin: JK[i],
      tanggal_lahir: "1988-07-21",
      tmt_cpns: "2012-03-01",
      aktif: i !== 7,
    }));
    for (const r of await t.db.insertInto("pegawai").values(rows).returning(["id", "nama"]).execute())
      ids[r.nama] = r.id;
  });

  const daftar = async (query: string, s: SesiUji = adminC) => {
    const r = await api(s, "GET", `/api/instansi/${C.id}/pegawai?${query}`);
    expect(r.statusCode).toBe(200);
    return r.json() as { items: { nama: string }[]; total: number; page: number; pageSize: number };
  };

  it("lists by name with paging, search by name or NIP prefix, unit (with sub-units) and active filters", async () => {
    const semua = await daftar("pageSize=3&page=2");
    expect([semua.total, semua.page, semua.pageSize]).toEqual([8, 2, 3]);
    expect(semua.items.map((p) => p.nama)).toEqual([...NAMA].sort((a, b) => (a < b ? -1 : 1)).slice(3, 6));
    expect((await daftar("q=nur%27AINI")).items.map((p) => p.nama)).toEqual(["Siti Nur'aini"]);
    expect((await daftar("q=rézal")).items.map((p) => p.nama)).toEqual(["Muhammad Rézaldi"]);
    expect((await daftar("q=19850312")).items.map((p) => p.nama)).toEqual(["Siti Nur'aini"]);
    expect((await daftar("q=%25")).total).toBe(0);
    expect((await daftar(`unitId=${induk}`)).total).toBe(3);
    expect((await daftar(`unitId=${induk}&subUnit=true`)).total).toBe(6);
    expect((await daftar("aktif=false")).items.map((p) => p.nama)).toEqual(["Budi Santoso"]);
    expect((await daftar("aktif=true&q=&unitId=")).total).toBe(7);
    expect((await api(adminC, "GET", `/api/instansi/${C.id}/pegawai?pageSize=500`)).statusCode).toBe(400);
    expect((await api(pegawaiSesi, "GET", `/api/instansi/${A.id}/pegawai`)).statusCode).toBe(403);
  });

  it("detail is an audited read; another agency's employee is not found", async () => {
    const id = ids["Togar Simanjuntak"];
    const r = await api(adminC, "GET", `/api/instansi/${C.id}/pegawai/${id}`);
    expect(r.json()).toMatchObject({
      nama: "Togar Simanjuntak",
      unitNama: "Lain",
      jenisKelamin: "L",
      aktif: true,
    });
    const audit = await t.db
      .selectFrom("audit_log")
      .select(["aksi", "instansi_id"])
      .where("objek_id", "=", id)
      .execute();
    expect(audit).toContainEqual({ aksi: "pegawai.baca", instansi_id: C.id });
    expect((await api(admin, "GET", `/api/instansi/${A.id}/pegawai/${id}`)).statusCode).toBe(404);
  });

  it("the name-search function (migration 0012) returns only the transaction's own agency", async () => {
    const sebagai = (instansiId: string, cari: string) =>
      t.db.transaction().execute(async (trx) => {
        await sql`select set_config('nurani.instansi_id', ${instansiId}, true)`.execute(trx);
        await sql`set local role nurani_app`.execute(trx);
        return (
          await sql<{ nama: string }>`select nama from nurani_cari_pegawai_nama(${C.id}, ${cari})`.execute(
            trx,
          )
        ).rows;
      });
    expect((await sebagai(C.id, "%simanjuntak%")).map((r) => r.nama)).toEqual(["Togar Simanjuntak"]);
    expect(await sebagai(A.id, "%")).toEqual([]);
  });

  it("edits with the shared rules: normalised rank and email, refused bad values, unknown fields and closed units", async () => {
    const id = ids["Sri Wahyuni"];
    const r = await api(adminC, "PATCH", `/api/instansi/${C.id}/pegawai/${id}`, {
      golongan: "iii a",
      email: "Sri.W@Contoh.go.id",
      jabatan: "Analis Kebijakan",
      jenisJabatan: "Fungsional",
      unitId: lain,
    });
    expect(r.json()).toMatchObject({
      golongan: "III/a",
      email: "sri.w@contoh.go.id",
      jenisJabatan: "fungsional",
      unitId: lain,
    });
    for (const salah of [
      { email: "bukan" },
      { golongan: "V/z" },
      { nip: "198503122010012001" },
      { nama: "x".repeat(201) },
    ]) {
      const s = await api(adminC, "PATCH", `/api/instansi/${C.id}/pegawai/${id}`, salah);
      expect([s.statusCode, s.json().error.code]).toEqual([400, "VALIDASI"]);
    }
    await t.db.updateTable("unit_kerja").set({ aktif: false }).where("id", "=", anak).execute();
    const tutup = await api(adminC, "PATCH", `/api/instansi/${C.id}/pegawai/${id}`, { unitId: anak });
    expect(tutup.json().error.code).toBe("UNIT_TIDAK_DIKENAL");
    await t.db.updateTable("unit_kerja").set({ aktif: true }).where("id", "=", anak).execute();
  });

  it("deactivation keeps the person and their history; reactivation reverses it; there is no delete", async () => {
    const id = ids["Yohanes Wenda"];
    const aktif = (await daftar("aktif=true")).total;
    const n = await api(adminC, "POST", `/api/instansi/${C.id}/pegawai/${id}/nonaktifkan`);
    expect(n.json()).toMatchObject({ id, aktif: false, nama: "Yohanes Wenda" });
    // the list's total follows the change at once (its short-lived cache is dropped on writes)
    expect((await daftar("aktif=true")).total).toBe(aktif - 1);
    expect((await daftar("aktif=false")).items.map((p) => p.nama)).toContain("Yohanes Wenda");
    expect((await api(adminC, "GET", `/api/instansi/${C.id}/pegawai/${id}`)).json().aktif).toBe(false);
    expect((await api(adminC, "POST", `/api/instansi/${C.id}/pegawai/${id}/aktifkan`)).json().aktif).toBe(
      true,
    );
    expect((await daftar("aktif=true")).total).toBe(aktif);
    expect((await api(adminC, "DELETE", `/api/instansi/${C.id}/pegawai/${id}`)).statusCode).toBe(404);
    const jejak = await t.db
      .selectFrom("audit_log")
      .select("aksi")
      .where("objek_id", "=", id)
      .orderBy("id")
      .execute();
    expect(jejak.map((j) => j.aksi)).toEqual(["pegawai.nonaktifkan", "pegawai.baca", "pegawai.aktifkan"]);
  });
});
