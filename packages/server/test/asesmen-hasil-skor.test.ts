import { gunzipSync } from "node:zlib";
import {
  derajatPlausible,
  type HasilUntukPeta,
  type ParameterAcuan,
  skorPegawai,
  susunPetaAsesmen,
} from "@nurani/domain";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../src/db/factory.ts";
import { formulirTerbit } from "../src/fitur/bank-butir/terbit.ts";
import { jobs } from "../src/fitur/hasil/jobs.ts";
import { parameterBerlaku } from "../src/fitur/hasil/parameter.ts";
import { segarkanRingkasan } from "../src/fitur/hasil/ringkasan.ts";
import {
  buatKampanyeSimulasi,
  buatPegawaiSimulasi,
  type KampanyeSimulasi,
} from "../src/fitur/hasil/simulasi.ts";
import { benihPv, JUMLAH_PV } from "../src/fitur/hasil/skor.ts";
import { klaimJob, selesaikanJob } from "../src/jobs/queue.ts";
import { hasilSkorJson } from "../src/umum/skor-tersimpan.ts";
import {
  buatInstansi,
  buatPengguna,
  describeOnDatabases,
  type InstansiUji,
  login,
  minta,
  type SesiUji,
} from "./support/index.ts";

/** Runs every queued results job, as a worker would. */
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

const FORM = "NAS-1-S";

