import { expect, it } from "vitest";
import type { Db } from "../src/db/factory.ts";
import { jobs } from "../src/fitur/hasil/routes.ts";
import { buatKampanyeSimulasi, buatPegawaiSimulasi } from "../src/fitur/hasil/simulasi.ts";
import { klaimJob, selesaikanJob } from "../src/jobs/queue.ts";
import { buatInstansi, buatPengguna, describeOnDatabases, login, minta } from "./support/index.ts";

async function jalankanJob(db: Db): Promise<unknown[]> {
  const out: unknown[] = [];
  for (;;) {
    const job = await klaimJob(db, Object.keys(jobs), "pekerja-uji");
    if (!job) return out;
    const hasil = await jobs[job.jenis](job, {
      db,
      progres: async () => {},
      signal: new AbortController().signal,
    });
    await selesaikanJob(db, job.id, hasil);
    out.push(hasil);
  }
}

describeOnDatabases("asesmen hasil: recalibration from real responses", (t) => {
  it("calibrates as a job, compares with the version in force, publishes, and rescores with the new version", async () => {
    const A = await buatInstansi(t.db);
    const nas = await buatInstansi(t.db, { nasional: true });
    const { id: unit } = await t.db
      .insertInto("unit_kerja")
      .values({ instansi_id: A.id, kode: "U", nama: "Unit" })
      .returning("id")
      .executeTakeFirstOrThrow();
    const pegawai = await buatPegawaiSimulasi(t.db, A.id, [unit], 600);
    const k = await buatKampanyeSimulasi(t.db, {
      instansiId: A.id,
      pegawaiIds: pegawai,
      formulirId: "NAS-1-S",
      benih: 3,
    });
    const e = await buatPengguna(t.db, [{ instansiId: nas.id, peran: "evaluator_nasional" }]);
    const s = await buatPengguna(t.db, [{ instansiId: A.id, peran: "tim_supervisi" }]);
    const ev = await login(t.app, e.username, e.password);
    const sup = await login(t.app, s.username, s.password);
    await minta(t.app, sup, {
      method: "POST",
      url: `/api/instansi/${A.id}/hasil/kampanye/${k.kampanyeId}/skor`,
    });
    await jalankanJob(t.db);

    const kurang = await minta(t.app, ev, {
      method: "POST",
      url: "/api/asesmen/kalibrasi-ulang",
      payload: { instansiId: A.id, kampanyeId: k.kampanyeId },
    });
    expect(kurang.statusCode).toBe(409);
    const tidakAda = await minta(t.app, ev, {
      method: "POST",
      url: "/api/asesmen/kalibrasi-ulang",
      payload: { instansiId: A.id, kampanyeId: pegawai[0], minimum: 500 },
    });
    expect(tidakAda.statusCode).toBe(404);
    const r = await minta(t.app, ev, {
      method: "POST",
      url: "/api/asesmen/kalibrasi-ulang",
      payload: { instansiId: A.id, kampanyeId: k.kampanyeId, minimum: 500 },
    });
    expect(r.statusCode).toBe(202);
    await jalankanJob(t.db);
    const st = await minta(t.app, ev, {
      method: "GET",
      url: `/api/asesmen/kalibrasi-ulang/${r.json().jobId}`,
    });
    expect(st.json().status).toBe("selesai");
    const banding = st.json().hasil;
    expect(banding.n).toBe(600);
    expect(banding.kecocokan.konvergen).toBe(true);
    expect(banding.pergeseran.muatan.rmsd).toBeGreaterThan(0);
    expect(banding.versiLama).toBe("NAS-1-S/sementara-60");

    const daftar = (await minta(t.app, ev, { method: "GET", url: "/api/asesmen/parameter" })).json().items;
    const draf = daftar.find((x: { status: string }) => x.status === "draf");
    expect(draf.versi).toBe(banding.versiBaru);
    expect(
      (await minta(t.app, sup, { method: "POST", url: `/api/asesmen/parameter/${draf.id}/terbitkan` }))
        .statusCode,
    ).toBe(403);
    const pub = await minta(t.app, ev, {
      method: "POST",
      url: `/api/asesmen/parameter/${draf.id}/terbitkan`,
    });
    expect(pub.json()).toEqual({ versi: draf.versi, penskoranUlang: 1 });
    const lagi = await minta(t.app, ev, {
      method: "POST",
      url: `/api/asesmen/parameter/${draf.id}/terbitkan`,
    });
    expect([lagi.statusCode, lagi.json().error.code]).toEqual([409, "PARAMETER_BUKAN_DRAF"]);
    await jalankanJob(t.db);
    const versi = await t.db
      .selectFrom("skor_asesmen")
      .select("parameter_versi")
      .where("kampanye_id", "=", k.kampanyeId)
      .groupBy("parameter_versi")
      .execute();
    expect(versi.map((v) => v.parameter_versi)).toEqual([draf.versi]);
  });
});
