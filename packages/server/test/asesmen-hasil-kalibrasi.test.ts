import { expect, it } from "vitest";
import type { Db } from "../src/db/factory.ts";
import { jobs } from "../src/fitur/hasil/jobs.ts";
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
    // Plant DIF for women: every other female participant puts statement X (first of block 1) on top.
    const snap = await t.db
      .selectFrom("kampanye_asesmen")
      .select("formulir")
      .where("id", "=", k.kampanyeId)
      .executeTakeFirstOrThrow();
    const f = (typeof snap.formulir === "string" ? JSON.parse(snap.formulir) : snap.formulir) as {
      formulir: { blok: { id: string; pernyataan: string[] }[] };
    };
    const blok = f.formulir.blok[0];
    const X = blok.pernyataan[0];
    const wanita = await t.db
      .selectFrom("jawaban_asesmen as j")
      .innerJoin("peserta_asesmen as p", "p.id", "j.peserta_id")
      .innerJoin("pegawai as g", "g.id", "p.pegawai_id")
      .select(["j.peserta_id", "j.paling_sesuai", "j.paling_tidak_sesuai"])
      .where("p.kampanye_id", "=", k.kampanyeId)
      .where("j.blok", "=", blok.id)
      .where("g.jenis_kelamin", "=", "P")
      .orderBy("j.peserta_id")
      .execute();
    for (const [i, w] of wanita.entries()) {
      if (i % 2 || w.paling_sesuai === X) continue;
      const tengah = blok.pernyataan.find((s) => s !== w.paling_sesuai && s !== w.paling_tidak_sesuai);
      await t.db
        .updateTable("jawaban_asesmen")
        .set({
          paling_sesuai: X,
          paling_tidak_sesuai: w.paling_tidak_sesuai === X ? (tengah as string) : w.paling_tidak_sesuai,
        })
        .where("peserta_id", "=", w.peserta_id)
        .where("blok", "=", blok.id)
        .execute();
    }
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
    // the evaluator's list: every agency's campaigns, counts against the threshold
    const layak = await minta(t.app, ev, {
      method: "GET",
      url: "/api/asesmen/kalibrasi-ulang/kampanye?minimum=500",
    });
    expect(layak.statusCode).toBe(200);
    const baris = layak.json().items.find((x: { kampanyeId: string }) => x.kampanyeId === k.kampanyeId);
    expect(baris).toMatchObject({
      instansiId: A.id,
      selesai: 600,
      layak: true,
      job: null,
      formulirId: "NAS-1-S",
    });
    const bawaan = await minta(t.app, ev, { method: "GET", url: "/api/asesmen/kalibrasi-ulang/kampanye" });
    expect(bawaan.json().minimum).toBe(1000);
    expect(bawaan.json().items.find((x: { kampanyeId: string }) => x.kampanyeId === k.kampanyeId).layak).toBe(
      false,
    );
    expect(
      (await minta(t.app, sup, { method: "GET", url: "/api/asesmen/kalibrasi-ulang/kampanye" })).statusCode,
    ).toBe(403);
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
    expect(banding.pergeseran.perPernyataan).toHaveLength(48);
    // DIF: sex (300 / 300) tested; ages at the opening date 36–66 → 30–39 (60) below the minimum of 100;
    // the simulated pegawai have no golongan or jenis jabatan, so those are not tested and say why
    const dif = banding.dif;
    expect(dif.variabel.map((v: { kode: string }) => v.kode)).toEqual([
      "jenisKelamin",
      "kelompokUsia",
      "golongan",
      "jenisJabatan",
    ]);
    const [jk, usia, gol, jab] = dif.variabel;
    expect(jk.kelompok).toEqual([
      { nama: "Laki-laki", n: 300, diuji: true },
      { nama: "Perempuan", n: 300, diuji: true },
    ]);
    expect(jk.jumlahDiuji).toBe(48);
    // the planted DIF is found: X's two pairs, women preferring X more than men at the same traits
    const pasanganX = jk.ditandai.filter((d: { pertama: string }) => d.pertama === X);
    expect(pasanganX.map((d: { kedua: string }) => d.kedua).sort()).toEqual(blok.pernyataan.slice(1).sort());
    for (const d of pasanganX) {
      expect(d.perKelompok[0].kelompok).toBe("Perempuan");
      expect(d.perKelompok[0].bedaP).toBeGreaterThan(0.1);
      expect(d.kelas).toBe("C");
    }
    // … and little else (the other flags would be false positives)
    expect(jk.jumlahDitandai - pasanganX.length).toBeLessThanOrEqual(1);
    expect(usia.kelompok.find((g: { nama: string }) => g.nama === "30–39 tahun")).toEqual({
      nama: "30–39 tahun",
      n: 60,
      diuji: false,
    });
    expect(usia.jumlahDiuji).toBe(48);
    expect([gol.tidakDiuji, gol.tanpaData, jab.tanpaData]).toEqual([
      "kurang dari dua kelompok dengan sedikitnya 100 peserta",
      600,
      600,
    ]);
    expect(dif.wilayah).toMatch(/provinsi/);
    const lagiDaftar = await minta(t.app, ev, {
      method: "GET",
      url: "/api/asesmen/kalibrasi-ulang/kampanye?minimum=500",
    });
    expect(
      lagiDaftar.json().items.find((x: { kampanyeId: string }) => x.kampanyeId === k.kampanyeId).job,
    ).toMatchObject({ id: r.json().jobId, status: "selesai" });

    const daftar = (await minta(t.app, ev, { method: "GET", url: "/api/asesmen/parameter" })).json().items;
    const draf = daftar.find((x: { status: string }) => x.status === "draf");
    expect(draf.versi).toBe(banding.versiBaru);
    // the version's note is a valid JSON summary; the full comparison is found from the version
    expect(JSON.parse(draf.catatan)).toMatchObject({
      n: 600,
      dif: [{ kode: "jenisKelamin", diuji: true }, {}, {}, {}],
    });
    const bd = await minta(t.app, ev, { method: "GET", url: `/api/asesmen/parameter/${draf.id}/banding` });
    expect(bd.json()).toEqual({ versi: draf.versi, status: "draf", banding });
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

    // a rerun the same day never overwrites the published version: it becomes "-2"
    const acuanTerbit = async () =>
      (
        await t.db
          .selectFrom("parameter_asesmen")
          .select(["acuan", "status"])
          .where("id", "=", draf.id)
          .executeTakeFirstOrThrow()
      ).acuan;
    const sebelum = JSON.stringify(await acuanTerbit());
    const ulang = await minta(t.app, ev, {
      method: "POST",
      url: "/api/asesmen/kalibrasi-ulang",
      payload: { instansiId: A.id, kampanyeId: k.kampanyeId, minimum: 500, minKelompokDif: 400 },
    });
    expect(ulang.statusCode).toBe(202);
    await jalankanJob(t.db);
    const kedua = (
      await minta(t.app, ev, { method: "GET", url: `/api/asesmen/kalibrasi-ulang/${ulang.json().jobId}` })
    ).json().hasil;
    expect(kedua.versiBaru).toBe(`${draf.versi}-2`);
    expect(kedua.versiLama).toBe(draf.versi);
    expect(JSON.stringify(await acuanTerbit())).toBe(sebelum);
    // minKelompokDif = 400: no grouping has two groups that large, so none is tested
    expect(kedua.dif.variabel.map((v: { tidakDiuji: string | null }) => v.tidakDiuji !== null)).toEqual([
      true,
      true,
      true,
      true,
    ]);
  });
});
