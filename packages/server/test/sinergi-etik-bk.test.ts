/**
 * Conflict-of-interest declarations (docs/kode-etik.md; Tabel 2 II "sistem
 * integritas"): an employee declares, the direct superior from the unit tree
 * decides within the working-day deadline, the declarant sees the decision;
 * panel requests land on the members' to-do; only the register's handlers
 * read the register, every read audited; the synergy panel's figures.
 */
import { tambahHariKerja } from "@nurani/domain";
import { beforeAll, expect, it } from "vitest";
import { seedEtikDemo } from "../src/demo/etik.ts";
import { tanggalDi } from "../src/umum/tanggal.ts";
import { type AgensiEtik, buatAgensiEtik, jumlahAudit, panggil } from "./sinergi-etik-bantu.ts";
import { describeOnDatabases } from "./support/index.ts";

describeOnDatabases("sinergi: conflict-of-interest declarations", (ctx) => {
  let g: AgensiEtik;
  const api = panggil(ctx);
  const url = (s = "") => `/api/instansi/${g.a.id}/benturan-kepentingan${s}`;
  const hariIni = () => tanggalDi(new Date());

  async function deklarasi(i: number, jenis = "keluarga_pengadaan") {
    const r = await api(g.staf[i], "POST", url("/saya"), {
      jenis,
      uraian: "Adik ipar saya direktur salah satu calon penyedia.",
      pihakTerkait: "CV Maju Jaya",
    });
    expect(r.statusCode, r.body).toBe(201);
    return r.json();
  }

  beforeAll(async () => {
    g = await buatAgensiEtik(ctx);
  });

  it("routes a declaration to the direct superior with a deadline of 5 working days; the superior decides and the declarant sees it", async () => {
    const d = await deklarasi(0);
    expect(d).toMatchObject({
      status: "menunggu",
      atasan: { id: g.kepala.pegawaiId },
      tenggat: tambahHariKerja(hariIni(), 5, new Set()),
      keputusan: null,
    });
    // employees of the child unit without a head of their own go to the head above
    const b = await api(g.stafB[0], "POST", url("/saya"), {
      jenis: "pekerjaan_luar",
      uraian: "Mengajar di kampus swasta.",
    });
    expect(b.json().atasan.id).toBe(g.kepala.pegawaiId);

    const todo = await api(g.kepala, "GET", url("/keputusan?status=menunggu"));
    expect(todo.json().items.map((x: { id: string }) => x.id)).toContain(d.id);
    expect((await api(g.kepala, "GET", url("/saya"))).json().jumlahMenungguKeputusan).toBe(2);

    const bukan = await api(g.staf[1], "POST", url(`/keputusan/${d.id}`), { keputusan: "tanpa_tindakan" });
    expect(bukan.statusCode).toBe(403);
    expect(bukan.json().error.code).toBe("BUKAN_ATASAN");
    const ok = await api(g.kepala, "POST", url(`/keputusan/${d.id}`), {
      keputusan: "pengunduran_diri",
      catatan: "Tidak ikut menilai penawaran CV Maju Jaya.",
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({
      status: "diputuskan",
      keputusan: "pengunduran_diri",
      terlambat: false,
    });
    const dua = await api(g.kepala, "POST", url(`/keputusan/${d.id}`), { keputusan: "tanpa_tindakan" });
    expect(dua.json().error.code).toBe("SUDAH_DIPUTUSKAN");

    const saya = (await api(g.staf[0], "GET", url("/saya"))).json();
    expect(saya.deklarasi[0]).toMatchObject({
      id: d.id,
      keputusan: "pengunduran_diri",
      catatanKeputusan: "Tidak ikut menilai penawaran CV Maju Jaya.",
    });
    expect(await jumlahAudit(ctx, g.a.id, "bk_deklarasi.putuskan", g.kepala.penggunaId)).toBe(1);
  });

  it("uses the agency's configured deadline", async () => {
    const r = await api(g.peran.get("admin_instansi"), "PUT", url("/pengaturan"), { tenggatHariKerja: 3 });
    expect(r.statusCode, r.body).toBe(200);
    const d = await deklarasi(1, "kepemilikan_saham");
    expect(d.tenggat).toBe(tambahHariKerja(hariIni(), 3, new Set()));
    await api(g.peran.get("admin_instansi"), "PUT", url("/pengaturan"), { tenggatHariKerja: 5 });
  });

  it("asks a panel's members to declare: the request is on their to-do until answered, 'none' only answers a request", async () => {
    const ppk = g.peran.get("ppk");
    const r = await api(ppk, "POST", url("/permintaan"), {
      judul: "Pokja pengadaan server 2026",
      jenis: "pengadaan",
      pegawaiIds: [g.staf[2].pegawaiId, g.staf[3].pegawaiId],
    });
    expect(r.statusCode, r.body).toBe(201);
    const pid = r.json().id;
    const todo = (await api(g.staf[2], "GET", url("/saya"))).json();
    expect(todo.permintaan.map((p: { id: string }) => p.id)).toEqual([pid]);
    expect((await api(g.staf[4], "GET", url("/saya"))).json().permintaan).toEqual([]);

    const nihilSendiri = await api(g.staf[4], "POST", url("/saya"), { jenis: "nihil", uraian: "Tidak ada." });
    expect(nihilSendiri.json().error.code).toBe("NIHIL_TANPA_PERMINTAAN");
    const bukanUntuk = await api(g.staf[4], "POST", url("/saya"), {
      jenis: "nihil",
      uraian: "x",
      permintaanId: pid,
    });
    expect(bukanUntuk.statusCode).toBe(404);

    const jawab = await api(g.staf[2], "POST", url("/saya"), {
      jenis: "nihil",
      uraian: "Tidak ada.",
      permintaanId: pid,
    });
    expect(jawab.json()).toMatchObject({
      status: "nihil",
      atasan: null,
      tenggat: null,
      permintaan: { id: pid },
    });
    expect((await api(g.staf[2], "GET", url("/saya"))).json().permintaan).toEqual([]);
    const daftar = (await api(ppk, "GET", url("/permintaan"))).json().items;
    expect(daftar.find((p: { id: string }) => p.id === pid)).toMatchObject({
      jumlahPegawai: 2,
      jumlahMenjawab: 1,
    });
  });

  it("refuses every role outside the register's handlers on every register route; one declaration only to its declarant and superior", async () => {
    const d = await deklarasi(5, "hadiah_jamuan");
    const register = ["admin_instansi", "ppk", "apip"];
    const minta = ["admin_instansi", "ppk"];
    for (const [p, o] of [...g.peran, ["pegawai-berdata", g.staf[4]] as const]) {
      const ok = (daftar: string[]) => (daftar.includes(p) ? 200 : 403);
      expect((await api(o, "GET", url())).statusCode, `${p} register`).toBe(ok(register));
      expect((await api(o, "GET", url("/permintaan"))).statusCode, `${p} permintaan`).toBe(ok(register));
      expect((await api(o, "GET", url("/pengaturan"))).statusCode, `${p} pengaturan`).toBe(ok(register));
      if (!minta.includes(p))
        expect(
          (
            await api(o, "POST", url("/permintaan"), {
              judul: "x",
              jenis: "seleksi",
              pegawaiIds: [g.staf[0].pegawaiId],
            })
          ).statusCode,
          `${p} minta`,
        ).toBe(403);
      if (p !== "admin_instansi")
        expect(
          (await api(o, "PUT", url("/pengaturan"), { tenggatHariKerja: 5 })).statusCode,
          `${p} atur`,
        ).toBe(403);
      const satu = await api(o, "GET", url(`/${d.id}`));
      expect(satu.statusCode, `${p} satu`).toBe(
        register.includes(p) ? 200 : p === "evaluator_nasional" ? 403 : 404,
      );
      const putus = await api(o, "POST", url(`/keputusan/${d.id}`), { keputusan: "tanpa_tindakan" });
      expect(putus.statusCode, `${p} putus`).toBe(403);
    }
    expect((await api(g.staf[5], "GET", url(`/${d.id}`))).statusCode).toBe(200);
    expect((await api(g.kepala, "GET", url(`/${d.id}`))).statusCode).toBe(200);

    const apip = g.peran.get("apip");
    const sebelum = await jumlahAudit(ctx, g.a.id, "bk_deklarasi.daftar", apip?.penggunaId);
    const r = await api(apip, "GET", url(`?unitId=${g.unitA}`));
    expect(r.json().items.length).toBeGreaterThan(0);
    expect(r.json().items.every((x: { unit: string }) => x.unit === "Unit A")).toBe(true);
    expect(await jumlahAudit(ctx, g.a.id, "bk_deklarasi.daftar", apip?.penggunaId)).toBe(sebelum + 1);
    expect(await jumlahAudit(ctx, g.a.id, "bk_deklarasi.baca", g.kepala.penggunaId)).toBeGreaterThan(0);
  });

  it("gives the synergy panel its figures: coverage, declarations (without 'none'), % decided by the deadline", async () => {
    const sebelum = (
      await api(g.peran.get("pimpinan"), "GET", `/api/instansi/${g.a.id}/etik/ringkasan`)
    ).json();
    // one declaration past its deadline and still pending, one decided late
    const lewat = await deklarasi(3, "lainnya");
    const telat = await deklarasi(4, "lainnya");
    await ctx.db
      .updateTable("bk_deklarasi")
      .set({ tenggat: "2020-01-01" })
      .where("id", "in", [lewat.id, telat.id])
      .execute();
    await api(g.kepala, "POST", url(`/keputusan/${telat.id}`), { keputusan: "penugasan_ulang" });
    const r = await api(g.peran.get("pimpinan"), "GET", `/api/instansi/${g.a.id}/etik/ringkasan`);
    expect(r.statusCode, r.body).toBe(200);
    const s = r.json();
    expect(s.benturan.jumlah).toBe(sebelum.benturan.jumlah + 2);
    expect(s.benturan.jatuhTempo).toBe(sebelum.benturan.jatuhTempo + 2);
    expect(s.benturan.tepatWaktu).toBe(sebelum.benturan.tepatWaktu);
    // 3 declarations due, fewer than the agency's k (5 by default): the share would describe the
    // people who declared (docs/sinergi.md), so only the counts are given
    expect(s.benturan).toMatchObject({ diputuskan: 2, tepatWaktu: 1, jatuhTempo: 3, persenTepatWaktu: null });
    expect(s.kodeEtik).toMatchObject({ jumlahPegawai: 9, persen: null, versi: null });
    // with k = 3 the share is shown
    await ctx.db
      .insertInto("pengaturan_hasil")
      .values({ instansi_id: g.a.id, k_minimum: 3 })
      .onConflict((oc) => oc.column("instansi_id").doUpdateSet({ k_minimum: 3 }))
      .execute();
    const k3 = (await api(g.peran.get("pimpinan"), "GET", `/api/instansi/${g.a.id}/etik/ringkasan`)).json();
    expect(k3.benturan.persenTepatWaktu).toBe(33.3);
    await ctx.db.deleteFrom("pengaturan_hasil").where("instansi_id", "=", g.a.id).execute();
    expect(
      (await api(g.peran.get("pegawai"), "GET", `/api/instansi/${g.a.id}/etik/ringkasan`)).statusCode,
    ).toBe(403);
  });
  it("seeds a demo: a published code with a quiz, attestations (not the demo employee's), one decided and one pending declaration", async () => {
    const b = await buatAgensiEtik(ctx);
    await ctx.db
      .updateTable("pengguna")
      .set({ username: "pegawai" })
      .where("id", "=", b.staf[0].penggunaId)
      .execute();
    await ctx.db.transaction().execute((trx) => seedEtikDemo(trx, b.a.id, new Date(), "x"));
    const kode = (await api(b.staf[0], "GET", `/api/instansi/${b.a.id}/kode-etik/saya`)).json();
    expect(kode.kode.soal.length).toBeGreaterThan(0);
    expect(kode.atestasi).toBeNull();
    const todo = (
      await api(b.kepala, "GET", `/api/instansi/${b.a.id}/benturan-kepentingan/keputusan`)
    ).json();
    expect(todo.items.map((x: { status: string }) => x.status).sort()).toEqual(["diputuskan", "menunggu"]);
    const s = (await api(b.peran.get("pimpinan"), "GET", `/api/instansi/${b.a.id}/etik/ringkasan`)).json();
    expect(s.kodeEtik).toMatchObject({ versi: 1, jumlahPegawai: 9, jumlahAtestasi: 7 });
    expect(s.benturan).toMatchObject({ jumlah: 2, diputuskan: 1, menunggu: 1 });
  });
});
