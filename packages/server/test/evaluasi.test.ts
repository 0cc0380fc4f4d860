/**
 * The Ministry's evaluation of each agency (BAB IV; docs/evaluasi.md): a
 * period opened by the evaluator, the agency's worksheet filled in with
 * evidence and submitted, reviewed, finalized and approved by a second
 * evaluator, rankings published with the agency's own position, and a
 * recommendation sent, answered and closed. Roles are fenced throughout.
 */
import { ISI_LKE_V1, type PertanyaanLke } from "@nurani/domain";
import { beforeAll, describe, expect, it } from "vitest";
import { tanggalDi } from "../src/umum/tanggal.ts";
import {
  buatInstansi,
  buatPengguna,
  describeOnDatabases,
  type InstansiUji,
  login,
  minta,
  type SesiUji,
} from "./support/index.ts";

function multipart(nama: string, isi: Buffer) {
  const batas = "----nurani-uji-evaluasi";
  const kepala = Buffer.from(
    `--${batas}\r\nContent-Disposition: form-data; name="file"; filename="${nama}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
  );
  return {
    payload: Buffer.concat([kepala, isi, Buffer.from(`\r\n--${batas}--\r\n`)]),
    headers: { "content-type": `multipart/form-data; boundary=${batas}` },
  };
}
const PDF = Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");

const hari = (geser: number) => tanggalDi(new Date(Date.now() + geser * 86_400_000), "Asia/Jakarta");

/** A valid answer for each answer type. */
function jawabanSah(p: PertanyaanLke): boolean | string | number {
  if (p.jenisJawaban === "ya_tidak") return true;
  if (p.jenisJawaban === "skala_ae") return "B";
  if (p.jenisJawaban === "persen") return 80;
  return p.rentang?.min ?? 1;
}

const DIJAWAB = ISI_LKE_V1.komponen.flatMap((k) => k.indikator.filter((i) => i.pengisian === "dijawab"));
const SEMUA_PERTANYAAN = ISI_LKE_V1.komponen.flatMap((k) => k.indikator.flatMap((i) => i.pertanyaan));

describeOnDatabases("evaluasi: period, worksheet, review, rankings, recommendations (BAB IV)", (t) => {
  let evaluator1: SesiUji;
  let evaluator2: SesiUji;
  let a: InstansiUji;
  let b: InstansiUji;
  let kab: InstansiUji;
  let ppkA: SesiUji;
  let adminB: SesiUji;
  let pegawaiA: SesiUji;
  let ppkKab: SesiUji;
  let periodeId = "";

  const ev = (s: SesiUji, method: "GET" | "POST" | "PUT" | "DELETE", url: string, payload?: object) =>
    minta(t.app, s, { method, url, payload });
  const lembarUrl = (i: InstansiUji, p = "") =>
    `/api/instansi/${i.id}/evaluasi/periode/${periodeId}/lembar${p}`;

  const badanPeriode = (o: Record<string, unknown> = {}) => ({
    kode: "EVAL-UJI",
    nama: "Evaluasi Uji",
    tahun: 2027,
    jenisPeserta: ["kementerian"],
    versiLke: "1",
    penilaianMandiri: { mulai: hari(-1), selesai: hari(10) },
    reviu: { mulai: hari(-1), selesai: hari(20) },
    publikasi: hari(21),
    ...o,
  });

  async function isiDanKirim(i: InstansiUji, s: SesiUji, skala: string) {
    for (const ind of DIJAWAB) {
      for (const p of ind.pertanyaan) {
        const nilai = p.jenisJawaban === "skala_ae" ? skala : jawabanSah(p);
        const r = await ev(s, "PUT", lembarUrl(i, `/jawaban/${p.kode}`), { nilai });
        expect(r.statusCode, r.body).toBe(200);
      }
      if (ind.bukti === "wajib") {
        const r = await minta(t.app, s, {
          method: "POST",
          url: lembarUrl(i, `/bukti/${ind.kode}`),
          ...multipart(`${ind.kode}.pdf`, PDF),
        });
        expect(r.statusCode, r.body).toBe(201);
      }
    }
    const k = await ev(s, "POST", lembarUrl(i, "/kirim"));
    expect(k.statusCode, k.body).toBe(200);
    return k.json();
  }

  beforeAll(async () => {
    const nas = await buatInstansi(t.db, { nasional: true });
    const e1 = await buatPengguna(t.db, [{ instansiId: nas.id, peran: "evaluator_nasional" }]);
    const e2 = await buatPengguna(t.db, [{ instansiId: nas.id, peran: "evaluator_nasional" }]);
    evaluator1 = await login(t.app, e1.username, e1.password);
    evaluator2 = await login(t.app, e2.username, e2.password);
    a = await buatInstansi(t.db);
    b = await buatInstansi(t.db);
    kab = await buatInstansi(t.db, { jenis: "kabupaten" });
    const sesi = async (i: InstansiUji, peran: "ppk" | "admin_instansi" | "pegawai") => {
      const u = await buatPengguna(t.db, [{ instansiId: i.id, peran }]);
      return login(t.app, u.username, u.password);
    };
    ppkA = await sesi(a, "ppk");
    adminB = await sesi(b, "admin_instansi");
    pegawaiA = await sesi(a, "pegawai");
    ppkKab = await sesi(kab, "ppk");
  });

  describe("periods", () => {
    it("the built-in worksheet v1 is published", async () => {
      const r = await ev(evaluator1, "GET", "/api/evaluasi/lke");
      expect(r.statusCode).toBe(200);
      expect(r.json().items).toEqual([
        expect.objectContaining({ versi: "1", status: "terbit", keadaan: "aktif", dibuatOleh: null }),
      ]);
    });

    it("agency roles cannot open or list national periods (403)", async () => {
      expect((await ev(ppkA, "POST", "/api/evaluasi/periode", badanPeriode())).statusCode).toBe(403);
      expect((await ev(adminB, "GET", "/api/evaluasi/periode")).statusCode).toBe(403);
    });

    it("refuses a bad timeline or an unpublished version with 400 and creates nothing", async () => {
      const r = await ev(
        evaluator1,
        "POST",
        "/api/evaluasi/periode",
        badanPeriode({ publikasi: hari(5), versiLke: "9" }),
      );
      expect(r.statusCode).toBe(400);
      const kode = r.json().error.details.galat.map((g: { kode: string }) => g.kode);
      expect(kode).toEqual(expect.arrayContaining(["VERSI_LKE_BELUM_TERBIT", "URUTAN_TANGGAL"]));
      const x = await ev(evaluator1, "POST", "/api/evaluasi/periode", { ...badanPeriode(), tambahan: 1 });
      expect(x.statusCode).toBe(400);
      expect((await ev(evaluator1, "GET", "/api/evaluasi/periode")).json()).toEqual([]);
    });

    it("the evaluator opens a period; participating agencies see it, others do not", async () => {
      const r = await ev(evaluator1, "POST", "/api/evaluasi/periode", badanPeriode());
      expect(r.statusCode, r.body).toBe(201);
      periodeId = r.json().id;
      expect(r.json().fase).toBe("penilaian_mandiri");
      expect(r.json().aksi).toEqual(expect.arrayContaining(["isi_lke", "reviu_lke", "kirim_rekomendasi"]));
      const dup = await ev(evaluator1, "POST", "/api/evaluasi/periode", badanPeriode());
      expect(dup.statusCode).toBe(409);
      expect((await ev(ppkA, "GET", `/api/instansi/${a.id}/evaluasi/periode`)).json()).toHaveLength(1);
      expect((await ev(ppkKab, "GET", `/api/instansi/${kab.id}/evaluasi/periode`)).json()).toHaveLength(0);
      expect(
        (await ev(ppkKab, "GET", `/api/instansi/${kab.id}/evaluasi/periode/${periodeId}/lembar`)).statusCode,
      ).toBe(404);
    });
  });

  describe("worksheet and review", () => {
    it("the agency sees its worksheet with computed indicators and what is missing; other roles are fenced", async () => {
      const r = await ev(ppkA, "GET", lembarUrl(a));
      expect(r.statusCode).toBe(200);
      const l = r.json();
      expect(l.status).toBe("draf");
      expect(l.kekurangan.length).toBeGreaterThan(0);
      expect(l.skor.total).toBe(0);
      expect(l.skor.rumus.id).toMatch(/^Nilai total = /);
      expect((await ev(pegawaiA, "GET", lembarUrl(a))).statusCode).toBe(403);
      expect((await ev(ppkA, "GET", lembarUrl(b))).statusCode).toBe(403);
      // a computed answer cannot be typed in
      const dihitung = ISI_LKE_V1.komponen[0].indikator[0].pertanyaan[0].kode;
      const x = await ev(ppkA, "PUT", lembarUrl(a, `/jawaban/${dihitung}`), { nilai: true });
      expect(x.statusCode).toBe(400);
      expect(x.json().error.code).toBe("JAWABAN_DIHITUNG_SISTEM");
    });

    it("refuses an invalid answer, a submission with gaps, and evidence that is not what it says", async () => {
      const p = DIJAWAB[0].pertanyaan[0];
      const salah = await ev(ppkA, "PUT", lembarUrl(a, `/jawaban/${p.kode}`), { nilai: "Z" });
      expect(salah.statusCode).toBe(400);
      const kirim = await ev(ppkA, "POST", lembarUrl(a, "/kirim"));
      expect(kirim.statusCode).toBe(400);
      expect(kirim.json().error.code).toBe("BELUM_DIJAWAB");
      const palsu = await minta(t.app, ppkA, {
        method: "POST",
        url: lembarUrl(a, `/bukti/${DIJAWAB[0].kode}`),
        ...multipart("bukti.pdf", Buffer.from("bukan pdf")),
      });
      expect(palsu.statusCode).toBe(415);
      expect(
        (await ev(evaluator1, "PUT", lembarUrl(a, `/jawaban/${p.kode}`), { nilai: "A" })).statusCode,
      ).toBe(403);
    });

    it("both agencies fill in and submit with evidence; the self-assessed score shows its formula", async () => {
      const la = await isiDanKirim(a, ppkA, "A");
      expect(la.status).toBe("dikirim");
      expect(la.skorMandiri.total).toBeGreaterThan(0);
      expect(la.bukti.length).toBe(DIJAWAB.filter((i) => i.bukti === "wajib").length);
      const lb = await isiDanKirim(b, adminB, "D");
      expect(lb.skorMandiri.total).toBeLessThan(la.skorMandiri.total);
      // submitted: no more edits
      const p = DIJAWAB[0].pertanyaan[0];
      expect(
        (await ev(ppkA, "PUT", lembarUrl(a, `/jawaban/${p.kode}`), { nilai: jawabanSah(p) })).statusCode,
      ).toBe(409);
      // the evidence can be downloaded by the evaluator
      const f = await minta(t.app, evaluator1, {
        method: "GET",
        url: `/api/instansi/${a.id}/evaluasi/periode/${periodeId}/berkas/${la.bukti[0].id}`,
      });
      expect(f.statusCode).toBe(200);
      expect(f.rawPayload.subarray(0, 5).toString()).toBe("%PDF-");
    });

    it("the evaluator asks for clarification; the agency answers in the thread", async () => {
      const kode = DIJAWAB[0].kode;
      const url = `/api/instansi/${a.id}/evaluasi/periode/${periodeId}/klarifikasi`;
      expect(
        (await ev(evaluator1, "POST", url, { kodeIndikator: kode, isi: "Mohon lampirkan SK." })).statusCode,
      ).toBe(201);
      expect(
        (await ev(ppkA, "POST", url, { kodeIndikator: kode, isi: "SK sudah dilampirkan." })).statusCode,
      ).toBe(201);
      expect((await ev(ppkA, "POST", url, { kodeIndikator: "ZZ9", isi: "x" })).statusCode).toBe(400);
      const l = (await ev(ppkA, "GET", lembarUrl(a))).json();
      expect(l.klarifikasi.map((k: { dari: string }) => k.dari)).toEqual(["evaluator", "instansi"]);
    });

    it("review: an adjustment needs a note; only evaluators review; finalize needs every answer reviewed", async () => {
      const p = DIJAWAB[0].pertanyaan[0].kode;
      const tanpa = await ev(evaluator1, "POST", lembarUrl(a, `/reviu/${p}`), {
        keputusan: "disesuaikan",
        skor: 0.5,
        catatan: "",
      });
      expect(tanpa.statusCode).toBe(400);
      expect(tanpa.json().error.code).toBe("CATATAN_WAJIB");
      expect(
        (await ev(ppkA, "POST", lembarUrl(a, `/reviu/${p}`), { keputusan: "diterima" })).statusCode,
      ).toBe(403);
      expect((await ev(evaluator1, "POST", lembarUrl(a, "/finalisasi"))).json().error.code).toBe(
        "BELUM_DIREVIU",
      );
    });

    it("the evaluator reviews and finalizes; the same evaluator cannot approve; a second one does", async () => {
      for (const [i, turun] of [
        [a, true],
        [b, false],
      ] as const) {
        for (const p of SEMUA_PERTANYAAN) {
          const body =
            turun && p.kode === DIJAWAB[0].pertanyaan[0].kode
              ? {
                  keputusan: "disesuaikan",
                  skor: 0,
                  catatan: "Bukti tidak ditandatangani pejabat berwenang.",
                }
              : { keputusan: "diterima" };
          const r = await ev(evaluator1, "POST", lembarUrl(i, `/reviu/${p.kode}`), body);
          expect(r.statusCode, r.body).toBe(200);
        }
        const f = await ev(evaluator1, "POST", lembarUrl(i, "/finalisasi"));
        expect(f.statusCode, f.body).toBe(200);
        const sendiri = await ev(evaluator1, "POST", lembarUrl(i, "/setujui"));
        expect(sendiri.statusCode).toBe(400);
        expect(sendiri.json().error.code).toBe("PENYETUJU_ADALAH_PEMFINALISASI");
        const s = await ev(evaluator2, "POST", lembarUrl(i, "/setujui"));
        expect(s.statusCode, s.body).toBe(200);
        expect(s.json().status).toBe("disetujui");
      }
      const la = (await ev(ppkA, "GET", lembarUrl(a))).json();
      expect(la.skor.disesuaikan).toBe(1);
      expect(la.skor.total).toBeLessThan(la.skorMandiri.total);
      const antre = await ev(evaluator1, "GET", `/api/evaluasi/periode/${periodeId}/lembar?status=disetujui`);
      expect(antre.json().total).toBe(2);
      expect(antre.json().items[0].skorAkhir).not.toBeNull();
    });
  });

  describe("rankings and recommendations", () => {
    it("rankings publish only from the publication date; then the agency sees its own position only", async () => {
      expect(
        (await ev(evaluator1, "POST", `/api/evaluasi/periode/${periodeId}/peringkat/terbitkan`)).statusCode,
      ).toBe(409);
      const pos0 = (
        await ev(ppkA, "GET", `/api/instansi/${a.id}/evaluasi/periode/${periodeId}/posisi`)
      ).json();
      expect(pos0.terbit).toBe(false);
      // the calendar moves on: the whole timeline is now in the past
      await t.db
        .updateTable("periode_evaluasi")
        .set({
          mandiri_mulai: hari(-40),
          mandiri_selesai: hari(-30),
          reviu_mulai: hari(-30),
          reviu_selesai: hari(-2),
          publikasi: hari(-1),
        })
        .where("id", "=", periodeId)
        .execute();
      const pr = (await ev(evaluator1, "GET", `/api/evaluasi/periode/${periodeId}/peringkat`)).json();
      expect(pr.items).toHaveLength(2);
      expect(pr.items[0].peringkat).toBe(1);
      expect(pr.items.map((x: { rentang: string }) => x.rentang)).toEqual(["1", "2"]);
      expect(pr.penjelasan).toMatch(/tumpang tindih/);
      expect(
        (await ev(adminB, "POST", `/api/evaluasi/periode/${periodeId}/peringkat/terbitkan`)).statusCode,
      ).toBe(403);
      const t1 = await ev(evaluator1, "POST", `/api/evaluasi/periode/${periodeId}/peringkat/terbitkan`);
      expect(t1.statusCode, t1.body).toBe(200);
      expect(t1.json().peringkatTerbit).not.toBeNull();
      const pos = (
        await ev(adminB, "GET", `/api/instansi/${b.id}/evaluasi/periode/${periodeId}/posisi`)
      ).json();
      expect(pos.terbit).toBe(true);
      expect(pos.posisi.instansiId).toBe(b.id);
      expect(pos.jumlahSekategori).toBe(2);
      expect(pos.distribusi[0].n).toBe(2);
      expect(JSON.stringify(pos)).not.toContain(a.id);
    });

    it("a recommendation is sent, answered with evidence, closed; overdue ones are flagged", async () => {
      const url = `/api/instansi/${b.id}/evaluasi/periode/${periodeId}/rekomendasi`;
      const kode = DIJAWAB[0].kode;
      expect(
        (await ev(adminB, "POST", url, { kodeIndikator: kode, isi: "Perbaiki SK tim.", tenggat: hari(30) }))
          .statusCode,
      ).toBe(403);
      const salah = await ev(evaluator1, "POST", url, {
        kodeIndikator: "ZZ",
        isi: "pendek",
        tenggat: hari(-3),
      });
      expect(salah.statusCode).toBe(400);
      const r = await ev(evaluator1, "POST", url, {
        kodeIndikator: kode,
        isi: "Tetapkan ulang SK tim oleh PPK dan unggah salinannya.",
        tenggat: hari(30),
      });
      expect(r.statusCode, r.body).toBe(201);
      const id = r.json().id;
      // an overdue one (its due date passed while waiting for the agency)
      const lama = await ev(evaluator1, "POST", url, {
        kodeIndikator: kode,
        isi: "Lengkapi daftar hadir kegiatan kampanye.",
        tenggat: hari(0),
      });
      await t.db
        .updateTable("rekomendasi_evaluasi")
        .set({ tenggat: hari(-3) })
        .where("id", "=", lama.json().id)
        .execute();
      const daftar = (await ev(adminB, "GET", `/api/instansi/${b.id}/evaluasi/rekomendasi`)).json();
      expect(daftar.find((x: { id: string }) => x.id === lama.json().id).terlambat).toBe(true);
      expect(daftar.find((x: { id: string }) => x.id === id).terlambat).toBe(false);
      const bukti = (
        await ev(adminB, "GET", `/api/instansi/${b.id}/evaluasi/periode/${periodeId}/lembar`)
      ).json().bukti[0].id;
      const j = await ev(adminB, "POST", `/api/instansi/${b.id}/evaluasi/rekomendasi/${id}/jawab`, {
        tindakan: "SK baru ditetapkan PPK tanggal 3; salinan terlampir.",
        bukti: [bukti],
      });
      expect(j.statusCode, j.body).toBe(200);
      expect(j.json().status).toBe("dijawab");
      expect(
        (await ev(adminB, "POST", `/api/instansi/${b.id}/evaluasi/rekomendasi/${id}/tutup`, {})).statusCode,
      ).toBe(403);
      const c = await ev(evaluator1, "POST", `/api/instansi/${b.id}/evaluasi/rekomendasi/${id}/tutup`, {});
      expect(c.json().status).toBe("ditutup");
      const lagi = await ev(evaluator1, "POST", `/api/instansi/${b.id}/evaluasi/rekomendasi/${id}/tutup`, {});
      expect(lagi.statusCode).toBe(409);
      // reopened with a reason and a new due date; answering it with unknown evidence is refused
      const rek = `/api/instansi/${b.id}/evaluasi/rekomendasi/${id}`;
      const pendek = await ev(evaluator1, "POST", `${rek}/buka-kembali`, { catatan: "x", tenggat: hari(14) });
      expect([pendek.statusCode, pendek.json().error.code]).toEqual([400, "CATATAN_WAJIB"]);
      const buka = await ev(evaluator1, "POST", `${rek}/buka-kembali`, {
        catatan: "Salinan SK yang diunggah belum ditandatangani.",
        tenggat: hari(14),
      });
      expect(buka.statusCode, buka.body).toBe(200);
      expect(buka.json()).toMatchObject({ status: "dibuka_kembali", tenggat: hari(14) });
      const asing = await ev(adminB, "POST", `${rek}/jawab`, {
        tindakan: "SK ditandatangani ulang; salinan terlampir.",
        bukti: ["00000000-0000-4000-8000-000000000000"],
      });
      expect([asing.statusCode, asing.json().error.code]).toEqual([400, "BUKTI_TIDAK_DIKENAL"]);
      // another agency cannot see or answer it
      expect(
        (
          await ev(ppkA, "POST", `/api/instansi/${b.id}/evaluasi/rekomendasi/${id}/jawab`, {
            tindakan: "x".repeat(20),
          })
        ).statusCode,
      ).toBe(403);
      expect(
        (
          await ev(ppkA, "POST", `/api/instansi/${a.id}/evaluasi/rekomendasi/${id}/jawab`, {
            tindakan: "x".repeat(20),
          })
        ).statusCode,
      ).toBe(404);
    });
  });
});
