/**
 * Login limits under concurrency (docs/server.md "Login protection"): the
 * per-username backoff and the per-address failure limit are counted before
 * the password is verified, in one statement each, so parallel bursts cannot
 * outrun them; correct logins are not counted, so an office behind one NAT
 * address all gets in.
 */
import { expect, it } from "vitest";
import { type CatatanLogin, periksaLogin } from "../src/auth/login.ts";
import { hashPassword } from "../src/auth/password.ts";
import { KEAMANAN } from "../src/config.ts";
import { alamatUji, buatInstansi, buatPengguna, describeOnDatabases, PASSWORD_UJI } from "./support/index.ts";

describeOnDatabases("platform: login limits", (ctx) => {
  const masuk = (username: string, password: string, ip = alamatUji()) =>
    ctx.app.inject({
      method: "POST",
      url: "/api/auth/login",
      remoteAddress: ip,
      payload: { username, password },
    });
  /** Attempts whose password was verified (failures with the password checked) for an account. */
  const dievaluasi = async (penggunaId: string) =>
    (
      await ctx.db
        .selectFrom("audit_log")
        .select("aksi")
        .where("pengguna_id", "=", penggunaId)
        .where("aksi", "in", ["login.gagal", "login.terkunci"])
        .execute()
    ).length;
  const bebas = KEAMANAN.gagalBebasAkun;

  it(`evaluates at most ${bebas} of 60 simultaneous wrong passwords for one account`, async () => {
    const a = await buatInstansi(ctx.db);
    const u = await buatPengguna(ctx.db, [{ instansiId: a.id, peran: "pegawai" }]);
    const hasil = await Promise.all(Array.from({ length: 60 }, () => masuk(u.username, "salah-sekali-123")));
    const status = hasil.map((r) => r.statusCode);
    expect(status.filter((s) => s === 401)).toHaveLength(bebas);
    expect(status.filter((s) => s === 423)).toHaveLength(60 - bebas);
    expect(await dievaluasi(u.id)).toBe(bebas);
  });

  it("does not log in a burst of 40 whose right password comes at position 31", async () => {
    const a = await buatInstansi(ctx.db);
    const u = await buatPengguna(ctx.db, [{ instansiId: a.id, peran: "pegawai" }]);
    const salah = await Promise.all(Array.from({ length: 30 }, () => masuk(u.username, "tebakan-keliru-1")));
    const sisa = await Promise.all(
      Array.from({ length: 10 }, (_, i) => masuk(u.username, i === 0 ? u.password : "tebakan-keliru-2")),
    );
    const semua = [...salah, ...sisa];
    expect(semua.filter((r) => r.statusCode === 200)).toEqual([]);
    expect(sisa[0].statusCode).toBe(423);
    expect(semua.filter((r) => r.cookies.some((c) => c.name === "nurani_sid"))).toEqual([]);
    expect(await dievaluasi(u.id)).toBe(bebas);
    // once the wait is over the owner gets in, and the count starts again
    await ctx.db
      .updateTable("batas_login")
      .set({ tunggu_sampai: new Date(Date.now() - 1000) })
      .where("kunci", "=", `akun:${u.username}`)
      .execute();
    expect((await masuk(u.username, u.password)).statusCode).toBe(200);
    expect(
      await ctx.db
        .selectFrom("batas_login")
        .select("gagal")
        .where("kunci", "=", `akun:${u.username}`)
        .execute(),
    ).toEqual([]);
  });

  it("is no cheap lever against a known account: five wrong passwords hold it for seconds, and waiting attempts do not lengthen it", async () => {
    const a = await buatInstansi(ctx.db);
    const u = await buatPengguna(ctx.db, [{ instansiId: a.id, peran: "admin_instansi" }]);
    for (let i = 0; i < bebas; i++) await masuk(u.username, "serangan-dos-123");
    const tunggu = async () => {
      const r = await ctx.db
        .selectFrom("batas_login")
        .select("tunggu_sampai")
        .where("kunci", "=", `akun:${u.username}`)
        .executeTakeFirstOrThrow();
      return (r.tunggu_sampai as Date).getTime();
    };
    const pertama = await tunggu();
    expect(pertama - Date.now()).toBeLessThanOrEqual(KEAMANAN.tundaAwalDetik * 1000);
    for (let i = 0; i < 20; i++) expect((await masuk(u.username, "serangan-dos-123")).statusCode).toBe(423);
    expect(await tunggu()).toBe(pertama);
    // the attacker's refused attempts were not evaluated
    expect(await dievaluasi(u.id)).toBe(bebas);
  });

  it("answers a missing username exactly like a backing-off existing one", async () => {
    const a = await buatInstansi(ctx.db);
    const u = await buatPengguna(ctx.db, [{ instansiId: a.id, peran: "pegawai" }]);
    const jawab = async (username: string) => {
      for (let i = 0; i < bebas; i++) await masuk(username, "salah-salah-123");
      const r = await masuk(username, "salah-salah-123");
      return { status: r.statusCode, error: r.json().error };
    };
    expect(await jawab("tidak-pernah-ada")).toEqual(await jawab(u.username));
  });

  it("lets 300 employees log in correctly from one address", async () => {
    const a = await buatInstansi(ctx.db);
    const hash = await hashPassword(PASSWORD_UJI);
    const nama = Array.from({ length: 300 }, (_, i) => `kantor${i}.${a.kode.toLowerCase()}`);
    const ids = await ctx.db
      .insertInto("pengguna")
      .values(nama.map((username) => ({ username, nama: username, password_hash: hash })))
      .returning("id")
      .execute();
    await ctx.db
      .insertInto("peran_pengguna")
      .values(ids.map((r) => ({ instansi_id: a.id, pengguna_id: r.id, peran: "pegawai" })))
      .execute();
    const ip = "10.77.0.1";
    const status: number[] = [];
    // an office's morning: twenty at a time, one after another
    for (let i = 0; i < nama.length; i += 20) {
      const r = await Promise.all(nama.slice(i, i + 20).map((n) => masuk(n, PASSWORD_UJI, ip)));
      status.push(...r.map((x) => x.statusCode));
    }
    expect(status.filter((s) => s !== 200)).toEqual([]);
    expect(status).toHaveLength(300);
  });

  it("evaluates at most the address limit of 60 simultaneous wrong passwords for 60 accounts", async () => {
    const a = await buatInstansi(ctx.db);
    const hash = await hashPassword(PASSWORD_UJI);
    const nama = Array.from({ length: 60 }, (_, i) => `semprot${i}.${a.kode.toLowerCase()}`);
    await ctx.db
      .insertInto("pengguna")
      .values(nama.map((username) => ({ username, nama: username, password_hash: hash })))
      .execute();
    const batas = 10;
    const catatan: CatatanLogin[] = [];
    const hasil = await Promise.allSettled(
      nama.map((username) =>
        periksaLogin(ctx.db, { username, password: "semprot-123456", ip: "10.78.0.1" }, batas, (c) =>
          catatan.push(c),
        ),
      ),
    );
    expect(hasil.every((h) => h.status === "rejected")).toBe(true);
    expect(catatan.filter((c) => c.aksi === "login.gagal")).toHaveLength(batas);
    expect(catatan.filter((c) => c.aksi === "login.dibatasi")).toHaveLength(60 - batas);
    // a correct login from that address is refused too until the window ends; other addresses are not
    await expect(
      periksaLogin(ctx.db, { username: nama[0], password: PASSWORD_UJI, ip: "10.78.0.1" }, batas, () => {}),
    ).rejects.toMatchObject({ code: "TERLALU_BANYAK" });
    await expect(
      periksaLogin(ctx.db, { username: nama[0], password: PASSWORD_UJI, ip: "10.78.0.2" }, batas, () => {}),
    ).resolves.toBeTypeOf("string");
  });
});
