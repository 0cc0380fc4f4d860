/**
 * Pilot campaigns, norms per reference group, national standard setting and
 * the instrument stage of a profile (docs/norma-batas.md).
 */
import { buildNormTable, NormTable } from "@nurani/irt";
import { sql } from "kysely";
import { expect, it } from "vitest";
import type { Db } from "../src/db/factory.ts";
import { jobs } from "../src/fitur/hasil/jobs.ts";
import { buatKampanyeSimulasi, buatPegawaiSimulasi } from "../src/fitur/hasil/simulasi.ts";
import { pernyataanBelumDitelaah, tahapInstrumen } from "../src/fitur/hasil/tahap.ts";
import { klaimJob, selesaikanJob } from "../src/jobs/queue.ts";
import { batasSkor, nilaiSkor } from "../src/umum/skor-tersimpan.ts";
import { buatInstansi, buatPengguna, describeOnDatabases, login, minta } from "./support/index.ts";

async function jalankanJob(db: Db): Promise<void> {
  for (;;) {
    const job = await klaimJob(db, Object.keys(jobs), "pekerja-uji");
    if (!job) return;
    const hasil = await jobs[job.jenis](job, {
      db,
      progres: async () => {},
      signal: new AbortController().signal,
    });
    await selesaikanJob(db, job.id, hasil);
  }
}

type Profil = {
  parameterSementara: boolean;
  tahap: { bank: string; kalibrasi: string; norma: string; batas: string; sementara: boolean };
  norma: {
    jenis: string;
    label: string;
    n: number;
    dataNyata: boolean;
    kelompokSendiri: { label: string; n: number } | null;
  };
  sumberBatas: { versi: string; metode: string };
  integritas: { t: number; persentil: number; derajat: number };
  level: { level: number };
};

