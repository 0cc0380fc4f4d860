import { createTirtScoringPool } from "@nurani/irt";
import { expect, it } from "vitest";
import { buatKampanyeSimulasi, buatPegawaiSimulasi } from "../src/fitur/hasil/simulasi.ts";
import { skorKampanye } from "../src/fitur/hasil/skor.ts";
import { hasilSkorJson } from "../src/umum/skor-tersimpan.ts";
import { buatInstansi, describeOnDatabases } from "./support/index.ts";

/**
 * The scoring job with its MAP pass on worker threads (skor.ts: a batch's MAP
 * runs on the engine's pool while the previous batch gets its plausible
 * values) stores what the job stores in one thread: every field, every
 * plausible value, the same counts. Batches of 600 so the pool splits each
 * over two workers (it keeps fewer than 250 persons per worker in the caller).
 */
describeOnDatabases("asesmen hasil: the scoring job with the MAP pass on worker threads", (t) => {
  it("stores the same results as scoring in one thread", async () => {
    const A = await buatInstansi(t.db);
    const u = await t.db
      .insertInto("unit_kerja")
      .values({ instansi_id: A.id, kode: "U1", nama: "Unit 1" })
      .returning("id")
      .executeTakeFirstOrThrow();
    const pegawai = await buatPegawaiSimulasi(t.db, A.id, [u.id], 1300);
    const k = await buatKampanyeSimulasi(t.db, {
      instansiId: A.id,
      pegawaiIds: pegawai,
      formulirId: "NAS-1-S",
      benih: 8,
    });
    const baca = () =>
      t.db
        .selectFrom("skor_asesmen as s")
        .select([
          "s.peserta_id",
          "s.derajat",
          "s.level",
          "s.pv",
          "s.tinjauan",
          hasilSkorJson("s").as("hasil"),
        ])
        .where("s.kampanye_id", "=", k.kampanyeId)
        .orderBy("s.peserta_id")
        .execute();
    const satu = await skorKampanye(t.db, A.id, k.kampanyeId, { ukuranBatch: 600, pool: null });
    const harap = await baca();
    const pool = await createTirtScoringPool(2);
    try {
      const banyak = await skorKampanye(t.db, A.id, k.kampanyeId, { ukuranBatch: 600, pool });
      expect({ ...banyak, detik: 0, acuanDibangunMs: null }).toEqual({
        ...satu,
        detik: 0,
        acuanDibangunMs: null,
      });
    } finally {
      await pool.close();
    }
    expect(harap).toHaveLength(1300);
    expect(await baca()).toEqual(harap);
  });
});
