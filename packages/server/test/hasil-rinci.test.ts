/**
 * Drill-down to named individuals (fitur/hasil/rinci.ts, docs/hasil.md):
 * no NIP, a purpose from a short list on every read (recorded in the audit
 * log), and no leader drill-down into a unit below the agency's k.
 */
import { beforeAll, expect, it } from "vitest";
import { kampanyeDiskor } from "./hasil-bantu.ts";
import { buatDunia, type DuniaProgram, rilis } from "./program-bantu.ts";
import { describeOnDatabases, minta, nipUji } from "./support/index.ts";

describeOnDatabases("hasil: named drill-down with a purpose, no NIP, k for leaders", (ctx) => {
  let d: DuniaProgram;
  let kampanyeId: string;
  /** A sub-unit of the leader's unit with 3 scored employees (below the default k = 5). */
  let unitKecil: string;
  const url = (unitId: string, query = "tujuan=pendampingan") =>
    `/api/instansi/${d.instansi.id}/hasil/kampanye/${kampanyeId}/unit/${unitId}/pegawai?${query}`;

  beforeAll(async () => {
    d = await buatDunia(ctx.app, ctx.db);
    // the leader is linked to an employee of unit 0
    const u = await ctx.db
      .insertInto("unit_kerja")
      .values({ instansi_id: d.instansi.id, kode: "U0-K", nama: "Subbagian Kecil", induk_id: d.unit[0] })
      .returning("id")
      .executeTakeFirstOrThrow();
    unitKecil = u.id;
    const kecil = [];
    for (let i = 0; i < 3; i++) {
      const p = await ctx.db
        .insertInto("pegawai")
        .values({
          instansi_id: d.instansi.id,
          nip: nipUji(),
          nama: `Pegawai Kecil ${i}`,
          unit_id: unitKecil,
          jenis_kelamin: "P",
          tanggal_lahir: "1985-03-12",
          tmt_cpns: "2010-01-01",
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      kecil.push(p.id);
    }
    kampanyeId = await kampanyeDiskor(ctx.app, ctx.db, d.sesi.tim, {
      instansiId: d.instansi.id,
      pegawaiIds: [...d.pegawai, ...kecil],
      benih: 21,
    });
    await rilis(ctx.db, d, kampanyeId, 1);
  });

  it("asks for a purpose from the list on every read, and answers without NIP", async () => {
    const tanpa = await minta(ctx.app, d.sesi.tim, { method: "GET", url: url(d.unit[1], "") });
    expect([tanpa.statusCode, tanpa.json().error.code]).toEqual([400, "VALIDASI"]);
    expect(tanpa.json().error.details[0]).toMatchObject({ lokasi: "querystring", path: "tujuan" });
    const asal = await minta(ctx.app, d.sesi.tim, { method: "GET", url: url(d.unit[1], "tujuan=penasaran") });
    expect(asal.statusCode).toBe(400);

    const r = await minta(ctx.app, d.sesi.tim, {
      method: "GET",
      url: url(d.unit[1], "tujuan=verifikasi_data"),
    });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json().total).toBe(8);
    for (const it of r.json().items) {
      expect(Object.keys(it)).not.toContain("nip");
      expect(it.nama).toMatch(/^Pegawai 1-/);
    }
    // no NIP anywhere in the answer, in any shape
    const nip = await ctx.db.selectFrom("pegawai").select("nip").where("unit_id", "=", d.unit[1]).execute();
    for (const x of nip) expect(r.body).not.toContain(x.nip);
  });

  it("records the chosen purpose in the audit entry, shown by the audit log", async () => {
    await minta(ctx.app, d.sesi.tim, { method: "GET", url: url(d.unit[2], "tujuan=tindak_lanjut_monev") });
    const log = await minta(ctx.app, d.sesi.admin, {
      method: "GET",
      url: `/api/instansi/${d.instansi.id}/audit?aksi=hasil.rinci.baca`,
    });
    expect(log.statusCode, log.body).toBe(200);
    const entri = log.json().items.find((e: { objekId: string }) => e.objekId === d.unit[2]);
    expect(entri.rincian).toMatchObject({ kampanyeId, tujuan: "tindak_lanjut_monev" });
    expect(entri.rincian.pegawai).toHaveLength(8);
  });

  it("gives a leader no drill-down into a unit below the agency's k, and one at or above it", async () => {
    const kecil = await minta(ctx.app, d.sesi.pimpinan, { method: "GET", url: url(unitKecil) });
    expect([kecil.statusCode, kecil.json().error.code]).toEqual([403, "KELOMPOK_KECIL"]);
    expect(kecil.json().error.message).toMatch(/batas minimum kelompok/);
    // their own unit with its sub-unit: 8 + 3 people
    const sendiri = await minta(ctx.app, d.sesi.pimpinan, { method: "GET", url: url(d.unit[0]) });
    expect(sendiri.statusCode, sendiri.body).toBe(200);
    expect(sendiri.json().total).toBe(11);
    // k is the agency's: at k = 3 the small unit opens, at k = 12 the leader's own unit closes
    for (const [k, unit, status] of [
      [3, unitKecil, 200],
      [12, d.unit[0], 403],
    ] as const) {
      const ubah = await minta(ctx.app, d.sesi.admin, {
        method: "PUT",
        url: `/api/instansi/${d.instansi.id}/hasil/pengaturan`,
        payload: { k },
      });
      expect(ubah.statusCode).toBe(200);
      expect((await minta(ctx.app, d.sesi.pimpinan, { method: "GET", url: url(unit) })).statusCode).toBe(
        status,
      );
    }
    // the supervision team is not bound by k (BAB III.B: it reviews every result)
    expect((await minta(ctx.app, d.sesi.tim, { method: "GET", url: url(unitKecil) })).statusCode).toBe(200);
    await minta(ctx.app, d.sesi.admin, {
      method: "PUT",
      url: `/api/instansi/${d.instansi.id}/hasil/pengaturan`,
      payload: { k: 5 },
    });
  });
});