describeOnDatabases("norms per group, pilot campaigns, national standard setting", (t) => {
  it("keeps a pilot out of release, map and norms; publishes norms of ≥ 1,000 with a fallback; national cuts by two judges and four eyes reach the profile", async () => {
    const A = await buatInstansi(t.db);
    const nas = await buatInstansi(t.db, { nasional: true });
    const jenisA = (
      await t.db.selectFrom("instansi").select("jenis").where("id", "=", A.id).executeTakeFirstOrThrow()
    ).jenis;
    const { id: unit } = await t.db
      .insertInto("unit_kerja")
      .values({ instansi_id: A.id, kode: "U", nama: "Unit" })
      .returning("id")
      .executeTakeFirstOrThrow();
    const pegawai = await buatPegawaiSimulasi(t.db, A.id, [unit], 1150);
    const nyata = pegawai.slice(0, 1100);
    // 300 struktural (below the minimum: falls back), 800 fungsional
    await t.db
      .updateTable("pegawai")
      .set({ jenis_jabatan: "struktural" })
      .where("id", "in", nyata.slice(0, 300))
      .execute();
    await t.db
      .updateTable("pegawai")
      .set({ jenis_jabatan: "fungsional" })
      .where("id", "in", nyata.slice(300))
      .execute();
    const k = await buatKampanyeSimulasi(t.db, {
      instansiId: A.id,
      pegawaiIds: nyata,
      formulirId: "NAS-1-S",
      benih: 5,
    });
    const pilot = await buatKampanyeSimulasi(t.db, {
      instansiId: A.id,
      pegawaiIds: pegawai.slice(1100),
      formulirId: "NAS-1-S",
      benih: 6,
      nama: "Uji coba",
    });
    await t.db
      .updateTable("kampanye_asesmen")
      .set({ uji_coba: true })
      .where("id", "=", pilot.kampanyeId)
      .execute();

    const e1 = await buatPengguna(t.db, [{ instansiId: nas.id, peran: "evaluator_nasional" }]);
    const e2 = await buatPengguna(t.db, [{ instansiId: nas.id, peran: "evaluator_nasional" }]);
    const s = await buatPengguna(t.db, [{ instansiId: A.id, peran: "tim_supervisi" }]);
    const p = await buatPengguna(t.db, [{ instansiId: A.id, peran: "pegawai" }]);
    await t.db
      .updateTable("pengguna")
      .set({ pegawai_instansi_id: A.id, pegawai_id: nyata[0] })
      .where("id", "=", p.id)
      .execute();
    const ev1 = await login(t.app, e1.username, e1.password);
    const ev2 = await login(t.app, e2.username, e2.password);
    const sup = await login(t.app, s.username, s.password);
    const peg = await login(t.app, p.username, p.password);
    const H = `/api/instansi/${A.id}/hasil`;

    for (const id of [k.kampanyeId, pilot.kampanyeId])
      expect((await minta(t.app, sup, { method: "POST", url: `${H}/kampanye/${id}/skor` })).statusCode).toBe(
        202,
      );
    await jalankanJob(t.db);

    // --- pilot: scored, listed as a pilot, never released nor mapped; usable for recalibration
    const daftar = (await minta(t.app, sup, { method: "GET", url: `${H}/kampanye` })).json().items as {
      id: string;
      ujiCoba: boolean;
      dinilai: number;
    }[];
    expect(daftar.find((x) => x.id === pilot.kampanyeId)).toMatchObject({ ujiCoba: true, dinilai: 50 });
    expect(daftar.find((x) => x.id === k.kampanyeId)).toMatchObject({ ujiCoba: false, dinilai: 1100 });
    const pr = await minta(t.app, sup, { method: "GET", url: `${H}/kampanye/${pilot.kampanyeId}/rilis` });
    expect(pr.json().kampanye.ujiCoba).toBe(true);
    const rilisPilot = await minta(t.app, sup, {
      method: "POST",
      url: `${H}/kampanye/${pilot.kampanyeId}/rilis`,
      payload: {
        dinilai: pr.json().dinilai,
        menunggu: pr.json().menunggu,
        alasanAbaikanTinjauan: "uji coba saja, tetap dirilis",
      },
    });
    expect([rilisPilot.statusCode, rilisPilot.json().error.code]).toEqual([409, "KAMPANYE_UJI_COBA"]);
    const peta = await minta(t.app, sup, { method: "GET", url: `${H}/peta?kampanyeId=${pilot.kampanyeId}` });
    expect([peta.statusCode, peta.json().error.code]).toEqual([409, "KAMPANYE_UJI_COBA"]);
    const kal = await minta(t.app, ev1, {
      method: "GET",
      url: "/api/asesmen/kalibrasi-ulang/kampanye?minimum=100",
    });
    expect(
      kal.json().items.find((x: { kampanyeId: string }) => x.kampanyeId === pilot.kampanyeId).ujiCoba,
    ).toBe(true);

    // a reviewer accepts the flagged patterns (hasil tinjauan; the norms count reported results only)
    await t.db
      .updateTable("skor_asesmen")
      .set({ tinjauan: "diterima" })
      .where("kampanye_id", "=", k.kampanyeId)
      .where("tinjauan", "=", "menunggu")
      .execute();
    // --- norms: the pilot's 50 are not counted; national and the agency category reach 1,000, jabatan groups do not
    const hitung = await minta(t.app, ev1, {
      method: "POST",
      url: "/api/asesmen/norma/hitung",
      payload: { formulirId: "NAS-1-S" },
    });
    expect(hitung.statusCode, hitung.body).toBe(200);
    const grup = hitung.json().items as { jenis: string; kunci: string; n: number; terbit: boolean }[];
    expect(grup.map((g) => [g.jenis, g.kunci, g.n, g.terbit])).toEqual([
      ["nasional", "", 1100, true],
      ["jenis_instansi", jenisA, 1100, true],
      ["jenis_jabatan", "fungsional", 800, false],
      ["jenis_jabatan", "struktural", 300, false],
    ]);
    expect(hitung.json().minimum).toBe(1000);
    expect(
      (await minta(t.app, sup, { method: "GET", url: "/api/asesmen/norma?formulirId=NAS-1-S" })).statusCode,
    ).toBe(403);
    // the stored national integrity table against an independent computation from the stored scores
    const theta = (
      await sql<{ x: number }>`select ${nilaiSkor("s", ["integritas"], "theta")} as x from skor_asesmen s
        where kampanye_id = ${k.kampanyeId} and tinjauan in ('tidak_perlu', 'diterima')`.execute(t.db)
    ).rows.map((r) => Number(r.x));
    const ref = buildNormTable(theta);
    const tersimpan = await t.db
      .selectFrom("norma_kelompok")
      .select(["norma", "n"])
      .where("jenis", "=", "nasional")
      .executeTakeFirstOrThrow();
    const nt = new NormTable((tersimpan.norma as { integritas: never }).integritas);
    expect(tersimpan.n).toBe(theta.length);
    const m = theta.reduce((a, b) => a + b, 0) / theta.length;
    expect(nt.json.mean).toBeCloseTo(m, 10);
    expect(nt.json.sd).toBeCloseTo(Math.sqrt(theta.reduce((a, b) => a + (b - m) ** 2, 0) / theta.length), 10);
    const urut = [...theta].sort((a, b) => a - b);
    for (const q of [0.1, 0.5, 0.9]) {
      const x = urut[Math.floor(q * urut.length)];
      expect(Math.abs(nt.percentile(x) - ref.percentile(x))).toBeLessThanOrEqual(0.1);
      // by hand: the share strictly below x plus half the share at x
      const bawah = theta.filter((v) => v < x).length + theta.filter((v) => v === x).length / 2;
      expect(Math.abs(nt.percentile(x) - (100 * bawah) / theta.length)).toBeLessThanOrEqual(0.1);
    }

    // --- national standard setting: two judges, the proposer cannot publish, another evaluator does
    const buka = await minta(t.app, ev1, {
      method: "POST",
      url: "/api/asesmen/penetapan-batas",
      payload: { judul: "Penetapan nasional 2027", formulirId: "NAS-1-S" },
    });
    expect(buka.statusCode).toBe(201);
    const sesi = buka.json().id as string;
    const acuan = await minta(t.app, ev1, {
      method: "GET",
      url: "/api/asesmen/penetapan-batas/acuan?formulirId=NAS-1-S",
    });
    expect(acuan.json().batasBaku[0]).toBeLessThan(acuan.json().batasBaku[2]);
    const nilai = (sesi_: typeof ev1, batas: number[]) =>
      minta(t.app, sesi_, {
        method: "PUT",
        url: `/api/asesmen/penetapan-batas/${sesi}/batas-saya`,
        payload: { batas },
      });
    const turun = await nilai(ev1, [0, -1, 1]);
    expect(turun.statusCode).toBe(400);
    const satu = await nilai(ev1, [-0.9, -0.1, 0.7]);
    expect(satu.json()).toMatchObject({ jumlahHakim: 1, hasil: null, saya: { batas: [-0.9, -0.1, 0.7] } });
    // a judge who has not judged sees neither the others' cuts nor the combination
    const lihat2 = await minta(t.app, ev2, { method: "GET", url: "/api/asesmen/penetapan-batas" });
    expect(lihat2.json().items[0]).toMatchObject({ jumlahHakim: 1, saya: null, hasil: null });
    const awal = await minta(t.app, ev1, {
      method: "POST",
      url: `/api/asesmen/penetapan-batas/${sesi}/ajukan`,
    });
    expect([awal.statusCode, awal.json().error.code]).toEqual([409, "HAKIM_KURANG"]);
    const dua = await nilai(ev2, [-0.5, 0.3, 1.1]);
    // mean of (−0.9, −0.5) = −0.7, SD = 0.4/√2·… : deviations ±0.2 → SD √(0.08/1) = 0.2828…, SE = SD/√2 = 0.2
    const h = dua.json().hasil;
    expect(h.n).toBe(2);
    expect(h.batas[0]).toBeCloseTo(-0.7, 12);
    expect(h.batas[1]).toBeCloseTo(0.1, 12);
    expect(h.batas[2]).toBeCloseTo(0.9, 12);
    for (const j of [0, 1, 2]) {
      expect(h.sd[j]).toBeCloseTo(Math.sqrt(0.08), 12);
      expect(h.se[j]).toBeCloseTo(0.2, 12);
    }
    expect(
      (await minta(t.app, ev1, { method: "POST", url: `/api/asesmen/penetapan-batas/${sesi}/ajukan` }))
        .statusCode,
    ).toBe(200);
    expect((await nilai(ev2, [-1, 0, 1])).json().error.code).toBe("SESI_TIDAK_TERBUKA");
    const sendiri = await minta(t.app, ev1, {
      method: "POST",
      url: `/api/asesmen/penetapan-batas/${sesi}/terbitkan`,
    });
    expect([sendiri.statusCode, sendiri.json().error.code]).toEqual([403, "PENERBIT_ADALAH_PENGAJU"]);
    const terbit = await minta(t.app, ev2, {
      method: "POST",
      url: `/api/asesmen/penetapan-batas/${sesi}/terbitkan`,
    });
    expect(terbit.statusCode).toBe(200);
    expect(terbit.json()).toMatchObject({ status: "terbit", penskoranUlang: 2 });
    await jalankanJob(t.db);

    // every rescored level follows the national cuts on θ
    const skor = (
      await sql<{
        x: number;
        level: number;
        versi: string;
      }>`select ${nilaiSkor("s", ["integritas"], "theta")} as x,
        level, ${batasSkor("s")} ->> 'versi' as versi from skor_asesmen s where kampanye_id = ${k.kampanyeId}`.execute(
        t.db,
      )
    ).rows;
    const nomor = terbit.json().nomor as number;
    for (const r of skor) {
      expect(r.versi).toBe(`nasional-${nomor}`);
      expect(r.level).toBe(1 + [-0.7, 0.1, 0.9].filter((c) => Number(r.x) >= c).length);
    }

    // --- the employee's profile: normed against the agency category (own jabatan group too small), national cuts, stage
    const pv = await minta(t.app, sup, { method: "GET", url: `${H}/kampanye/${k.kampanyeId}/rilis` });
    const rilis = await minta(t.app, sup, {
      method: "POST",
      url: `${H}/kampanye/${k.kampanyeId}/rilis`,
      payload: {
        dinilai: pv.json().dinilai,
        menunggu: pv.json().menunggu,
        alasanAbaikanTinjauan: "tinjauan dilakukan terpisah",
      },
    });
    expect(rilis.statusCode).toBe(200);
    const saya = await minta(t.app, peg, { method: "GET", url: `${H}/saya` });
    expect(saya.statusCode).toBe(200);
    const prof = saya.json().profil as Profil[];
    expect(prof).toHaveLength(1);
    const pr0 = prof[0];
    expect(pr0.norma).toMatchObject({ jenis: "jenis_instansi", n: 1100, dataNyata: true });
    expect(pr0.norma.kelompokSendiri).toEqual({ label: "Jenis jabatan: Struktural", n: 300 });
    expect(pr0.sumberBatas.versi).toBe(`nasional-${nomor}`);
    expect(pr0.tahap).toEqual({
      bank: "draf",
      kalibrasi: "simulasi",
      norma: "nyata",
      batas: "nasional",
      sementara: true,
    });
    expect(pr0.parameterSementara).toBe(true);
    // T against the agency-category table, computed independently: 50 + 10(θ − m)/s
    const th0 = Number(
      (
        await sql<{ x: number }>`select ${nilaiSkor("s", ["integritas"], "theta")} as x from skor_asesmen s
          where kampanye_id = ${k.kampanyeId} and pegawai_id = ${nyata[0]}`.execute(t.db)
      ).rows[0].x,
    );
    const sd = Math.sqrt(theta.reduce((a, b) => a + (b - m) ** 2, 0) / theta.length);
    expect(pr0.integritas.t).toBeCloseTo(50 + (10 * (th0 - m)) / sd, 8);
    expect(pr0.level.level).toBe(1 + [-0.7, 0.1, 0.9].filter((c) => th0 >= c).length);

    // --- the bank stage: a closed panel that rated the form's statements (id and text) counts
    const formulir = (
      await t.db
        .selectFrom("kampanye_asesmen")
        .select("formulir")
        .where("id", "=", k.kampanyeId)
        .executeTakeFirstOrThrow()
    ).formulir as { pernyataan: { id: string; teks: string }[] };
    expect(await pernyataanBelumDitelaah(t.db, A.id, k.kampanyeId)).toBe(formulir.pernyataan.length);
    const versi = await t.db
      .insertInto("bank_butir_versi")
      .values({ versi: "uji-panel-norma" })
      .returning("id")
      .executeTakeFirstOrThrow();
    const { id: panel } = await t.db
      .insertInto("bank_butir_panel")
      .values({ versi_id: versi.id, judul: "Panel uji", status: "selesai" })
      .returning("id")
      .executeTakeFirstOrThrow();
    await t.db
      .insertInto("bank_butir_panel_pernyataan")
      .values(
        formulir.pernyataan.map((x, i) => ({
          panel_id: panel,
          id: x.id,
          urutan: i,
          sub_dimensi: "KD1",
          teks: i === 0 ? `${x.teks} (diubah)` : x.teks,
        })),
      )
      .execute();
    // one statement's text differs from what the panel rated: not reviewed
    expect(await pernyataanBelumDitelaah(t.db, A.id, k.kampanyeId)).toBe(1);
    await t.db
      .updateTable("bank_butir_panel_pernyataan")
      .set({ teks: formulir.pernyataan[0].teks })
      .where("panel_id", "=", panel)
      .where("id", "=", formulir.pernyataan[0].id)
      .execute();
    expect(await pernyataanBelumDitelaah(t.db, A.id, k.kampanyeId)).toBe(0);
    const lagi = (await minta(t.app, peg, { method: "GET", url: `${H}/saya` })).json().profil[0] as Profil;
    expect(lagi.tahap.bank).toBe("panel");
  }, 240_000);

  it("the stage is provisional unless all four parts are done", () => {
    const selesai = {
      belumDitelaah: 0,
      sumberSampel: "kampanye",
      normaNyata: true,
      versiBatas: "nasional-1",
    };
    expect(tahapInstrumen(selesai)).toEqual({
      bank: "panel",
      kalibrasi: "nyata",
      norma: "nyata",
      batas: "nasional",
      sementara: false,
    });
    expect(tahapInstrumen({ ...selesai, belumDitelaah: 1 }).sementara).toBe(true);
    expect(tahapInstrumen({ ...selesai, sumberSampel: "simulasi" }).sementara).toBe(true);
    expect(tahapInstrumen({ ...selesai, normaNyata: false }).sementara).toBe(true);
    expect(tahapInstrumen({ ...selesai, versiBatas: "instansi-2" })).toMatchObject({
      batas: "instansi",
      sementara: true,
    });
    expect(tahapInstrumen({ ...selesai, versiBatas: "acuan" })).toMatchObject({
      batas: "baku",
      sementara: true,
    });
  });
});
