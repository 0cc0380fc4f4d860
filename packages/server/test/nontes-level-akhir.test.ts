/**
 * The final level used everywhere (docs/nontes.md): where a non-test period
 * tied to a campaign gave people a final level, the assessment map, the
 * cycle's SMART progress and the sub-stage guide count that level instead of
 * the test's, say which sources it came from, and keep the group sizes and
 * the k rule unchanged.
 */
import { sql } from "kysely";
import { beforeAll, expect, it } from "vitest";
import { segarkanRingkasan } from "../src/fitur/hasil/ringkasan.ts";
import { JUMLAH_PV } from "../src/fitur/hasil/skor.ts";
import { instansiDitulis } from "../src/http/setelah-tulis.ts";
import { buatDunia, type DuniaProgram, persiapanLengkap, urlProgram } from "./program-bantu.ts";
import { describeOnDatabases, minta } from "./support/index.ts";

interface Baris {
  unitId: string;
  tampil: boolean;
  n?: number;
  distribusiLevel?: Record<string, number>;
  sumberLevel?: { akhir: number; sumber: Record<string, number> };
}

describeOnDatabases("nontes: the final level in the map, SMART progress and the sub-stage guide", (ctx) => {
  let d: DuniaProgram;
  let siklus: string;
  let kampanyeId: string;
  const baca = async (url: string) => {
    const r = await minta(ctx.app, d.sesi.tim, { method: "GET", url });
    expect(r.statusCode, r.body).toBe(200);
    return r.json();
  };
  const peta = async () =>
    (await baca(`/api/instansi/${d.instansi.id}/hasil/peta?kampanyeId=${kampanyeId}`)) as {
      baris: Baris[];
      instansi: Baris;
    };
  const setK = async (k: number) => {
    await ctx.db
      .insertInto("pengaturan_hasil")
      .values({ instansi_id: d.instansi.id, k_minimum: k })
      .onConflict((oc) => oc.column("instansi_id").doUpdateSet({ k_minimum: k }))
      .execute();
    await instansiDitulis(ctx.db, d.instansi.id);
  };

  beforeAll(async () => {
    d = await buatDunia(ctx.app, ctx.db);
    const r = await minta(ctx.app, d.sesi.ppk, {
      method: "POST",
      url: urlProgram(d, "/siklus"),
      payload: { nama: "Program Integritas 2026" },
    });
    siklus = r.json().id;
    // baseline: unit 0 at levels 1,1,2 (cycled: six at 1, two at 2); target T1 = ≥ 80 % of unit 0 at level ≥ 2
    ({ kampanyeId } = await persiapanLengkap(ctx.app, ctx.db, d, siklus));
    await sql`update skor_asesmen set pv = array_fill(0.1::real, array[${JUMLAH_PV}::int])
      where instansi_id = ${d.instansi.id} and kampanye_id = ${kampanyeId}`.execute(ctx.db);
    await segarkanRingkasan(ctx.db, d.instansi.id, kampanyeId);
  });

  it("without non-test evidence every level is the test's and no sources are named", async () => {
    const p = await peta();
    const u0 = p.baris.find((b) => b.unitId === d.unit[0]) as Baris;
    expect(u0.distribusiLevel).toEqual({ 1: 6, 2: 2, 3: 0, 4: 0 });
    expect(u0.sumberLevel).toBeUndefined();
    const s = await baca(urlProgram(d, `/siklus/${siklus}`));
    expect(s.target.sumberLevel).toBeNull();
    expect(s.target.target[0].capaian.nilai).toBeCloseTo(2 / 8);
  });

  it("with a non-test period tied to the campaign, its final levels replace the test's, with their sources", async () => {
    const periode = await ctx.db
      .insertInto("periode_nontes")
      .values({
        instansi_id: d.instansi.id,
        kampanye_id: kampanyeId,
        judul: "Observasi 2026",
        cakupan: JSON.stringify({ jenis: "semua" }),
        tenggat: "2026-12-31",
        status: "ditutup",
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    const hasil = (level: number, sumber: string[], levelTinjauan?: number) =>
      JSON.stringify({
        levelAkhir: level,
        ...(levelTinjauan ? { levelTinjauan } : {}),
        faktor: ["KD", "DN", "KM"].map((faktor) => ({ faktor, level, sumberDipakai: sumber })),
        kualitas: [],
        teladan: null,
        perluTinjauan: levelTinjauan !== undefined,
      });
    // unit 0: five of the six at level 1 get final level 3 from test + observation (one settled on review)
    const naik = [0, 1, 3, 4, 6].map((i) => d.pegawai[i]);
    const baris = naik.map((pegawaiId, j) => ({
      instansi_id: d.instansi.id,
      periode_id: periode.id,
      pegawai_id: pegawaiId,
      hasil: j === 0 ? hasil(1, ["tes", "observasi", "wawancara"], 3) : hasil(3, ["tes", "observasi"]),
      perlu_tinjauan: j === 0,
      tinjauan: j === 0 ? ("selesai" as const) : ("tidak_perlu" as const),
    }));
    // unit 1: a result still awaiting review does not count
    baris.push({
      instansi_id: d.instansi.id,
      periode_id: periode.id,
      pegawai_id: d.pegawai[8],
      hasil: hasil(4, ["tes", "observasi"]),
      perlu_tinjauan: true,
      tinjauan: "menunggu" as "selesai",
    });
    await ctx.db
      .insertInto("sasaran_nontes")
      .values(
        baris.map((b) => ({
          instansi_id: b.instansi_id,
          periode_id: b.periode_id,
          pegawai_id: b.pegawai_id,
        })),
      )
      .execute();
    await ctx.db.insertInto("hasil_nontes").values(baris).execute();
    await instansiDitulis(ctx.db, d.instansi.id);

    const p = await peta();
    const u0 = p.baris.find((b) => b.unitId === d.unit[0]) as Baris;
    expect(u0.n).toBe(8);
    expect(u0.distribusiLevel).toEqual({ 1: 1, 2: 2, 3: 5, 4: 0 });
    expect(u0.sumberLevel).toEqual({ akhir: 5, sumber: { tes: 8, observasi: 5, wawancara: 1 } });
    const u1 = p.baris.find((b) => b.unitId === d.unit[1]) as Baris;
    expect(u1.distribusiLevel).toEqual({ 1: 0, 2: 6, 3: 2, 4: 0 });
    expect(u1.sumberLevel).toBeUndefined();
    expect(p.instansi.n).toBe(24);
    expect(p.instansi.sumberLevel).toEqual({ akhir: 5, sumber: { tes: 24, observasi: 5, wawancara: 1 } });

    // SMART progress: unit 0 at level ≥ 2 is now 7 of 8
    const s = await baca(urlProgram(d, `/siklus/${siklus}`));
    expect(s.target.target[0].capaian.nilai).toBeCloseTo(7 / 8);
    expect(s.target.sumberLevel).toEqual({ akhir: 5, sumber: { tes: 24, observasi: 5, wawancara: 1 } });

    // the sub-stage guide places unit 0 on its final levels and names the sources
    const g = await baca(urlProgram(d, `/panduan?siklusId=${siklus}`));
    expect(g.panduan.sumberLevel).toEqual(s.target.sumberLevel);
    const g0 = g.panduan.unit.find((x: { unitKerjaId: string }) => x.unitKerjaId === d.unit[0]);
    expect(g0.subtahap).toBe(3);
  });

  it("the k rule is unchanged: groups under k stay hidden with their sources, and so does a total under k", async () => {
    await setK(10);
    const p = await peta();
    const u0 = p.baris.find((b) => b.unitId === d.unit[0]) as Baris;
    expect(u0.tampil).toBe(false);
    expect(u0.sumberLevel).toBeUndefined();
    expect(u0.distribusiLevel).toBeUndefined();
    expect(p.instansi.sumberLevel?.akhir).toBe(5);
    await setK(30);
    const s = await baca(urlProgram(d, `/siklus/${siklus}`));
    expect(s.target.sumberLevel).toBeNull();
    await setK(5);
  });
});
