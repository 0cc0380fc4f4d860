/** Feature routes: user administration of an agency (create, roles, password reset). */
import { beforeAll, expect, it } from "vitest";
import { apiUji } from "./fitur-bantu.ts";
import {
  buatInstansi,
  buatPengguna,
  describeOnDatabases,
  type InstansiUji,
  login,
  type SesiUji,
} from "./support/index.ts";

describeOnDatabases("feature routes: user administration", (t) => {
  const api = apiUji(t);
  let A: InstansiUji;
  let B: InstansiUji;
  let admin: SesiUji;
  let adminId = "";

  beforeAll(async () => {
    A = await buatInstansi(t.db, { jenis: "kabupaten" });
    B = await buatInstansi(t.db);
    const a = await buatPengguna(t.db, [{ instansiId: A.id, peran: "admin_instansi" }]);
    adminId = a.id;
    admin = await login(t.app, a.username, a.password);
  });

  it("creates a user with roles and a temporary password that must be changed", async () => {
    const r = await api(admin, "POST", `/api/instansi/${A.id}/pengguna`, {
      username: "Agen.Satu",
      nama: "Agen Satu",
      peran: ["agen_perubahan", "pegawai"],
    });
    expect(r.statusCode).toBe(201);
    const agen = `agen.satu@${A.kode.toLowerCase()}`;
    // the username lives in the agency's namespace: <name>@<agency code>
    expect(r.json()).toMatchObject({
      username: agen,
      peran: ["agen_perubahan", "pegawai"],
      harusGantiPassword: true,
    });
    const s = await login(t.app, agen, r.json().passwordSementara);
    expect((await api(s, "GET", `/api/instansi/${A.id}/unit`)).json().error.code).toBe(
      "HARUS_GANTI_PASSWORD",
    );
    const ganda = await api(admin, "POST", `/api/instansi/${A.id}/pengguna`, {
      username: agen,
      nama: "X",
      peran: ["pegawai"],
    });
    expect([ganda.statusCode, ganda.json().error.code]).toEqual([409, "USERNAME_DIPAKAI"]);
    const nasional = await api(admin, "POST", `/api/instansi/${A.id}/pengguna`, {
      username: "eval.palsu",
      nama: "X",
      peran: ["evaluator_nasional"],
    });
    expect(nasional.json().error.code).toBe("PERAN_TIDAK_BERLAKU");
    const daftar = await api(admin, "GET", `/api/instansi/${A.id}/pengguna`);
    expect(daftar.json().items.map((p: { username: string }) => p.username)).toContain(agen);
    expect(daftar.json().items.every((p: { peran: string[] }) => p.peran.length > 0)).toBe(true);
  });

  it("sets roles here only, refuses removing one's own admin role, resets passwords of this agency's users", async () => {
    const agen = `agen.satu@${A.kode.toLowerCase()}`;
    const { id } = (await api(admin, "GET", `/api/instansi/${A.id}/pengguna`))
      .json()
      .items.find((p: { username: string }) => p.username === agen);
    const r = await api(admin, "PUT", `/api/instansi/${A.id}/pengguna/${id}/peran`, {
      peran: ["pimpinan"],
    });
    expect(r.json().peran).toEqual(["pimpinan"]);
    const sendiri = await api(admin, "PUT", `/api/instansi/${A.id}/pengguna/${adminId}/peran`, {
      peran: ["pegawai"],
    });
    expect([sendiri.statusCode, sendiri.json()]).toEqual([409, expect.objectContaining({})]);
    expect(sendiri.json().error.code).toBe("TIDAK_BOLEH_MENCABUT_SENDIRI");
    const reset = await api(admin, "POST", `/api/instansi/${A.id}/pengguna/${id}/reset-password`);
    expect(reset.json().passwordSementara).toMatch(/^[A-Za-z0-9]{16}$/);
    await login(t.app, agen, reset.json().passwordSementara);
    // A user of agency B is invisible from A.
    const b = await buatPengguna(t.db, [{ instansiId: B.id, peran: "pegawai" }]);
    expect(
      (await api(admin, "POST", `/api/instansi/${A.id}/pengguna/${b.id}/reset-password`)).statusCode,
    ).toBe(404);
    expect(
      (await api(admin, "PUT", `/api/instansi/${A.id}/pengguna/${b.id}/peran`, { peran: ["pegawai"] }))
        .statusCode,
    ).toBe(404);
    // Holding roles in two agencies: A's admin cannot reset that password.
    const dua = await buatPengguna(t.db, [
      { instansiId: A.id, peran: "pegawai" },
      { instansiId: B.id, peran: "pegawai" },
    ]);
    expect(
      (await api(admin, "POST", `/api/instansi/${A.id}/pengguna/${dua.id}/reset-password`)).json().error.code,
    ).toBe("PENGGUNA_LINTAS_INSTANSI");
    // Revoking every role here removes the user from this agency's list.
    expect(
      (await api(admin, "PUT", `/api/instansi/${A.id}/pengguna/${id}/peran`, { peran: [] })).json(),
    ).toBeNull();
    expect(
      (await api(admin, "GET", `/api/instansi/${A.id}/pengguna`))
        .json()
        .items.some((p: { id: string }) => p.id === id),
    ).toBe(false);
  });
});
