/**
 * Reminders of SMART-target deadlines (Tabel 3 no. 4), Ministry recommendations to the agency
 * (BAB IV) and non-test ratings requested of me (docs/pengingat.md): each reaches the right
 * people, once a day at most, and stops when done.
 */
import { beforeAll, expect, it } from "vitest";
import { jalankanPengingat } from "../src/fitur/pengingat/index.ts";
import { buatDunia, type DuniaProgram, tgl, urlProgram } from "./program-bantu.ts";
import { describeOnDatabases, minta, type SesiUji } from "./support/index.ts";

describeOnDatabases("reminders: SMART targets, Ministry recommendations, non-test ratings", (ctx) => {
  let d: DuniaProgram;
  let siklus: string;
  beforeAll(async () => {
    d = await buatDunia(ctx.app, ctx.db);
    const r = await minta(ctx.app, d.sesi.ppk, {
      method: "POST",
      url: urlProgram(d, "/siklus"),
      payload: { nama: "Siklus Target" },
    });
    siklus = r.json().id;
  });

  const jenisSaya = async (s: SesiUji, awalan: string) => {
    const r = await minta(ctx.app, s, {
      method: "GET",
      url: `/api/instansi/${d.instansi.id}/notifikasi?pageSize=200`,
    });
    expect(r.statusCode, r.body).toBe(200);
    return (r.json().items as { jenis: string; judul: string; tautan: string }[]).filter((n) =>
      n.jenis.startsWith(awalan),
    );
  };
  const pada = (hari: number) =>
    jalankanPengingat(ctx.db, {
      smtp: null,
      instansiId: d.instansi.id,
      kini: new Date(Date.now() + hari * 86_400_000),
    });

  it("reminds whoever is in charge of a SMART target daily in the week before its deadline, until the final assessment", async () => {
    await ctx.db
      .insertInto("langkah_persiapan")
      .values({
        instansi_id: d.instansi.id,
        siklus_id: siklus,
        langkah: "rencana_aksi",
        isi: JSON.stringify({
          tanggal: tgl(-1),
          target: [
            {
              kode: "T1",
              uraian: "Proporsi level 3 naik",
              tenggat: tgl(5),
              penanggungJawab: { peran: "tim_supervisi" },
            },
            {
              kode: "T2",
              tenggat: tgl(20),
              penanggungJawab: { peran: "agen_perubahan", pegawaiId: d.pegawaiSesi.agen },
            },
          ],
        }),
        dicatat: new Date(),
      })
      .execute();
    await pada(0);
    await pada(0);
    const tim = await jenisSaya(d.sesi.tim, "program.target");
    expect(tim.map((n) => n.judul)).toEqual([`Tenggat target SMART T1 (${tgl(5)}): Siklus Target`]);
    expect(tim[0].tautan).toBe(`/program/${siklus}`);
    expect(await jenisSaya(d.sesi.agen, "program.target")).toHaveLength(0); // T2 is 20 days away
    await pada(14); // T2 due in 6 days: to the agent named, not to every agent; T1 is past
    expect((await jenisSaya(d.sesi.agen, "program.target")).map((n) => n.judul)).toEqual([
      `Tenggat target SMART T2 (${tgl(20)}): Siklus Target`,
    ]);
    expect(await jenisSaya(d.sesi.tim, "program.target")).toHaveLength(1);
    // the final assessment has begun: no more target reminders
    await ctx.db
      .updateTable("siklus_program")
      .set({ penilaian_mulai: tgl(15) })
      .where("instansi_id", "=", d.instansi.id)
      .where("id", "=", siklus)
      .execute();
    await pada(15);
    expect(await jenisSaya(d.sesi.agen, "program.target")).toHaveLength(1);
  });

  it("tells those who answer of a Ministry recommendation once, daily near its deadline, and stops once answered", async () => {
    const p = await ctx.db
      .insertInto("periode_evaluasi")
      .values({
        kode: `EV-PENGINGAT-${Date.now()}`,
        nama: "Evaluasi uji",
        tahun: 2026,
        jenis_peserta: ["kementerian"],
        versi_lke: "1",
        mandiri_mulai: tgl(-30),
        mandiri_selesai: tgl(-20),
        reviu_mulai: tgl(-20),
        reviu_selesai: tgl(-10),
        publikasi: tgl(-5),
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    const rek = await ctx.db
      .insertInto("rekomendasi_evaluasi")
      .values({
        instansi_id: d.instansi.id,
        periode_id: p.id,
        kode_indikator: "2.1",
        isi: "Perluas kampanye integritas ke unit pelayanan",
        tenggat: tgl(10),
        status: "terkirim",
        riwayat: "[]",
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await pada(0);
    await pada(1);
    const ppk = await jenisSaya(d.sesi.ppk, "evaluasi.");
    expect(ppk.map((n) => n.jenis)).toEqual(["evaluasi.rekomendasi"]);
    expect(ppk[0].judul).toMatch(/Rekomendasi Kementerian untuk instansi Anda \(2\.1\)/);
    expect(await jenisSaya(d.sesi.tim, "evaluasi.rekomendasi")).toHaveLength(1);
    expect(await jenisSaya(d.sesi.pegawai, "evaluasi.")).toHaveLength(0);
    await pada(8); // within 3 days of the deadline
    await pada(8);
    expect((await jenisSaya(d.sesi.ppk, "evaluasi.")).map((n) => n.jenis).sort()).toEqual([
      "evaluasi.rekomendasi",
      "evaluasi.rekomendasi_tenggat",
    ]);
    await ctx.db
      .updateTable("rekomendasi_evaluasi")
      .set({ status: "dijawab" })
      .where("id", "=", rek.id)
      .execute();
    await pada(9);
    expect(await jenisSaya(d.sesi.ppk, "evaluasi.")).toHaveLength(2);
  });

  it("tells a rater of the non-test ratings requested of them, near the deadline daily, and stops once submitted", async () => {
    const per = await ctx.db
      .insertInto("periode_nontes")
      .values({
        instansi_id: d.instansi.id,
        judul: "Penilaian 360 Semester I",
        cakupan: JSON.stringify({ jenis: "semua" }),
        tenggat: tgl(5),
        status: "dibuka",
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await ctx.db
      .insertInto("sasaran_nontes")
      .values(
        [d.pegawai[3], d.pegawai[4]].map((pegawai_id) => ({
          instansi_id: d.instansi.id,
          periode_id: per.id,
          pegawai_id,
        })),
      )
      .execute();
    const tugas = await ctx.db
      .insertInto("tugas_penilai")
      .values(
        [d.pegawai[3], d.pegawai[4]].map((pegawaiId) => ({
          instansi_id: d.instansi.id,
          periode_id: per.id,
          pegawai_id: pegawaiId,
          penilai_id: d.pegawaiSesi.pegawai,
          jenis: "rekan" as const,
        })),
      )
      .returning("id")
      .execute();
    await pada(0);
    await pada(0);
    const n = await jenisSaya(d.sesi.pegawai, "nontes.");
    expect(n.map((x) => x.judul)).toEqual([
      "Penilaian non-tes menunggu Anda: 2 pegawai (Penilaian 360 Semester I)",
    ]);
    expect(n[0].tautan).toBe("/nontes/tugas");
    expect(await jenisSaya(d.sesi.tim, "nontes.")).toHaveLength(0);
    await pada(3); // closes within 3 days
    expect((await jenisSaya(d.sesi.pegawai, "nontes.")).map((x) => x.jenis).sort()).toEqual([
      "nontes.penilaian",
      "nontes.segera_tutup",
    ]);
    await ctx.db
      .updateTable("tugas_penilai")
      .set({ dikirim: new Date() })
      .where(
        "id",
        "in",
        tugas.map((t) => t.id),
      )
      .execute();
    await pada(4);
    expect(await jenisSaya(d.sesi.pegawai, "nontes.")).toHaveLength(2);
  });
});
