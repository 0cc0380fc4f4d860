import { beforeAll, describe, expect, it } from "vitest";
import {
  buatDunia,
  buatKampanye,
  type DuniaProgram,
  persiapanLengkap,
  rilis,
  tgl,
  unggahId,
  urlProgram,
} from "./program-bantu.ts";
import { describeOnDatabases, minta, type SesiUji } from "./support/index.ts";

describeOnDatabases("program: implementation, guide, checklists, assessment and closing", (ctx) => {
  let d: DuniaProgram;
  let siklus: string;
  const u = (jalur: string) => urlProgram(d, `/siklus/${siklus}${jalur}`);
  const kirim = (s: SesiUji, method: "POST" | "PUT" | "PATCH" | "DELETE", url: string, payload?: object) =>
    minta(ctx.app, s, { method, url, payload });
  const baca = (s: SesiUji, url: string) => minta(ctx.app, s, { method: "GET", url });

  const kegiatan = async (isi: Record<string, unknown>) => {
    const r = await kirim(d.sesi.tim, "POST", u("/kegiatan"), {
      judul: "Kegiatan",
      rencanaMulai: tgl(-30),
      rencanaSelesai: tgl(30),
      ...isi,
    });
    expect(r.statusCode, r.body).toBe(201);
    return r.json().id as string;
  };

  beforeAll(async () => {
    d = await buatDunia(ctx.app, ctx.db);
    const r = await kirim(d.sesi.ppk, "POST", urlProgram(d, "/siklus"), { nama: "Program Integritas 2026" });
    siklus = r.json().id;
    await persiapanLengkap(ctx.app, ctx.db, d, siklus);
  });

  it("refuses to record an execution before implementation starts", async () => {
    const k = await kegiatan({ kegiatanUtama: "kampanye", subtahap: 1 });
    const r = await kirim(d.sesi.tim, "POST", u(`/kegiatan/${k}/pelaksanaan`), {
      tanggal: tgl(-1),
      hasil: "x",
    });
    expect(r.statusCode).toBe(409);
    expect(r.json().error.code).toBe("TAHAP_TIDAK_SESUAI");
    expect((await kirim(d.sesi.tim, "DELETE", u(`/kegiatan/${k}`))).statusCode).toBe(204);
  });

  it("the guide places each unit in its sub-stage from the latest released map and adopts Tabel 5–8 rows in one action", async () => {
    const g = await baca(d.sesi.pimpinan, urlProgram(d, `/panduan?siklusId=${siklus}`));
    expect(g.statusCode, g.body).toBe(200);
    const unit = g.json().panduan.unit as {
      unitKerjaId: string;
      subtahap: number;
      usulanKegiatan: unknown[];
    }[];
    const sub = Object.fromEntries(unit.map((x) => [x.unitKerjaId, x.subtahap]));
    expect(sub).toEqual({ [d.unit[0]]: 1, [d.unit[1]]: 2, [d.unit[2]]: 4 });
    expect(unit[0].usulanKegiatan.length).toBeGreaterThan(0);
    const a = await kirim(d.sesi.tim, "POST", u("/panduan/adopsi"), {
      rencanaMulai: tgl(-30),
      rencanaSelesai: tgl(60),
      subtahap: [1],
    });
    expect(a.statusCode, a.body).toBe(200);
    expect(a.json().dibuat).toBeGreaterThan(0);
    const lagi = await kirim(d.sesi.tim, "POST", u("/panduan/adopsi"), {
      rencanaMulai: tgl(-30),
      rencanaSelesai: tgl(60),
      subtahap: [1],
    });
    expect(lagi.json()).toEqual({ dibuat: 0, sudahAda: a.json().dibuat });
    const kal = await baca(d.sesi.agen, u("/kegiatan?subtahap=1&pageSize=5"));
    expect(kal.json().total).toBe(a.json().dibuat);
    expect(kal.json().items).toHaveLength(Math.min(5, a.json().dibuat));
    expect(kal.json().items[0].sasaranUnit).toEqual([d.unit[0]]);
  });

  it("says so when no assessment has been released", async () => {
    const lain = await buatDunia(ctx.app, ctx.db);
    const g = await baca(lain.sesi.tim, urlProgram(lain, "/panduan"));
    expect(g.json()).toEqual({ ada: false, panduan: null });
  });

  describe("during implementation", () => {
    let dipimpin: string;
    let lain: string;
    beforeAll(async () => {
      const m = await kirim(d.sesi.tim, "POST", u("/mulai-pelaksanaan"), { tanggal: tgl(-30) });
      expect(m.statusCode, m.body).toBe(200);
      dipimpin = await kegiatan({
        kegiatanUtama: "wadah_berbagi",
        subtahap: 2,
        sasaranUnit: [d.unit[1]],
        penanggungJawabPegawaiId: d.pegawaiSesi.agen,
      });
      lain = await kegiatan({ kegiatanUtama: "penguatan_kepemimpinan", subtahap: 3 });
    });

    it("refuses an activity without a sub-stage (except monitoring) and a bad schedule", async () => {
      const r = await kirim(d.sesi.tim, "POST", u("/kegiatan"), {
        kegiatanUtama: "kampanye",
        judul: "Tanpa subtahap",
        rencanaMulai: tgl(0),
        rencanaSelesai: tgl(1),
      });
      expect(r.statusCode).toBe(400);
      expect(r.json().error.code).toBe("KEGIATAN_TANPA_SUBTAHAP");
      const j = await kirim(d.sesi.tim, "POST", u("/kegiatan"), {
        kegiatanUtama: "pemantauan_evaluasi",
        judul: "Interview acak",
        rencanaMulai: tgl(5),
        rencanaSelesai: tgl(1),
      });
      expect(j.json().error.code).toBe("JADWAL_TIDAK_VALID");
    });

    it("records an execution; a future date is refused; a change agent records only activities they lead", async () => {
      const bukti = await unggahId(ctx.app, d.sesi.tim, d, siklus);
      const masaDepan = await kirim(d.sesi.tim, "POST", u(`/kegiatan/${dipimpin}/pelaksanaan`), {
        tanggal: tgl(3),
        hasil: "Forum berbagi",
      });
      expect(masaDepan.statusCode).toBe(400);
      expect(masaDepan.json().error.code).toBe("TANGGAL_TIDAK_VALID");
      const ok = await kirim(d.sesi.agen, "POST", u(`/kegiatan/${dipimpin}/pelaksanaan`), {
        tanggal: tgl(-10),
        hadir: d.pegawai.slice(8, 14),
        hasil: "Forum berbagi pengetahuan: 6 pegawai hadir",
        bukti: [bukti],
      });
      expect(ok.statusCode, ok.body).toBe(201);
      expect(ok.json()).toMatchObject({ jumlahPeserta: 6, jumlahHadir: 6, bukti: [bukti] });
      const bukan = await kirim(d.sesi.agen, "POST", u(`/kegiatan/${lain}/pelaksanaan`), {
        tanggal: tgl(-10),
        hasil: "x",
      });
      expect(bukan.statusCode).toBe(403);
      expect(bukan.json().error.code).toBe("BUKAN_PENANGGUNG_JAWAB");
      expect(
        (
          await kirim(d.sesi.pimpinan, "POST", u(`/kegiatan/${lain}/pelaksanaan`), {
            tanggal: tgl(-1),
            hasil: "x",
          })
        ).statusCode,
      ).toBe(403);
      // once executed, kind and sub-stage are locked; the title can still be corrected
      const ubah = await kirim(d.sesi.tim, "PATCH", u(`/kegiatan/${dipimpin}`), { subtahap: 3 });
      expect(ubah.json().error.code).toBe("KEGIATAN_SUDAH_DILAKSANAKAN");
      const judul = await kirim(d.sesi.tim, "PATCH", u(`/kegiatan/${dipimpin}`), { judul: "Forum bulanan" });
      expect(judul.json().judul).toBe("Forum bulanan");
      expect((await kirim(d.sesi.tim, "DELETE", u(`/kegiatan/${dipimpin}`))).statusCode).toBe(409);
      const daftar = await baca(d.sesi.apip, u("/pelaksanaan"));
      expect(daftar.json().total).toBe(1);
      const st = await baca(d.sesi.tim, u(""));
      expect(st.json().posisi.realisasiPerKegiatan.wadah_berbagi).toBe(1);
      expect(
        st.json().kegiatan.find((k: { kegiatanUtama: string }) => k.kegiatanUtama === "wadah_berbagi"),
      ).toMatchObject({
        direncanakan: 1,
        pelaksanaan: 1,
        peserta: 6,
      });
    });

    it("shows sub-stage checklists; an item is met once it has evidence and the team verified it", async () => {
      const berkas = await unggahId(ctx.app, d.sesi.tim, d, siklus);
      const awal = await baca(d.sesi.pimpinan, u("/daftar-periksa"));
      expect(awal.json().subtahap.map((s: { jumlahKriteria: number }) => s.jumlahKriteria)).toEqual([
        4, 4, 8, 10,
      ]);
      const item = awal.json().subtahap[0].item[0].kode as string;
      expect(
        (
          await kirim(d.sesi.tim, "POST", u("/daftar-periksa/bukti"), {
            kodeItem: "9.9",
            jenis: "daftar_hadir",
            berkasId: berkas,
          })
        ).statusCode,
      ).toBe(400);
      const b = await kirim(d.sesi.tim, "POST", u("/daftar-periksa/bukti"), {
        kodeItem: item,
        jenis: "daftar_hadir",
        berkasId: berkas,
      });
      expect(b.statusCode, b.body).toBe(204);
      expect(
        (
          await kirim(d.sesi.ppk, "PUT", u("/daftar-periksa/verifikasi"), {
            kodeItem: item,
            diverifikasi: true,
          })
        ).statusCode,
      ).toBe(403);
      await kirim(d.sesi.tim, "PUT", u("/daftar-periksa/verifikasi"), { kodeItem: item, diverifikasi: true });
      const akhir = await baca(d.sesi.tim, u("/daftar-periksa"));
      const it0 = akhir.json().subtahap[0].item[0];
      expect(it0).toMatchObject({ terpenuhi: true, jumlahBukti: 1, diverifikasi: true });
      expect(akhir.json().subtahap[0].proporsiItem).toBeGreaterThan(0);
    });

    it("moves to assessment only after all five main activities, and closes only after the end-of-programme release", async () => {
      const jenis = [
        ["kampanye", 1],
        ["penguatan_kapasitas", 1],
        ["pemantauan_evaluasi", null],
      ] as const;
      for (const [k, s] of jenis) {
        const id = await kegiatan({ kegiatanUtama: k, subtahap: s });
        const r = await kirim(d.sesi.tim, "POST", u(`/kegiatan/${id}/pelaksanaan`), {
          tanggal: tgl(-8),
          jumlahPeserta: 10,
          hasil: "Terlaksana",
        });
        expect(r.statusCode, r.body).toBe(201);
      }
      const belum = await kirim(d.sesi.tim, "POST", u("/mulai-penilaian"), { tanggal: tgl(-5) });
      expect(belum.json().error.code).toBe("PELAKSANAAN_BELUM_LENGKAP");
      expect(belum.json().error.message).toMatch(/Penguatan Kepemimpinan/i);
      await kirim(d.sesi.tim, "POST", u(`/kegiatan/${lain}/pelaksanaan`), {
        tanggal: tgl(-7),
        hasil: "Coaching",
      });
      const mulai = await kirim(d.sesi.tim, "POST", u("/mulai-penilaian"), { tanggal: tgl(-5) });
      expect(mulai.statusCode, mulai.body).toBe(200);
      expect(mulai.json().posisi.tahap).toBe("penilaian");
      // implementation is over: no new execution
      const telat = await kirim(d.sesi.tim, "POST", u(`/kegiatan/${lain}/pelaksanaan`), {
        tanggal: tgl(-1),
        hasil: "x",
      });
      expect(telat.json().error.code).toBe("TAHAP_TIDAK_SESUAI");
      const akhir = await buatKampanye(ctx.db, d, { tujuan: "akhir", level: [[2], [3], [4]] });
      const tautan = await kirim(d.sesi.tim, "PUT", u("/asesmen-akhir"), { kampanyeId: akhir });
      expect(tautan.statusCode, tautan.body).toBe(200);
      const dini = await kirim(d.sesi.ppk, "POST", u("/tutup"), { tanggal: tgl(0) });
      expect(dini.json().error.code).toBe("ASESMEN_AKHIR_BELUM_DIRILIS");
      await rilis(ctx.db, d, akhir, 1);
      const st = await baca(d.sesi.tim, u(""));
      // targets are measured on the latest released map: unit 0 now all at level 2
      expect(st.json().target.target[0].capaian).toMatchObject({ status: "tercapai", nilai: 1 });
      expect((await kirim(d.sesi.tim, "POST", u("/tutup"), { tanggal: tgl(0) })).statusCode).toBe(403);
      const tutup = await kirim(d.sesi.ppk, "POST", u("/tutup"), { tanggal: tgl(0) });
      expect(tutup.statusCode, tutup.body).toBe(200);
      expect(tutup.json().posisi.tahap).toBe("selesai");
      // closing ends the cycle's decrees: the roles they gave go, with history (Tabel 3 no. 1, 6)
      const skSisa = await ctx.db
        .selectFrom("peran_sk")
        .select("pegawai_id")
        .where("siklus_id", "=", siklus)
        .execute();
      expect(skSisa).toEqual([]);
      const ditutup = await ctx.db
        .selectFrom("riwayat_peran")
        .select(["peran", "pegawai_id"])
        .where("siklus_id", "=", siklus)
        .where("alasan", "=", "siklus_ditutup")
        .execute();
      expect(ditutup.map((r) => r.peran).sort()).toEqual([
        "agen_perubahan",
        "agen_perubahan",
        "tim_supervisi",
        "tim_supervisi",
      ]);
      const beku = await kirim(d.sesi.tim, "PATCH", u(""), { nama: "Ganti" });
      expect(beku.json().error.code).toBe("SIKLUS_DITUTUP");
      const v = await kirim(d.sesi.tim, "PUT", u("/daftar-periksa/verifikasi"), {
        kodeItem: "1.1",
        diverifikasi: false,
      });
      expect(v.json().error.code).toBe("SIKLUS_DITUTUP");
    });
  });
});
