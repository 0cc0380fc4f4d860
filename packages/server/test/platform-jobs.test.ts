import { sql } from "kysely";
import { expect, it } from "vitest";
import { buatLogger } from "../src/http/logger.ts";
import {
  antrekanJob,
  bacaJob,
  batalkanJob,
  klaimJob,
  perbaruiSewa,
  selesaikanJob,
} from "../src/jobs/queue.ts";
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

  it("takes a job whose lease expired (its worker died) again, and fails it with a reason after the last attempt", async () => {
    const jenis = "uji-macet";
    const id = await antrekanJob(ctx.db, { jenis });
    const klaim = async () => {
      expect((await klaimJob(ctx.db, [jenis], "mati", { maksPercobaan: 3 }))?.id).toBe(id);
      // a live worker renews its lease: the job is not taken
      expect(await perbaruiSewa(ctx.db, id, "mati")).toBe(true);
      expect(await klaimJob(ctx.db, [jenis], "lain", { maksPercobaan: 3 })).toBeNull();
      // the worker dies: nobody renews, the lease runs out
      await sql`update job set sewa_sampai = now() - interval '1 second' where id = ${id}`.execute(ctx.db);
    };
    await klaim();
    await klaim();
    await klaim();
    expect(await klaimJob(ctx.db, [jenis], "lain", { maksPercobaan: 3 })).toBeNull();
    const j = await bacaJob(ctx.db, id);
    expect(j).toMatchObject({ status: "gagal", percobaan: 3, pekerja: null });
    expect(j?.galat).toContain("berhenti mendadak 3 kali");
    // the dead worker's late writes change nothing
    expect(await selesaikanJob(ctx.db, id, { x: 1 }, "mati")).toBe(false);
    expect(await perbaruiSewa(ctx.db, id, "mati")).toBe(false);
  });

  it("an operator cancels a running job: its worker stops and its outcome is not recorded", async () => {
    const jenis = "uji-batal";
    const id = await antrekanJob(ctx.db, { jenis });
    let mulai: () => void = () => {};
    const berjalan = new Promise<void>((r) => {
      mulai = r;
    });
    let langkah = 0;
    let berhentiKarena: string | null = null;
    const p = new PekerjaJob({
      db: ctx.db,
      log,
      jedaMs: 20,
      sewaDetik: 0.4,
      handlers: {
        [jenis]: async (_job, { progres, signal }) => {
          mulai();
          while (!signal.aborted && langkah < 500) {
            langkah++;
            await progres(langkah, 500);
            await new Promise((r) => setTimeout(r, 10));
          }
          berhentiKarena = signal.aborted ? "dibatalkan" : null;
          return { langkah };
        },
      },
    });
    p.mulai();
    await berjalan;
    expect((await batalkanJob(ctx.db, id, "Dibatalkan oleh operator uji."))?.status).toBe("dibatalkan");
    const batas = Date.now() + 10_000;
    while (berhentiKarena === null && Date.now() < batas) await new Promise((r) => setTimeout(r, 20));
    await p.berhenti();
    expect(berhentiKarena).toBe("dibatalkan");
    expect(langkah).toBeLessThan(500);
    expect(await bacaJob(ctx.db, id)).toMatchObject({
      status: "dibatalkan",
      galat: "Dibatalkan oleh operator uji.",
      hasil: null,
    });
    // a job already ended cannot be cancelled
    expect(await batalkanJob(ctx.db, id)).toBeNull();
  });
});
