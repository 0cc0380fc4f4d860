import { instrumenBars, type JenisPenilai } from "@nurani/domain";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../src/db/factory.ts";
import { fitur } from "../src/fitur/nontes/index.ts";
import { klaimJob, selesaikanJob } from "../src/jobs/queue.ts";
import { buatOrang, buatPegawai, buatUnit, type OrangUji } from "./komunitas-bantu.ts";
import { buatInstansi, describeOnDatabases, type InstansiUji, minta } from "./support/index.ts";

const jobs = fitur.jobs ?? {};
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

/** A rater's answers: a spread over the four anchors (the rater's tilt plus the scale), one "cannot observe". */
function jawaban(jenis: JenisPenilai, miring: number): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  instrumenBars(jenis).forEach((s, i) => {
    out[s.kode] = i === 5 ? null : Math.max(0, Math.min(3, ((i + miring) % 4) + (miring % 2 === 0 ? 0 : -1)));
  });
  return out;
}

describeOnDatabases("nontes: non-test period, 360 ratings, rater correction, confidential view", (ctx) => {
  let a: InstansiUji;
  let b: InstansiUji;
  let tim: OrangUji;
  let timB: OrangUji;
  const orang = new Map<string, OrangUji>();
  let unitA: string;
  let pimpinanA: string;
  let kepala: string;
  const anggotaA: string[] = [];
  let periodeId: string;
  const url = (p: string) => `/api/instansi/${a.id}${p}`;
  const sesi = (pegawaiId: string) => orang.get(pegawaiId)?.sesi ?? null;

  beforeAll(async () => {
    a = await buatInstansi(ctx.db);
    b = await buatInstansi(ctx.db);
    const akar = await buatUnit(ctx.db, a.id, "K");
    unitA = await buatUnit(ctx.db, a.id, "A", akar);
    const unitB = await buatUnit(ctx.db, a.id, "B", akar);
    const struktural = async (unit: string, nama: string) => {
      const id = await buatPegawai(ctx.db, a.id, unit, nama);
      await ctx.db.updateTable("pegawai").set({ jenis_jabatan: "struktural" }).where("id", "=", id).execute();
      return id;
    };
    kepala = await struktural(akar, "Kepala");
    pimpinanA = await struktural(unitA, "Pimpinan A");
    const pimpinanB = await struktural(unitB, "Pimpinan B");
    for (let i = 0; i < 6; i++) anggotaA.push(await buatPegawai(ctx.db, a.id, unitA, `Anggota A${i}`));
    await buatPegawai(ctx.db, a.id, unitB, "Anggota B0");
    for (const id of [kepala, pimpinanA, pimpinanB, ...anggotaA])
      orang.set(id, await buatOrang(ctx.app, ctx.db, a.id, [id === pimpinanA ? "pimpinan" : "pegawai"], id));
    tim = await buatOrang(ctx.app, ctx.db, a.id, ["tim_supervisi"]);
    timB = await buatOrang(ctx.app, ctx.db, b.id, ["tim_supervisi"]);
  });

  const penugasan = async (pegawaiId?: string) =>
    (
      await minta(ctx.app, tim.sesi, {
        method: "GET",
        url: url(
          `/nontes/periode/${periodeId}/penugasan?pageSize=200${pegawaiId ? `&pegawaiId=${pegawaiId}` : ""}`,
        ),
      })
    ).json().items as { id: string; jenis: JenisPenilai; pegawai: { id: string }; penilai: { id: string } }[];

  it("only the supervision team opens a period; the proposal follows the unit tree", async () => {
    const body = {
      judul: "Observasi 360 Unit A",
      cakupan: { jenis: "unit", unitIds: [unitA] },
      tenggat: "2999-12-31",
      aturanGabung: "selisih",
    };
    const tolak = await minta(ctx.app, sesi(anggotaA[0]), {
      method: "POST",
      url: url("/nontes/periode"),
      payload: body,
    });
    expect(tolak.statusCode).toBe(403);
    const salah = await minta(ctx.app, tim.sesi, {
      method: "POST",
      url: url("/nontes/periode"),
      payload: { ...body, cakupan: { jenis: "unit", unitIds: ["00000000-0000-4000-8000-000000000000"] } },
    });
    expect(salah.statusCode).toBe(400);
    expect(salah.json().error.code).toBe("UNIT_TIDAK_DIKENAL");

    const r = await minta(ctx.app, tim.sesi, { method: "POST", url: url("/nontes/periode"), payload: body });
    expect(r.statusCode, r.body).toBe(201);
    periodeId = r.json().id;
    expect(r.json()).toMatchObject({ status: "draf", sasaran: 7 });

    const anggota = await penugasan(anggotaA[0]);
    expect(anggota.filter((t) => t.jenis === "atasan").map((t) => t.penilai.id)).toEqual([pimpinanA]);
    expect(anggota.filter((t) => t.jenis === "rekan")).toHaveLength(4);
    const pimpinan = await penugasan(pimpinanA);
    expect(pimpinan.find((t) => t.jenis === "atasan")?.penilai.id).toBe(kepala);
    expect(pimpinan.filter((t) => t.jenis === "bawahan")).toHaveLength(6);

    // another agency's team cannot see it
    const luar = await minta(ctx.app, timB.sesi, { method: "GET", url: url(`/nontes/periode/${periodeId}`) });
    expect(luar.statusCode).toBe(403);
  });

  it("the team adjusts: the leader keeps only 2 subordinates", async () => {
    const bawahan = (await penugasan(pimpinanA)).filter((t) => t.jenis === "bawahan");
    for (const t of bawahan.slice(2)) {
      const d = await minta(ctx.app, tim.sesi, {
        method: "DELETE",
        url: url(`/nontes/periode/${periodeId}/penugasan/${t.id}`),
      });
      expect(d.statusCode).toBe(204);
    }
    expect((await penugasan(pimpinanA)).filter((t) => t.jenis === "bawahan")).toHaveLength(2);
    const ganda = await minta(ctx.app, tim.sesi, {
      method: "POST",
      url: url(`/nontes/periode/${periodeId}/penugasan`),
      payload: { pegawaiId: pimpinanA, penilaiId: kepala, jenis: "atasan" },
    });
    expect(ganda.statusCode).toBe(409);
  });

  it("raters see their assignments only once the period is open, and rate every scale", async () => {
    const rater = orang.get(anggotaA[1]);
    const sebelum = await minta(ctx.app, rater?.sesi ?? null, { method: "GET", url: url("/nontes/tugas") });
    expect(sebelum.json().total).toBe(0);
    const buka = await minta(ctx.app, tim.sesi, {
      method: "POST",
      url: url(`/nontes/periode/${periodeId}/buka`),
    });
    expect(buka.json().status).toBe("dibuka");

    let miring = 0;
    for (const [id, o] of orang) {
      const daftar = (await minta(ctx.app, o.sesi, { method: "GET", url: url("/nontes/tugas") })).json();
      for (const t of daftar.items as { id: string; jenis: JenisPenilai; dinilai: { id: string } }[]) {
        expect(t.dinilai.id).not.toBe(id);
        const isi = (
          await minta(ctx.app, o.sesi, { method: "GET", url: url(`/nontes/tugas/${t.id}`) })
        ).json();
        expect(isi.skala).toHaveLength(t.jenis === "bawahan" ? 17 : 16);
        expect(isi.skala[0].anchor[3].teks.id).toMatch(/^Kepemilikan/);
        const nilai = jawaban(t.jenis, miring++);
        const kurang = { ...nilai };
        delete kurang.KD1;
        const tolak = await minta(ctx.app, o.sesi, {
          method: "PUT",
          url: url(`/nontes/tugas/${t.id}`),
          payload: { nilai: kurang },
        });
        expect(tolak.statusCode).toBe(400);
        expect(tolak.json().error.code).toBe("BUTIR_TIDAK_LENGKAP");
        const ok = await minta(ctx.app, o.sesi, {
          method: "PUT",
          url: url(`/nontes/tugas/${t.id}`),
          payload: { nilai },
        });
        expect(ok.statusCode, ok.body).toBe(204);
      }
    }
    // a rater cannot open someone else's assignment
    const milikLain = (await penugasan(anggotaA[0])).find((t) => t.penilai.id !== anggotaA[1]);
    const lain = await minta(ctx.app, rater?.sesi ?? null, {
      method: "GET",
      url: url(`/nontes/tugas/${milikLain?.id}`),
    });
    expect(lain.statusCode).toBe(404);
  });

  it("the correction job reports rater severity, fit and agreement to the team", async () => {
    const r = await minta(ctx.app, tim.sesi, {
      method: "POST",
      url: url(`/nontes/periode/${periodeId}/koreksi`),
    });
    expect(r.statusCode, r.body).toBe(201);
    const [hasil] = (await jalankanJob(ctx.db)) as { pegawai: number; galat: string | null }[];
    expect(hasil).toMatchObject({ pegawai: 7, galat: null });
    const lap = (
      await minta(ctx.app, tim.sesi, { method: "GET", url: url(`/nontes/periode/${periodeId}/penilai`) })
    ).json();
    expect(lap.galat, JSON.stringify(lap)).toBeNull();
    expect(lap.penilai.length).toBeGreaterThanOrEqual(7);
    for (const p of lap.penilai) {
      expect(Number.isFinite(p.keparahan) && p.infit > 0 && p.outfit > 0).toBe(true);
      // 7 persons are fewer than the model's parameters: no standard errors, said as null
      expect(p.se === null || p.se > 0).toBe(true);
      expect(p.nama).not.toBe("?");
    }
    expect(lap.kesepakatan.pairs).toBeGreaterThan(0);
    const pegawai = await minta(ctx.app, sesi(anggotaA[0]), {
      method: "GET",
      url: url(`/nontes/periode/${periodeId}/penilai`),
    });
    expect(pegawai.statusCode).toBe(403);
  });

  it("the rated person sees aggregates only for kinds with ≥ 3 raters, and the combined level with its sources", async () => {
    const saya = await minta(ctx.app, sesi(anggotaA[0]), { method: "GET", url: url("/nontes/saya") });
    expect(saya.statusCode).toBe(200);
    const p = saya.json().periode[0];
    expect(p.agregat.find((x: { jenis: string }) => x.jenis === "atasan")).toEqual({
      jenis: "atasan",
      ditahan: true,
    });
    const rekan = p.agregat.find((x: { jenis: string }) => x.jenis === "rekan");
    expect(rekan).toMatchObject({ ditahan: false, penilai: 4 });
    expect(JSON.stringify(p)).not.toContain(anggotaA[1]); // no rater identity
    expect(p.hasil.faktor.map((f: { faktor: string }) => f.faktor)).toEqual(["KD", "DN", "KM"]);
    expect(p.hasil.faktor[0].sumberDipakai).toEqual(["observasi"]);
    expect(p.hasil.kualitas.map((q: { kode: string }) => q.kode)).toEqual([
      "kejujuran",
      "kepatuhan",
      "kerjaSama",
      "pengabdian",
    ]);
    const audit = await ctx.db
      .selectFrom("audit_log")
      .select(["aksi", "objek_id"])
      .where("instansi_id", "=", a.id)
      .where("aksi", "=", "hasil_nontes.baca")
      .execute();
    expect(audit.map((x) => x.objek_id)).toContain(anggotaA[0]);
  });

  it("upward feedback for a leader: withheld with 2 subordinates, shown with 3", async () => {
    const lihat = async () =>
      (await minta(ctx.app, sesi(pimpinanA), { method: "GET", url: url("/nontes/saya") }))
        .json()
        .periode[0].agregat.find((x: { jenis: string }) => x.jenis === "bawahan");
    expect(await lihat()).toEqual({ jenis: "bawahan", ditahan: true });
    const ada = new Set((await penugasan(pimpinanA)).map((t) => t.penilai.id));
    const ketiga = anggotaA.find((id) => !ada.has(id)) as string;
    const t = await minta(ctx.app, tim.sesi, {
      method: "POST",
      url: url(`/nontes/periode/${periodeId}/penugasan`),
      payload: { pegawaiId: pimpinanA, penilaiId: ketiga, jenis: "bawahan" },
    });
    expect(t.statusCode, t.body).toBe(201);
    const kirim = await minta(ctx.app, sesi(ketiga), {
      method: "PUT",
      url: url(`/nontes/tugas/${t.json().id}`),
      payload: { nilai: jawaban("bawahan", 3) },
    });
    expect(kirim.statusCode).toBe(204);
    const g = await lihat();
    expect(g).toMatchObject({ ditahan: false, penilai: 3 });
    expect(g.butir.find((x: { butir: string }) => x.butir === "teladan").n).toBe(3);
  });

  describe("review queue", () => {
    it("lists results for the team (audited) and settles a review with a reason", async () => {
      await ctx.db
        .updateTable("hasil_nontes")
        .set({ tinjauan: "menunggu", perlu_tinjauan: true })
        .where("instansi_id", "=", a.id)
        .where("pegawai_id", "=", anggotaA[2])
        .execute();
      const antre = (
        await minta(ctx.app, tim.sesi, {
          method: "GET",
          url: url(`/nontes/periode/${periodeId}/hasil?tinjauan=menunggu`),
        })
      ).json();
      expect(antre.items.map((x: { pegawaiId: string }) => x.pegawaiId)).toEqual([anggotaA[2]]);
      const putus = await minta(ctx.app, tim.sesi, {
        method: "POST",
        url: url(`/nontes/periode/${periodeId}/tinjauan/${anggotaA[2]}`),
        payload: { level: 2, catatan: "Observasi dan tes berbeda jauh; dikonfirmasi dengan wawancara." },
      });
      expect(putus.statusCode).toBe(204);
      const saya = (
        await minta(ctx.app, sesi(anggotaA[2]), { method: "GET", url: url("/nontes/saya") })
      ).json();
      expect(saya.periode[0].hasil).toMatchObject({ levelAkhir: 2, tinjauan: "selesai" });
      const lagi = await minta(ctx.app, tim.sesi, {
        method: "POST",
        url: url(`/nontes/periode/${periodeId}/tinjauan/${anggotaA[3]}`),
        payload: { level: 2, catatan: "x" },
      });
      expect(lagi.statusCode).toBe(409);
    });
  });
});
