import { beforeAll, expect, it } from "vitest";
import {
  buatDunia,
  buatKampanye,
  type DuniaProgram,
  PDF,
  PNG,
  persiapanLengkap,
  rilis,
  tgl,
  unggah,
  unggahId,
  urlProgram,
} from "./program-bantu.ts";
import { describeOnDatabases, minta, type SesiUji } from "./support/index.ts";

describeOnDatabases("program: cycle, stage order, preparation outputs, files", (ctx) => {
  let d: DuniaProgram;
  beforeAll(async () => {
    d = await buatDunia(ctx.app, ctx.db);
  });

  const buatSiklus = async (nama: string, s: SesiUji = d.sesi.tim) => {
    const r = await minta(ctx.app, s, { method: "POST", url: urlProgram(d, "/siklus"), payload: { nama } });
    expect(r.statusCode, r.body).toBe(201);
    return r.json().id as string;
  };
  const status = async (id: string, s: SesiUji = d.sesi.tim) => {
    const r = await minta(ctx.app, s, { method: "GET", url: urlProgram(d, `/siklus/${id}`) });
    expect(r.statusCode, r.body).toBe(200);
    return r.json();
  };
  const put = (s: SesiUji, id: string, jalur: string, payload: object) =>
    minta(ctx.app, s, { method: "PUT", url: urlProgram(d, `/siklus/${id}/persiapan/${jalur}`), payload });

  it("starts a cycle in preparation, says the PPK must form the team, and refuses a duplicate name", async () => {
    const id = await buatSiklus("Program Integritas 2026");
    const st = await status(id);
    expect(st.posisi.tahap).toBe("persiapan");
    expect(st.posisi.berikut.pelaku[0]).toBe("ppk");
    expect(st.posisi.langkahPersiapan.every((l: { selesai: boolean }) => !l.selesai)).toBe(true);
    const dua = await minta(ctx.app, d.sesi.tim, {
      method: "POST",
      url: urlProgram(d, "/siklus"),
      payload: { nama: "Program Integritas 2026" },
    });
    expect(dua.statusCode).toBe(409);
    const daftar = await minta(ctx.app, d.sesi.pegawai, { method: "GET", url: urlProgram(d, "/siklus") });
    expect(daftar.json().items.some((x: { id: string }) => x.id === id)).toBe(true);
  });

  it("refuses a step before the previous one is done (step 4 before step 3), in Indonesian, and stores nothing", async () => {
    const id = await buatSiklus("Urutan");
    const dok = await unggahId(ctx.app, d.sesi.tim, d, id);
    const r = await put(d.sesi.tim, id, "rencana_aksi", { dokumenId: dok, tanggal: tgl(-1), target: [] });
    expect(r.statusCode).toBe(409);
    expect(r.json().error.code).toBe("LANGKAH_TIDAK_BERURUTAN");
    expect(r.json().error.message).toMatch(/belum selesai/);
    const en = await minta(ctx.app, d.sesi.tim, {
      method: "PUT",
      url: urlProgram(d, `/siklus/${id}/persiapan/asesmen_awal`),
      payload: { kampanyeId: await buatKampanye(ctx.db, d, { tujuan: "awal", level: [[1]] }) },
      headers: { "accept-language": "en" },
    });
    expect(en.statusCode).toBe(409);
    expect(en.json().error.message).toMatch(/not done/);
    const st = await status(id);
    expect(st.keluaran.rencana_aksi).toBeNull();
    expect(st.keluaran.asesmen_awal).toBeNull();
  });

  it("refuses every step 2–6 on a fresh cycle: step 1 comes first", async () => {
    const id = await buatSiklus("Urutan semua");
    const kampanyeId = await buatKampanye(ctx.db, d, { tujuan: "awal", level: [[2]], dirilisHariLalu: 1 });
    const sk = { nomor: "SK", tanggal: tgl(-1), dokumenId: "" };
    const coba: [SesiUji, string, object][] = [
      [
        d.sesi.tim,
        "deklarasi_komitmen",
        { judul: "D", dokumenId: "", tanggal: tgl(-1), selarasZonaIntegritas: true },
      ],
      [d.sesi.tim, "asesmen_awal", { kampanyeId }],
      [d.sesi.tim, "rencana_aksi", { dokumenId: "", tanggal: tgl(-1), target: [] }],
      [d.sesi.tim, "rencana_pelatihan", { dokumenId: "", tanggal: tgl(-1), modul: [] }],
      [d.sesi.ppk, "agen_perubahan", { kriteriaSeleksi: ["x"], nominasi: [], sk, ditetapkan: [] }],
    ];
    for (const [s, jalur, body] of coba) {
      const r = await put(s, id, jalur, body);
      expect(r.statusCode, `${jalur}: ${r.body}`).toBe(409);
      expect(r.json().error.code).toBe("LANGKAH_TIDAK_BERURUTAN");
      expect(r.json().error.message).toMatch(/langkah 1 \(Pembentukan Tim/);
    }
    expect((await status(id)).posisi.langkahPersiapan.every((l: { selesai: boolean }) => !l.selesai)).toBe(
      true,
    );
  });

  it("step 1: only the PPK records it, and only with its output (decree document, chair, RB link)", async () => {
    const id = await buatSiklus("Langkah satu");
    const tim = {
      nama: "Tim Supervisi",
      sk: { nomor: "SK-1", tanggal: tgl(-5), dokumenId: "" },
      anggota: [
        { pegawaiId: d.pegawai[1], peranTim: "ketua" },
        { pegawaiId: d.pegawai[2], peranTim: "anggota" },
      ],
      timReformasiBirokrasi: { nomorSk: "" },
    };
    expect((await put(d.sesi.tim, id, "pembentukan_tim", tim)).statusCode).toBe(403);
    const kurang = await put(d.sesi.ppk, id, "pembentukan_tim", tim);
    expect(kurang.statusCode).toBe(400);
    const kode = kurang.json().error.details.galat.map((g: { kode: string }) => g.kode);
    expect(kode).toEqual(expect.arrayContaining(["SK_TANPA_DOKUMEN", "TIM_TANPA_TAUTAN_RB"]));
    expect((await status(id)).posisi.langkahPersiapan[0].selesai).toBe(false);
    const bukanBerkas = await put(d.sesi.ppk, id, "pembentukan_tim", {
      ...tim,
      sk: { ...tim.sk, dokumenId: "00000000-0000-4000-8000-000000000000" },
    });
    expect(bukanBerkas.json().error.code).toBe("BERKAS_TIDAK_DIKENAL");
    const ok = await put(d.sesi.ppk, id, "pembentukan_tim", {
      ...tim,
      sk: { ...tim.sk, dokumenId: await unggahId(ctx.app, d.sesi.tim, d, id) },
      timReformasiBirokrasi: { nomorSk: "SK-RB" },
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().posisi.langkahPersiapan[0].selesai).toBe(true);
    expect(ok.json().peringatanSimpan.map((g: { kode: string }) => g.kode)).toContain("TIM_TANPA_ANGGOTA_RB");
    expect(ok.json().posisi.berikut.pelaku).toContain("pimpinan");
  });

  it("step 2: done only when a leader has signed in the app; employees sign and are counted", async () => {
    const id = await buatSiklus("Deklarasi");
    await persiapanSampai(id, 1);
    const belum = await minta(ctx.app, d.sesi.pegawai, {
      method: "POST",
      url: urlProgram(d, `/siklus/${id}/deklarasi/tanda-tangan`),
    });
    expect(belum.statusCode).toBe(409);
    const r = await put(d.sesi.tim, id, "deklarasi_komitmen", {
      judul: "Deklarasi",
      dokumenId: await unggahId(ctx.app, d.sesi.tim, d, id),
      tanggal: tgl(-4),
      selarasZonaIntegritas: false,
    });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json().posisi.langkahPersiapan[1].selesai).toBe(false);
    const p = await minta(ctx.app, d.sesi.pegawai, {
      method: "POST",
      url: urlProgram(d, `/siklus/${id}/deklarasi/tanda-tangan`),
    });
    expect(p.statusCode, p.body).toBe(200);
    expect(p.json()).toMatchObject({
      sebagai: "pegawai",
      jumlahPenandatangan: { pegawai: 1, pimpinan: 0, total: 1 },
    });
    // signing twice counts once
    await minta(ctx.app, d.sesi.pegawai, {
      method: "POST",
      url: urlProgram(d, `/siklus/${id}/deklarasi/tanda-tangan`),
    });
    expect((await status(id)).posisi.langkahPersiapan[1].selesai).toBe(false);
    const lihat = await minta(ctx.app, d.sesi.pegawai, {
      method: "GET",
      url: urlProgram(d, `/siklus/${id}/deklarasi`),
    });
    expect(lihat.json()).toMatchObject({ sudahMenandatangani: true, bolehMenandatangani: true });
    const dok = await minta(ctx.app, d.sesi.pegawai, {
      method: "GET",
      url: urlProgram(d, `/siklus/${id}/deklarasi/dokumen`),
    });
    expect(dok.statusCode).toBe(200);
    expect(dok.rawPayload.subarray(0, 5).toString()).toBe("%PDF-");
    const pm = await minta(ctx.app, d.sesi.pimpinan, {
      method: "POST",
      url: urlProgram(d, `/siklus/${id}/deklarasi/tanda-tangan`),
    });
    expect(pm.json()).toMatchObject({
      sebagai: "pimpinan",
      jumlahPenandatangan: { pegawai: 1, pimpinan: 1, total: 2 },
    });
    const st = await status(id);
    expect(st.posisi.langkahPersiapan[1].selesai).toBe(true);
    expect(st.keluaran.deklarasi_komitmen.jumlahPenandatangan.total).toBe(2);
    // a user not linked to an employee cannot sign
    const apip = await minta(ctx.app, d.sesi.apip, {
      method: "POST",
      url: urlProgram(d, `/siklus/${id}/deklarasi/tanda-tangan`),
    });
    expect(apip.statusCode).toBe(403);
    expect(apip.json().error.code).toBe("PENGGUNA_TANPA_PEGAWAI");
  });

  it("step 3: a linked initial campaign waits for its release; step 1 cannot be replaced once step 2 rests on it", async () => {
    const id = await buatSiklus("Asesmen awal");
    await persiapanSampai(id, 2);
    const bukanAwal = await buatKampanye(ctx.db, d, { tujuan: "berkala", level: [[2]] });
    const salah = await put(d.sesi.tim, id, "asesmen_awal", { kampanyeId: bukanAwal });
    expect(salah.json().error.code).toBe("KAMPANYE_BUKAN_AWAL");
    const k = await buatKampanye(ctx.db, d, { tujuan: "awal", level: [[1, 2], [2], [3]] });
    const r = await put(d.sesi.tim, id, "asesmen_awal", { kampanyeId: k });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json().posisi.langkahPersiapan[2].selesai).toBe(false);
    await rilis(ctx.db, d, k, 1);
    const st = await status(id);
    expect(st.posisi.langkahPersiapan[2].selesai).toBe(true);
    expect(st.keluaran.asesmen_awal).toMatchObject({ jumlahUnit: 3, jumlahPegawai: 24 });
    const ganti = await put(d.sesi.ppk, id, "pembentukan_tim", {
      nama: "Tim lain",
      sk: { nomor: "SK-2", tanggal: tgl(-3), dokumenId: await unggahId(ctx.app, d.sesi.tim, d, id) },
      anggota: [
        { pegawaiId: d.pegawai[1], peranTim: "ketua" },
        { pegawaiId: d.pegawai[2], peranTim: "anggota" },
      ],
      timReformasiBirokrasi: { nomorSk: "SK-RB" },
    });
    expect(ganti.statusCode).toBe(409);
    expect(ganti.json().error.code).toBe("LANGKAH_SESUDAHNYA_SUDAH_ADA");
  });

  it("step 4: SMART targets take their baseline from the initial map; a target not above it is refused", async () => {
    const id = await buatSiklus("Renaksi");
    await persiapanSampai(id, 3);
    const dokumenId = await unggahId(ctx.app, d.sesi.tim, d, id);
    const target = {
      kode: "T1",
      indikator: { jenis: "proporsi_minimal_level", levelMinimal: 2 },
      sasaran: [d.unit[0]],
      nilaiTarget: 0.1,
      tenggat: tgl(200).slice(0, 7),
      penanggungJawab: { peran: "tim_supervisi" },
    };
    const rendah = await put(d.sesi.tim, id, "rencana_aksi", {
      dokumenId,
      tanggal: tgl(-1),
      target: [target],
    });
    expect(rendah.statusCode).toBe(400);
    expect(rendah.json().error.details.galat.map((g: { kode: string }) => g.kode)).toContain(
      "TARGET_TIDAK_MENINGKAT",
    );
    const ok = await put(d.sesi.tim, id, "rencana_aksi", {
      dokumenId,
      tanggal: tgl(-1),
      target: [{ ...target, nilaiTarget: 0.9 }],
    });
    expect(ok.statusCode, ok.body).toBe(200);
    const t = ok.json().keluaran.rencana_aksi.target[0];
    expect(t.garisDasar).toBe(0.5);
    expect(ok.json().target.target[0].capaian).toMatchObject({ status: "berjalan", nilai: 0.5 });
  });

  it("cannot start implementation before preparation is complete; can once all six steps are done", async () => {
    const id = await buatSiklus("Lengkap");
    const dini = await minta(ctx.app, d.sesi.tim, {
      method: "POST",
      url: urlProgram(d, `/siklus/${id}/mulai-pelaksanaan`),
      payload: { tanggal: tgl(0) },
    });
    expect(dini.statusCode).toBe(409);
    expect(dini.json().error.code).toBe("PERSIAPAN_BELUM_SELESAI");
    await persiapanLengkap(ctx.app, ctx.db, d, id);
    const st = await status(id);
    expect(st.posisi.langkahPersiapan.every((l: { selesai: boolean }) => l.selesai)).toBe(true);
    expect(st.posisi.peringatan.map((g: { kode: string }) => g.kode)).toContain("AP_TARGET_BELUM_ADA");
    // the agency's "sufficient" number of change agents: a warning below it
    const konf = await minta(ctx.app, d.sesi.admin, {
      method: "PATCH",
      url: urlProgram(d, `/siklus/${id}`),
      payload: { konfigurasi: { targetAgenPerubahan: 5 } },
    });
    expect(konf.json().posisi.peringatan.map((g: { kode: string }) => g.kode)).toContain("AP_KURANG_MEMADAI");
    // a role outside the supervision team and the PPK (not pimpinan: earlier cycles' step-1
    // decrees in this file name the leader's employee record, and the decree grants the team's role)
    expect(
      (
        await minta(ctx.app, d.sesi.apip, {
          method: "POST",
          url: urlProgram(d, `/siklus/${id}/mulai-pelaksanaan`),
          payload: { tanggal: tgl(0) },
        })
      ).statusCode,
    ).toBe(403);
    const mulai = await minta(ctx.app, d.sesi.tim, {
      method: "POST",
      url: urlProgram(d, `/siklus/${id}/mulai-pelaksanaan`),
      payload: { tanggal: tgl(0) },
    });
    expect(mulai.statusCode, mulai.body).toBe(200);
    expect(mulai.json().posisi.tahap).toBe("pelaksanaan");
    // preparation is frozen now
    const beku = await put(d.sesi.tim, id, "deklarasi_komitmen", {
      judul: "X",
      dokumenId: await unggahId(ctx.app, d.sesi.tim, d, id),
      tanggal: tgl(0),
      selarasZonaIntegritas: true,
    });
    expect(beku.statusCode).toBe(409);
    expect(beku.json().error.code).toBe("TAHAP_TIDAK_SESUAI");
    // assessment cannot start before the five main activities are carried out
    const nilai = await minta(ctx.app, d.sesi.tim, {
      method: "POST",
      url: urlProgram(d, `/siklus/${id}/mulai-penilaian`),
      payload: { tanggal: tgl(0) },
    });
    expect(nilai.json().error.code).toBe("PELAKSANAAN_BELUM_LENGKAP");
  });

  it("refuses files that are not what their extension says, unsupported types and files over 10 MiB", async () => {
    const id = await buatSiklus("Berkas");
    const png = await unggah(ctx.app, d.sesi.tim, d, id, "gambar.pdf", PNG);
    expect(png.statusCode).toBe(415);
    expect(png.json().error.code).toBe("BERKAS_TIDAK_SESUAI_EKSTENSI");
    const exe = await unggah(ctx.app, d.sesi.tim, d, id, "program.pdf", Buffer.from("MZ\x90\x00 bukan pdf"));
    expect(exe.statusCode).toBe(415);
    const html = await unggah(ctx.app, d.sesi.tim, d, id, "x.html", Buffer.from("<script>alert(1)</script>"));
    expect(html.json().error.code).toBe("BERKAS_TIDAK_DIDUKUNG");
    const besar = await unggah(
      ctx.app,
      d.sesi.tim,
      d,
      id,
      "besar.pdf",
      Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024)]),
    );
    expect(besar.statusCode).toBe(413);
    expect(besar.json().error.message).toMatch(/10 MiB/);
    const ok = await unggah(ctx.app, d.sesi.tim, d, id, "foto.png", PNG);
    expect(ok.statusCode, ok.body).toBe(201);
    expect((await unggah(ctx.app, d.sesi.pegawai, d, id)).statusCode).toBe(403);
    const daftar = await minta(ctx.app, d.sesi.apip, {
      method: "GET",
      url: urlProgram(d, `/siklus/${id}/berkas`),
    });
    expect(daftar.json().total).toBe(1);
    const unduh = await minta(ctx.app, d.sesi.apip, {
      method: "GET",
      url: urlProgram(d, `/siklus/${id}/berkas/${ok.json().id}`),
    });
    expect(unduh.headers["content-type"]).toBe("image/png");
    expect(Buffer.compare(unduh.rawPayload, PNG)).toBe(0);
  });

  it("roles: pegawai cannot read a cycle's status; a change agent cannot create one", async () => {
    const id = await buatSiklus("Peran");
    expect(
      (await minta(ctx.app, d.sesi.pegawai, { method: "GET", url: urlProgram(d, `/siklus/${id}`) }))
        .statusCode,
    ).toBe(403);
    expect(
      (
        await minta(ctx.app, d.sesi.agen, {
          method: "POST",
          url: urlProgram(d, "/siklus"),
          payload: { nama: "X" },
        })
      ).statusCode,
    ).toBe(403);
  });

  /** Records steps 1…n of a fresh cycle with valid outputs. */
  async function persiapanSampai(id: string, n: number) {
    if (n >= 1) {
      const r = await put(d.sesi.ppk, id, "pembentukan_tim", {
        nama: "Tim",
        sk: { nomor: "SK-1", tanggal: tgl(-10), dokumenId: await unggahId(ctx.app, d.sesi.tim, d, id) },
        anggota: [
          { pegawaiId: d.pegawai[1], peranTim: "ketua", anggotaTimRB: true },
          { pegawaiId: d.pegawai[2], peranTim: "anggota" },
        ],
        timReformasiBirokrasi: { nomorSk: "SK-RB" },
      });
      expect(r.statusCode, r.body).toBe(200);
    }
    if (n >= 2) {
      const r = await put(d.sesi.tim, id, "deklarasi_komitmen", {
        judul: "Deklarasi",
        dokumenId: await unggahId(ctx.app, d.sesi.tim, d, id),
        tanggal: tgl(-9),
        selarasZonaIntegritas: true,
      });
      expect(r.statusCode, r.body).toBe(200);
      await minta(ctx.app, d.sesi.ppk, {
        method: "POST",
        url: urlProgram(d, `/siklus/${id}/deklarasi/tanda-tangan`),
      });
    }
    if (n >= 3) {
      const k = await buatKampanye(ctx.db, d, {
        tujuan: "awal",
        level: [[1, 2], [2], [3]],
        dirilisHariLalu: 8,
      });
      const r = await put(d.sesi.tim, id, "asesmen_awal", { kampanyeId: k });
      expect(r.json().posisi.langkahPersiapan[2].selesai, r.body).toBe(true);
    }
  }
});
