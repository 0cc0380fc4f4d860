import { ambilSampelAcak } from "@nurani/domain";
import { beforeAll, describe, expect, it } from "vitest";
import { buatOrang, buatPegawai, buatUnit, type OrangUji } from "./komunitas-bantu.ts";
import { buatInstansi, describeOnDatabases, type InstansiUji, minta } from "./support/index.ts";

describeOnDatabases(
  "komunitas: random interviews, internal audit, change agents' action plans, rewards",
  (ctx) => {
    let a: InstansiUji;
    let supervisi: OrangUji;
    let apip: OrangUji;
    let admin: OrangUji;
    let pegawai: OrangUji;
    let agen: OrangUji;
    let agenLain: OrangUji;
    let pimpinan: OrangUji;
    let ppk: OrangUji;
    const populasi: { pegawaiId: string; unitKerjaId: string }[] = [];
    const url = (p: string) => `/api/instansi/${a.id}${p}`;

    beforeAll(async () => {
      a = await buatInstansi(ctx.db);
      for (const [kode, n] of [
        ["A", 10],
        ["B", 6],
        ["C", 4],
      ] as const) {
        const unit = await buatUnit(ctx.db, a.id, kode);
        for (let i = 0; i < n; i++)
          populasi.push({
            pegawaiId: await buatPegawai(ctx.db, a.id, unit, `P${kode}${i}`),
            unitKerjaId: unit,
          });
      }
      // not in the population: inactive, or without a unit
      const nonaktif = await buatPegawai(ctx.db, a.id, populasi[0].unitKerjaId, "Nonaktif");
      await ctx.db.updateTable("pegawai").set({ aktif: false }).where("id", "=", nonaktif).execute();
      await buatPegawai(ctx.db, a.id, null, "Tanpa unit");
      const [p0, p1, p2, p3] = populasi.map((p) => p.pegawaiId);
      supervisi = await buatOrang(ctx.app, ctx.db, a.id, ["tim_supervisi"]);
      apip = await buatOrang(ctx.app, ctx.db, a.id, ["apip"]);
      admin = await buatOrang(ctx.app, ctx.db, a.id, ["admin_instansi"]);
      pegawai = await buatOrang(ctx.app, ctx.db, a.id, ["pegawai"], p0);
      agen = await buatOrang(ctx.app, ctx.db, a.id, ["agen_perubahan"], p1);
      agenLain = await buatOrang(ctx.app, ctx.db, a.id, ["agen_perubahan"], p2);
      pimpinan = await buatOrang(ctx.app, ctx.db, a.id, ["pimpinan"], p3);
      ppk = await buatOrang(ctx.app, ctx.db, a.id, ["ppk"]);
    });

    describe("random interviews (Tabel 4 no. 5)", () => {
      const ambil = (sesi: OrangUji, body: Record<string, unknown>) =>
        minta(ctx.app, sesi.sesi, { method: "POST", url: url("/wawancara/sampel"), payload: body });
      const daftar = async (id: string) =>
        (
          await minta(ctx.app, supervisi.sesi, { method: "GET", url: url(`/wawancara/sampel/${id}`) })
        ).json() as {
          id: string;
          pegawai: { id: string };
          unit: { id: string };
          urutan: number;
          status: string;
        }[];

      it("draws a unit-stratified sample with a recorded seed; the same seed redraws the same sample, another seed another", async () => {
        const r1 = await ambil(supervisi, { judul: "Wawancara triwulan I", ukuran: 6, benih: 12345 });
        expect(r1.statusCode, r1.body).toBe(201);
        expect(r1.json()).toMatchObject({ benih: 12345, ukuran: 6, populasi: 20, minimalPerUnit: 1 });
        const s1 = await daftar(r1.json().id);
        expect(s1).toHaveLength(6);
        expect(new Set(s1.map((w) => w.unit.id)).size).toBe(3); // every unit represented
        const r2 = await ambil(apip, { judul: "Ulang", ukuran: 6, benih: 12345 });
        const s2 = await daftar(r2.json().id);
        const kunci = (s: typeof s1) => s.map((w) => `${w.unit.id}:${w.urutan}:${w.pegawai.id}`).sort();
        expect(kunci(s2)).toEqual(kunci(s1));
        // it is the domain's sampel.ts draw
        const domain = ambilSampelAcak(populasi, { benih: 12345, ukuran: 6, minimalPerUnit: 1 });
        if (!domain.ok) throw new Error("domain");
        expect(new Set(s1.map((w) => w.pegawai.id))).toEqual(
          new Set(domain.terpilih.map((t) => t.pegawaiId)),
        );
        const r3 = await ambil(supervisi, { judul: "Lain", ukuran: 6, benih: 777 });
        expect(kunci(await daftar(r3.json().id))).not.toEqual(kunci(s1));
        // a fresh seed is chosen and recorded when none is given
        const r4 = await ambil(supervisi, { judul: "Acak", ukuran: 3 });
        expect(Number.isInteger(r4.json().benih)).toBe(true);
        const list = await minta(ctx.app, supervisi.sesi, { method: "GET", url: url("/wawancara/sampel") });
        expect(list.json().items.map((s: { benih: number }) => s.benih)).toContain(12345);
      });

      it("refuses an impossible sample with the domain's reason, and other roles", async () => {
        const besar = await ambil(supervisi, { judul: "x", ukuran: 21 });
        expect(besar.statusCode).toBe(400);
        expect(besar.json().error.code).toBe("SAMPEL_TIDAK_SAH");
        expect(besar.json().error.message).toMatch(/Sampel tidak dapat diambil/);
        for (const o of [admin, pegawai, agen])
          expect((await ambil(o, { judul: "x", ukuran: 2 })).statusCode).toBe(403);
      });

      it("schedules an interview and records structured notes", async () => {
        const r = await ambil(supervisi, { judul: "Jadwal", ukuran: 3, benih: 1 });
        const [w] = await daftar(r.json().id);
        const j = await minta(ctx.app, supervisi.sesi, {
          method: "PATCH",
          url: url(`/wawancara/${w.id}`),
          payload: { jadwal: "2026-04-01T09:00:00+07:00", pewawancara: "Tim Supervisi" },
        });
        expect(j.json().status).toBe("terjadwal");
        const c = await minta(ctx.app, apip.sesi, {
          method: "PATCH",
          url: url(`/wawancara/${w.id}`),
          payload: { status: "selesai", catatan: { pemahaman: "Paham kode etik", hambatan: "Beban kerja" } },
        });
        expect(c.statusCode, c.body).toBe(200);
        const s = await daftar(r.json().id);
        expect(s.find((x) => x.id === w.id)).toMatchObject({
          status: "selesai",
          catatan: { pemahaman: "Paham kode etik" },
        });
      });
    });

    describe("internal audit by APIP (Tabel 2 I.4)", () => {
      it("APIP plans and records a finding; the agency responds; only APIP closes it", async () => {
        const rencana = await minta(ctx.app, apip.sesi, {
          method: "POST",
          url: url("/audit-internal"),
          payload: { judul: "Audit pengadaan 2026", mulai: "2026-04-01", selesai: "2026-04-30" },
        });
        expect(rencana.statusCode, rencana.body).toBe(201);
        const rid = rencana.json().id;
        const terbalik = await minta(ctx.app, apip.sesi, {
          method: "POST",
          url: url("/audit-internal"),
          payload: { judul: "x", mulai: "2026-04-30", selesai: "2026-04-01" },
        });
        expect(terbalik.statusCode).toBe(400);
        const temuan = await minta(ctx.app, apip.sesi, {
          method: "POST",
          url: url(`/audit-internal/${rid}/temuan`),
          payload: {
            judul: "Konflik kepentingan panitia",
            uraian: "Anggota panitia berkerabat dengan penyedia",
            tingkat: "tinggi",
            rekomendasi: "Ganti anggota panitia dan terapkan pernyataan bebas konflik",
            batasWaktu: "2026-06-30",
          },
        });
        expect(temuan.statusCode, temuan.body).toBe(201);
        const tid = temuan.json().id;
        expect(
          (
            await minta(ctx.app, supervisi.sesi, {
              method: "POST",
              url: url(`/audit-internal/${rid}/temuan`),
              payload: { judul: "x", uraian: "y", tingkat: "rendah", rekomendasi: "z" },
            })
          ).statusCode,
        ).toBe(403);
        const tanggap = await minta(ctx.app, admin.sesi, {
          method: "POST",
          url: url(`/temuan-audit/${tid}/tanggapan`),
          payload: { tanggapan: "Panitia sudah diganti (SK terlampir)", status: "ditindaklanjuti" },
        });
        expect(tanggap.json()).toMatchObject({
          status: "ditindaklanjuti",
          tanggapan: "Panitia sudah diganti (SK terlampir)",
        });
        const tutupSendiri = await minta(ctx.app, admin.sesi, {
          method: "POST",
          url: url(`/temuan-audit/${tid}/tanggapan`),
          payload: { tanggapan: "x", status: "selesai" },
        });
        expect(tutupSendiri.statusCode).toBe(400);
        const tutup = await minta(ctx.app, apip.sesi, {
          method: "POST",
          url: url(`/temuan-audit/${tid}/status`),
          payload: { status: "selesai" },
        });
        expect(tutup.json().status).toBe("selesai");
        const daftar = await minta(ctx.app, ppk.sesi, { method: "GET", url: url("/audit-internal") });
        expect(daftar.json().items[0].temuan).toEqual({ terbuka: 0, ditindaklanjuti: 0, selesai: 1 });
        expect(
          (await minta(ctx.app, pegawai.sesi, { method: "GET", url: url("/audit-internal") })).statusCode,
        ).toBe(403);
      });
    });

    describe("change agents' action plans and rewards (Tabel 2 I.1-2, III.3)", () => {
      it("an agent plans items with evidence; an assessor rates them; nobody else edits or rates their own", async () => {
        const r = await minta(ctx.app, agen.sesi, {
          method: "POST",
          url: url("/renaksi"),
          payload: { judul: "Renaksi 2026", mulai: "2026-01-01", selesai: "2026-12-31" },
        });
        expect(r.statusCode, r.body).toBe(201);
        const b = await minta(ctx.app, agen.sesi, {
          method: "POST",
          url: url(`/renaksi/${r.json().id}/butir`),
          payload: { uraian: "Sosialisasi kode etik di unit A", tenggat: "2026-03-31" },
        });
        const butirId = b.json().butir[0].id;
        const ubah = await minta(ctx.app, agen.sesi, {
          method: "PATCH",
          url: url(`/renaksi/butir/${butirId}`),
          payload: { bukti: "https://drive.example.go.id/daftar-hadir.pdf", status: "selesai" },
        });
        expect(ubah.json().ringkasan).toMatchObject({ butir: 1, selesai: 1 });
        const orangLain = await minta(ctx.app, agenLain.sesi, {
          method: "PATCH",
          url: url(`/renaksi/butir/${butirId}`),
          payload: { status: "rencana" },
        });
        expect(orangLain.statusCode).toBe(403);
        expect(
          (
            await minta(ctx.app, agen.sesi, {
              method: "POST",
              url: url(`/renaksi/butir/${butirId}/nilai`),
              payload: { nilai: 4 },
            })
          ).statusCode,
        ).toBe(403);
        const nilai = await minta(ctx.app, supervisi.sesi, {
          method: "POST",
          url: url(`/renaksi/butir/${butirId}/nilai`),
          payload: { nilai: 3, komentar: "Baik; tambahkan evaluasi peserta" },
        });
        expect(nilai.json().butir[0]).toMatchObject({
          nilai: 3,
          komentarPenilai: "Baik; tambahkan evaluasi peserta",
        });
        expect(nilai.json().ringkasan.rerataNilai).toBe(3);
        const hapus = await minta(ctx.app, agen.sesi, {
          method: "DELETE",
          url: url(`/renaksi/butir/${butirId}`),
        });
        expect(hapus.statusCode).toBe(409);
        // an agent sees only their own plans; the supervision team sees all
        expect(
          (await minta(ctx.app, agenLain.sesi, { method: "GET", url: url("/renaksi") })).json().total,
        ).toBe(0);
        expect(
          (await minta(ctx.app, supervisi.sesi, { method: "GET", url: url("/renaksi") })).json().total,
        ).toBe(1);
      });

      it("a reward is nominated, decided by someone other than the nominator, and then visible to every member", async () => {
        const u = await minta(ctx.app, pimpinan.sesi, {
          method: "POST",
          url: url("/penghargaan"),
          payload: {
            pegawaiId: agen.pegawaiId,
            kategori: "Agen perubahan teladan",
            alasan: "Renaksi tuntas tepat waktu",
          },
        });
        expect(u.statusCode, u.body).toBe(201);
        const sendiri = await minta(ctx.app, pimpinan.sesi, {
          method: "POST",
          url: url(`/penghargaan/${u.json().id}/keputusan`),
          payload: { status: "diberikan", tanggal: "2026-05-02" },
        });
        expect(sendiri.statusCode).toBe(403);
        expect(sendiri.json().error.message).toMatch(/Pengusul/);
        expect(
          (await minta(ctx.app, pegawai.sesi, { method: "GET", url: url("/penghargaan/diberikan") })).json()
            .total,
        ).toBe(0);
        const putus = await minta(ctx.app, ppk.sesi, {
          method: "POST",
          url: url(`/penghargaan/${u.json().id}/keputusan`),
          payload: { status: "diberikan", tanggal: "2026-05-02", catatan: "SK No. 12/2026" },
        });
        expect(putus.json().status).toBe("diberikan");
        const publik = await minta(ctx.app, pegawai.sesi, {
          method: "GET",
          url: url("/penghargaan/diberikan"),
        });
        expect(publik.json().items[0]).toMatchObject({
          kategori: "Agen perubahan teladan",
          catatanKeputusan: null,
        });
        expect(
          (await minta(ctx.app, pegawai.sesi, { method: "GET", url: url("/penghargaan") })).statusCode,
        ).toBe(403);
      });
    });
  },
);
