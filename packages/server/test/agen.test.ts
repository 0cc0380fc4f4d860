import ExcelJS from "exceljs";
import { beforeAll, expect, it } from "vitest";
import { buatDunia, type DuniaProgram, persiapanLengkap, tgl, urlProgram } from "./program-bantu.ts";
import { describeOnDatabases, minta, type SesiUji } from "./support/index.ts";

const RUBRIK = ["Belum tampak", "Mulai tampak", "Konsisten", "Menjadi teladan"];

describeOnDatabases("change-agent lifecycle (Tabel 2 I.1–2, Tabel 3 no. 6)", (ctx) => {
  let d: DuniaProgram;
  let siklus: string;
  const u = (jalur: string) => `/api/instansi/${d.instansi.id}/agen${jalur}`;
  const kirim = (s: SesiUji, method: "POST" | "PUT" | "GET", url: string, payload?: object) =>
    minta(ctx.app, s, { method, url, ...(payload ? { payload } : {}) });

  beforeAll(async () => {
    d = await buatDunia(ctx.app, ctx.db);
    const r = await kirim(d.sesi.tim, "POST", urlProgram(d, "/siklus"), { nama: "Program 2026" });
    siklus = r.json().id;
    // preparation recorded: step 4 has target T1; step 6 appointed pegawai 3 and 20 (SK-AP-3/2026)
    await persiapanLengkap(ctx.app, ctx.db, d, siklus);
  });

  it("refuses nominations until the supervision team publishes the criteria, then takes self-nominations and nominations by others once each", async () => {
    const awal = await kirim(d.sesi.pegawai, "POST", u(`/siklus/${siklus}/nominasi`), {
      alasan: "Saya siap",
    });
    expect(awal.statusCode).toBe(409);
    expect(awal.json().error.code).toBe("KRITERIA_BELUM_TERBIT");
    expect(
      (await kirim(d.sesi.pegawai, "PUT", u(`/siklus/${siklus}/kriteria`), { kriteria: ["x"] })).statusCode,
    ).toBe(403);
    const k = await kirim(d.sesi.tim, "PUT", u(`/siklus/${siklus}/kriteria`), {
      kriteria: ["Level integritas ≥ 3", "Bersedia menjadi teladan"],
      minPegawai: 8,
      minAgen: 1,
    });
    expect(k.statusCode, k.body).toBe(200);

    const diri = await kirim(d.sesi.pegawai, "POST", u(`/siklus/${siklus}/nominasi`), {
      alasan: "Saya siap",
    });
    expect(diri.statusCode, diri.body).toBe(201);
    const lagi = await kirim(d.sesi.pegawai, "POST", u(`/siklus/${siklus}/nominasi`), { alasan: "Lagi" });
    expect(lagi.json().error.code).toBe("SUDAH_DINOMINASIKAN");
    const lain = await kirim(d.sesi.pimpinan, "POST", u(`/siklus/${siklus}/nominasi`), {
      pegawaiId: d.pegawai[17],
      alasan: "Teladan di unitnya",
    });
    expect(lain.statusCode, lain.body).toBe(201);

    const ring = await kirim(d.sesi.pegawai, "GET", u(`/siklus/${siklus}`));
    expect(ring.json().aturan.kriteria).toEqual(["Level integritas ≥ 3", "Bersedia menjadi teladan"]);
    expect(ring.json().nominasiSaya).toMatchObject({ mandiri: true, status: "diajukan" });
    const daftar = await kirim(d.sesi.tim, "GET", u(`/siklus/${siklus}/nominasi`));
    expect(daftar.json().items.map((n: { mandiri: boolean; pengusul: string }) => n.mandiri)).toEqual([
      true,
      false,
    ]);
    // an employee cannot read the list of nominees
    expect((await kirim(d.sesi.pegawai, "GET", u(`/siklus/${siklus}/nominasi`))).statusCode).toBe(403);
  });

  it("the team selects, the PPK appoints by decree: the decree grants agen_perubahan and keeps the agents of step 6", async () => {
    const daftar = (await kirim(d.sesi.tim, "GET", u(`/siklus/${siklus}/nominasi`))).json().items as {
      id: string;
      pegawai: { id: string };
    }[];
    const saya = daftar.find((n) => n.pegawai.id === d.pegawaiSesi.pegawai)?.id as string;
    const lain = daftar.find((n) => n.pegawai.id === d.pegawai[17])?.id as string;
    expect(
      (await kirim(d.sesi.ppk, "POST", u(`/nominasi/${saya}/keputusan`), { keputusan: "terpilih" }))
        .statusCode,
    ).toBe(403);
    const pilih = await kirim(d.sesi.tim, "POST", u(`/nominasi/${saya}/keputusan`), {
      keputusan: "terpilih",
    });
    expect(pilih.statusCode, pilih.body).toBe(200);
    await kirim(d.sesi.tim, "POST", u(`/nominasi/${lain}/keputusan`), {
      keputusan: "tidak_terpilih",
      catatan: "Tahun depan",
    });

    // before appointment: the nominee is not an agent
    expect(
      (await kirim(d.sesi.pegawai, "PUT", u(`/penilaian/${siklus}/renaksi`), { renaksiId: lain })).statusCode,
    ).toBe(403);
    expect(
      (
        await kirim(d.sesi.tim, "POST", u(`/siklus/${siklus}/penetapan`), {
          nomorSk: "X",
          tanggalSk: tgl(-1),
        })
      ).statusCode,
    ).toBe(403);
    const sk = await kirim(d.sesi.ppk, "POST", u(`/siklus/${siklus}/penetapan`), {
      nomorSk: "SK-AP-9/2026",
      tanggalSk: tgl(-1),
    });
    expect(sk.statusCode, sk.body).toBe(200);
    expect(sk.json()).toEqual({ ditetapkan: 3, tanpaAkun: 1 });

    const asal = await minta(ctx.app, d.sesi.pegawai, {
      method: "GET",
      url: `/api/instansi/${d.instansi.id}/peran-sk/saya`,
    });
    expect(asal.json().find((a: { peran: string }) => a.peran === "agen_perubahan")).toMatchObject({
      dariAdmin: false,
      sk: [{ nomorSk: "SK-AP-9/2026", langkah: "agen_perubahan" }],
    });
    const ring = (await kirim(d.sesi.pegawai, "GET", u(`/siklus/${siklus}`))).json();
    expect(ring.nominasiSaya.status).toBe("ditetapkan");
    expect(ring.jumlah).toMatchObject({ nominasi: 2, tidakTerpilih: 1, ditetapkan: 3 });
    expect(ring.skBerlaku.nomorSk).toBe("SK-AP-9/2026");
    // a decision cannot be changed while the decree appoints the agent
    const ubah = await kirim(d.sesi.tim, "POST", u(`/nominasi/${saya}/keputusan`), {
      keputusan: "tidak_terpilih",
    });
    expect(ubah.json().error.code).toBe("SUDAH_DITETAPKAN");
  });

  it("coverage per unit follows the cycle's rule", async () => {
    const c = (await kirim(d.sesi.pimpinan, "GET", u(`/siklus/${siklus}/cakupan`))).json();
    expect(c.aturan).toEqual({ minPegawai: 8, minAgen: 1 });
    // agents: pegawai 3 (unit 0), 9 (unit 1), 20 (unit 2)
    expect(c.unit.map((x: { agen: number; memadai: boolean }) => [x.agen, x.memadai])).toEqual([
      [1, true],
      [1, true],
      [1, true],
    ]);
    expect(c.memadai).toBe(true);
    await kirim(d.sesi.tim, "PUT", u(`/siklus/${siklus}/kriteria`), {
      kriteria: ["a"],
      minPegawai: 8,
      minAgen: 2,
    });
    const c2 = (await kirim(d.sesi.pimpinan, "GET", u(`/siklus/${siklus}/cakupan`))).json();
    expect([c2.unitWajib, c2.unitMemadai, c2.memadai]).toEqual([3, 0, false]);
  });

  it("assessment needs the team's instrument first; weights sum to 100; scores need evidence; the agent sees only their own", async () => {
    const agen = d.pegawaiSesi.pegawai;
    const nilai = (skor: object[], periode = "2026-T1") =>
      kirim(d.sesi.tim, "POST", u(`/penilaian/${siklus}`), { pegawaiId: agen, periode, skor });
    expect((await nilai([{ kode: "K1", level: 3, bukti: "x" }])).json().error.code).toBe(
      "INSTRUMEN_BELUM_ADA",
    );
    const salah = await kirim(d.sesi.tim, "PUT", u(`/penilaian/${siklus}/instrumen`), {
      kriteria: [{ kode: "K1", nama: "Renaksi", bobot: 50, rubrik: RUBRIK }],
    });
    expect(salah.json().error.code).toBe("BOBOT_TIDAK_100");
    const ins = await kirim(d.sesi.tim, "PUT", u(`/penilaian/${siklus}/instrumen`), {
      kriteria: [
        { kode: "K1", nama: "Capaian Renaksi", bobot: 60, rubrik: RUBRIK },
        { kode: "K2", nama: "Keteladanan", bobot: 40, rubrik: RUBRIK },
      ],
    });
    expect(ins.statusCode, ins.body).toBe(200);
    expect(ins.json().terkunci).toBe(false);

    expect((await nilai([{ kode: "K1", level: 3, bukti: "Laporan" }])).json().error.code).toBe(
      "SKOR_TIDAK_LENGKAP",
    );
    const luar = await kirim(d.sesi.tim, "POST", u(`/penilaian/${siklus}`), {
      pegawaiId: d.pegawai[17],
      periode: "2026-T1",
      skor: [
        { kode: "K1", level: 3, bukti: "a" },
        { kode: "K2", level: 3, bukti: "b" },
      ],
    });
    expect(luar.json().error.code).toBe("BUKAN_AGEN_SIKLUS");
    const ok = await nilai([
      { kode: "K1", level: 3, bukti: "Laporan renaksi triwulan I" },
      { kode: "K2", level: 4, bukti: "Observasi pimpinan unit" },
    ]);
    expect(ok.statusCode, ok.body).toBe(201);
    await kirim(d.sesi.tim, "POST", u(`/penilaian/${siklus}`), {
      pegawaiId: d.pegawai[20],
      periode: "2026-T1",
      skor: [
        { kode: "K1", level: 2, bukti: "a" },
        { kode: "K2", level: 2, bukti: "b" },
      ],
    });
    // the instrument is locked once used
    const kunci = await kirim(d.sesi.tim, "PUT", u(`/penilaian/${siklus}/instrumen`), {
      kriteria: [{ kode: "K1", nama: "x", bobot: 100, rubrik: RUBRIK }],
    });
    expect(kunci.json().error.code).toBe("INSTRUMEN_TERKUNCI");

    const semua = (await kirim(d.sesi.pimpinan, "GET", u(`/penilaian/${siklus}`))).json();
    expect(semua.total).toBe(2);
    const milik = (await kirim(d.sesi.pegawai, "GET", u(`/penilaian/${siklus}`))).json();
    expect(milik.items).toHaveLength(1);
    expect(milik.items[0]).toMatchObject({ periode: "2026-T1", nilai: 3.4 }); // 0.6·3 + 0.4·4
    const audit = await ctx.db
      .selectFrom("audit_log")
      .select("aksi")
      .where("instansi_id", "=", d.instansi.id)
      .where("aksi", "=", "agen.penilaian.baca")
      .execute();
    expect(audit.length).toBeGreaterThanOrEqual(2);
  });

  it("an agent links their own Renaksi to the cycle's targets; innovations are registered; the cycle report shows it all", async () => {
    const r = await kirim(d.sesi.pegawai, "POST", `/api/instansi/${d.instansi.id}/renaksi`, {
      judul: "Renaksi unit 1",
      mulai: tgl(0),
      selesai: tgl(90),
    });
    expect(r.statusCode, r.body).toBe(201);
    const renaksiId = r.json().id;
    const asing = await kirim(d.sesi.pegawai, "PUT", u(`/penilaian/${siklus}/renaksi`), {
      renaksiId,
      targetKode: ["T9"],
    });
    expect(asing.json().error.code).toBe("TARGET_TIDAK_DIKENAL");
    const t = await kirim(d.sesi.pegawai, "PUT", u(`/penilaian/${siklus}/renaksi`), {
      renaksiId,
      targetKode: ["T1"],
    });
    expect(t.statusCode, t.body).toBe(200);
    const bukanMilik = await kirim(d.sesi.agen, "PUT", u(`/penilaian/${siklus}/renaksi`), { renaksiId });
    expect(bukanMilik.statusCode).toBe(403);
    const daftar = (await kirim(d.sesi.tim, "GET", u(`/penilaian/${siklus}/renaksi`))).json();
    expect(daftar.items).toEqual([expect.objectContaining({ renaksiId, targetKode: ["T1"], butir: 0 })]);

    const ino = await kirim(d.sesi.pegawai, "POST", u("/inovasi"), {
      siklusId: siklus,
      sebagai: "agen_perubahan",
      judul: "Layanan tanpa tatap muka",
      uraian: "Loket daring mengurangi peluang gratifikasi",
      tanggal: tgl(-2),
    });
    expect(ino.statusCode, ino.body).toBe(201);
    const bukan = await kirim(d.sesi.pimpinan, "POST", u("/inovasi"), {
      sebagai: "agen_perubahan",
      judul: "x",
      uraian: "y",
      tanggal: tgl(-2),
    });
    expect(bukan.json().error.code).toBe("BUKAN_AGEN_SIKLUS");
    await kirim(d.sesi.pimpinan, "POST", u("/inovasi"), {
      siklusId: siklus,
      sebagai: "pimpinan",
      judul: "Apel integritas mingguan",
      uraian: "Pimpinan memimpin apel",
      tanggal: tgl(-1),
    });
    const reg = (await kirim(d.sesi.pegawai, "GET", u(`/inovasi?siklusId=${siklus}`))).json();
    expect(reg.items.map((i: { judul: string }) => i.judul)).toEqual([
      "Apel integritas mingguan",
      "Layanan tanpa tatap muka",
    ]);

    const lap = await minta(ctx.app, d.sesi.pimpinan, {
      method: "GET",
      url: urlProgram(d, `/siklus/${siklus}/laporan?format=xlsx`),
    });
    expect(lap.statusCode).toBe(200);
    const buku = new ExcelJS.Workbook();
    await buku.xlsx.load(lap.rawPayload as unknown as ArrayBuffer);
    const w = buku.getWorksheet("Agen Perubahan");
    const baris = Array.from(w?.getSheetValues() ?? [], (x) => (Array.isArray(x) ? x.slice(1) : []));
    const cari = (a: unknown) => baris.find((b) => b[0] === a);
    expect(cari("ditetapkan dengan SK yang berlaku")?.[1]).toBe(3);
    const namaAgen = (
      await ctx.db
        .selectFrom("pegawai")
        .select("nama")
        .where("id", "=", d.pegawaiSesi.pegawai)
        .executeTakeFirstOrThrow()
    ).nama;
    expect(cari(namaAgen)).toEqual([namaAgen, "2026-T1", 3.4, "0/0"]);
    expect(baris.some((b) => b[3] === "Layanan tanpa tatap muka" && b[2] === "agen perubahan")).toBe(true);
    const pdf = await minta(ctx.app, d.sesi.pimpinan, {
      method: "GET",
      url: urlProgram(d, `/siklus/${siklus}/laporan`),
    });
    expect(pdf.statusCode).toBe(200);
  });

  it("revoking the decree ends the appointment: no further assessment", async () => {
    const c = await minta(ctx.app, d.sesi.ppk, {
      method: "POST",
      url: `/api/instansi/${d.instansi.id}/peran-sk/cabut`,
      payload: { siklusId: siklus, langkah: "agen_perubahan" },
    });
    expect(c.statusCode, c.body).toBe(200);
    const r = await kirim(d.sesi.tim, "POST", u(`/penilaian/${siklus}`), {
      pegawaiId: d.pegawaiSesi.pegawai,
      periode: "2026-T2",
      skor: [
        { kode: "K1", level: 3, bukti: "a" },
        { kode: "K2", level: 3, bukti: "b" },
      ],
    });
    expect(r.json().error.code).toBe("BUKAN_AGEN_SIKLUS");
    const ring = (await kirim(d.sesi.pegawai, "GET", u(`/siklus/${siklus}`))).json();
    expect(ring.nominasiSaya.status).toBe("terpilih");
  });
});
