import { describe, expect, it } from "vitest";
import { buatInstansi, buatPengguna, describeOnDatabases, login, minta, nipUji } from "./support/index.ts";

/**
 * The session says in which agency the user is an employee, so the web app
 * offers the pages about one's own record (own results, mentoring) only where
 * they can work (docs/api.md "Session").
 */
describeOnDatabases("platform: session and employee record", (ctx) => {
  describe("GET /api/auth/me", () => {
    it("names the agency of the user's employee record, and null for an account without one", async () => {
      const a = await buatInstansi(ctx.db);
      const b = await buatInstansi(ctx.db);
      const p = await ctx.db
        .insertInto("pegawai")
        .values({
          instansi_id: a.id,
          nip: nipUji(),
          nama: "Pegawai Uji",
          jenis_kelamin: "P",
          tanggal_lahir: "1985-03-12",
          tmt_cpns: "2010-01-01",
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      // an employee of a who also holds a role in b, and an admin of a without an employee record
      const pegawai = await buatPengguna(ctx.db, [
        { instansiId: a.id, peran: "pegawai" },
        { instansiId: b.id, peran: "apip" },
      ]);
      await ctx.db
        .updateTable("pengguna")
        .set({ pegawai_instansi_id: a.id, pegawai_id: p.id })
        .where("id", "=", pegawai.id)
        .execute();
      const admin = await buatPengguna(ctx.db, [{ instansiId: a.id, peran: "admin_instansi" }]);

      const me = async (u: { username: string; password: string }) =>
        (
          await minta(ctx.app, await login(ctx.app, u.username, u.password), {
            method: "GET",
            url: "/api/auth/me",
          })
        ).json().user;
      expect((await me(pegawai)).pegawaiInstansiId).toBe(a.id);
      expect((await me(admin)).pegawaiInstansiId).toBeNull();
    });
  });
});
