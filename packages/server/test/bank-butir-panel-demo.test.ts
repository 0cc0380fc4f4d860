/** The demo seeds an expert panel of 5 with ratings: the results page shows CVR values on first start. */
import { beforeAll, expect, it } from "vitest";
import { PASSWORD_DEMO, seedDemoKe } from "../src/demo/index.ts";
import { describeOnDatabases, login, minta } from "./support/index.ts";

describeOnDatabases("demo: expert panel with CVR values on first start", (ctx) => {
  beforeAll(async () => {
    await seedDemoKe(ctx.db);
  }, 300_000);

  it("the national evaluator sees the demo panel, 5 experts, CVR with the critical value and ICC", async () => {
    const s = await login(ctx.app, "evaluator", PASSWORD_DEMO);
    const daftar = await minta(ctx.app, s, { method: "GET", url: "/api/bank-butir/panel" });
    expect(daftar.statusCode, daftar.body).toBe(200);
    const panel = daftar.json().items[0];
    expect(panel).toMatchObject({ status: "terbuka" });
    const h = (
      await minta(ctx.app, s, { method: "GET", url: `/api/bank-butir/panel/${panel.id}/hasil?pageSize=200` })
    ).json();
    expect(h.ahli).toBe(5);
    expect(h.cvrKritis).toBe(1);
    expect(h.daftar.items).toHaveLength(144);
    expect(h.daftar.items.every((x: { cvr: number | null }) => x.cvr !== null)).toBe(true);
    expect(h.ringkasan.gagalCvr).toBeGreaterThan(0);
    expect(h.icc.k).toBe(5);
  });
});
