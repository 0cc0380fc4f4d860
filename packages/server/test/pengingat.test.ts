import { beforeAll, expect, it } from "vitest";
import { jalankanPengingat } from "../src/fitur/pengingat/index.ts";
import { buatDunia, type DuniaProgram, tgl, unggahId, urlProgram } from "./program-bantu.ts";
import { describeOnDatabases, minta, type SesiUji } from "./support/index.ts";

describeOnDatabases("reminders: idempotent per event and day, channels per kind, overdue view", (ctx) => {
  let d: DuniaProgram;
  let siklus: string;
  beforeAll(async () => {
    d = await buatDunia(ctx.app, ctx.db);
    const r = await minta(ctx.app, d.sesi.ppk, {
      method: "POST",
      url: urlProgram(d, "/siklus"),
      payload: { nama: "Siklus Pengingat" },
    });
    siklus = r.json().id;
  });

  const url = (jalur: string) => `/api/instansi/${d.instansi.id}${jalur}`;
  const notifikasi = async (s: SesiUji) => {
    const r = await minta(ctx.app, s, { method: "GET", url: url("/notifikasi?pageSize=200") });
    expect(r.statusCode, r.body).toBe(200);
    return r.json() as { items: { jenis: string; judul: string; tautan: string }[]; belumDibaca: number };
  };
  const jalankan = async () => {
    const r = await minta(ctx.app, d.sesi.admin, { method: "POST", url: url("/pengingat/jalankan") });
    expect(r.statusCode, r.body).toBe(200);
    return r.json();
  };
  const besok = (n: number) =>
    jalankanPengingat(ctx.db, {
      smtp: null,
      instansiId: d.instansi.id,
      kini: new Date(Date.now() + n * 86_400_000),
    });

  it("reminds the PPK of the step assigned to them once a day, and stops when it is done", async () => {
    await jalankan();
    await jalankan();
    const langkah = (await notifikasi(d.sesi.ppk)).items.filter((n) => n.jenis === "program.langkah");
    expect(langkah).toHaveLength(1);
    expect(langkah[0].judul).toMatch(/Pembentukan Tim Supervisi/);
    expect(langkah[0].tautan).toBe(`/program/${siklus}`);
    expect((await notifikasi(d.sesi.pegawai)).items.some((n) => n.jenis === "program.langkah")).toBe(false);
    // the next day: once more
    await besok(1);
    await besok(1);
    expect((await notifikasi(d.sesi.ppk)).items.filter((n) => n.jenis === "program.langkah")).toHaveLength(2);
    // done: the team gets the next step, the PPK nothing more for this one
    const put = await minta(ctx.app, d.sesi.ppk, {
      method: "PUT",
      url: urlProgram(d, `/siklus/${siklus}/persiapan/pembentukan_tim`),
      payload: {
        nama: "Tim",
        sk: { nomor: "SK-1", tanggal: tgl(-3), dokumenId: await unggahId(ctx.app, d.sesi.ppk, d, siklus) },
        anggota: [
          { pegawaiId: d.pegawai[1], peranTim: "ketua" },
          { pegawaiId: d.pegawai[5], peranTim: "anggota" },
        ],
        timReformasiBirokrasi: { nomorSk: "RB" },
      },
    });
    expect(put.statusCode, put.body).toBe(200);
    await besok(2);
    expect((await notifikasi(d.sesi.ppk)).items.filter((n) => n.jenis === "program.langkah")).toHaveLength(2);
    const tim = (await notifikasi(d.sesi.tim)).items.filter((n) => n.jenis === "program.langkah");
    expect(tim.map((n) => n.judul)).toEqual(["Langkah persiapan menunggu Anda: Deklarasi komitmen bersama"]);
  });

  it("tells an employee of an open assessment with its deadline, and that it closes within 3 days, until done", async () => {
    const k = await ctx.db
      .insertInto("kampanye_asesmen")
      .values({
        instansi_id: d.instansi.id,
        nama: "Asesmen Berkala",
        tujuan: "berkala",
        formulir_id: "uji",
        bank_versi: "uji",
        formulir: "{}",
        populasi: JSON.stringify({ jenis: "semua" }),
        dibuka: new Date(Date.now() - 86_400_000),
        ditutup: new Date(Date.now() + 2 * 86_400_000),
        status: "aktif",
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    const p = await ctx.db
      .insertInto("peserta_asesmen")
      .values({ instansi_id: d.instansi.id, kampanye_id: k.id, pegawai_id: d.pegawaiSesi.pegawai, benih: 1 })
      .returning("id")
      .executeTakeFirstOrThrow();
    await jalankan();
    await jalankan();
    const n = (await notifikasi(d.sesi.pegawai)).items;
    expect(n.filter((x) => x.jenis === "asesmen.dibuka")).toHaveLength(1);
    expect(n.find((x) => x.jenis === "asesmen.dibuka")?.judul).toMatch(/Asesmen Berkala/);
    expect(n.filter((x) => x.jenis === "asesmen.segera_tutup")).toHaveLength(1);
    await ctx.db.updateTable("peserta_asesmen").set({ selesai: new Date() }).where("id", "=", p.id).execute();
    await besok(1);
    expect(
      (await notifikasi(d.sesi.pegawai)).items.filter((x) => x.jenis.startsWith("asesmen.")),
    ).toHaveLength(2);
  });

  it("keeps a kind out of the bell when the user says so, and only for that user", async () => {
    const r = await minta(ctx.app, d.sesi.agen, {
      method: "PUT",
      url: url("/pengingat/preferensi"),
      payload: {
        preferensi: [{ kelompok: "renaksi", dalamAplikasi: false, email: false, ringkasanHarian: true }],
      },
    });
    expect(r.statusCode, r.body).toBe(200);
    const g = await minta(ctx.app, d.sesi.agen, { method: "GET", url: url("/pengingat/preferensi") });
    expect(g.json().find((x: { kelompok: string }) => x.kelompok === "renaksi")).toMatchObject({
      dalamAplikasi: false,
      ringkasanHarian: true,
    });
    expect(g.json().find((x: { kelompok: string }) => x.kelompok === "asesmen")).toMatchObject({
      dalamAplikasi: true,
      email: true,
    });
    const buruk = await minta(ctx.app, d.sesi.agen, {
      method: "PUT",
      url: url("/pengingat/preferensi"),
      payload: {
        preferensi: [{ kelompok: "rahasia", dalamAplikasi: true, email: true, ringkasanHarian: false }],
      },
    });
    expect(buruk.statusCode).toBe(400);
    // a late Renaksi item of the agent: in their list, but not counted in the bell
    const rk = await ctx.db
      .insertInto("renaksi")
      .values({
        instansi_id: d.instansi.id,
        agen_id: d.pegawaiSesi.agen,
        judul: "Renaksi Agen",
        mulai: tgl(-30),
        selesai: tgl(30),
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await ctx.db
      .insertInto("butir_renaksi")
      .values({
        instansi_id: d.instansi.id,
        renaksi_id: rk.id,
        uraian: "Sosialisasi kode etik",
        tenggat: tgl(-5),
      })
      .execute();
    const sebelum = (await notifikasi(d.sesi.agen)).belumDibaca;
    await jalankan();
    const n = await notifikasi(d.sesi.agen);
    expect(n.items.filter((x) => x.jenis === "renaksi.tenggat")).toHaveLength(1);
    expect(n.items.find((x) => x.jenis === "renaksi.tenggat")?.judul).toMatch(/terlambat/);
    expect(n.belumDibaca).toBe(sebelum);
  });

  it("shows the PPK and the team what is late, who owns it and since when; others are refused", async () => {
    const r = await minta(ctx.app, d.sesi.ppk, { method: "GET", url: url("/pengingat/terlambat") });
    expect(r.statusCode, r.body).toBe(200);
    const rk = r.json().items.find((x: { jenis: string }) => x.jenis === "renaksi");
    expect(rk).toMatchObject({ pemilik: "Pegawai 0-3", sejak: tgl(-5), hari: 5 });
    expect(r.json().items.some((x: { jenis: string }) => x.jenis === "langkah_persiapan")).toBe(true);
    expect(
      (await minta(ctx.app, d.sesi.tim, { method: "GET", url: url("/pengingat/terlambat") })).statusCode,
    ).toBe(200);
    expect(
      (await minta(ctx.app, d.sesi.pegawai, { method: "GET", url: url("/pengingat/terlambat") })).statusCode,
    ).toBe(403);
    expect(
      (await minta(ctx.app, d.sesi.pegawai, { method: "POST", url: url("/pengingat/jalankan") })).statusCode,
    ).toBe(403);
    const lain = await buatDunia(ctx.app, ctx.db);
    expect(
      (await minta(ctx.app, lain.sesi.ppk, { method: "GET", url: url("/pengingat/terlambat") })).statusCode,
    ).toBe(403);
    const sendiri = await minta(ctx.app, lain.sesi.ppk, {
      method: "GET",
      url: `/api/instansi/${lain.instansi.id}/pengingat/terlambat`,
    });
    expect(sendiri.json().items.some((x: { jenis: string }) => x.jenis === "renaksi")).toBe(false);
  });
});
