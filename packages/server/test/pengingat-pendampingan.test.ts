/**
 * A mentoring session scheduled (docs/pengingat.md): both people are told at once
 * when it is recorded, once more the day before, never twice for the same date, again when the
 * date moves; nobody else is told, and no message carries the topic.
 */
import { beforeAll, expect, it } from "vitest";
import { jalankanPengingat } from "../src/fitur/pengingat/index.ts";
import { buatDunia, type DuniaProgram, tgl } from "./program-bantu.ts";
import { describeOnDatabases, minta, type SesiUji } from "./support/index.ts";

describeOnDatabases("reminders: a mentoring session scheduled", (ctx) => {
  let d: DuniaProgram;
  beforeAll(async () => {
    d = await buatDunia(ctx.app, ctx.db);
  });

  const milik = async (s: SesiUji) => {
    const r = await minta(ctx.app, s, {
      method: "GET",
      url: `/api/instansi/${d.instansi.id}/notifikasi?pageSize=200`,
    });
    expect(r.statusCode, r.body).toBe(200);
    return (r.json().items as { jenis: string; judul: string; isi: string | null; tautan: string }[]).filter(
      (n) => n.jenis.startsWith("pendampingan."),
    );
  };
  const pada = (hari: number) =>
    jalankanPengingat(ctx.db, {
      smtp: null,
      instansiId: d.instansi.id,
      kini: new Date(Date.now() + hari * 86_400_000),
    });

  it("tells the employee and the mentor when it is recorded, the day before, and again when it moves", async () => {
    const r = await minta(ctx.app, d.sesi.agen, {
      method: "POST",
      url: `/api/instansi/${d.instansi.id}/pendampingan`,
      payload: {
        pegawaiId: d.pegawaiSesi.pegawai,
        jenis: "konseling",
        tanggal: tgl(5),
        topik: "Rahasia pribadi",
      },
    });
    expect(r.statusCode, r.body).toBe(201);
    const id = r.json().id as string;

    const pegawai = await milik(d.sesi.pegawai);
    expect(pegawai.map((n) => n.judul)).toEqual([`Sesi konseling dijadwalkan ${tgl(5)}`]);
    expect(pegawai[0].tautan).toBe("/pendampingan");
    expect((await milik(d.sesi.agen)).map((n) => n.jenis)).toEqual(["pendampingan.dijadwalkan"]);
    // nobody else; no message names the topic
    for (const s of [d.sesi.ppk, d.sesi.tim, d.sesi.admin, d.sesi.pimpinan])
      expect(await milik(s)).toHaveLength(0);
    for (const n of [...pegawai, ...(await milik(d.sesi.agen))])
      expect(`${n.judul} ${n.isi}`).not.toMatch(/Rahasia/);

    // the daily run sends nothing more until the day before, then once
    await pada(0);
    await pada(3);
    expect(await milik(d.sesi.pegawai)).toHaveLength(1);
    await pada(4);
    await pada(4);
    const besok = await milik(d.sesi.pegawai);
    expect(besok.map((n) => n.jenis).sort()).toEqual(["pendampingan.dijadwalkan", "pendampingan.segera"]);
    expect(besok.find((n) => n.jenis === "pendampingan.segera")?.judul).toBe(
      `Sesi konseling besok (${tgl(5)})`,
    );

    // moved to a new date: told again; a change without a new date tells nothing
    const u = await minta(ctx.app, d.sesi.agen, {
      method: "PATCH",
      url: `/api/instansi/${d.instansi.id}/pendampingan/${id}`,
      payload: { tanggal: tgl(12) },
    });
    expect(u.statusCode, u.body).toBe(200);
    await minta(ctx.app, d.sesi.agen, {
      method: "PATCH",
      url: `/api/instansi/${d.instansi.id}/pendampingan/${id}`,
      payload: { topik: "Lain" },
    });
    expect((await milik(d.sesi.pegawai)).map((n) => n.judul)).toContain(
      `Sesi konseling dijadwalkan ${tgl(12)}`,
    );
    expect(await milik(d.sesi.pegawai)).toHaveLength(3);
    // a session in the past is not reminded
    await pada(13);
    expect(await milik(d.sesi.pegawai)).toHaveLength(3);
  });

  it("lists the session on the employee's home to-do with its date", async () => {
    const r = await minta(ctx.app, d.sesi.pegawai, {
      method: "GET",
      url: `/api/instansi/${d.instansi.id}/pengingat/tugas-saya`,
    });
    expect(r.statusCode, r.body).toBe(200);
    const item = (r.json().items as { jenis: string; batas: string | null }[]).find(
      (x) => x.jenis === "pendampingan.dijadwalkan",
    );
    expect(item?.batas).toBe(tgl(12));
  });
});
