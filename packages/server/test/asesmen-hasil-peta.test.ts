import { gunzipSync } from "node:zlib";
import { type HasilUntukPeta, susunPetaAsesmen } from "@nurani/domain";
import { beforeAll, describe, expect, it } from "vitest";
import { buatKampanyeSimulasi, type KampanyeSimulasi } from "../src/fitur/hasil/simulasi.ts";
import { hasilSkorJson } from "../src/umum/skor-tersimpan.ts";
import {
  buatSkenarioHasil,
  FORM_HASIL as FORM,
  jalankanJobHasil as jalankanJob,
  skorTinjauRilis,
} from "./hasil-bantu.ts";
import { describeOnDatabases, type InstansiUji, minta, type SesiUji } from "./support/index.ts";

// Starts where asesmen-hasil-skor.test.ts ends: scored, reviewed, released.
describeOnDatabases("asesmen hasil: map, drill-down, cuts, exports, comparison", (t) => {
  let A: InstansiUji;
  let unit: Record<string, string>;
  let pegawaiIds: string[];
  let kamp: KampanyeSimulasi;
  let supervisi: SesiUji;
  let admin: SesiUji;
  let pimpinan: SesiUji;
  let pegawai1: SesiUji;
  let apip: SesiUji;
  let evaluator: SesiUji;
  const api = (s: SesiUji | null, method: "GET" | "POST" | "PUT", url: string, payload?: unknown) =>
    minta(t.app, s, { method, url, payload: payload as never });
  const H = () => `/api/instansi/${A.id}/hasil`;

  beforeAll(async () => {
    const s = await buatSkenarioHasil(t);
    await skorTinjauRilis(t, s);
    ({ A, unit, pegawaiIds, kamp, supervisi, admin, pimpinan, pegawai1, apip, evaluator } = s);
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
