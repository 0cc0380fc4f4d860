import { beforeAll, expect, it } from "vitest";
import { buatDunia, buatKampanye, type DuniaProgram, tgl } from "./program-bantu.ts";
import { describeOnDatabases, minta, type SesiUji } from "./support/index.ts";

describeOnDatabases("individual development plan (BAB III.B.2 a–d, Tabel 5–8)", (ctx) => {
  let d: DuniaProgram;
  const u = (jalur: string) => `/api/instansi/${d.instansi.id}/rencana${jalur}`;
  const kirim = (s: SesiUji, method: "GET" | "PUT" | "POST" | "PATCH", url: string, payload?: object) =>
    minta(ctx.app, s, { method, url, ...(payload ? { payload } : {}) });

  beforeAll(async () => {
    d = await buatDunia(ctx.app, ctx.db);
    // released result: unit 1 at levels 2, 2, 3 (the employee login is pegawai 9 = unit 1, level 2)
    await buatKampanye(ctx.db, d, { tujuan: "awal", level: [[1], [2, 2, 3], [3]], dirilisHariLalu: 5 });
  });

  it("proposes the Tabel 6 activities and the sub-stage 2 criteria from the employee's released level", async () => {
    const r = await kirim(d.sesi.pegawai, "GET", u("/saya"));
    expect(r.statusCode, r.body).toBe(200);
    const b = r.json();
    expect(b.profil.level).toBe(2);
    expect(b.subtahap).toBe(2);
    expect(b.ditetapkan).toBe(false);
    expect(b.usulan.every((k: { kode: string }) => k.kode.startsWith("T6-"))).toBe(true);
    expect(b.kriteria[0]).toMatchObject({ kode: "2.1.a", dicentang: false, dikonfirmasi: false });
    const audit = await ctx.db
      .selectFrom("audit_log")
      .select("aksi")
      .where("instansi_id", "=", d.instansi.id)
      .where("aksi", "=", "rencana.baca")
      .execute();
    expect(audit.length).toBe(1);
  });

  it("only the team or a superior (own unit or a unit above) assigns the plan; modules must be of the sub-stage; guided assignments need a supervisor", async () => {
    const rencana = {
      kegiatan: [
        { jenis: "modul", kodeTemplat: "T6-1.1", tenggat: tgl(30) },
        { jenis: "penugasan_terbimbing", judul: "Memimpin diskusi kode etik", pembimbingId: d.pegawai[2] },
      ],
    };
    // the leader (unit 0) is not above unit 1 yet
    const bukan = await kirim(d.sesi.pimpinan, "PUT", u(`/pegawai/${d.pegawaiSesi.pegawai}`), rencana);
    expect(bukan.json().error.code).toBe("BUKAN_ATASAN");
    await ctx.db
      .updateTable("unit_kerja")
      .set({ induk_id: d.unit[0] })
      .where("instansi_id", "=", d.instansi.id)
      .where("id", "=", d.unit[1])
      .execute();
    const salah = await kirim(d.sesi.pimpinan, "PUT", u(`/pegawai/${d.pegawaiSesi.pegawai}`), {
      kegiatan: [{ jenis: "modul", kodeTemplat: "T8-1.1" }],
    });
    expect(salah.json().error.code).toBe("TEMPLAT_BUKAN_SUBTAHAP");
    const tanpa = await kirim(d.sesi.pimpinan, "PUT", u(`/pegawai/${d.pegawaiSesi.pegawai}`), {
      kegiatan: [{ jenis: "penugasan_terbimbing", judul: "x" }],
    });
    expect(tanpa.json().error.code).toBe("PENUGASAN_TANPA_PEMBIMBING");
    const ok = await kirim(d.sesi.pimpinan, "PUT", u(`/pegawai/${d.pegawaiSesi.pegawai}`), rencana);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(
      ok.json().kegiatan.map((k: { jenis: string; pembimbing: string | null }) => [k.jenis, k.pembimbing]),
    ).toEqual([
      ["modul", null],
      ["penugasan_terbimbing", "Pegawai 0-2"],
    ]);
    // an ordinary employee cannot read another's plan
    expect((await kirim(d.sesi.pegawai, "GET", u(`/pegawai/${d.pegawai[0]}`))).statusCode).toBe(403);
    const saya = (await kirim(d.sesi.pegawai, "GET", u("/saya"))).json();
    expect(saya.ditetapkan).toBe(true);
    const k = saya.kegiatan[0];
    expect(
      (await kirim(d.sesi.pegawai, "PATCH", u(`/saya/kegiatan/${k.id}`), { status: "selesai" })).statusCode,
    ).toBe(200);
    expect(
      (await kirim(d.sesi.agen, "PATCH", u(`/saya/kegiatan/${k.id}`), { status: "rencana" })).statusCode,
    ).toBe(404);
  });

  it("the employee marks a criterion; only then may the superior confirm it; unchecking withdraws the confirmation", async () => {
    const pid = d.pegawaiSesi.pegawai;
    const dini = await kirim(d.sesi.pimpinan, "POST", u(`/pegawai/${pid}/kriteria/2.2/konfirmasi`));
    expect(dini.json().error.code).toBe("BELUM_DICENTANG");
    const asing = await kirim(d.sesi.pegawai, "PUT", u("/saya/kriteria/4.1"), { tercapai: true });
    expect(asing.json().error.code).toBe("KRITERIA_BUKAN_SUBTAHAP");
    expect((await kirim(d.sesi.pegawai, "PUT", u("/saya/kriteria/2.2"), { tercapai: true })).statusCode).toBe(
      200,
    );
    expect(
      (await kirim(d.sesi.pimpinan, "POST", u(`/pegawai/${pid}/kriteria/2.2/konfirmasi`))).statusCode,
    ).toBe(200);
    const lihat = (await kirim(d.sesi.pimpinan, "GET", u(`/pegawai/${pid}`))).json();
    expect(lihat.kriteria.find((x: { kode: string }) => x.kode === "2.2")).toMatchObject({
      dicentang: true,
      dikonfirmasi: true,
    });
    await kirim(d.sesi.pegawai, "PUT", u("/saya/kriteria/2.2"), { tercapai: false });
    await kirim(d.sesi.pegawai, "PUT", u("/saya/kriteria/2.2"), { tercapai: true });
    const lagi = (await kirim(d.sesi.pegawai, "GET", u("/saya"))).json();
    expect(lagi.kriteria.find((x: { kode: string }) => x.kode === "2.2")).toMatchObject({
      dicentang: true,
      dikonfirmasi: false,
    });
  });

  it("gives the home page the next items of my plan: open activities by deadline, criteria to mark or awaiting confirmation", async () => {
    const r = await kirim(d.sesi.pegawai, "GET", u("/saya/berikut"));
    expect(r.statusCode, r.body).toBe(200);
    const semua = (await kirim(d.sesi.pegawai, "GET", u("/saya"))).json();
    const b = r.json();
    expect(b.ditetapkan).toBe(true);
    // the module was marked done above: the guided assignment is what is next
    expect(b.kegiatan.map((k: { judul: string }) => k.judul)).toEqual(["Memimpin diskusi kode etik"]);
    expect(b.kegiatanTerbuka).toBe(1);
    expect(b.kriteriaMenunggu).toBe(1); // 2.2 marked again, not yet confirmed
    expect(b.kriteriaBelum).toBe(semua.kriteria.length - 1);
    // an account without an employee record has no plan
    expect((await kirim(d.sesi.admin, "GET", u("/saya/berikut"))).statusCode).toBe(403);
  });

  it("shows leaders aggregates per unit only from k people with a plan", async () => {
    const a1 = (await kirim(d.sesi.pimpinan, "GET", u("/unit"))).json();
    expect(a1.unit).toEqual([expect.objectContaining({ pegawaiBerencana: 1, proporsiDikonfirmasi: null })]);
    for (const i of [10, 11, 12, 13])
      await kirim(d.sesi.tim, "PUT", u(`/pegawai/${d.pegawai[i]}`), { kegiatan: [] });
    const a2 = (await kirim(d.sesi.pimpinan, "GET", u("/unit"))).json();
    expect(a2.unit[0].pegawaiBerencana).toBe(5);
    expect(a2.unit[0].proporsiDikonfirmasi).toBe(0); // the one confirmation was withdrawn above
    expect(a2.unit[0].kegiatanSelesai).toBe(0.5);
    expect((await kirim(d.sesi.pegawai, "GET", u("/unit"))).statusCode).toBe(403);
  });

  it("counts attendance at executed activities and mentoring sessions (never their content); the agency checklist shows the share of employees confirmed", async () => {
    const pid = d.pegawaiSesi.pegawai;
    const iid = d.instansi.id;
    const s = await ctx.db
      .insertInto("siklus_program")
      .values({ instansi_id: iid, nama: "Siklus Rencana", konfigurasi: "{}" })
      .returning("id")
      .executeTakeFirstOrThrow();
    const kegiatan = async (judul: string, subtahap: number | null, kodeUtama: string) =>
      (
        await ctx.db
          .insertInto("kegiatan_program")
          .values({
            instansi_id: iid,
            siklus_id: s.id,
            kegiatan_utama: kodeUtama,
            subtahap,
            judul,
            rencana_mulai: tgl(-10),
            rencana_selesai: tgl(-1),
          })
          .returning("id")
          .executeTakeFirstOrThrow()
      ).id;
    const k1 = await kegiatan("Kelas integritas", 2, "penguatan_kapasitas");
    const k2 = await kegiatan("Monev triwulan", null, "pemantauan_evaluasi");
    const laksana = (kegiatanId: string, tanggal: string, hadir: string[]) =>
      ctx.db
        .insertInto("pelaksanaan_kegiatan")
        .values({
          instansi_id: iid,
          siklus_id: s.id,
          kegiatan_id: kegiatanId,
          tanggal,
          jumlah_peserta: hadir.length,
          hadir: JSON.stringify(hadir),
          hasil: "Terlaksana",
          bukti: "[]",
        })
        .execute();
    await laksana(k1, tgl(-9), [pid, d.pegawai[2]]);
    await laksana(k1, tgl(-5), [pid]);
    await laksana(k2, tgl(-3), [pid]);
    await laksana(k2, tgl(-2), [d.pegawai[2]]); // not there
    await ctx.db
      .insertInto("sesi_pendampingan")
      .values(
        [1, 2].map((n) => ({
          instansi_id: iid,
          pendamping_id: d.pegawaiSesi.agen,
          pegawai_id: pid,
          jenis: "mentoring" as const,
          tanggal: tgl(-n),
          topik: `Topik rahasia ${n}`,
        })),
      )
      .execute();
    const r = await kirim(d.sesi.pegawai, "GET", u("/saya"));
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json().kehadiran).toEqual({
      jumlah: 3,
      perSubtahap: [
        { subtahap: 1, jumlah: 0 },
        { subtahap: 2, jumlah: 2 },
        { subtahap: 3, jumlah: 0 },
        { subtahap: 4, jumlah: 0 },
      ],
      terakhir: [
        { judul: "Monev triwulan", tanggal: tgl(-3), subtahap: null },
        { judul: "Kelas integritas", tanggal: tgl(-5), subtahap: 2 },
        { judul: "Kelas integritas", tanggal: tgl(-9), subtahap: 2 },
      ],
      pendampingan: 2,
    });
    expect(r.body).not.toContain("Topik rahasia");

    // the agency checklist (BAB III.B.2): 1 of 24 active employees confirmed on 2.2, one more ticked
    await kirim(d.sesi.pimpinan, "POST", u(`/pegawai/${pid}/kriteria/2.2/konfirmasi`));
    await ctx.db
      .insertInto("kriteria_individu")
      .values({ instansi_id: iid, pegawai_id: d.pegawai[2], kode_item: "2.2" })
      .execute();
    const dp = await kirim(d.sesi.tim, "GET", `/api/instansi/${iid}/program/siklus/${s.id}/daftar-periksa`);
    expect(dp.statusCode, dp.body).toBe(200);
    const item = dp
      .json()
      .subtahap.flatMap((x: { item: { kode: string }[] }) => x.item)
      .find((x: { kode: string }) => x.kode === "2.2");
    const aktif = await ctx.db
      .selectFrom("pegawai")
      .select((e) => e.fn.countAll<string>().as("n"))
      .where("instansi_id", "=", iid)
      .where("aktif", "=", true)
      .executeTakeFirstOrThrow();
    expect(item.pegawai).toEqual({
      dikonfirmasi: 1,
      dicentang: 1,
      pegawai: Number(aktif.n),
      proporsi: Math.round((1 / Number(aktif.n)) * 10_000) / 10_000,
    });
  });
});
