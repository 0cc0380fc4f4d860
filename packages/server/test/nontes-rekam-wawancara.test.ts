import { instrumenBars, type JenisPenilai, KODE_SUBDIMENSI } from "@nurani/domain";
import { beforeAll, expect, it } from "vitest";
import type { Db } from "../src/db/factory.ts";
import { catatEntriRekamJejak, fitur } from "../src/fitur/nontes/index.ts";
import { klaimJob, selesaikanJob } from "../src/jobs/queue.ts";
import { buatOrang, buatPegawai, buatUnit, type OrangUji } from "./komunitas-bantu.ts";
import { buatInstansi, describeOnDatabases, type InstansiUji, minta } from "./support/index.ts";

const jobs = fitur.jobs ?? {};

function multipart(nama: string, isi: Buffer) {
  const batas = "----nurani-uji-rekam";
  const kepala = Buffer.from(
    `--${batas}\r\nContent-Disposition: form-data; name="file"; filename="${nama}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
  );
  return {
    payload: Buffer.concat([kepala, isi, Buffer.from(`\r\n--${batas}--\r\n`)]),
    headers: { "content-type": `multipart/form-data; boundary=${batas}` },
  };
}
const PDF = Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
async function jalankanJob(db: Db) {
  for (;;) {
    const job = await klaimJob(db, Object.keys(jobs), "pekerja-uji");
    if (!job) return;
    const h = await jobs[job.jenis](job, {
      db,
      progres: async () => {},
      signal: new AbortController().signal,
    });
    await selesaikanJob(db, job.id, h);
  }
}

describeOnDatabases(
  "nontes: track record and structured interview as sources of the combined level",
  (ctx) => {
    let a: InstansiUji;
    let tim: OrangUji;
    let timB: OrangUji;
    const orang: OrangUji[] = [];
    let unit: string;
    let pimpinan: string;
    const anggota: string[] = [];
    let wawancaraId: string;
    const url = (p: string) => `/api/instansi/${a.id}${p}`;
    const aksi = async (nama: string) =>
      (
        await ctx.db
          .selectFrom("audit_log")
          .select(["objek_id"])
          .where("instansi_id", "=", a.id)
          .where("aksi", "=", nama)
          .execute()
      ).map((x) => x.objek_id);

    beforeAll(async () => {
      a = await buatInstansi(ctx.db);
      const b = await buatInstansi(ctx.db);
      const akar = await buatUnit(ctx.db, a.id, "K");
      unit = await buatUnit(ctx.db, a.id, "A", akar);
      pimpinan = await buatPegawai(ctx.db, a.id, unit, "Pimpinan A");
      await ctx.db
        .updateTable("pegawai")
        .set({ jenis_jabatan: "struktural" })
        .where("id", "=", pimpinan)
        .execute();
      for (let i = 0; i < 5; i++) anggota.push(await buatPegawai(ctx.db, a.id, unit, `Anggota ${i}`));
      for (const id of [pimpinan, ...anggota])
        orang.push(await buatOrang(ctx.app, ctx.db, a.id, ["pegawai"], id));
      tim = await buatOrang(ctx.app, ctx.db, a.id, ["tim_supervisi"]);
      timB = await buatOrang(ctx.app, ctx.db, b.id, ["tim_supervisi"]);
    });

    it("the employee writes a reflection; the rubric gives no level until the team reads it", async () => {
      const s = orang[1].sesi;
      const r = await minta(ctx.app, s, {
        method: "PUT",
        url: url("/nontes/rekam-jejak/saya/refleksi/KD"),
        payload: {
          jawaban: { "KD-a": "Saya menolak mempercepat izin di luar prosedur.", "KD-b": "Saya melapor." },
        },
      });
      expect(r.statusCode, r.body).toBe(200);
      const kd = r.json().refleksi.find((f: { faktor: string }) => f.faktor === "KD");
      expect(kd.prompt[0].jawaban).toContain("menolak");
      expect(r.json().rubrik.map((f: { level: number | null }) => f.level)).toEqual([null, null, null]);
      expect(await aksi("rekam_jejak.refleksi.tulis")).toContain(anggota[0]);
    });

    it("the team reads the reflection and records entries; the rubric shows each rule; others are refused", async () => {
      const p = `/nontes/rekam-jejak/pegawai/${anggota[0]}`;
      const nilai = await minta(ctx.app, tim.sesi, {
        method: "PUT",
        url: url(`${p}/refleksi/KD`),
        payload: { level: 4 },
      });
      expect(nilai.statusCode, nilai.body).toBe(200);
      // level 4 needs corroboration beyond the reflection
      expect(nilai.json().rubrik[0]).toMatchObject({ faktor: "KD", level: 3 });
      const g = await minta(ctx.app, tim.sesi, {
        method: "POST",
        url: url(`${p}/entri`),
        payload: {
          rincian: { jenis: "laporan_gratifikasi" },
          sumber: "upg",
          tanggal: "2026-01-15",
          buktiTautan: "https://upg.example.go.id/laporan/123",
          keterangan: "Melaporkan parsel dari rekanan",
        },
      });
      expect(g.statusCode, g.body).toBe(201);
      expect(g.json().rubrik[0].level).toBe(4);
      expect(g.json().entri[0]).toMatchObject({
        sumber: "upg",
        asal: "manual",
        dicatatOleh: expect.any(String),
      });

      const salah = await minta(ctx.app, tim.sesi, {
        method: "POST",
        url: url(`${p}/entri`),
        payload: {
          rincian: { jenis: "sanksi_disiplin", tingkat: "parah" },
          sumber: "kepegawaian",
          tanggal: "2026-02-01",
        },
      });
      expect(salah.statusCode).toBe(400);
      const s = await minta(ctx.app, tim.sesi, {
        method: "POST",
        url: url(`${p}/entri`),
        payload: {
          rincian: { jenis: "sanksi_disiplin", tingkat: "sedang" },
          sumber: "kepegawaian",
          tanggal: "2026-02-01",
        },
      });
      expect(s.statusCode).toBe(201);
      const kd = s.json().rubrik[0];
      expect(kd.level).toBe(2);
      const sanksiId = s.json().entri.find((e: { jenis: string }) => e.jenis === "sanksi_disiplin").id;
      expect(kd.alasan.find((x: { entriId: string }) => x.entriId === sanksiId).aturan.id).toBe(
        "Sanksi disiplin sedang: level paling tinggi 2 untuk KD dan DN",
      );

      // evidence file: a PDF is kept and read back by the team; a file that is not what its name says is refused
      const bukti = `${p}/entri/${sanksiId}/bukti`;
      const palsu = await minta(ctx.app, tim.sesi, {
        method: "POST",
        url: url(bukti),
        ...multipart("sk.pdf", Buffer.from("bukan pdf")),
      });
      expect(palsu.statusCode).toBe(415);
      const unggah = await minta(ctx.app, tim.sesi, {
        method: "POST",
        url: url(bukti),
        ...multipart("sk.pdf", PDF),
      });
      expect(unggah.statusCode, unggah.body).toBe(201);
      const unduh = await minta(ctx.app, tim.sesi, { method: "GET", url: url(bukti) });
      expect(unduh.statusCode).toBe(200);
      expect(unduh.rawPayload.equals(PDF)).toBe(true);
      expect((await minta(ctx.app, orang[1].sesi, { method: "GET", url: url(bukti) })).statusCode).toBe(403);

      // the employee sees their own file with the rule; a colleague and another agency cannot read it
      const sendiri = await minta(ctx.app, orang[1].sesi, {
        method: "GET",
        url: url("/nontes/rekam-jejak/saya"),
      });
      expect(sendiri.json().rubrik[0].level).toBe(2);
      for (const sesi of [orang[2].sesi, timB.sesi]) {
        const tolak = await minta(ctx.app, sesi, { method: "GET", url: url(p) });
        expect(tolak.statusCode).toBe(403);
      }
      await minta(ctx.app, tim.sesi, { method: "GET", url: url(p) });
      expect((await aksi("rekam_jejak.baca")).filter((x) => x === anggota[0]).length).toBeGreaterThanOrEqual(
        2,
      );
    });

    it("a register feeds entries through catatEntriRekamJejak: the same record twice is one entry", async () => {
      const masuk = {
        pegawaiId: anggota[1],
        rincian: { jenis: "lhkasn", status: "tidak_lapor" } as const,
        sumber: "kepegawaian" as const,
        tanggal: "2026-03-31",
        asal: "register_lhkasn",
        rujukan: "LHKASN-2025-0001",
      };
      const id1 = await catatEntriRekamJejak(ctx.db, a.id, masuk, null);
      const id2 = await catatEntriRekamJejak(
        ctx.db,
        a.id,
        { ...masuk, rincian: { jenis: "lhkasn", status: "terlambat" } },
        null,
      );
      expect(id2).toBe(id1);
      const f = (
        await minta(ctx.app, tim.sesi, {
          method: "GET",
          url: url(`/nontes/rekam-jejak/pegawai/${anggota[1]}`),
        })
      ).json();
      expect(f.entri).toHaveLength(1);
      expect(f.entri[0]).toMatchObject({ asal: "register_lhkasn", rincian: { status: "terlambat" } });
      expect(f.rubrik[0]).toMatchObject({ faktor: "KD", level: 3 });
    });

    it("interviews: scheduled by the team with 1–2 interviewers, scored on the BARS, notes private", async () => {
      const salah = await minta(ctx.app, tim.sesi, {
        method: "POST",
        url: url("/nontes/wawancara"),
        payload: {
          pegawaiId: anggota[0],
          tujuan: "monev",
          tanggal: "2026-06-01",
          pewawancara: [orang[1].penggunaId],
        },
      });
      expect(salah.statusCode).toBe(400); // the interviewee cannot interview themself
      const r = await minta(ctx.app, tim.sesi, {
        method: "POST",
        url: url("/nontes/wawancara"),
        payload: {
          pegawaiId: anggota[0],
          tujuan: "monev",
          tanggal: "2026-06-01",
          pewawancara: [tim.penggunaId, orang[0].penggunaId],
        },
      });
      expect(r.statusCode, r.body).toBe(201);
      wawancaraId = r.json().id;
      expect(r.json().panduan).toHaveLength(12);
      expect(r.json().panduan[0].pertanyaan.id).toMatch(/^Ceritakan/);

      const pw = orang[0].sesi; // the leader interviews
      const daftar = await minta(ctx.app, pw, { method: "GET", url: url("/nontes/wawancara/saya") });
      expect(daftar.json().items.map((w: { id: string }) => w.id)).toEqual([wawancaraId]);
      const nilai = Object.fromEntries(KODE_SUBDIMENSI.map((k) => [k, k.startsWith("KM") ? null : 1]));
      const kurang = await minta(ctx.app, pw, {
        method: "PUT",
        url: url(`/nontes/wawancara/${wawancaraId}/nilai`),
        payload: { nilai: { KD1: 2 } },
      });
      expect(kurang.statusCode).toBe(400);
      const kirim = await minta(ctx.app, pw, {
        method: "PUT",
        url: url(`/nontes/wawancara/${wawancaraId}/nilai`),
        payload: { nilai, catatan: "Contoh konkret, tetapi bergantung pada arahan atasan." },
      });
      expect(kirim.statusCode, kirim.body).toBe(200);
      expect(kirim.json().hasil.faktor.map((f: { level: number | null }) => f.level)).toEqual([2, 2, null]);

      // the interviewee and a colleague cannot read the interview (notes); the team can
      for (const s of [orang[1].sesi, orang[2].sesi]) {
        const tolak = await minta(ctx.app, s, {
          method: "GET",
          url: url(`/nontes/wawancara/${wawancaraId}`),
        });
        expect(tolak.statusCode).toBe(403);
        expect(tolak.body).not.toContain("bergantung pada arahan");
        const kirimLain = await minta(ctx.app, s, {
          method: "PUT",
          url: url(`/nontes/wawancara/${wawancaraId}/nilai`),
          payload: { nilai },
        });
        expect(kirimLain.statusCode).toBe(403);
      }
      const luar = await minta(ctx.app, timB.sesi, {
        method: "GET",
        url: url(`/nontes/wawancara/${wawancaraId}`),
      });
      expect(luar.statusCode).toBe(403);
      const t = await minta(ctx.app, tim.sesi, {
        method: "GET",
        url: url(`/nontes/wawancara/${wawancaraId}`),
      });
      expect(t.statusCode).toBe(200);
      expect(t.json().catatan.map((c: { catatan: string | null }) => c.catatan)).toContain(
        "Contoh konkret, tetapi bergantung pada arahan atasan.",
      );
      expect(await aksi("wawancara.baca")).toContain(wawancaraId);
    });

    it("the combined level uses observation, track record and interview, and says so", async () => {
      const periode = await minta(ctx.app, tim.sesi, {
        method: "POST",
        url: url("/nontes/periode"),
        payload: {
          judul: "Periode gabungan",
          cakupan: { jenis: "unit", unitIds: [unit] },
          tenggat: "2999-12-31",
        },
      });
      const periodeId = periode.json().id;
      await minta(ctx.app, tim.sesi, { method: "POST", url: url(`/nontes/periode/${periodeId}/buka`) });
      const w = await minta(ctx.app, tim.sesi, {
        method: "POST",
        url: url("/nontes/wawancara"),
        payload: {
          pegawaiId: anggota[0],
          tujuan: "asesmen",
          periodeId,
          tanggal: "2026-06-02",
          pewawancara: [tim.penggunaId],
        },
      });
      const semuaKM = Object.fromEntries(KODE_SUBDIMENSI.map((k) => [k, 3]));
      await minta(ctx.app, tim.sesi, {
        method: "PUT",
        url: url(`/nontes/wawancara/${w.json().id}/nilai`),
        payload: { nilai: semuaKM },
      });
      let miring = 0;
      for (const o of orang) {
        const daftar = (await minta(ctx.app, o.sesi, { method: "GET", url: url("/nontes/tugas") })).json();
        for (const t of daftar.items as { id: string; jenis: JenisPenilai }[]) {
          const nilai = Object.fromEntries(
            instrumenBars(t.jenis).map((s, i) => [s.kode, (i + miring) % 3 === 0 ? 1 : 2]),
          );
          miring++;
          const ok = await minta(ctx.app, o.sesi, {
            method: "PUT",
            url: url(`/nontes/tugas/${t.id}`),
            payload: { nilai },
          });
          expect(ok.statusCode, ok.body).toBe(204);
        }
      }
      expect(
        (await minta(ctx.app, tim.sesi, { method: "POST", url: url(`/nontes/periode/${periodeId}/koreksi`) }))
          .statusCode,
      ).toBe(201);
      await jalankanJob(ctx.db);
      const saya = (await minta(ctx.app, orang[1].sesi, { method: "GET", url: url("/nontes/saya") })).json();
      const h = saya.periode.find((p: { id: string }) => p.id === periodeId).hasil;
      const kd = h.faktor.find((f: { faktor: string }) => f.faktor === "KD");
      expect(kd.sumber.map((s: { sumber: string }) => s.sumber)).toEqual([
        "observasi",
        "rekam-jejak",
        "wawancara",
      ]);
      expect(kd.sumber.find((s: { sumber: string }) => s.sumber === "rekam-jejak").level).toBe(2);
      expect(kd.sumber.find((s: { sumber: string }) => s.sumber === "wawancara").level).toBe(4);
      // the standard rule takes the lowest, and 2 levels apart sends the person to review
      expect(kd.level).toBe(2);
      expect(kd.perluTinjauan).toBe(true);
      // a colleague without track record or interview has only the observation
      const lain = (await minta(ctx.app, orang[3].sesi, { method: "GET", url: url("/nontes/saya") })).json();
      const kdLain = lain.periode.find((p: { id: string }) => p.id === periodeId).hasil.faktor[0];
      expect(kdLain.sumberDipakai).toEqual(["observasi"]);

      // the profile (hasil/saya) carries the final level and its sources; the team's map counts them per unit
      const profil = (await minta(ctx.app, orang[1].sesi, { method: "GET", url: url("/hasil/saya") })).json();
      expect(profil.levelAkhir).toMatchObject({ periode: { id: periodeId }, level: h.levelAkhir });
      expect(profil.levelAkhir.sumber).toEqual(
        expect.arrayContaining(["observasi", "rekam-jejak", "wawancara"]),
      );
      const peta = await minta(ctx.app, tim.sesi, {
        method: "GET",
        url: url(`/nontes/periode/${periodeId}/peta`),
      });
      expect(peta.statusCode).toBe(200);
      const semua = peta.json().unit[0];
      expect(semua.n).toBe(6);
      expect(semua.distribusi.reduce((a: number, b: number) => a + b, 0)).toBe(6);
      expect(semua.sumber).toMatchObject({ observasi: 6, "rekam-jejak": 2, wawancara: 1 });
      const tolak = await minta(ctx.app, orang[1].sesi, {
        method: "GET",
        url: url(`/nontes/periode/${periodeId}/peta`),
      });
      expect(tolak.statusCode).toBe(403);
    });
  },
);