describeOnDatabases("asesmen hasil: scoring, review, release, map, cuts, exports", (t) => {
  let A: InstansiUji;
  let B: InstansiUji;
  const unit: Record<string, string> = {};
  let pegawaiIds: string[] = [];
  let kamp: KampanyeSimulasi;
  let supervisi: SesiUji;
  let admin: SesiUji;
  let pimpinan: SesiUji;
  let pegawai1: SesiUji;
  let pegawai2: SesiUji;
  let apip: SesiUji;
  let adminB: SesiUji;
  let evaluator: SesiUji;
  const api = (s: SesiUji | null, method: "GET" | "POST" | "PUT", url: string, payload?: unknown) =>
    minta(t.app, s, { method, url, payload: payload as never });
  const H = () => `/api/instansi/${A.id}/hasil`;

  beforeAll(async () => {
    A = await buatInstansi(t.db);
    B = await buatInstansi(t.db);
    const nas = await buatInstansi(t.db, { nasional: true });
    const u = async (kode: string, induk: string | null) => {
      const r = await t.db
        .insertInto("unit_kerja")
        .values({ instansi_id: A.id, kode, nama: `Unit ${kode}`, induk_id: induk })
        .returning("id")
        .executeTakeFirstOrThrow();
      unit[kode] = r.id;
    };
    await u("U1", null);
    await u("U1A", unit.U1);
    await u("U1B", unit.U1);
    await u("U2", null);
    // 24 in U1A, 24 in U1B, 3 in U2 (a group below k = 5)
    pegawaiIds = [
      ...(await buatPegawaiSimulasi(t.db, A.id, [unit.U1A], 24, 0)),
      ...(await buatPegawaiSimulasi(t.db, A.id, [unit.U1B], 24, 100)),
      ...(await buatPegawaiSimulasi(t.db, A.id, [unit.U2], 3, 200)),
    ];
    kamp = await buatKampanyeSimulasi(t.db, { instansiId: A.id, pegawaiIds, formulirId: FORM, benih: 11 });
    // plant an aberrant pattern: always the first statement as most, the last as least, 1 s per block
    const f = (await formulirTerbit(t.db)).find((x) => x.formulir.id === FORM)?.formulir;
    for (const b of f?.blok ?? [])
      await t.db
        .updateTable("jawaban_asesmen")
        .set({ paling_sesuai: b.pernyataan[0], paling_tidak_sesuai: b.pernyataan[2], detik: 1 })
        .where("peserta_id", "=", kamp.pesertaIds[0])
        .where("blok", "=", b.id)
        .execute();
    kamp.data[0] = {
      ...kamp.data[0],
      jawaban: (f?.blok ?? []).map((b) => ({
        blok: b.id,
        palingSesuai: b.pernyataan[0],
        palingTidakSesuai: b.pernyataan[2],
        detik: 1,
        perubahan: 0,
      })),
    };
    const sesi = async (peran: Parameters<typeof buatPengguna>[1], pegawaiId?: string) => {
      const p = await buatPengguna(t.db, peran);
      if (pegawaiId)
        await t.db
          .updateTable("pengguna")
          .set({ pegawai_instansi_id: A.id, pegawai_id: pegawaiId })
          .where("id", "=", p.id)
          .execute();
      return login(t.app, p.username, p.password);
    };
    supervisi = await sesi([{ instansiId: A.id, peran: "tim_supervisi" }]);
    admin = await sesi([{ instansiId: A.id, peran: "admin_instansi" }]);
    pimpinan = await sesi([{ instansiId: A.id, peran: "pimpinan" }], pegawaiIds[30]); // in U1B
    pegawai1 = await sesi([{ instansiId: A.id, peran: "pegawai" }], pegawaiIds[1]);
    pegawai2 = await sesi([{ instansiId: A.id, peran: "pegawai" }], pegawaiIds[2]);
    apip = await sesi([{ instansiId: A.id, peran: "apip" }]);
    adminB = await sesi([{ instansiId: B.id, peran: "admin_instansi" }]);
    evaluator = await sesi([{ instansiId: nas.id, peran: "evaluator_nasional" }]);
  });

  it("refuses unknown campaigns, wrong roles and other agencies before doing anything", async () => {
    const lain = "00000000-0000-4000-8000-000000000000";
    const r = await api(supervisi, "POST", `${H()}/kampanye/${lain}/skor`);
    expect([r.statusCode, r.json().error.code]).toEqual([404, "KAMPANYE_TIDAK_ADA"]);
    expect(r.json().error.message).toContain("tidak ditemukan");
    expect((await api(apip, "POST", `${H()}/kampanye/${kamp.kampanyeId}/skor`)).statusCode).toBe(403);
    expect((await api(pegawai1, "POST", `${H()}/kampanye/${kamp.kampanyeId}/skor`)).statusCode).toBe(403);
    expect((await api(adminB, "POST", `${H()}/kampanye/${kamp.kampanyeId}/skor`)).statusCode).toBe(403);
    expect(
      (await api(adminB, "GET", `/api/instansi/${B.id}/hasil/peta?kampanyeId=${kamp.kampanyeId}`)).statusCode,
    ).toBe(404);
    const belum = await api(supervisi, "GET", `${H()}/peta?kampanyeId=${kamp.kampanyeId}`);
    expect([belum.statusCode, belum.json().error.code]).toEqual([409, "BELUM_ADA_SKOR"]);
    const rilis = await api(supervisi, "POST", `${H()}/kampanye/${kamp.kampanyeId}/rilis`, {
      dinilai: 0,
      menunggu: 0,
    });
    expect([rilis.statusCode, rilis.json().error.code]).toEqual([409, "BELUM_ADA_SKOR"]);
    expect((await t.db.selectFrom("job").select("id").execute()).length).toBe(0);
  });

  it("scores the campaign as a job whose results equal the domain functions' output", async () => {
    const r = await api(supervisi, "POST", `${H()}/kampanye/${kamp.kampanyeId}/skor`);
    expect(r.statusCode).toBe(202);
    const dua = await api(admin, "POST", `${H()}/kampanye/${kamp.kampanyeId}/skor`);
    expect([dua.statusCode, dua.json().error.code]).toEqual([409, "SKOR_BERJALAN"]);
    const [hasil] = (await jalankanJob(t.db)) as {
      dinilai: number;
      ditandai: number;
      versiParameter: string;
    }[];
    expect(hasil.dinilai).toBe(51);
    expect(hasil.versiParameter).toBe(`${FORM}/sementara-60`);

    const param = await parameterBerlaku(t.db, FORM);
    expect(param?.status).toBe("sementara");
    const acuan = param?.acuan as ParameterAcuan;
    const f = (await formulirTerbit(t.db)).find((x) => x.formulir.id === FORM);
    if (!f) throw new Error("formulir");
    // the job reads participants in id order
    const urut = kamp.pesertaIds
      .map((id, i) => ({ id, d: kamp.data[i] }))
      .sort((a, b) => (a.id < b.id ? -1 : 1));
    const harap = skorPegawai(
      acuan,
      f.formulir,
      urut.map((x) => x.d),
      { pernyataan: f.pernyataan },
    );
    const pv = derajatPlausible(
      acuan,
      f.formulir,
      urut.map((x) => x.d),
      {
        benih: benihPv(kamp.kampanyeId, 0),
        m: JUMLAH_PV,
        pernyataan: f.pernyataan,
      },
    );
    const rows = await t.db
      .selectFrom("skor_asesmen as s")
      .selectAll("s")
      .select(hasilSkorJson("s").as("tersimpan"))
      .where("kampanye_id", "=", kamp.kampanyeId)
      .orderBy("peserta_id")
      .execute();
    expect(rows.map((x) => x.peserta_id)).toEqual(urut.map((x) => x.id));
    rows.forEach((row, i) => {
      const h = row.tersimpan as (typeof harap)[number] & { batas: { versi: string } };
      const { batas, ...tanpaBatas } = h;
      expect(tanpaBatas).toEqual(JSON.parse(JSON.stringify(harap[i])));
      expect(batas.versi).toBe("acuan");
      expect(row.level).toBe(harap[i].levelTes);
      expect(row.derajat).toBeCloseTo(harap[i].integritas.derajat, 4);
      expect(row.parameter_versi).toBe(acuan.versi);
      for (const [j, v] of row.pv.entries()) expect(v).toBeCloseTo(pv.derajat[i * JUMLAH_PV + j], 3);
      expect(row.perlu_tinjauan).toBe(harap[i].tanda.length > 0 || !harap[i].konvergen);
    });
    const tanam = rows.find((x) => x.peserta_id === kamp.pesertaIds[0]);
    expect(tanam?.tinjauan).toBe("menunggu");
    expect((tanam?.tersimpan as { tanda: { kode: string }[] } | undefined)?.tanda.map((x) => x.kode)).toEqual(
      expect.arrayContaining(["terlalu-cepat", "posisi-seragam"]),
    );
    const s = await api(supervisi, "GET", `${H()}/kampanye/${kamp.kampanyeId}/skor`);
    expect(s.json()).toMatchObject({ dinilai: 51, job: { status: "selesai" }, hasilDirilis: null });
  });

  it("lists flagged patterns for review and records each decision in the audit log", async () => {
    const d = await api(supervisi, "GET", `${H()}/kampanye/${kamp.kampanyeId}/tinjauan`);
    expect(d.statusCode).toBe(200);
    const ids = d.json().items.map((x: { pesertaId: string }) => x.pesertaId);
    expect(ids).toContain(kamp.pesertaIds[0]);
    expect((await api(pegawai1, "GET", `${H()}/kampanye/${kamp.kampanyeId}/tinjauan`)).statusCode).toBe(403);
    const salah = await api(
      supervisi,
      "POST",
      `${H()}/kampanye/${kamp.kampanyeId}/tinjauan/${kamp.pesertaIds[0]}`,
      {
        keputusan: "hapus",
        alasan: "x",
      },
    );
    expect(salah.statusCode).toBe(400);
    const ok = await api(
      supervisi,
      "POST",
      `${H()}/kampanye/${kamp.kampanyeId}/tinjauan/${kamp.pesertaIds[0]}`,
      {
        keputusan: "dikecualikan",
        alasan: "Pola posisi seragam dan terlalu cepat",
      },
    );
    expect(ok.json()).toEqual({ pesertaId: kamp.pesertaIds[0], tinjauan: "dikecualikan" });
    const lagi = await api(
      supervisi,
      "POST",
      `${H()}/kampanye/${kamp.kampanyeId}/tinjauan/${pegawaiIds[0]}`,
      {
        keputusan: "diterima",
        alasan: "bukan peserta",
      },
    );
    expect(lagi.statusCode).toBe(404);
    // accept every other flagged pattern so the map below counts them
    for (const id of ids.filter((x: string) => x !== kamp.pesertaIds[0]))
      await api(supervisi, "POST", `${H()}/kampanye/${kamp.kampanyeId}/tinjauan/${id}`, {
        keputusan: "diterima",
        alasan: "Ditinjau, pola wajar",
      });
    const audit = await t.db
      .selectFrom("audit_log")
      .select(["aksi", "objek_id", "rincian"])
      .where("aksi", "=", "hasil.tinjauan.putuskan")
      .where("objek_id", "=", kamp.pesertaIds[0])
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0].rincian).toMatchObject({ keputusan: "dikecualikan" });
    // a decision refreshes only the person's unit row; it equals a full refresh
    const baca = () =>
      t.db
        .selectFrom("ringkasan_peta")
        .selectAll()
        .where("kampanye_id", "=", kamp.kampanyeId)
        .orderBy("unit_id")
        .execute();
    const sebagian = await baca();
    await segarkanRingkasan(t.db, A.id, kamp.kampanyeId);
    const penuh = await baca();
    expect(penuh.map((r) => [r.unit_id, r.n, r.level, r.jumlah_pegawai])).toEqual(
      sebagian.map((r) => [r.unit_id, r.n, r.level, r.jumlah_pegawai]),
    );
    penuh.forEach((r, i) => {
      for (const [j, x] of [...r.faktor, ...r.s, ...r.ss].entries())
        expect(x).toBeCloseTo([...sebagian[i].faktor, ...sebagian[i].s, ...sebagian[i].ss][j], 6);
    });
    expect(sebagian.reduce((s, r) => s + r.n, 0)).toBe(50);
  });

  it("shows nothing to employees before release; after release only their own result", async () => {
    const sebelum = await api(pegawai1, "GET", `${H()}/saya`);
    expect(sebelum.statusCode).toBe(200);
    expect(sebelum.json().profil).toEqual([]);
    const peta = await api(pimpinan, "GET", `${H()}/peta?kampanyeId=${kamp.kampanyeId}`);
    expect([peta.statusCode, peta.json().error.code]).toEqual([409, "BELUM_DIRILIS"]);
    expect((await api(pimpinan, "GET", `${H()}/kampanye`)).json().items).toEqual([]);
    expect((await api(supervisi, "GET", `${H()}/kampanye`)).json().items[0]).toMatchObject({
      dinilai: 51,
      selesai: 51,
    });
    expect((await api(pegawai1, "POST", `${H()}/kampanye/${kamp.kampanyeId}/rilis`)).statusCode).toBe(403);
    // the release repeats the figures of its preview (hasil-rilis.test.ts)
    const pr = (await api(admin, "GET", `${H()}/kampanye/${kamp.kampanyeId}/rilis`)).json();
    const konfirmasi = { dinilai: pr.dinilai, menunggu: pr.menunggu };
    const r = await api(admin, "POST", `${H()}/kampanye/${kamp.kampanyeId}/rilis`, konfirmasi);
    expect(r.statusCode, r.body).toBe(200);
    expect(
      (await api(admin, "POST", `${H()}/kampanye/${kamp.kampanyeId}/rilis`, konfirmasi)).statusCode,
    ).toBe(409);

    expect((await api(pimpinan, "GET", `${H()}/kampanye`)).json().items).toHaveLength(1);
    const saya = await api(pegawai1, "GET", `${H()}/saya`);
    expect(saya.statusCode).toBe(200);
    const [p] = saya.json().profil;
    const baris = await t.db
      .selectFrom("skor_asesmen")
      .select(["derajat", "level"])
      .where("pegawai_id", "=", pegawaiIds[1])
      .executeTakeFirstOrThrow();
    expect(p.integritas.derajat).toBeCloseTo(baris.derajat, 3);
    expect(p.level.level).toBe(baris.level);
    expect(p.subDimensi).toHaveLength(12);
    expect(p.faktor).toHaveLength(3);
    for (const s of [...p.subDimensi, ...p.faktor]) expect(s.tBawah).toBeLessThan(s.tAtas);
    expect(p.kegiatan.length).toBeGreaterThan(0);
    expect(p.kegiatan[0].sumber).toMatch(/^Tabel [5-8]/);
    expect(p.penjelasan.join(" ")).toContain("sementara");
    expect(saya.json().riwayat).toHaveLength(1);
    const dua = await api(pegawai2, "GET", `${H()}/saya`);
    expect(dua.json().profil[0].integritas.derajat).not.toBeCloseTo(p.integritas.derajat, 6);
    // no route names another person for an employee
    const rinci = await api(
      pegawai1,
      "GET",
      `${H()}/kampanye/${kamp.kampanyeId}/unit/${unit.U1A}/pegawai?tujuan=verifikasi_data`,
    );
    expect(rinci.statusCode).toBe(403);
    const bacaan = await t.db
      .selectFrom("audit_log")
      .select(["objek_id"])
      .where("aksi", "=", "hasil_asesmen.baca")
      .execute();
    expect(bacaan.map((x) => x.objek_id)).toEqual(expect.arrayContaining([pegawaiIds[1], pegawaiIds[2]]));

    const pdf = await api(pegawai1, "GET", `${H()}/saya/${kamp.kampanyeId}/pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers["content-type"]).toContain("application/pdf");
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe("%PDF-");
    // the excluded participant sees no result
    const lain = "00000000-0000-4000-8000-000000000001";
    expect((await api(pegawai1, "GET", `${H()}/saya/${lain}/pdf`)).statusCode).toBe(404);
  });

  it("builds the map with small groups suppressed, equal to the domain's map of the same persons", async () => {
    const r = await api(pimpinan, "GET", `${H()}/peta?kampanyeId=${kamp.kampanyeId}`);
    expect(r.statusCode).toBe(200);
    const peta = r.json();
    expect(peta.k).toBe(5);
    const u2 = peta.baris.find((b: { unitId: string }) => b.unitId === unit.U2);
    expect(u2).toMatchObject({ tampil: false, alasan: "kecil" });
    expect(u2.n).toBeUndefined();
    // complementary: the root minus U1 would reveal U2's 3 people, so U1 is hidden too
    expect(peta.baris.find((b: { unitId: string }) => b.unitId === unit.U1)).toMatchObject({ tampil: false });
    for (const b of peta.baris) if (b.tampil && b.n > 0) expect(b.n).toBeGreaterThanOrEqual(5);

    const rows = await t.db
      .selectFrom("skor_asesmen as s")
      .select(["unit_id", "level", hasilSkorJson("s").as("hasil"), "pv"])
      .where("kampanye_id", "=", kamp.kampanyeId)
      .where("tinjauan", "in", ["tidak_perlu", "diterima"])
      .execute();
    const orang: HasilUntukPeta[] = rows.map((x) => {
      const h = x.hasil as unknown as { faktor: Record<string, { t: number }> };
      return {
        unitId: x.unit_id ?? A.id,
        level: x.level as 1,
        faktorT: { KD: h.faktor.KD.t, DN: h.faktor.DN.t, KM: h.faktor.KM.t },
        derajatPv: x.pv,
      };
    });
    const pohon = [
      { id: A.id, nama: A.nama, indukId: null },
      ...Object.entries(unit).map(([kode, id]) => ({
        id,
        nama: `Unit ${kode}`,
        indukId: kode === "U1A" || kode === "U1B" ? unit.U1 : A.id,
      })),
    ];
    const N = new Map<string, number>([
      [A.id, 51],
      [unit.U1, 48],
      [unit.U1A, 24],
      [unit.U1B, 24],
      [unit.U2, 3],
    ]);
    const domain = susunPetaAsesmen(pohon, orang, { k: 5, jumlahPegawai: N });
    expect(domain.instansi.n).toBe(50);
    const akar = peta.baris[0];
    expect(akar.n).toBe(domain.instansi.n);
    expect(akar.distribusiLevel).toEqual(domain.instansi.distribusiLevel);
    expect(akar.indeks.nilai).toBeCloseTo(domain.instansi.indeks?.nilai as number, 6);
    expect(akar.indeks.bawah).toBeCloseTo(domain.instansi.indeks?.bawah as number, 6);
    expect(akar.indeks.variansUkur).toBeGreaterThan(0);
    for (const b of domain.baris) {
      const s = peta.baris.find((x: { unitId: string }) => x.unitId === b.unitId);
      expect(s.tampil).toBe(b.tampil);
      if (b.indeks) expect(s.indeks.nilai).toBeCloseTo(b.indeks.nilai, 6);
    }

    const ev = await api(evaluator, "GET", `${H()}/peta?kampanyeId=${kamp.kampanyeId}`);
    expect(ev.statusCode).toBe(200);
    expect((await api(apip, "GET", `${H()}/peta?kampanyeId=${kamp.kampanyeId}`)).statusCode).toBe(403);
    expect((await api(pegawai1, "GET", `${H()}/peta?kampanyeId=${kamp.kampanyeId}`)).statusCode).toBe(403);
  });

  it("sends the kept map as JSON, gzip-compressed when the client accepts it, the same both ways", async () => {
    const url = `${H()}/peta?kampanyeId=${kamp.kampanyeId}`;
    const biasa = await api(supervisi, "GET", url);
    const gz = await minta(t.app, supervisi, {
      method: "GET",
      url,
      headers: { "accept-encoding": "gzip, br" },
    });
    expect(biasa.headers["content-type"]).toMatch(/^application\/json/);
    expect(biasa.headers["content-encoding"]).toBeUndefined();
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(gz.headers.vary).toMatch(/accept-encoding/);
    expect(JSON.parse(gunzipSync(gz.rawPayload).toString("utf8"))).toEqual(biasa.json());
    expect(biasa.json()).toMatchObject({ k: expect.any(Number), instansi: { unitId: A.id } });
  });

  it("k is configurable per agency but never below 3", async () => {
    const r = await api(admin, "PUT", `${H()}/pengaturan`, { k: 2 });
    expect(r.statusCode).toBe(400);
    expect((await api(supervisi, "PUT", `${H()}/pengaturan`, { k: 3 })).statusCode).toBe(403);
    // read (and keep) the map at k = 5 first: the change of k must not be hidden by the kept map
    const sebelum = (await api(supervisi, "GET", `${H()}/peta?kampanyeId=${kamp.kampanyeId}`)).json();
    expect(sebelum.baris.find((b: { unitId: string }) => b.unitId === unit.U2)).toMatchObject({
      tampil: false,
    });
    expect((await api(admin, "PUT", `${H()}/pengaturan`, { k: 3 })).statusCode).toBe(200);
    const peta = (await api(supervisi, "GET", `${H()}/peta?kampanyeId=${kamp.kampanyeId}`)).json();
    expect(peta.baris.find((b: { unitId: string }) => b.unitId === unit.U2)).toMatchObject({
      tampil: true,
      n: 3,
    });
    await api(admin, "PUT", `${H()}/pengaturan`, { k: 5 });
  });

  it("drill-down to named individuals: supervision team everywhere, leaders in their own unit, every read audited", async () => {
    const r = await api(
      supervisi,
      "GET",
      `${H()}/kampanye/${kamp.kampanyeId}/unit/${unit.U1A}/pegawai?tujuan=verifikasi_data`,
    );
    expect(r.statusCode).toBe(200);
    expect(r.json().total).toBe(24);
    expect(r.json().items[0]).toHaveProperty("nama");
    const sendiri = await api(
      pimpinan,
      "GET",
      `${H()}/kampanye/${kamp.kampanyeId}/unit/${unit.U1B}/pegawai?tujuan=verifikasi_data`,
    );
    expect(sendiri.statusCode).toBe(200);
    const luar = await api(
      pimpinan,
      "GET",
      `${H()}/kampanye/${kamp.kampanyeId}/unit/${unit.U1A}/pegawai?tujuan=verifikasi_data`,
    );
    expect([luar.statusCode, luar.json().error.code]).toEqual([403, "UNIT_DI_LUAR"]);
    expect(
      (
        await api(
          admin,
          "GET",
          `${H()}/kampanye/${kamp.kampanyeId}/unit/${unit.U1A}/pegawai?tujuan=verifikasi_data`,
        )
      ).statusCode,
    ).toBe(403);
    const audit = await t.db
      .selectFrom("audit_log")
      .select(["objek_id", "rincian", "pengguna_id"])
      .where("aksi", "=", "hasil.rinci.baca")
      .execute();
    expect(audit.map((a) => a.objek_id)).toEqual(expect.arrayContaining([unit.U1A, unit.U1B]));
    expect((audit[0].rincian as { pegawai: string[] }).pegawai.length).toBeGreaterThan(0);
  });

  it("adopts agency cuts by contrasting groups, refuses invalid cuts, and rescoring keeps the cuts version", async () => {
    const salah = await api(supervisi, "POST", `${H()}/batas-level`, {
      metode: "manual",
      batas: [60, 40, 80],
      alasan: "uji batas yang salah",
    });
    expect([salah.statusCode, salah.json().error.code]).toEqual([400, "BATAS_TIDAK_VALID"]);
    expect(salah.json().error.message).toContain("naik");
    const rows = await t.db
      .selectFrom("skor_asesmen")
      .select(["peserta_id", "derajat"])
      .where("kampanye_id", "=", kamp.kampanyeId)
      .orderBy("derajat")
      .execute();
    const panel = rows.map((r, i) => ({
      pesertaId: r.peserta_id,
      level: 1 + Math.floor((4 * i) / rows.length),
    }));
    const kurang = await api(supervisi, "POST", `${H()}/batas-level/pratinjau`, {
      metode: "kelompok_kontras",
      kampanyeId: kamp.kampanyeId,
      panel: panel.map((p) => ({ ...p, level: p.level === 4 ? 3 : p.level })),
    });
    expect([kurang.statusCode, kurang.json().error.code]).toEqual([400, "BATAS_TIDAK_VALID"]);
    const ok = await api(supervisi, "POST", `${H()}/batas-level`, {
      metode: "kelompok_kontras",
      kampanyeId: kamp.kampanyeId,
      panel,
    });
    expect(ok.statusCode).toBe(201);
    expect(ok.json().versi).toBe(1);
    expect(ok.json().batas.metode).toContain("kelompok kontras");
    expect((await api(supervisi, "POST", `${H()}/kampanye/${kamp.kampanyeId}/skor`)).statusCode).toBe(202);
    await jalankanJob(t.db);
    const s = await t.db
      .selectFrom("skor_asesmen as s")
      .select([hasilSkorJson("s").as("hasil"), "tinjauan"])
      .where("peserta_id", "=", kamp.pesertaIds[0])
      .executeTakeFirstOrThrow();
    expect((s.hasil as unknown as { batas: { versi: string } }).batas.versi).toBe("instansi-1");
    // the reviewer's decision stands across rescoring
    expect(s.tinjauan).toBe("dikecualikan");
    const peng = await api(supervisi, "GET", `${H()}/pengaturan`);
    expect(peng.json().batasLevel[0]).toMatchObject({ versi: 1, metode: "kelompok_kontras" });
  });

  it("lists participants for the standard-setting panel without their scores, audited", async () => {
    const r = await api(supervisi, "GET", `${H()}/kampanye/${kamp.kampanyeId}/panel?pageSize=10`);
    expect(r.statusCode).toBe(200);
    expect(r.json().total).toBe(50);
    expect(Object.keys(r.json().items[0]).sort()).toEqual(["nama", "nip", "pesertaId", "unit"]);
    expect((await api(pimpinan, "GET", `${H()}/kampanye/${kamp.kampanyeId}/panel`)).statusCode).toBe(403);
    const a = await t.db
      .selectFrom("audit_log")
      .select("aksi")
      .where("aksi", "=", "hasil.panel.baca")
      .execute();
    expect(a.length).toBeGreaterThan(0);
  });

  it("exports the agency summary as XLSX and PDF, with suppressed groups still hidden", async () => {
    const x = await api(pimpinan, "GET", `${H()}/kampanye/${kamp.kampanyeId}/ekspor?format=xlsx`);
    expect(x.statusCode).toBe(200);
    expect(x.rawPayload.subarray(0, 2).toString()).toBe("PK");
    const p = await api(pimpinan, "GET", `${H()}/kampanye/${kamp.kampanyeId}/ekspor?format=pdf`);
    expect(p.rawPayload.subarray(0, 5).toString()).toBe("%PDF-");
    expect(
      (await api(pimpinan, "GET", `${H()}/kampanye/${kamp.kampanyeId}/ekspor?format=csv`)).statusCode,
    ).toBe(400);
  });

  it("compares two campaigns (pre/post) with the change of the index and its interval", async () => {
    const pasca = await buatKampanyeSimulasi(t.db, {
      instansiId: A.id,
      pegawaiIds,
      formulirId: FORM,
      benih: 12,
      tujuan: "akhir",
      dibuka: new Date(),
    });
    await api(supervisi, "POST", `${H()}/kampanye/${pasca.kampanyeId}/skor`);
    await jalankanJob(t.db);
    const sama = await api(
      supervisi,
      "GET",
      `${H()}/banding?pra=${kamp.kampanyeId}&pasca=${kamp.kampanyeId}`,
    );
    expect(sama.statusCode).toBe(400);
    const r = await api(supervisi, "GET", `${H()}/banding?pra=${kamp.kampanyeId}&pasca=${pasca.kampanyeId}`);
    expect(r.statusCode).toBe(200);
    const i = r.json().indeks;
    expect(i.bawah).toBeLessThan(i.nilai);
    expect(i.atas).toBeGreaterThan(i.nilai);
    // pimpinan cannot compare with an unreleased campaign
    const pim = await api(pimpinan, "GET", `${H()}/banding?pra=${kamp.kampanyeId}&pasca=${pasca.kampanyeId}`);
    expect(pim.statusCode).toBe(409);
    // withdraw release: employees see nothing again
    const tarik = await api(supervisi, "POST", `${H()}/kampanye/${kamp.kampanyeId}/tarik-rilis`, {
      alasan: "Uji penarikan rilis.",
    });
    expect(tarik.statusCode).toBe(200);
    expect((await api(pegawai1, "GET", `${H()}/saya`)).json().profil).toEqual([]);
  });

  describe("recalibration (evaluator_nasional)", () => {
    it("refuses other roles and campaigns with too few responses", async () => {
      const body = { instansiId: A.id, kampanyeId: kamp.kampanyeId };
      expect((await api(admin, "POST", "/api/asesmen/kalibrasi-ulang", body)).statusCode).toBe(403);
      const r = await api(evaluator, "POST", "/api/asesmen/kalibrasi-ulang", body);
      expect([r.statusCode, r.json().error.code]).toEqual([409, "RESPONS_KURANG"]);
      expect(r.json().error.message).toContain("1000");
      const d = await api(evaluator, "GET", "/api/asesmen/parameter");
      expect(d.json().items.map((x: { status: string }) => x.status)).toContain("sementara");
    });
  });
});
