/** The demo's assessment data (src/demo/asesmen.ts): a closed, answered initial campaign and an open one. */
import {
  BANK_NASIONAL,
  type Formulir,
  type JawabanBlok,
  toTirtDesign,
  tulisHasilPasangan,
} from "@nurani/domain";
import { tirtLayout } from "@nurani/irt";
import { beforeAll, expect, it } from "vitest";
import { NAMA_KAMPANYE_AWAL, seedAsesmenDemo } from "../src/demo/asesmen.ts";
import { PASSWORD_DEMO, seedDemoKe } from "../src/demo/index.ts";
import { KEMENTERIAN_CONTOH } from "../src/demo/struktur.ts";
import { describeOnDatabases, login, minta } from "./support/index.ts";

describeOnDatabases("asesmen: demo data", (ctx) => {
  let instansiId: string;

  beforeAll(async () => {
    await seedDemoKe(ctx.db);
    const i = await ctx.db
      .selectFrom("instansi")
      .select("id")
      .where("kode", "=", KEMENTERIAN_CONTOH.kode)
      .executeTakeFirstOrThrow();
    instansiId = i.id;
    await ctx.db.transaction().execute((trx) => seedAsesmenDemo(trx, instansiId));
  }, 120_000);

  it("creates a closed initial campaign whose submitted answers are complete and valid for the form", async () => {
    const k = await ctx.db
      .selectFrom("kampanye_asesmen")
      .selectAll()
      .where("instansi_id", "=", instansiId)
      .where("nama", "=", NAMA_KAMPANYE_AWAL)
      .executeTakeFirstOrThrow();
    expect(k.ditutup.getTime()).toBeLessThan(Date.now());
    expect(k.formulir_id).toBe("NAS-1-A");
    const form = BANK_NASIONAL.formulir.find((f) => f.id === "NAS-1-A") as Formulir;
    const peserta = await ctx.db
      .selectFrom("peserta_asesmen")
      .selectAll()
      .where("kampanye_id", "=", k.id)
      .execute();
    const dikirim = peserta.filter((p) => p.selesai);
    expect(dikirim.length / peserta.length).toBeGreaterThan(0.8);
    const jawaban = await ctx.db
      .selectFrom("jawaban_asesmen")
      .selectAll()
      .where("instansi_id", "=", instansiId)
      .where(
        "peserta_id",
        "in",
        dikirim.slice(0, 50).map((p) => p.id),
      )
      .execute();
    const layout = tirtLayout(toTirtDesign(form));
    const row = new Int8Array(layout.pairs.length);
    for (const p of dikirim.slice(0, 50)) {
      const milik: JawabanBlok[] = jawaban
        .filter((j) => j.peserta_id === p.id)
        .map((j) => ({
          blok: j.blok,
          palingSesuai: j.paling_sesuai,
          palingTidakSesuai: j.paling_tidak_sesuai,
        }));
      expect(tulisHasilPasangan(form, layout, { pegawaiId: p.pegawai_id, jawaban: milik }, row, 0)).toBe(36);
    }
  });

  it("invites the demo employee login to the open periodic campaign, which they can start", async () => {
    await ctx.db.transaction().execute((trx) => seedAsesmenDemo(trx, instansiId)); // idempotent
    expect(
      await ctx.db
        .selectFrom("kampanye_asesmen")
        .select("id")
        .where("instansi_id", "=", instansiId)
        .execute(),
    ).toHaveLength(2);
    const s = await login(ctx.app, "pegawai", PASSWORD_DEMO);
    const res = await minta(ctx.app, s, { method: "GET", url: `/api/instansi/${instansiId}/asesmen-saya` });
    const daftar = res.json() as {
      pesertaId: string;
      kampanye: { tujuan: string };
      selesai: string | null;
    }[];
    const terbuka = daftar.find((d) => d.kampanye.tujuan === "berkala");
    expect(terbuka).toBeDefined();
    const mulai = await minta(ctx.app, s, {
      method: "POST",
      url: `/api/instansi/${instansiId}/asesmen-saya/${terbuka?.pesertaId}/mulai`,
      payload: { setuju: true },
    });
    expect(mulai.statusCode).toBe(200);
    expect(mulai.json().blok).toHaveLength(36);
  });
});
