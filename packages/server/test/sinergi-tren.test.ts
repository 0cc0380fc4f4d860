/**
 * docs/sinergi.md (Tabel 2 II): the synergy indicators per year from the
 * registers' dates, shown to the PPK as to the leaders with shares over
 * fewer than k people hidden; the same figures prefill the national
 * worksheet with their evidence; the conflict-of-interest deadline skips the
 * national holiday calendar (one source of holidays with the gratification
 * countdown).
 */
import { tambahHariKerja } from "@nurani/domain";
import { beforeAll, expect, it } from "vitest";
import { tanggalDi } from "../src/umum/tanggal.ts";
import { type AgensiEtik, buatAgensiEtik, panggil } from "./sinergi-etik-bantu.ts";
import { buatInstansi, buatPengguna, describeOnDatabases, login, minta } from "./support/index.ts";

describeOnDatabases("sinergi: trend per year, the PPK's view, worksheet prefill, holidays", (ctx) => {
  let g: AgensiEtik;
  const api = panggil(ctx);
  const hariIni = () => tanggalDi(new Date());
  const Y = Number(hariIni().slice(0, 4));
  const L = Y - 1;
  const semua = () => [g.kepala, ...g.staf, ...g.stafB].map((o) => o.pegawaiId as string);

  beforeAll(async () => {
    g = await buatAgensiEtik(ctx);
    const a = g.a.id;
    const db = ctx.db;
    const kode = await db
      .insertInto("kode_etik")
      .values({
        instansi_id: a,
        versi: 1,
        judul: "Kode Etik Uji",
        isi: "Jujur.",
        soal: "[]",
        status: "terbit",
        nomor_sk: "SK-KE/1",
        tanggal_sk: `${L}-01-10`,
        terbit: new Date(`${L}-01-10T00:00:00Z`),
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    const p = semua();
    // attestations: 3 of 9 in the last year, 6 of 9 this year
    for (const [tahun, n] of [
      [L, 3],
      [Y, 6],
    ] as const)
      for (const pegawai_id of p.slice(0, n))
        await db
          .insertInto("kode_etik_atestasi")
          .values({ instansi_id: a, kode_id: kode.id, pegawai_id, tahun, tanggal: `${tahun}-02-01` })
          .execute();
    // last year: 5 declarations decided on time; this year: 1 decided late
    for (const [i, pegawai_id] of p.slice(1, 6).entries())
      await db
        .insertInto("bk_deklarasi")
        .values({
          instansi_id: a,
          pegawai_id,
          jenis: "pekerjaan_luar",
          uraian: `Deklarasi ${i}`,
          tanggal: `${L}-03-02`,
          tenggat: `${L}-03-09`,
          status: "diputuskan",
          keputusan: "tanpa_tindakan",
          tanggal_keputusan: `${L}-03-05`,
        })
        .execute();
    await db
      .insertInto("bk_deklarasi")
      .values({
        instansi_id: a,
        pegawai_id: p[1],
        jenis: "lainnya",
        uraian: "Terlambat",
        tanggal: `${Y}-01-05`,
        tenggat: `${Y}-01-12`,
        status: "diputuskan",
        keputusan: "tanpa_tindakan",
        tanggal_keputusan: `${Y}-01-20`,
      })
      .execute();
    for (const i of [0, 1])
      await db
        .insertInto("kasus_disiplin")
        .values({
          instansi_id: a,
          pegawai_id: p[i + 2],
          uraian: "Tidak masuk kerja",
          tingkat: "ringan",
          hukuman: "teguran lisan",
          tanggal_keputusan: `${L}-06-0${i + 1}`,
          nomor_sk: `SK-D/${i}`,
        })
        .execute();
    for (const [i, pegawai_id] of p.slice(0, 6).entries())
      await db
        .insertInto("kewajiban_lhkasn")
        .values({
          instansi_id: a,
          tahun: L,
          pegawai_id,
          jenis: "LHKASN",
          tanggal_lapor: i < 5 ? `${L}-03-01` : null,
        })
        .execute();
    await db
      .insertInto("zona_integritas")
      .values({ instansi_id: a, unit_id: g.unitA, tahun: L, status: "wbk" })
      .execute();
    await db
      .insertInto("zona_integritas")
      .values({ instansi_id: a, unit_id: g.unitB, tahun: Y, status: "diusulkan" })
      .execute();
    await db.insertInto("indeks_merit").values({ instansi_id: a, tahun: L, nilai: 280 }).execute();
    await db
      .insertInto("gratifikasi")
      .values({
        instansi_id: a,
        nomor: "GRT-UJI-1",
        pegawai_id: p[0],
        jenis: "diterima",
        pemberi: "PT Uji",
        hubungan: "penyedia_barang_jasa",
        bentuk: "barang",
        uraian: "Parsel",
        nilai_rupiah: 500_000,
        tanggal_terima: `${L}-05-04`,
        tanggal_lapor: `${L}-05-06`,
      })
      .execute();
    for (const [i, tutup] of [`${L}-04-11`, null].entries())
      await db
        .insertInto("wbs_laporan")
        .values({
          instansi_id: a,
          nomor_tiket: `WBS-UJITREN00${i}`,
          hash_kode: "x",
          kunci_id: "uji",
          kunci_data: Buffer.from("k"),
          judul_sandi: Buffer.from("j"),
          isi_sandi: Buffer.from("i"),
          tanggal: `${L}-04-01`,
          status: tutup ? "ditutup" : "diterima",
          hasil: tutup ? "terbukti" : null,
          tanggal_ditutup: tutup,
        })
        .execute();
  });

  it("shows each indicator per year from the registers' dates, hiding shares over fewer than k people", async () => {
    const r = await api(g.peran.get("ppk"), "GET", `/api/instansi/${g.a.id}/sinergi/tren`);
    expect(r.statusCode, r.body).toBe(200);
    const { k, tahun } = r.json();
    expect(k).toBe(5);
    expect(tahun.map((x: { tahun: number }) => x.tahun)).toEqual([Y, L, Y - 2]);
    const [ini, lalu, dulu] = tahun;
    expect(lalu).toMatchObject({
      atestasi: { jumlah: 3, pegawai: 9, persen: 33.3 },
      benturan: { jumlah: 5, jatuhTempo: 5, tepatWaktu: 5, persenTepatWaktu: 100 },
      // one gift: the count shows, the share over one person does not
      gratifikasi: { jumlah: 1, tepatWaktu: 1, persenTepatWaktu: null },
      wbs: { jumlah: 2, ditutup: 1, persenDitutup: 50, medianHariSelesai: 10 },
      disiplin: { jumlah: 2, pegawai: 9 },
      lhkasn: { wajib: 6, lapor: 5, persen: 83.3 },
      zi: { wbk: 1, wbbm: 0, diusulkan: 0 },
      merit: { nilai: 280 },
    });
    expect(lalu.disiplin.per100).toBeCloseTo(22.222, 2);
    expect(ini).toMatchObject({
      atestasi: { jumlah: 6, persen: 66.7 },
      benturan: { jumlah: 1, jatuhTempo: 1, tepatWaktu: 0, persenTepatWaktu: null },
      disiplin: { jumlah: 0, per100: 0 },
      zi: { wbk: 1, diusulkan: 1 },
      merit: null,
    });
    expect(dulu).toMatchObject({ atestasi: { jumlah: 0 }, zi: { wbk: 0, wbbm: 0, diusulkan: 0 } });
  });

  it("the PPK sees the aggregates of every register but no register's records; roles outside are refused", async () => {
    const a = g.a.id;
    const ppk = g.peran.get("ppk");
    for (const u of [
      "wbs/statistik",
      "gratifikasi/statistik",
      "disiplin/statistik",
      "lhkasn/kepatuhan",
      "etik/ringkasan",
    ])
      expect((await api(ppk, "GET", `/api/instansi/${a}/${u}`)).statusCode, u).toBe(200);
    for (const u of ["wbs", "gratifikasi"])
      expect((await api(ppk, "GET", `/api/instansi/${a}/${u}`)).statusCode, u).toBe(403);
    for (const p of ["pegawai", "pengelola_wbs", "pengelola_upg"] as const)
      expect((await api(g.peran.get(p), "GET", `/api/instansi/${a}/sinergi/tren`)).statusCode, p).toBe(403);
    expect((await api(g.staf[0], "GET", `/api/instansi/${a}/wbs/statistik`)).statusCode).toBe(403);
  });

  it("prefills the worksheet's synergy answers from the period year's registers, with evidence; the agency keeps the last word", async () => {
    const nas = await buatInstansi(ctx.db, { nasional: true });
    const e = await buatPengguna(ctx.db, [{ instansiId: nas.id, peran: "evaluator_nasional" }]);
    const ev = await login(ctx.app, e.username, e.password);
    const hari = (n: number) => tanggalDi(new Date(Date.now() + n * 86_400_000), "Asia/Jakarta");
    const jenis = (
      await ctx.db.selectFrom("instansi").select("jenis").where("id", "=", g.a.id).executeTakeFirstOrThrow()
    ).jenis;
    const per = await minta(ctx.app, ev, {
      method: "POST",
      url: "/api/evaluasi/periode",
      payload: {
        kode: "EVAL-SINERGI",
        nama: "Evaluasi sinergi",
        tahun: L,
        jenisPeserta: [jenis],
        versiLke: "1",
        penilaianMandiri: { mulai: hari(-1), selesai: hari(10) },
        reviu: { mulai: hari(-1), selesai: hari(20) },
        publikasi: hari(21),
      },
    });
    expect(per.statusCode, per.body).toBe(201);
    const url = `/api/instansi/${g.a.id}/evaluasi/periode/${per.json().id}/lembar`;
    const ppk = g.peran.get("ppk");
    const l = (await api(ppk, "GET", url)).json();
    expect(l.dihitung["sinergi.lhkasn_patuh"]).toMatchObject({
      nilai: 83.3,
      bukti: [expect.objectContaining({ jenis: "kewajiban_lhkasn" })],
    });
    expect(l.dihitung["sinergi.kode_etik_ditetapkan"].bukti[0]).toMatchObject({ jenis: "kode_etik" });
    expect(l.dihitung["sinergi.disiplin_per100"].nilai).toBeCloseTo(22.222, 2);
    expect(l.dihitung["sinergi.bk_tepat_waktu"].nilai).toBe(100);
    expect(l.dihitung["sinergi.zi_unit"].nilai).toBe(1);
    expect(l.jawaban).toMatchObject({
      "D1.1": true,
      "D1.2": 33.3,
      "D3.1": "B",
      "D4.1": "B",
      "D5.1": 83.3,
      "D6.2": 100,
      "D7.1": true,
      "D7.2": 50,
      "D8.2": true,
    });
    // what the registers cannot tell stays for the agency
    expect(l.jawaban["D2.1"]).toBeUndefined();
    expect(l.jawaban["D8.1"]).toBeUndefined();
    const ubah = await api(ppk, "PUT", `${url}/jawaban/D5.1`, { nilai: 90 });
    expect(ubah.statusCode, ubah.body).toBe(200);
    expect((await api(ppk, "GET", url)).json().jawaban["D5.1"]).toBe(90);
  });

  it("counts the national holiday calendar in the conflict-of-interest decision deadline", async () => {
    const besok = tambahHariKerja(hariIni(), 1, new Set());
    await ctx.db.insertInto("hari_libur").values({ tanggal: besok, keterangan: "Libur uji" }).execute();
    const r = await api(g.staf[0], "POST", `/api/instansi/${g.a.id}/benturan-kepentingan/saya`, {
      jenis: "pekerjaan_luar",
      uraian: "Mengajar di kampus swasta.",
    });
    expect(r.statusCode, r.body).toBe(201);
    const tanpaLibur = tambahHariKerja(hariIni(), 5, new Set());
    expect(r.json().tenggat).toBe(tambahHariKerja(hariIni(), 5, new Set([besok])));
    expect(r.json().tenggat > tanpaLibur).toBe(true);
  });
});
