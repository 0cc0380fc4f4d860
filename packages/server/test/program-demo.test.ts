/** The demo programme cycle (src/demo/program.ts) on top of the demo agency and its released initial assessment. */
import { beforeAll, expect, it } from "vitest";
import { PASSWORD_DEMO, seedDemoKe } from "../src/demo/index.ts";
import { NAMA_SIKLUS_DEMO, seedProgramDemo } from "../src/demo/program.ts";
import { KEMENTERIAN_CONTOH } from "../src/demo/struktur.ts";
import { describeOnDatabases, login, minta } from "./support/index.ts";

describeOnDatabases("program: demo cycle", (ctx) => {
  let instansiId: string;
  let siklusId: string;

  beforeAll(async () => {
    // the demo seed runs the assessment, its released results and the programme cycle too
    await seedDemoKe(ctx.db);
    instansiId = (
      await ctx.db
        .selectFrom("instansi")
        .select("id")
        .where("kode", "=", KEMENTERIAN_CONTOH.kode)
        .executeTakeFirstOrThrow()
    ).id;
    siklusId = (
      await ctx.db
        .selectFrom("siklus_program")
        .select("id")
        .where("instansi_id", "=", instansiId)
        .where("nama", "=", NAMA_SIKLUS_DEMO)
        .executeTakeFirstOrThrow()
    ).id;
  }, 300_000);

  it("shows the demo agency mid-programme: preparation done, implementation started, two main activities still to do", async () => {
    const s = await login(ctx.app, "supervisi", PASSWORD_DEMO);
    const st = await minta(ctx.app, s, {
      method: "GET",
      url: `/api/instansi/${instansiId}/program/siklus/${siklusId}`,
    });
    expect(st.statusCode, st.body).toBe(200);
    const p = st.json().posisi;
    expect(p.tahap).toBe("pelaksanaan");
    expect(p.langkahPersiapan.every((l: { selesai: boolean }) => l.selesai)).toBe(true);
    expect(p.berikut.uraian.id).toMatch(/Penguatan Kemampuan/);
    expect(st.json().keluaran.deklarasi_komitmen.jumlahPenandatangan.pimpinan).toBeGreaterThanOrEqual(1);
    expect(st.json().target.target.length).toBeGreaterThan(0);
    const kal = await minta(ctx.app, s, {
      method: "GET",
      url: `/api/instansi/${instansiId}/program/siklus/${siklusId}/kegiatan?pageSize=5`,
    });
    expect(kal.json().total).toBeGreaterThan(4);
    const lap = await minta(ctx.app, s, {
      method: "GET",
      url: `/api/instansi/${instansiId}/program/siklus/${siklusId}/laporan?format=pdf`,
    });
    expect(lap.statusCode).toBe(200);
    // the change agent leads the forum and may record its next session
    const a = await login(ctx.app, "agen", PASSWORD_DEMO);
    const kg = await minta(ctx.app, a, {
      method: "GET",
      url: `/api/instansi/${instansiId}/program/siklus/${siklusId}/kegiatan?kegiatanUtama=wadah_berbagi`,
    });
    expect(kg.json().items[0].penanggungJawabNama).toBeTruthy();
  });

  it("does nothing the second time", async () => {
    const r = await seedProgramDemo(ctx.db, instansiId);
    expect(r).toMatchObject({ sudahAda: true, siklusId });
    const n = await ctx.db
      .selectFrom("siklus_program")
      .select("id")
      .where("nama", "=", NAMA_SIKLUS_DEMO)
      .execute();
    expect(n).toHaveLength(1);
  });
});
