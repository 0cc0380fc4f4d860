/**
 * Code of ethics (docs/kode-etik.md; Tabel 2 II, BAB II.E): drafts, adoption by
 * decree, immutable published versions, the yearly attestation with its quiz
 * (a new version asks again), coverage per unit aggregated with k, and the
 * attestation register read only by its handlers, every read audited.
 */
import { sql } from "kysely";
import { beforeAll, expect, it } from "vitest";
import { type AgensiEtik, buatAgensiEtik, jumlahAudit, panggil } from "./sinergi-etik-bantu.ts";
import { describeOnDatabases } from "./support/index.ts";

const SOAL = [
  {
    pertanyaan: "Hadiah dari penyedia jasa sebaiknya…",
    pilihan: ["Diterima", "Ditolak dan dilaporkan"],
    kunci: 1,
  },
  {
    pertanyaan: "Benturan kepentingan dideklarasikan kepada…",
    pilihan: ["Atasan langsung", "Rekan"],
    kunci: 0,
  },
];

describeOnDatabases("sinergi: code of ethics and yearly attestation", (ctx) => {
  let g: AgensiEtik;
  const api = panggil(ctx);
  const url = (s = "") => `/api/instansi/${g.a.id}/kode-etik${s}`;
  const admin = () => g.peran.get("admin_instansi");

  async function terbitkan(judul: string, soal = SOAL) {
    const d = await api(admin(), "POST", url(), {
      judul,
      isi: `# ${judul}\n\nIntegritas.`,
      soal,
      nilaiLulus: 100,
    });
    expect(d.statusCode, d.body).toBe(201);
    const t = await api(admin(), "POST", url(`/${d.json().id}/terbit`), {
      nomorSk: `800/${judul}/2026`,
      tanggalSk: "2026-01-05",
      berkas: {
        nama: "sk.pdf",
        jenis: "application/pdf",
        isiBase64: Buffer.from("%PDF-1.4 uji").toString("base64"),
      },
    });
    expect(t.statusCode, t.body).toBe(200);
    return t.json() as { id: string; versi: number };
  }

  beforeAll(async () => {
    g = await buatAgensiEtik(ctx);
  });

  it("drafts, edits, adopts by decree with a file; a published version cannot change, even in the database", async () => {
    const d = await api(admin(), "POST", url(), { judul: "Draf", isi: "Teks", soal: SOAL });
    expect(d.statusCode, d.body).toBe(201);
    expect(d.json()).toMatchObject({ status: "draf", versi: null, jumlahSoal: 2 });
    const salah = await api(admin(), "PUT", url(`/${d.json().id}`), {
      judul: "Draf",
      isi: "Teks",
      soal: [{ pertanyaan: "?", pilihan: ["a", "b"], kunci: 2 }],
    });
    expect(salah.json().error.code).toBe("KUNCI_TIDAK_SAH");
    const ubah = await api(admin(), "PUT", url(`/${d.json().id}`), {
      judul: "Kode Etik v1",
      isi: "Teks baru",
      soal: SOAL,
    });
    expect(ubah.statusCode, ubah.body).toBe(200);
    const palsu = await api(admin(), "POST", url(`/${d.json().id}/terbit`), {
      nomorSk: "1",
      tanggalSk: "2026-01-05",
      berkas: {
        nama: "sk.pdf",
        jenis: "application/pdf",
        isiBase64: Buffer.from("bukan pdf").toString("base64"),
      },
    });
    expect(palsu.json().error.code).toBe("BERKAS_DITOLAK");
    const t = await api(admin(), "POST", url(`/${d.json().id}/terbit`), {
      nomorSk: "800/1/2026",
      tanggalSk: "2026-01-05",
      berkas: {
        nama: "sk.pdf",
        jenis: "application/pdf",
        isiBase64: Buffer.from("%PDF-1.4 x").toString("base64"),
      },
    });
    expect(t.json()).toMatchObject({ status: "terbit", versi: 1, nomorSk: "800/1/2026", adaBerkas: true });
    const lagi = await api(admin(), "PUT", url(`/${d.json().id}`), { judul: "X", isi: "Y", soal: [] });
    expect(lagi.statusCode).toBe(409);
    expect(lagi.json().error.code).toBe("SUDAH_TERBIT");
    await expect(
      ctx.db
        .updateTable("kode_etik")
        .set({ isi: "diubah diam-diam" })
        .where("id", "=", d.json().id)
        .execute(),
    ).rejects.toThrow(/sudah terbit/);
    const f = await api(g.staf[0], "GET", url(`/${d.json().id}/berkas-sk`));
    expect(f.statusCode).toBe(200);
    expect(f.body).toContain("%PDF-");
  });

  it("an employee reads the code without the answer key, fails then passes the quiz, and attests once a year", async () => {
    const k = await terbitkan("Kode Etik v2");
    const s = g.staf[1];
    const saya = await api(s, "GET", url("/saya"));
    expect(saya.statusCode, saya.body).toBe(200);
    expect(saya.json()).toMatchObject({ kode: { id: k.id, versi: k.versi }, atestasi: null });
    expect(saya.body).not.toContain('"kunci"');
    const gagal = await api(s, "POST", url("/saya/atestasi"), { kodeId: k.id, paham: true, jawaban: [0, 0] });
    expect(gagal.statusCode).toBe(201);
    expect(gagal.json()).toMatchObject({ tercatat: false, lulus: false, skor: 50, salah: [0] });
    expect((await api(s, "GET", url("/saya"))).json().atestasi).toBeNull();
    const kurang = await api(s, "POST", url("/saya/atestasi"), { kodeId: k.id, paham: true, jawaban: [1] });
    expect(kurang.json().error.code).toBe("JAWABAN_TIDAK_LENGKAP");
    const ok = await api(s, "POST", url("/saya/atestasi"), { kodeId: k.id, paham: true, jawaban: [1, 0] });
    expect(ok.json()).toMatchObject({ tercatat: true, lulus: true, skor: 100 });
    expect((await api(s, "GET", url("/saya"))).json().atestasi).toMatchObject({ skor: 100 });
    // attesting twice in a year records one attestation
    await api(s, "POST", url("/saya/atestasi"), { kodeId: k.id, paham: true, jawaban: [1, 0] });
    const n = await ctx.db
      .selectFrom("kode_etik_atestasi")
      .select(sql<number>`count(*)::int`.as("n"))
      .where("kode_id", "=", k.id)
      .executeTakeFirstOrThrow();
    expect(n.n).toBe(1);
    expect(await jumlahAudit(ctx, g.a.id, "kode_etik_atestasi.baca_sendiri", s.penggunaId)).toBeGreaterThan(
      0,
    );
  });

  it("a new version asks for attestation again; attesting a superseded version is refused", async () => {
    const lama = await terbitkan("Kode Etik v3", []);
    const s = g.staf[2];
    expect((await api(s, "POST", url("/saya/atestasi"), { kodeId: lama.id, paham: true })).statusCode).toBe(
      201,
    );
    expect((await api(s, "GET", url("/saya"))).json().atestasi).not.toBeNull();
    const baru = await terbitkan("Kode Etik v4", []);
    expect(baru.versi).toBe(lama.versi + 1);
    const saya = (await api(s, "GET", url("/saya"))).json();
    expect(saya.kode.id).toBe(baru.id);
    expect(saya.atestasi).toBeNull();
    expect(saya.riwayat).toHaveLength(1);
    const usang = await api(s, "POST", url("/saya/atestasi"), { kodeId: lama.id, paham: true });
    expect(usang.json().error.code).toBe("BUKAN_VERSI_BERLAKU");
  });

  it("shows coverage per unit to supervisors and leaders, hiding units smaller than k (and a complement that would reveal them)", async () => {
    const k = (await api(admin(), "GET", url())).json().items[0];
    for (const o of [g.kepala, ...g.staf.slice(0, 3), g.stafB[0]])
      expect((await api(o, "POST", url("/saya/atestasi"), { kodeId: k.id, paham: true })).statusCode).toBe(
        201,
      );
    const c = await api(g.peran.get("pimpinan"), "GET", url("/cakupan"));
    expect(c.statusCode, c.body).toBe(200);
    const b = c.json();
    expect(b).toMatchObject({ k: 5, versi: k.versi, jumlahPegawai: 9, jumlahAtestasi: 5, persen: 55.6 });
    const unitA = b.unit.find((u: { unitId: string }) => u.unitId === g.unitA);
    const unitB = b.unit.find((u: { unitId: string }) => u.unitId === g.unitB);
    expect(unitB).toMatchObject({
      jumlahPegawai: 2,
      jumlahAtestasi: null,
      persen: null,
      disembunyikan: true,
    });
    // A (7) minus the total (9) would reveal B (2 < k): A is hidden too
    expect(unitA).toMatchObject({ jumlahPegawai: 7, jumlahAtestasi: null, disembunyikan: true });
    expect((await api(g.peran.get("tim_supervisi"), "GET", url("/cakupan"))).statusCode).toBe(200);
    for (const p of ["pegawai", "agen_perubahan", "pengelola_wbs"] as const)
      expect((await api(g.peran.get(p), "GET", url("/cakupan"))).statusCode).toBe(403);
  });

  it("refuses every role outside the attestation register's handlers, and audits each read of it", async () => {
    const kode = (await api(admin(), "GET", url())).json().items[0];
    const tulis = ["admin_instansi", "tim_supervisi"];
    const register = ["admin_instansi", "ppk", "apip"];
    for (const [p, o] of [...g.peran, ["pegawai-berdata", g.staf[0]] as const]) {
      const r = await api(o, "GET", url("/atestasi"));
      expect(r.statusCode, `${p} GET atestasi`).toBe(register.includes(p) ? 200 : 403);
      if (!tulis.includes(p)) {
        expect((await api(o, "POST", url(), { judul: "x", isi: "y" })).statusCode, `${p} POST`).toBe(403);
        expect(
          (await api(o, "PUT", url(`/${kode.id}`), { judul: "x", isi: "y" })).statusCode,
          `${p} PUT`,
        ).toBe(403);
        expect(
          (await api(o, "POST", url(`/${kode.id}/terbit`), { nomorSk: "1", tanggalSk: "2026-01-01" }))
            .statusCode,
          `${p} terbit`,
        ).toBe(403);
      }
    }
    const apip = g.peran.get("apip");
    const sebelum = await jumlahAudit(ctx, g.a.id, "kode_etik_atestasi.daftar", apip?.penggunaId);
    const r = await api(apip, "GET", url("/atestasi"));
    expect(r.json().items.length).toBeGreaterThan(0);
    expect(r.json().items[0]).toHaveProperty("nip");
    expect(await jumlahAudit(ctx, g.a.id, "kode_etik_atestasi.daftar", apip?.penggunaId)).toBe(sebelum + 1);
  });
});
