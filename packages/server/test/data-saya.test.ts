/**
 * "Data saya" (fitur/data-saya, docs/data-saya.md): an employee sees who read
 * their result (role, unit, purpose from the audit log), the consent given
 * per campaign, and downloads everything held about them; the consent text is
 * written from the access rules the result routes enforce.
 */
import { teksAksesHasil } from "@nurani/domain";
import { beforeAll, expect, it } from "vitest";
import { teksPersetujuanBerlaku } from "../src/fitur/data-saya/index.ts";
import { kampanyeDiskor } from "./hasil-bantu.ts";
import { buatDunia, type DuniaProgram, rilis } from "./program-bantu.ts";
import { describeOnDatabases, minta } from "./support/index.ts";

describeOnDatabases("data-saya: reads of my result, my consents, my download", (ctx) => {
  let d: DuniaProgram;
  let kampanyeId: string;
  const url = (jalur: string) => `/api/instansi/${d.instansi.id}/data-saya${jalur}`;
  const rinci = (unitId: string, tujuan: string) =>
    `/api/instansi/${d.instansi.id}/hasil/kampanye/${kampanyeId}/unit/${unitId}/pegawai?tujuan=${tujuan}`;

  beforeAll(async () => {
    d = await buatDunia(ctx.app, ctx.db);
    kampanyeId = await kampanyeDiskor(ctx.app, ctx.db, d.sesi.tim, {
      instansiId: d.instansi.id,
      pegawaiIds: d.pegawai,
      benih: 7,
    });
    await rilis(ctx.db, d, kampanyeId, 1);
  });

  it("lists who opened my named result, with role, unit and purpose; not my own reads, not reads of others", async () => {
    // the employee (unit 1) has no reads yet
    const awal = await minta(ctx.app, d.sesi.pegawai, { method: "GET", url: url("/pembacaan") });
    expect(awal.statusCode, awal.body).toBe(200);
    expect(awal.json().total).toBe(0);
    // the team opens unit 1 (the employee's) for mentoring; the leader opens unit 0 (not the employee's)
    expect(
      (await minta(ctx.app, d.sesi.tim, { method: "GET", url: rinci(d.unit[1], "pendampingan") })).statusCode,
    ).toBe(200);
    const olehPimpinan = await minta(ctx.app, d.sesi.pimpinan, {
      method: "GET",
      url: rinci(d.unit[0], "rencana_pengembangan"),
    });
    expect(olehPimpinan.statusCode, olehPimpinan.body).toBe(200);
    // reading my own result is not listed
    await minta(ctx.app, d.sesi.pegawai, { method: "GET", url: `/api/instansi/${d.instansi.id}/hasil/saya` });

    const r = await minta(ctx.app, d.sesi.pegawai, { method: "GET", url: url("/pembacaan") });
    expect(r.json().total).toBe(1);
    expect(r.json().items[0]).toMatchObject({
      aksi: "hasil.rinci.baca",
      peran: "tim_supervisi",
      tujuan: "pendampingan",
      unitDibaca: "Unit 1",
      unitPembaca: "Unit 0",
    });
    expect(r.json().items[0].pembaca).toBeTruthy();

    // an employee of unit 0 (the change agent's account) sees the leader's read, as pimpinan
    const agen = await minta(ctx.app, d.sesi.agen, { method: "GET", url: url("/pembacaan") });
    expect(agen.json().items).toEqual([
      expect.objectContaining({ peran: "pimpinan", tujuan: "rencana_pengembangan", unitDibaca: "Unit 0" }),
    ]);
    // the leader's own result was in the list they read: not listed as a read by someone else
    const sendiri = await minta(ctx.app, d.sesi.pimpinan, { method: "GET", url: url("/pembacaan") });
    expect(sendiri.json().total).toBe(0);
  });

  it("downloads everything held about me as JSON and as a readable PDF", async () => {
    const j = await minta(ctx.app, d.sesi.pegawai, { method: "GET", url: url("/ekspor?format=json") });
    expect(j.statusCode, j.body).toBe(200);
    expect(j.headers["content-disposition"]).toContain("data-saya.json");
    const data = j.json();
    const nip = await ctx.db
      .selectFrom("pegawai")
      .select("nip")
      .where("id", "=", d.pegawaiSesi.pegawai)
      .executeTakeFirstOrThrow();
    expect(data.pegawai.nip).toBe(nip.nip);
    expect(data.akun.peran.map((p: { peran: string }) => p.peran)).toContain("pegawai");
    expect(data.hasilAsesmen).toHaveLength(1);
    expect(data.jawabanAsesmen.length).toBeGreaterThan(0);
    expect(data.pembacaanHasil).toHaveLength(1);
    // only my own: no other employee's NIP
    const lain = await ctx.db
      .selectFrom("pegawai")
      .select("nip")
      .where("id", "=", d.pegawai[0])
      .executeTakeFirstOrThrow();
    expect(j.body).not.toContain(lain.nip);

    const pdf = await minta(ctx.app, d.sesi.pegawai, { method: "GET", url: url("/ekspor?format=pdf") });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers["content-type"]).toContain("application/pdf");
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe("%PDF-");
  });

  it("includes what the community area holds about me: sessions, diary, forum, posts read, Renaksi, rewards, plan", async () => {
    const i = d.instansi.id;
    const saya = d.pegawaiSesi.pegawai;
    const akunSaya = await ctx.db
      .selectFrom("pengguna")
      .select("id")
      .where("pegawai_id", "=", saya)
      .executeTakeFirstOrThrow();
    const sesi = await minta(ctx.app, d.sesi.agen, {
      method: "POST",
      url: `/api/instansi/${i}/pendampingan`,
      payload: { pegawaiId: saya, jenis: "mentoring", tanggal: "2026-01-10", topik: "Topik mentoring saya" },
    });
    expect(sesi.statusCode, sesi.body).toBe(201);
    // a session of two other people is not mine
    await ctx.db
      .insertInto("sesi_pendampingan")
      .values({
        instansi_id: i,
        pendamping_id: d.pegawaiSesi.agen,
        pegawai_id: d.pegawai[5],
        jenis: "coaching",
        tanggal: "2026-01-11",
        topik: "Bukan milik saya",
      })
      .execute();
    await ctx.db
      .insertInto("evaluasi_diri")
      .values({
        instansi_id: i,
        pegawai_id: saya,
        tanggal: "2026-01-12",
        judul: "Catatan harian",
        isi: "Refleksi saya",
      })
      .execute();
    const kat = await ctx.db
      .insertInto("kategori_forum")
      .values({ instansi_id: i, nama: "Umum" })
      .returning("id")
      .executeTakeFirstOrThrow();
    const utas = await ctx.db
      .insertInto("utas_forum")
      .values({
        instansi_id: i,
        kategori_id: kat.id,
        judul: "Utas saya",
        isi: "Isi utas saya",
        penulis_id: akunSaya.id,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await ctx.db
      .insertInto("balasan_forum")
      .values({
        instansi_id: i,
        utas_id: utas.id,
        isi: "Balasan orang lain",
        penulis_id: (
          await ctx.db
            .selectFrom("pengguna")
            .select("id")
            .where("pegawai_id", "=", d.pegawaiSesi.agen)
            .executeTakeFirstOrThrow()
        ).id,
      })
      .execute();
    const pos = await ctx.db
      .insertInto("pos_kampanye")
      .values({
        instansi_id: i,
        jenis: "pengumuman",
        judul: "Pos yang saya baca",
        isi: "Isi",
        sasaran: "instansi",
        penulis_id: (
          await ctx.db
            .selectFrom("pengguna")
            .select("id")
            .where("pegawai_id", "=", d.pegawaiSesi.ppk)
            .executeTakeFirstOrThrow()
        ).id,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await ctx.db
      .insertInto("pos_kampanye_baca")
      .values({ instansi_id: i, pos_id: pos.id, pengguna_id: akunSaya.id })
      .execute();
    await ctx.db
      .insertInto("penghargaan")
      .values({ instansi_id: i, pegawai_id: saya, kategori: "teladan", alasan: "Teladan integritas" })
      .execute();

    const j = await minta(ctx.app, d.sesi.pegawai, { method: "GET", url: url("/ekspor?format=json") });
    expect(j.statusCode, j.body).toBe(200);
    const k = j.json().komunitas;
    expect(k.pendampingan).toEqual([
      expect.objectContaining({ jenis: "mentoring", peranSaya: "pegawai", topik: "Topik mentoring saya" }),
    ]);
    expect(j.body).not.toContain("Bukan milik saya");
    expect(k.evaluasiDiri).toEqual([
      expect.objectContaining({ judul: "Catatan harian", isi: "Refleksi saya" }),
    ]);
    expect(k.forum.utas).toEqual([expect.objectContaining({ kategori: "Umum", judul: "Utas saya" })]);
    expect(k.forum.balasan).toEqual([]);
    expect(k.posKampanye.dibaca).toEqual([expect.objectContaining({ judul: "Pos yang saya baca" })]);
    expect(k.penghargaan).toEqual([expect.objectContaining({ kategori: "teladan", status: "diusulkan" })]);
    // the mentor sees the same session from their side
    const m = await minta(ctx.app, d.sesi.agen, { method: "GET", url: url("/ekspor?format=json") });
    expect(m.json().komunitas.pendampingan).toHaveLength(2);
    expect(
      m.json().komunitas.pendampingan.every((x: { peranSaya: string }) => x.peranSaya === "pendamping"),
    ).toBe(true);

    const pdf = await minta(ctx.app, d.sesi.pegawai, { method: "GET", url: url("/ekspor?format=pdf") });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.length).toBeGreaterThan(1000);
  });

  it("lists the consent given per campaign with the text as agreed", async () => {
    await ctx.db
      .updateTable("peserta_asesmen")
      .set({ persetujuan: new Date(), teks_persetujuan: "Teks yang disetujui" })
      .where("instansi_id", "=", d.instansi.id)
      .where("pegawai_id", "=", d.pegawaiSesi.pegawai)
      .execute();
    const r = await minta(ctx.app, d.sesi.pegawai, { method: "GET", url: url("/persetujuan") });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json().items).toHaveLength(1);
    expect(r.json().items[0]).toMatchObject({ kampanyeId, teks: "Teks yang disetujui" });
    expect(r.json().items[0].diberikan).not.toBeNull();
  });

  it("writes the consent text from the access rules in force: named reads by leaders, the agency's k and retention", async () => {
    const teks = await teksPersetujuanBerlaku(ctx.db, d.instansi.id, "Tujuan: pemetaan integritas.");
    expect(teks.startsWith("Tujuan: pemetaan integritas.")).toBe(true);
    // the demo's old claim ("leaders see only unnamed summaries") is not what the code does
    expect(teks).toContain("Pimpinan unit Anda dapat membuka hasil Anda dengan nama");
    expect(teks).toContain("sedikitnya 5 hasil");
    expect(teks).toContain("disimpan 60 bulan");
    await minta(ctx.app, d.sesi.admin, {
      method: "PUT",
      url: `/api/instansi/${d.instansi.id}/hasil/pengaturan`,
      payload: { k: 7 },
    });
    const ubah = await minta(ctx.app, d.sesi.admin, {
      method: "PUT",
      url: `/api/instansi/${d.instansi.id}/retensi`,
      payload: { otomatis: false, bulan: { hasil_asesmen: 36 } },
    });
    expect(ubah.statusCode, ubah.body).toBe(204);
    const baru = await teksPersetujuanBerlaku(ctx.db, d.instansi.id, "Tujuan.");
    expect(baru).toContain("sedikitnya 7 hasil");
    expect(baru).toContain("disimpan 36 bulan");
    expect(teksAksesHasil({ kMinimum: 5, retensiBulan: 60, bahasa: "en" })).toContain(
      "The leaders of your unit may open your result with your name",
    );
  });
});
