import { beforeAll, expect, it } from "vitest";
import { buatOrang, buatPegawai, buatUnit, type OrangUji } from "./komunitas-bantu.ts";
import { buatInstansi, describeOnDatabases, type InstansiUji, minta } from "./support/index.ts";

/** A multipart/form-data body with one file field. */
function multipart(nama: string, isi: Buffer, jenis = "application/octet-stream") {
  const batas = "----nurani-uji-batas";
  const kepala = Buffer.from(
    `--${batas}\r\nContent-Disposition: form-data; name="file"; filename="${nama}"\r\nContent-Type: ${jenis}\r\n\r\n`,
  );
  return {
    payload: Buffer.concat([kepala, isi, Buffer.from(`\r\n--${batas}--\r\n`)]),
    headers: { "content-type": `multipart/form-data; boundary=${batas}` },
  };
}

describeOnDatabases("komunitas: campaign posts and the knowledge-sharing forum", (ctx) => {
  let a: InstansiUji;
  let supervisi: OrangUji;
  let pegawaiInduk: OrangUji;
  let pegawaiAnak: OrangUji;
  let pegawaiLain: OrangUji;
  let kategoriId: string;
  let utasId: string;
  const url = (p: string) => `/api/instansi/${a.id}${p}`;

  beforeAll(async () => {
    a = await buatInstansi(ctx.db);
    const induk = await buatUnit(ctx.db, a.id, "INDUK");
    const anak = await buatUnit(ctx.db, a.id, "ANAK", induk);
    const lain = await buatUnit(ctx.db, a.id, "LAIN");
    supervisi = await buatOrang(
      ctx.app,
      ctx.db,
      a.id,
      ["tim_supervisi"],
      await buatPegawai(ctx.db, a.id, lain),
    );
    pegawaiInduk = await buatOrang(
      ctx.app,
      ctx.db,
      a.id,
      ["pegawai"],
      await buatPegawai(ctx.db, a.id, induk),
    );
    pegawaiAnak = await buatOrang(ctx.app, ctx.db, a.id, ["pegawai"], await buatPegawai(ctx.db, a.id, anak));
    pegawaiLain = await buatOrang(ctx.app, ctx.db, a.id, ["pegawai"], await buatPegawai(ctx.db, a.id, lain));
    const kat = await minta(ctx.app, supervisi.sesi, {
      method: "POST",
      url: url("/forum/kategori"),
      payload: { nama: "Berbagi praktik baik", deskripsi: "Pengalaman menjaga integritas" },
    });
    expect(kat.statusCode, kat.body).toBe(201);
    kategoriId = kat.json().id;
    (globalThis as { unitInduk?: string }).unitInduk = induk;
  });

  it("a post to a unit with sub-units reaches its sub-unit but not other units; read and acknowledge counts for the author", async () => {
    const induk = (globalThis as { unitInduk?: string }).unitInduk;
    const res = await minta(ctx.app, supervisi.sesi, {
      method: "POST",
      url: url("/kampanye"),
      payload: {
        jenis: "kode_etik",
        judul: "Tolak gratifikasi",
        isi: "Jangan terima **hadiah**. <script>alert(1)</script>",
        sasaran: "unit",
        unitIds: [induk],
        subUnit: true,
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    const pos = res.json();
    expect(pos.html).toContain("<strong>hadiah</strong>");
    expect(pos.html).not.toContain("<script");
    expect(pos.statistik).toEqual({ sasaran: 2, dibaca: 0, diakui: 0 });
    const feed = async (o: OrangUji) =>
      (await minta(ctx.app, o.sesi, { method: "GET", url: url("/kampanye") })).json();
    expect((await feed(pegawaiInduk)).items.map((p: { id: string }) => p.id)).toContain(pos.id);
    expect((await feed(pegawaiAnak)).belumDibaca).toBe(1);
    expect((await feed(pegawaiLain)).total).toBe(0);
    const asing = await minta(ctx.app, pegawaiLain.sesi, {
      method: "POST",
      url: url(`/kampanye/${pos.id}/baca`),
    });
    expect(asing.statusCode).toBe(404);
    expect(
      (await minta(ctx.app, pegawaiInduk.sesi, { method: "POST", url: url(`/kampanye/${pos.id}/baca`) }))
        .statusCode,
    ).toBe(200);
    const akui = await minta(ctx.app, pegawaiAnak.sesi, {
      method: "POST",
      url: url(`/kampanye/${pos.id}/akui`),
    });
    expect(akui.json().diakui).not.toBeNull();
    expect(akui.json().statistik).toBeNull(); // readers do not see the counts
    const kelola = await minta(ctx.app, supervisi.sesi, { method: "GET", url: url("/kampanye/kelola") });
    expect(kelola.json().items[0].statistik).toEqual({ sasaran: 2, dibaca: 2, diakui: 1 });
    // an employee may not publish
    const tolak = await minta(ctx.app, pegawaiInduk.sesi, {
      method: "POST",
      url: url("/kampanye"),
      payload: { jenis: "cerita", judul: "x", isi: "y", sasaran: "instansi" },
    });
    expect(tolak.statusCode).toBe(403);
    // withdraw, then undo
    const tarik = await minta(ctx.app, supervisi.sesi, {
      method: "PATCH",
      url: url(`/kampanye/${pos.id}`),
      payload: { ditarik: true },
    });
    expect(tarik.json().ditarik).toBe(true);
    expect((await feed(pegawaiInduk)).total).toBe(0);
    await minta(ctx.app, supervisi.sesi, {
      method: "PATCH",
      url: url(`/kampanye/${pos.id}`),
      payload: { ditarik: false },
    });
    expect((await feed(pegawaiInduk)).total).toBe(1);
  });

  it("a thread with an HTML/script payload is stored as typed and shown as escaped text; a mention notifies", async () => {
    const res = await minta(ctx.app, pegawaiInduk.sesi, {
      method: "POST",
      url: url("/forum/utas"),
      payload: {
        kategoriId,
        judul: "Pengalaman menolak suap pengadaan",
        isi: `Halo @${pegawaiLain.username}, <img src=x onerror=alert(1)> [klik](javascript:alert(1))`,
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    utasId = res.json().id;
    expect(res.json().isi).toContain("<img src=x onerror=alert(1)>");
    expect(res.json().html).not.toMatch(/<img|href="javascript/);
    expect(res.json().html).toContain("&lt;img");
    const n = await minta(ctx.app, pegawaiLain.sesi, { method: "GET", url: url("/notifikasi") });
    expect(n.json().belumDibaca).toBe(1);
    expect(n.json().items[0]).toMatchObject({ jenis: "sebutan", tautan: `/forum/${utasId}` });
    const baca = await minta(ctx.app, pegawaiLain.sesi, {
      method: "POST",
      url: url("/notifikasi/baca"),
      payload: { semua: true },
    });
    expect(baca.json().diubah).toBe(1);
  });

  it("replies notify the thread's author; search finds a thread by a word in a reply", async () => {
    const r = await minta(ctx.app, pegawaiAnak.sesi, {
      method: "POST",
      url: url(`/forum/utas/${utasId}/balasan`),
      payload: { isi: "Kami memakai whistleblowing system untuk melapor." },
    });
    expect(r.statusCode, r.body).toBe(201);
    const n = await minta(ctx.app, pegawaiInduk.sesi, { method: "GET", url: url("/notifikasi") });
    expect(n.json().items.some((x: { jenis: string }) => x.jenis === "balasan")).toBe(true);
    const cari = async (q: string) =>
      (
        await minta(ctx.app, pegawaiLain.sesi, {
          method: "GET",
          url: url(`/forum/utas?q=${encodeURIComponent(q)}`),
        })
      ).json();
    expect((await cari("whistleblowing")).items.map((t: { id: string }) => t.id)).toEqual([utasId]);
    expect((await cari("suap")).total).toBe(1);
    expect((await cari("tidakadakatasemacamini")).total).toBe(0);
    // hostile search strings are answered, never a 500
    for (const q of ["'", '"', "a & | ! (", "-", "or or", ":*"]) {
      const res = await minta(ctx.app, pegawaiLain.sesi, {
        method: "GET",
        url: url(`/forum/utas?q=${encodeURIComponent(q)}`),
      });
      expect(res.statusCode, q).toBe(200);
    }
  });

  it("moderators lock and hide; a locked thread refuses replies; a hidden thread disappears for members; reports reach moderators", async () => {
    const bukanMod = await minta(ctx.app, pegawaiInduk.sesi, {
      method: "POST",
      url: url(`/forum/utas/${utasId}/moderasi`),
      payload: { terkunci: true },
    });
    expect(bukanMod.statusCode).toBe(403);
    const lapor = await minta(ctx.app, pegawaiLain.sesi, {
      method: "POST",
      url: url("/forum/laporan"),
      payload: { utasId, alasan: "Menyebut nama orang tanpa bukti" },
    });
    expect(lapor.statusCode).toBe(201);
    const daftar = await minta(ctx.app, supervisi.sesi, { method: "GET", url: url("/forum/laporan") });
    expect(daftar.json().total).toBe(1);
    const kunci = await minta(ctx.app, supervisi.sesi, {
      method: "POST",
      url: url(`/forum/utas/${utasId}/moderasi`),
      payload: { terkunci: true },
    });
    expect(kunci.json().terkunci).toBe(true);
    const balas = await minta(ctx.app, pegawaiAnak.sesi, {
      method: "POST",
      url: url(`/forum/utas/${utasId}/balasan`),
      payload: { isi: "lagi" },
    });
    expect(balas.statusCode).toBe(409);
    expect(balas.json().error.code).toBe("UTAS_TERKUNCI");
    expect(balas.json().error.message).toMatch(/dikunci/);
    await minta(ctx.app, supervisi.sesi, {
      method: "POST",
      url: url(`/forum/utas/${utasId}/moderasi`),
      payload: { disembunyikan: true },
    });
    expect(
      (await minta(ctx.app, pegawaiAnak.sesi, { method: "GET", url: url(`/forum/utas/${utasId}`) }))
        .statusCode,
    ).toBe(404);
    expect(
      (await minta(ctx.app, pegawaiAnak.sesi, { method: "GET", url: url("/forum/utas") })).json().total,
    ).toBe(0);
    expect(
      (await minta(ctx.app, supervisi.sesi, { method: "GET", url: url(`/forum/utas/${utasId}`) })).statusCode,
    ).toBe(200);
    const selesai = await minta(ctx.app, supervisi.sesi, {
      method: "POST",
      url: url(`/forum/laporan/${lapor.json().id}/selesai`),
    });
    expect(selesai.statusCode).toBe(200);
    await minta(ctx.app, supervisi.sesi, {
      method: "POST",
      url: url(`/forum/utas/${utasId}/moderasi`),
      payload: { disembunyikan: false, terkunci: false },
    });
  });

  it("attachments: a real PDF is accepted and downloaded as an attachment; a fake PDF, an unknown type and an oversized file are refused, nothing stored", async () => {
    const unggah = (nama: string, isi: Buffer) =>
      minta(ctx.app, pegawaiAnak.sesi, {
        method: "POST",
        url: url(`/forum/utas/${utasId}/lampiran`),
        ...multipart(nama, isi),
      });
    const pdf = Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
    const ok = await unggah("bukti.pdf", pdf);
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json()).toMatchObject({ nama: "bukti.pdf", jenisMime: "application/pdf", ukuran: pdf.length });
    const unduh = await minta(ctx.app, pegawaiLain.sesi, {
      method: "GET",
      url: url(`/forum/lampiran/${ok.json().id}`),
    });
    expect(unduh.statusCode).toBe(200);
    expect(unduh.headers["content-disposition"]).toMatch(/^attachment/);
    expect(unduh.headers["x-content-type-options"]).toBe("nosniff");
    expect(unduh.rawPayload.equals(pdf)).toBe(true);

    const palsu = await unggah("bukan.pdf", Buffer.from("<html><script>alert(1)</script></html>"));
    expect(palsu.statusCode).toBe(415);
    expect(palsu.json().error.code).toBe("BERKAS_DITOLAK");
    const exe = await unggah("program.exe", Buffer.from("MZ\x90\x00"));
    expect(exe.statusCode).toBe(415);
    const besar = await unggah("besar.txt", Buffer.alloc(5 * 1024 * 1024 + 10, 0x61));
    expect([413]).toContain(besar.statusCode);
    expect(besar.json().error.message).toMatch(/terlalu besar/i);
    const n = await ctx.db
      .selectFrom("lampiran_forum")
      .select("id")
      .where("instansi_id", "=", a.id)
      .execute();
    expect(n.length).toBe(1);
  });
});
