import { expect, it } from "vitest";
import { seedAsesmenDemo } from "../src/demo/asesmen.ts";
import { seedHasilDemo } from "../src/demo/hasil.ts";
import { buatPegawaiSimulasi } from "../src/fitur/hasil/simulasi.ts";
import { buatInstansi, describeOnDatabases } from "./support/index.ts";

describeOnDatabases("demo: the closed initial campaign is scored and released", (t) => {
  it("scores once, releases, and does nothing the second time", async () => {
    const A = await buatInstansi(t.db);
    const { id: unit } = await t.db
      .insertInto("unit_kerja")
      .values({ instansi_id: A.id, kode: "U", nama: "Unit" })
      .returning("id")
      .executeTakeFirstOrThrow();
    await buatPegawaiSimulasi(t.db, A.id, [unit], 40);
    expect(await seedHasilDemo(t.db, A.id)).toMatchObject({ kampanyeId: null });
    const a = await seedAsesmenDemo(t.db, A.id);
    const r = await seedHasilDemo(t.db, A.id);
    expect(r.kampanyeId).toBe(a.kampanyeAwal);
    expect(r.dinilai).toBeGreaterThan(0);
    const k = await t.db
      .selectFrom("kampanye_asesmen")
      .select("hasil_dirilis")
      .where("id", "=", r.kampanyeId as string)
      .executeTakeFirstOrThrow();
    expect(k.hasil_dirilis).not.toBeNull();
    expect((await seedHasilDemo(t.db, A.id)).sudahAda).toBe(true);
  });
});
