import { sql } from "kysely";
import { expect, it } from "vitest";
import { buatLogger } from "../src/http/logger.ts";
import { antrekanJob, bacaJob, klaimJob, pulihkanJobMacet } from "../src/jobs/queue.ts";
import { PekerjaJob } from "../src/jobs/worker.ts";
import { describeOnDatabases } from "./support/index.ts";

const log = buatLogger("silent");

describeOnDatabases("platform: job queue", (ctx) => {
  it("several workers on one queue run every job exactly once, recording progress and failures", async () => {
    const jenis = `uji-${ctx.jenis}`;
    const ids: string[] = [];
    for (let i = 0; i < 24; i++)
      ids.push(await antrekanJob(ctx.db, { jenis, muatan: { i, gagal: i % 8 === 7 } }));
    const dijalankan: string[] = [];
    const pekerja = Array.from(
      { length: 3 },
      (_, k) =>
        new PekerjaJob({
          db: ctx.db,
          log,
          jedaMs: 20,
          nama: `p${k}`,
          handlers: {
            [jenis]: async (job, { progres }) => {
              dijalankan.push(job.id);
              const { i, gagal } = job.muatan as { i: number; gagal: boolean };
              await progres(1, 2);
              await new Promise((r) => setTimeout(r, 5));
              if (gagal) throw new Error(`job ${i} sengaja gagal`);
              await progres(2, 2);
              return { kuadrat: i * i };
            },
          },
        }),
    );
    for (const p of pekerja) p.mulai();
    const batas = Date.now() + 60_000;
    while (Date.now() < batas) {
      const sisa = await ctx.db
        .selectFrom("job")
        .select("id")
        .where("jenis", "=", jenis)
        .where("status", "in", ["antre", "berjalan"])
        .execute();
      if (sisa.length === 0) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    await Promise.all(pekerja.map((p) => p.berhenti()));

    expect([...dijalankan].sort()).toEqual([...ids].sort()); // each exactly once
    for (const id of ids) {
      const job = await bacaJob(ctx.db, id);
      if (!job) throw new Error(`job ${id} hilang`);
      const { i, gagal } = job.muatan as { i: number; gagal: boolean };
      expect(job).toMatchObject(
        gagal
          ? { status: "gagal", galat: `job ${i} sengaja gagal`, percobaan: 1, progres_selesai: 1 }
          : {
              status: "selesai",
              hasil: { kuadrat: i * i },
              percobaan: 1,
              progres_selesai: 2,
              progres_total: 2,
            },
      );
      expect(["p0", "p1", "p2"]).toContain(job.pekerja);
    }
  });

  it("claims past a job another worker holds locked (FOR UPDATE SKIP LOCKED)", async (t) => {
    // PGlite has one connection: two open transactions at once are impossible there.
    if (ctx.jenis !== "postgres") return t.skip();
    const jenis = "uji-kunci";
    const pertama = await antrekanJob(ctx.db, { jenis });
    const kedua = await antrekanJob(ctx.db, { jenis });
    let diklaim: string | undefined;
    await ctx.db.transaction().execute(async (trx) => {
      await sql`select id from job where id = ${pertama} for update`.execute(trx);
      diklaim = (await klaimJob(ctx.db, [jenis], "lain"))?.id; // another connection from the pool
    });
    expect(diklaim).toBe(kedua);
    expect((await klaimJob(ctx.db, [jenis], "lain"))?.id).toBe(pertama);
    expect(await klaimJob(ctx.db, [jenis], "lain")).toBeNull();
  });

  it("puts a job whose worker died back in the queue, and fails it after the last attempt", async () => {
    const jenis = "uji-macet";
    const id = await antrekanJob(ctx.db, { jenis });
    const lama = new Date(Date.now() - 2 * 3600_000);
    const klaim = async () => {
      expect((await klaimJob(ctx.db, [jenis], "mati"))?.id).toBe(id);
      await ctx.db.updateTable("job").set({ mulai: lama }).where("id", "=", id).execute();
    };
    await klaim();
    // a job reporting progress recently is alive, whatever its start time
    await ctx.db.updateTable("job").set({ diperbarui: new Date() }).where("id", "=", id).execute();
    expect(await pulihkanJobMacet(ctx.db, 30, 3)).toBe(0);
    await ctx.db.updateTable("job").set({ diperbarui: lama }).where("id", "=", id).execute();
    expect(await pulihkanJobMacet(ctx.db, 30, 3)).toBe(1);
    expect(await bacaJob(ctx.db, id)).toMatchObject({ status: "antre", pekerja: null, percobaan: 1 });
    await klaim();
    await pulihkanJobMacet(ctx.db, 30, 3);
    await klaim();
    await pulihkanJobMacet(ctx.db, 30, 3);
    expect(await bacaJob(ctx.db, id)).toMatchObject({ status: "gagal", percobaan: 3 });
  });
});
