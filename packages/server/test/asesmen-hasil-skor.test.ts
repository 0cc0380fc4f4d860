import { derajatPlausible, type ParameterAcuan, skorPegawai } from "@nurani/domain";
import { beforeAll, expect, it } from "vitest";
import { formulirTerbit } from "../src/fitur/bank-butir/terbit.ts";
import { parameterBerlaku } from "../src/fitur/hasil/parameter.ts";
import { segarkanRingkasan } from "../src/fitur/hasil/ringkasan.ts";
import type { KampanyeSimulasi } from "../src/fitur/hasil/simulasi.ts";
import { benihPv, JUMLAH_PV } from "../src/fitur/hasil/skor.ts";
import { hasilSkorJson } from "../src/umum/skor-tersimpan.ts";
import { buatSkenarioHasil, FORM_HASIL as FORM, jalankanJobHasil as jalankanJob } from "./hasil-bantu.ts";
import { describeOnDatabases, type InstansiUji, minta, type SesiUji } from "./support/index.ts";

// The map, drill-down, cuts, exports and comparison that follow the release: asesmen-hasil-peta.test.ts.
describeOnDatabases("asesmen hasil: scoring, review, release to employees", (t) => {
  let A: InstansiUji;
  let B: InstansiUji;
  let unit: Record<string, string>;
  let pegawaiIds: string[];
  let kamp: KampanyeSimulasi;
  let supervisi: SesiUji;
  let admin: SesiUji;
  let pimpinan: SesiUji;
  let pegawai1: SesiUji;
  let pegawai2: SesiUji;
  let apip: SesiUji;
  let adminB: SesiUji;
  const api = (s: SesiUji | null, method: "GET" | "POST" | "PUT", url: string, payload?: unknown) =>
    minta(t.app, s, { method, url, payload: payload as never });
  const H = () => `/api/instansi/${A.id}/hasil`;

  beforeAll(async () => {
    ({ A, B, unit, pegawaiIds, kamp, supervisi, admin, pimpinan, pegawai1, pegawai2, apip, adminB } =
      await buatSkenarioHasil(t));
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
});
