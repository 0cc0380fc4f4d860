import { expect, it } from "vitest";
import { buatInstansi, buatPengguna, describeOnDatabases, login, minta } from "./support/index.ts";

describeOnDatabases("platform: smoke", (ctx) => {
  it("logs in and reads the session", async () => {
    const a = await buatInstansi(ctx.db);
    const u = await buatPengguna(ctx.db, [{ instansiId: a.id, peran: "admin_instansi" }]);
    const s = await login(ctx.app, u.username, u.password);
    const me = await minta(ctx.app, s, { method: "GET", url: "/api/auth/me" });
    expect(me.statusCode).toBe(200);
    expect(me.json().peran).toEqual([
      { instansiId: a.id, instansiKode: a.kode, instansiNama: a.nama, peran: "admin_instansi" },
    ]);
  });
});
