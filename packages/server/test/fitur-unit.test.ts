/** Feature routes: the unit tree of an agency (create, rename, move, close). */
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

describeOnDatabases("feature routes: unit tree", (t) => {
  const api = apiUji(t);
  let A: InstansiUji;
  let B: InstansiUji;
  let admin: SesiUji;
  let adminB: SesiUji;
  let pegawaiSesi: SesiUji;

  beforeAll(async () => {
    A = await buatInstansi(t.db, { jenis: "kabupaten" });
    const a = await buatPengguna(t.db, [{ instansiId: A.id, peran: "admin_instansi" }]);
    const g = await buatPengguna(t.db, [{ instansiId: A.id, peran: "pegawai" }]);
    admin = await login(t.app, a.username, a.password);
    B = await buatInstansi(t.db);
    const b = await buatPengguna(t.db, [{ instansiId: B.id, peran: "admin_instansi" }]);
    adminB = await login(t.app, b.username, b.password);
    pegawaiSesi = await login(t.app, g.username, g.password);
  });

  const unit = (s: SesiUji, body: unknown) => api(s, "POST", `/api/instansi/${A.id}/unit`, body);
  let setda = "";
  let umum = "";
  let dinkes = "";

  it("creates units (codes upper-cased), lists them flat, refuses duplicate codes and a wrong eselon", async () => {
    const r1 = await unit(admin, { kode: "setda", nama: "Sekretariat Daerah", eselon: 2 });
    expect(r1.statusCode).toBe(201);
    setda = r1.json().id;
    expect(r1.json()).toMatchObject({ kode: "SETDA", indukId: null, aktif: true });
    umum = (await unit(admin, { kode: "SETDA.UMUM", nama: "Bagian Umum", eselon: 3, indukId: setda })).json()
      .id;
    dinkes = (await unit(admin, { kode: "DINKES", nama: "Dinas Kesehatan", eselon: 2 })).json().id;

    const daftar = await api(pegawaiSesi, "GET", `/api/instansi/${A.id}/unit`);
    expect(daftar.statusCode).toBe(200);
    expect(daftar.json().map((u: { kode: string; indukId: string | null }) => [u.kode, u.indukId])).toEqual([
      ["DINKES", null],
      ["SETDA", null],
      ["SETDA.UMUM", setda],
    ]);

    const ganda = await unit(admin, { kode: "Setda", nama: "Lain", eselon: 2 });
    expect([ganda.statusCode, ganda.json().error.code]).toEqual([409, "KODE_UNIT_DIPAKAI"]);
    const eselon = await unit(admin, { kode: "X", nama: "Salah", eselon: 2, indukId: setda });
    expect([eselon.statusCode, eselon.json().error.code]).toEqual([400, "ESELON_TIDAK_SESUAI"]);
    expect(eselon.json().error.message).toContain("harus lebih rendah");
    expect((await unit(pegawaiSesi, { kode: "Y", nama: "Y", eselon: 2 })).statusCode).toBe(403);
  });

  it("renames and moves, never into its own subtree", async () => {
    const r = await api(admin, "PATCH", `/api/instansi/${A.id}/unit/${umum}`, {
      nama: "Bagian Umum dan Protokol",
    });
    expect(r.json()).toMatchObject({ nama: "Bagian Umum dan Protokol", indukId: setda });
    const siklus = await api(admin, "PATCH", `/api/instansi/${A.id}/unit/${setda}`, {
      indukId: umum,
      eselon: 4,
    });
    expect([siklus.statusCode, siklus.json().error.code]).toEqual([409, "SIKLUS_UNIT"]);
    const diri = await api(admin, "PATCH", `/api/instansi/${A.id}/unit/${setda}`, { indukId: setda });
    expect(diri.json().error.code).toBe("SIKLUS_UNIT");
    const pindah = await api(admin, "PATCH", `/api/instansi/${A.id}/unit/${umum}`, { indukId: dinkes });
    expect(pindah.json()).toMatchObject({ indukId: dinkes });
    // another agency's unit cannot be a parent
    const lain = await api(adminB, "POST", `/api/instansi/${B.id}/unit`, {
      kode: "B1",
      nama: "Unit B",
      eselon: 2,
    });
    const silang = await api(admin, "PATCH", `/api/instansi/${A.id}/unit/${umum}`, {
      indukId: lain.json().id,
    });
    expect([silang.statusCode, silang.json().error.code]).toEqual([400, "INDUK_TIDAK_ADA"]);
  });

  it("closes a unit only when no active employee or sub-unit remains, and says why not", async () => {
    const anak = await api(admin, "POST", `/api/instansi/${A.id}/unit/${dinkes}/tutup`);
    expect([anak.statusCode, anak.json().error.code]).toEqual([409, "UNIT_MASIH_DIPAKAI"]);
    expect(anak.json().error.message).toBe(
      "Unit belum dapat ditutup: masih ada 1 sub-unit aktif. Pindahkan atau nonaktifkan dahulu.",
    );
    const { id: pid } = await t.db
      .insertInto("pegawai")
      .values({
        instansi_id: A.id,
        nip: nip(),
        nama: "Ujang Suryana",
        unit_id: umum,
        jenis_kelamin: "L",
        tanggal_lahir: "1988-07-21",
        tmt_cpns: "2012-03-01",
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    const isi = await api(admin, "POST", `/api/instansi/${A.id}/unit/${umum}/tutup`, undefined, {
      "accept-language": "en",
    });
    expect(isi.json().error).toMatchObject({
      code: "UNIT_MASIH_DIPAKAI",
      details: { pegawaiAktif: 1, subUnitAktif: 0 },
    });
    expect(isi.json().error.message).toContain("1 active employees");

    await api(admin, "POST", `/api/instansi/${A.id}/pegawai/${pid}/nonaktifkan`);
    const tutup = await api(admin, "POST", `/api/instansi/${A.id}/unit/${umum}/tutup`);
    expect([tutup.statusCode, tutup.json().aktif]).toEqual([200, false]);
    const keTutup = await api(admin, "POST", `/api/instansi/${A.id}/unit`, {
      kode: "Z",
      nama: "Z",
      eselon: 4,
      indukId: umum,
    });
    expect(keTutup.json().error.code).toBe("INDUK_DITUTUP");
    const ubah = await api(admin, "PATCH", `/api/instansi/${A.id}/unit/${umum}`, { nama: "Baru" });
    expect(ubah.json().error.code).toBe("UNIT_DITUTUP");
  });
});
