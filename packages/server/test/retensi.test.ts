/**
 * Retention (fitur/data-saya/retensi.ts, docs/data-saya.md "Retention"):
 * a dry run counts what is past its period and deletes nothing; confirming it
 * deletes exactly that (with the dry run's cut-offs); the daily job only
 * reports unless the agency switched it on.
 */
import { beforeAll, expect, it } from "vitest";
import { retensiHarian } from "../src/fitur/data-saya/index.ts";
import { kampanyeDiskor } from "./hasil-bantu.ts";
import { buatDunia, type DuniaProgram } from "./program-bantu.ts";
import { describeOnDatabases, minta } from "./support/index.ts";

const BULAN = 30 * 86_400_000;

describeOnDatabases("retensi: dry run, confirmation and the daily job on old data", (ctx) => {
  let d: DuniaProgram;
  let lama: string;
  let baru: string;
  const url = (jalur = "") => `/api/instansi/${d.instansi.id}/retensi${jalur}`;

  const hitung = async () => {
    const skor = async (k: string) =>
      Number(
        (
          await ctx.db
            .selectFrom("skor_asesmen")
            .select((eb) => eb.fn.countAll<string>().as("n"))
            .where("instansi_id", "=", d.instansi.id)
            .where("kampanye_id", "=", k)
            .executeTakeFirstOrThrow()
        ).n,
      );
    const jawaban = async (k: string) =>
      Number(
        (
          await ctx.db
            .selectFrom("jawaban_asesmen as j")
            .innerJoin("peserta_asesmen as p", (x) =>
              x.onRef("p.instansi_id", "=", "j.instansi_id").onRef("p.id", "=", "j.peserta_id"),
            )
            .select((eb) => eb.fn.countAll<string>().as("n"))
            .where("j.instansi_id", "=", d.instansi.id)
            .where("p.kampanye_id", "=", k)
            .executeTakeFirstOrThrow()
        ).n,
      );
    const notif = await ctx.db
      .selectFrom("notifikasi")
      .select("judul")
      .where("instansi_id", "=", d.instansi.id)
      .orderBy("judul")
      .execute();
    return {
      skorLama: await skor(lama),
      skorBaru: await skor(baru),
      jawabanLama: await jawaban(lama),
      jawabanBaru: await jawaban(baru),
      notifikasi: notif.map((n) => n.judul),
    };
  };

  beforeAll(async () => {
    d = await buatDunia(ctx.app, ctx.db);
    const ids = d.pegawai.slice(0, 12);
    lama = await kampanyeDiskor(ctx.app, ctx.db, d.sesi.tim, {
      instansiId: d.instansi.id,
      pegawaiIds: ids,
      benih: 3,
      nama: "Lama",
    });
    baru = await kampanyeDiskor(ctx.app, ctx.db, d.sesi.tim, {
      instansiId: d.instansi.id,
      pegawaiIds: ids,
      benih: 4,
      nama: "Baru",
    });
    // closed 70 months ago (past the 60-month default for results) and 2 months ago
    for (const [k, bulan] of [
      [lama, 70],
      [baru, 2],
    ] as const) {
      const tutup = new Date(Date.now() - bulan * BULAN);
      await ctx.db
        .updateTable("kampanye_asesmen")
        .set({ dibuka: new Date(tutup.getTime() - BULAN), ditutup: tutup })
        .where("id", "=", k)
        .execute();
    }
    const pengguna = await ctx.db
      .selectFrom("pengguna")
      .select("id")
      .where("pegawai_id", "=", d.pegawaiSesi.pegawai)
      .executeTakeFirstOrThrow();
    await ctx.db
      .insertInto("notifikasi")
      .values([
        {
          instansi_id: d.instansi.id,
          pengguna_id: pengguna.id,
          jenis: "uji",
          judul: "lama",
          dibuat: new Date(Date.now() - 14 * BULAN),
        },
        {
          instansi_id: d.instansi.id,
          pengguna_id: pengguna.id,
          jenis: "uji",
          judul: "baru",
          dibuat: new Date(),
        },
      ])
      .execute();
  });

  it("is for the agency admin only, and shows the default months per kind", async () => {
    expect((await minta(ctx.app, d.sesi.pegawai, { method: "GET", url: url() })).statusCode).toBe(403);
    expect((await minta(ctx.app, d.sesi.tim, { method: "POST", url: url("/uji") })).statusCode).toBe(403);
    const r = await minta(ctx.app, d.sesi.admin, { method: "GET", url: url() });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json().otomatis).toBe(false);
    const bulan = Object.fromEntries(
      r.json().jenis.map((j: { jenis: string; bulan: number }) => [j.jenis, j.bulan]),
    );
    expect(bulan).toMatchObject({ hasil_asesmen: 60, jawaban_asesmen: 12, notifikasi: 12, audit: 60 });
  });

  it("dry run counts what is past its period and deletes nothing; confirming deletes exactly that, once", async () => {
    const sebelum = await hitung();
    expect(sebelum.skorLama).toBe(12);
    expect(sebelum.jawabanLama).toBeGreaterThan(0);
    const uji = await minta(ctx.app, d.sesi.admin, { method: "POST", url: url("/uji") });
    expect(uji.statusCode, uji.body).toBe(201);
    const jumlah = Object.fromEntries(
      uji.json().rincian.map((r: { jenis: string; jumlah: number }) => [r.jenis, r.jumlah]),
    );
    expect(jumlah).toMatchObject({ hasil_asesmen: 12, jawaban_asesmen: sebelum.jawabanLama, notifikasi: 1 });
    expect(await hitung()).toEqual(sebelum);

    const nyata = await minta(ctx.app, d.sesi.admin, {
      method: "POST",
      url: url("/jalankan"),
      payload: { laporanId: uji.json().id },
    });
    expect(nyata.statusCode, nyata.body).toBe(201);
    expect(nyata.json().nyata).toBe(true);
    const sesudah = await hitung();
    expect(sesudah).toEqual({
      skorLama: 0,
      skorBaru: 12,
      jawabanLama: 0,
      jawabanBaru: sebelum.jawabanBaru,
      notifikasi: ["baru"],
    });
    // the participation and its consent stay; the audit log is only counted
    const peserta = await ctx.db
      .selectFrom("peserta_asesmen")
      .select("id")
      .where("kampanye_id", "=", lama)
      .execute();
    expect(peserta).toHaveLength(12);
    // a dry run is confirmed once
    const lagi = await minta(ctx.app, d.sesi.admin, {
      method: "POST",
      url: url("/jalankan"),
      payload: { laporanId: uji.json().id },
    });
    expect([lagi.statusCode, lagi.json().error.code]).toEqual([409, "LAPORAN_UJI_KEDALUWARSA"]);
    const riwayat = await minta(ctx.app, d.sesi.admin, { method: "GET", url: url("/laporan") });
    expect(riwayat.json().items.map((x: { nyata: boolean }) => x.nyata)).toEqual([true, false]);
  });

  it("the daily job reports only until the agency switches it on, then deletes with the agency's months", async () => {
    // nothing due: the daily job leaves no empty report
    const jumlahLaporan = async () =>
      (await minta(ctx.app, d.sesi.admin, { method: "GET", url: url("/laporan") })).json().total as number;
    const sebelum = await jumlahLaporan();
    await retensiHarian(ctx.db, { instansiId: d.instansi.id });
    expect(await jumlahLaporan()).toBe(sebelum);
    const atur = (otomatis: boolean) =>
      minta(ctx.app, d.sesi.admin, {
        method: "PUT",
        url: url(),
        payload: { otomatis, bulan: { hasil_asesmen: 1 } },
      });
    expect((await atur(false)).statusCode).toBe(204);
    await retensiHarian(ctx.db, { instansiId: d.instansi.id });
    expect((await hitung()).skorBaru).toBe(12);
    const laporan = await minta(ctx.app, d.sesi.admin, { method: "GET", url: url("/laporan") });
    const terakhir = laporan.json().items[0];
    expect(terakhir.nyata).toBe(false);
    expect(terakhir.rincian.find((r: { jenis: string }) => r.jenis === "hasil_asesmen")).toMatchObject({
      bulan: 1,
      jumlah: 12,
    });

    expect((await atur(true)).statusCode).toBe(204);
    await retensiHarian(ctx.db, { instansiId: d.instansi.id });
    expect((await hitung()).skorBaru).toBe(0);
    const tolak = await minta(ctx.app, d.sesi.admin, {
      method: "PUT",
      url: url(),
      payload: { otomatis: true, bulan: { hasil_asesmen: 0 } },
    });
    expect(tolak.statusCode).toBe(400);
  });
});
