/**
 * Cancelling a job from the UI (docs/server.md "Jobs survive a crash";
 * "Background jobs"): the roles that start a kind of job cancel it; other roles,
 * other agencies and kinds that are not cancellable are refused; an ended job
 * is not "cancelled" again; every cancel is audited.
 */
import { expect, it } from "vitest";
import { PERAN_BATAL_INSTANSI, PERAN_BATAL_NASIONAL } from "../src/fitur/job/index.ts";
import { muatJobHandlers } from "../src/http/route-table.ts";
import { antrekanJob } from "../src/jobs/queue.ts";
import { buatInstansi, buatPengguna, describeOnDatabases, login, minta } from "./support/index.ts";

describeOnDatabases("platform: cancelling a job", (ctx) => {
  const status = async (id: string) =>
    await ctx.db.selectFrom("job").select(["status", "galat"]).where("id", "=", id).executeTakeFirstOrThrow();

  it("every cancellable kind is a job kind the server runs", async () => {
    const jenis = Object.keys(await muatJobHandlers());
    for (const k of [...Object.keys(PERAN_BATAL_INSTANSI), ...Object.keys(PERAN_BATAL_NASIONAL)])
      expect(jenis, k).toContain(k);
  });

  it("the agency's admin cancels its queued invitation round, once, audited; other roles, agencies and kinds are refused", async () => {
    const a = await buatInstansi(ctx.db);
    const b = await buatInstansi(ctx.db);
    const uAdmin = await buatPengguna(ctx.db, [{ instansiId: a.id, peran: "admin_instansi" }]);
    const admin = await login(ctx.app, ...kredensial(uAdmin));
    const tim = await login(
      ctx.app,
      ...kredensial(await buatPengguna(ctx.db, [{ instansiId: a.id, peran: "tim_supervisi" }])),
    );
    const adminB = await login(
      ctx.app,
      ...kredensial(await buatPengguna(ctx.db, [{ instansiId: b.id, peran: "admin_instansi" }])),
    );
    const pegawai = await login(
      ctx.app,
      ...kredensial(await buatPengguna(ctx.db, [{ instansiId: a.id, peran: "pegawai" }])),
    );
    const undangan = await antrekanJob(ctx.db, { jenis: "asesmen.undangan", instansiId: a.id, muatan: {} });
    const koreksi = await antrekanJob(ctx.db, { jenis: "nontes.koreksi", instansiId: a.id, muatan: {} });
    const harian = await antrekanJob(ctx.db, { jenis: "pengingat.harian", instansiId: a.id, muatan: {} });
    const batal = (s: typeof admin, instansiId: string, id: string) =>
      minta(ctx.app, s, { method: "POST", url: `/api/instansi/${instansiId}/job/${id}/batal` });

    // a role that does not run the rater correction (the supervision team's)
    const r1 = await batal(admin, a.id, koreksi);
    expect(r1.statusCode).toBe(403);
    expect(r1.json().error.code).toBe("JOB_TIDAK_BOLEH_DIBATALKAN");
    expect(r1.json().error.message).toMatch(/tidak dapat dibatalkan/);
    expect((await batal(tim, a.id, koreksi)).statusCode).toBe(200);
    // an employee: refused by the route's roles
    expect((await batal(pegawai, a.id, undangan)).statusCode).toBe(403);
    // another agency's admin: its own path does not find the job, the victim's path is not theirs
    expect((await batal(adminB, b.id, undangan)).statusCode).toBe(404);
    expect((await batal(adminB, a.id, undangan)).statusCode).toBe(403);
    // a kind nobody cancels by hand
    expect((await batal(admin, a.id, harian)).statusCode).toBe(403);
    expect((await status(undangan)).status).toBe("antre");
    expect((await status(harian)).status).toBe("antre");

    const ok = await batal(admin, a.id, undangan);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ id: undangan, jenis: "asesmen.undangan", status: "dibatalkan" });
    const s = await status(undangan);
    expect(s.status).toBe("dibatalkan");
    expect(s.galat).toContain(uAdmin.username);
    const lagi = await batal(admin, a.id, undangan);
    expect(lagi.statusCode).toBe(409);
    expect(lagi.json().error.code).toBe("JOB_SUDAH_BERAKHIR");
    expect(lagi.json().error.message).toMatch(/sudah berakhir \(dibatalkan\)/);
    const audit = await ctx.db
      .selectFrom("audit_log")
      .select(["objek_id", "rincian"])
      .where("aksi", "=", "job.batal")
      .where("instansi_id", "=", a.id)
      .execute();
    expect(audit.map((x) => x.objek_id).sort()).toEqual([undangan, koreksi].sort());
  });

  it("a campaign's scoring (the results page's cancel) is cancelled by the supervision team and the agency's admin only", async () => {
    const a = await buatInstansi(ctx.db);
    const masuk = async (peran: "tim_supervisi" | "admin_instansi" | "pimpinan") =>
      await login(ctx.app, ...kredensial(await buatPengguna(ctx.db, [{ instansiId: a.id, peran }])));
    const skor1 = await antrekanJob(ctx.db, { jenis: "asesmen.skor", instansiId: a.id, muatan: {} });
    const skor2 = await antrekanJob(ctx.db, { jenis: "asesmen.skor", instansiId: a.id, muatan: {} });
    const batal = async (peran: Parameters<typeof masuk>[0], id: string) =>
      await minta(ctx.app, await masuk(peran), {
        method: "POST",
        url: `/api/instansi/${a.id}/job/${id}/batal`,
      });
    expect((await batal("pimpinan", skor1)).statusCode).toBe(403);
    expect((await status(skor1)).status).toBe("antre");
    expect((await batal("tim_supervisi", skor1)).statusCode).toBe(200);
    expect((await batal("admin_instansi", skor2)).statusCode).toBe(200);
    expect((await status(skor2)).status).toBe("dibatalkan");
  });

  it("the national evaluator cancels a national job; an agency's job is not found through the national route", async () => {
    const a = await buatInstansi(ctx.db);
    const ev = await login(
      ctx.app,
      ...kredensial(await buatPengguna(ctx.db, [{ instansiId: a.id, peran: "evaluator_nasional" }])),
    );
    const kal = await antrekanJob(ctx.db, { jenis: "asesmen.kalibrasi", muatan: {} });
    const skor = await antrekanJob(ctx.db, { jenis: "asesmen.skor", instansiId: a.id, muatan: {} });
    const batal = (id: string) => minta(ctx.app, ev, { method: "POST", url: `/api/job/${id}/batal` });
    expect((await batal(skor)).statusCode).toBe(404);
    const r = await batal(kal);
    expect(r.statusCode, r.body).toBe(200);
    expect((await status(kal)).status).toBe("dibatalkan");
    expect((await status(skor)).status).toBe("antre");
  });
});

function kredensial(u: { username: string; password: string }): [string, string] {
  return [u.username, u.password];
}
