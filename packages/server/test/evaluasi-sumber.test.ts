/**
 * The worksheet's computed sources (docs/evaluasi.md "Computed indicators";
 * domain SUMBER_DATA_LKE) against an agency's own data set up here: Tabel 4's
 * activities carried out and continued in the period's year, the sub-stage
 * checklists, the index with its interval and the level distribution from
 * the released campaigns' per-unit sums (k respected, pilots ignored), the
 * change from the baseline, and leaders' declaration and mentoring — and,
 * without data, no value ("belum ada data").
 */
import { randomUUID } from "node:crypto";
import { indeksDariJumlah, itemDaftarPeriksa, K_BAKU } from "@nurani/domain";
import { beforeAll, expect, it } from "vitest";
import { hitungSumber } from "../src/fitur/evaluasi/index.ts";
import { jendela } from "../src/fitur/evaluasi/sumber-program.ts";
import { buatDunia, type DuniaProgram, PDF } from "./program-bantu.ts";
import { buatInstansi, describeOnDatabases } from "./support/index.ts";

const TAHUN = new Date().getUTCFullYear() - 1;
const tgl = (md: string) => `${TAHUN}-${md}`;

describeOnDatabases("evaluasi: computed sources of the worksheet from the agency's data", (t) => {
  let d: DuniaProgram;
  let siklusId = "";

  /** A released campaign whose per-unit sums hold `n` results per unit around `rerata`. */
  async function kampanye(o: {
    rerata: number;
    n: number[];
    dirilis: string;
    ujiCoba?: boolean;
    level: number[][];
  }) {
    const { id } = await t.db
      .insertInto("kampanye_asesmen")
      .values({
        instansi_id: d.instansi.id,
        nama: `Kampanye ${randomUUID().slice(0, 6)}`,
        tujuan: "awal",
        formulir_id: "uji",
        bank_versi: "uji",
        formulir: "{}",
        populasi: JSON.stringify({ jenis: "semua" }),
        dibuka: new Date(`${o.dirilis}T00:00:00Z`),
        ditutup: new Date(`${o.dirilis}T01:00:00Z`),
        status: "aktif",
        hasil_dirilis: new Date(`${o.dirilis}T03:00:00Z`),
        uji_coba: o.ujiCoba ?? false,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    const S = new Array<number>(10).fill(0);
    const SS = new Array<number>(10).fill(0);
    for (let u = 0; u < o.n.length; u++) {
      // each plausible-value set spreads the unit's people around the mean
      const s = S.map((_, v) => o.n[u] * (o.rerata + (v % 3) - 1 + u));
      const ss = S.map((_, v) => o.n[u] * ((o.rerata + (v % 3) - 1 + u) ** 2 + 25));
      for (let v = 0; v < 10; v++) {
        S[v] += s[v];
        SS[v] += ss[v];
      }
      await t.db
        .insertInto("ringkasan_peta")
        .values({
          instansi_id: d.instansi.id,
          kampanye_id: id,
          unit_id: d.unit[u],
          n: o.n[u],
          level: o.level[u],
          faktor: [0, 0, 0],
          s,
          ss,
          jumlah_pegawai: 8,
        })
        .execute();
    }
    const n = o.n.reduce((a, b) => a + b, 0);
    return { id, indeks: indeksDariJumlah(n, S, SS, { jumlahPopulasi: 8 * o.n.length }) };
  }

  beforeAll(async () => {
    d = await buatDunia(t.app, t.db);
  });

  it("the period's twelve months end at the earlier of the year's end and today", () => {
    expect(jendela(2025, "2026-12-08")).toEqual({ mulai: "2025-01-01", akhir: "2025-12-31" });
    expect(jendela(2026, "2026-06-15")).toEqual({ mulai: "2025-07-01", akhir: "2026-06-15" });
    expect(jendela(2027, "2026-12-08")).toEqual({ mulai: "2026-01-01", akhir: "2026-12-08" });
  });

  it("without data no source of B, C (beyond participation) or E has a value", async () => {
    const kosong = await buatInstansi(t.db);
    const h = await hitungSumber(t.db, kosong.id, TAHUN);
    const tanpa = Object.keys(h).filter((k) => /^(persiapan|pelaksanaan|asesmen|kepemimpinan)\./.test(k));
    expect(tanpa).toEqual([]);
    // leaders but no cycle: the declaration has no data; mentoring is counted (none)
    const l = await hitungSumber(t.db, d.instansi.id, TAHUN);
    expect(l["kepemimpinan.deklarasi_pimpinan"]).toBeUndefined();
    expect(l["kepemimpinan.pendampingan_pimpinan"]?.nilai).toBe(0);
    expect(l["pelaksanaan.kampanye.terlaksana"]).toBeUndefined();
    expect(l["asesmen.indeks"]).toBeUndefined();
  });

  it("implementation: activities carried out per sub-stage in the year, months with activity since its start", async () => {
    siklusId = (
      await t.db
        .insertInto("siklus_program")
        .values({ instansi_id: d.instansi.id, nama: "Siklus uji", pelaksanaan_mulai: tgl("03-10") })
        .returning("id")
        .executeTakeFirstOrThrow()
    ).id;
    const kegiatan = async (utama: string, subtahap: number | null) =>
      (
        await t.db
          .insertInto("kegiatan_program")
          .values({
            instansi_id: d.instansi.id,
            siklus_id: siklusId,
            kegiatan_utama: utama as "kampanye",
            subtahap,
            judul: `${utama} ${subtahap}`,
            rencana_mulai: tgl("03-01"),
            rencana_selesai: tgl("11-30"),
          })
          .returning("id")
          .executeTakeFirstOrThrow()
      ).id;
    const laksana = (kegiatanId: string, tanggal: string) =>
      t.db
        .insertInto("pelaksanaan_kegiatan")
        .values({
          instansi_id: d.instansi.id,
          siklus_id: siklusId,
          kegiatan_id: kegiatanId,
          tanggal,
          jumlah_peserta: 5,
          hasil: "Terlaksana.",
        })
        .execute();
    const k1 = await kegiatan("kampanye", 1);
    const k2 = await kegiatan("kampanye", 2);
    const pe = await kegiatan("pemantauan_evaluasi", null);
    const wb = await kegiatan("wadah_berbagi", 1);
    await laksana(k1, tgl("03-12"));
    await laksana(k1, tgl("03-20"));
    await laksana(k2, tgl("05-02"));
    await laksana(pe, tgl("04-30"));
    await laksana(wb, `${TAHUN + 1}-01-05`); // the next year: not in this period

    const h = await hitungSumber(t.db, d.instansi.id, TAHUN);
    expect(h["pelaksanaan.kampanye.terlaksana"]?.nilai).toBe(true);
    expect(h["pelaksanaan.kampanye.terlaksana"]?.keterangan).toContain("3 pelaksanaan");
    expect(h["pelaksanaan.kampanye.terlaksana"]?.keterangan).toContain("subtahap 1: 2, subtahap 2: 1");
    expect(h["pelaksanaan.kampanye.terlaksana"]?.bukti).toEqual([
      { jenis: "siklus_program", id: siklusId, nama: "Siklus uji" },
    ]);
    // March–December = 10 months; March and May have activity
    expect(h["pelaksanaan.kampanye.kesinambungan"]?.nilai).toBe(20);
    expect(h["pelaksanaan.pemantauan_evaluasi.terlaksana"]?.nilai).toBe(true);
    expect(h["pelaksanaan.pemantauan_evaluasi.kesinambungan"]?.nilai).toBe(10);
    expect(h["pelaksanaan.wadah_berbagi.terlaksana"]?.nilai).toBe(false);
    expect(h["pelaksanaan.wadah_berbagi.kesinambungan"]?.nilai).toBe(0);
    expect(h["pelaksanaan.penguatan_kapasitas.terlaksana"]?.nilai).toBe(false);
  });

  it("preparation details: team aligned with the RB team, declaration with the ZI, change agents against the target", async () => {
    let h = await hitungSumber(t.db, d.instansi.id, TAHUN);
    expect(h["persiapan.langkah1.selaras_rb"]?.nilai).toBe(false);
    expect(h["persiapan.langkah2.selaras_zi"]?.nilai).toBe(false);
    expect(h["persiapan.langkah6.jumlah_memadai"]?.nilai).toBe(0);
    const catat = (langkah: "pembentukan_tim" | "deklarasi_komitmen" | "agen_perubahan", isi: object) =>
      t.db
        .insertInto("langkah_persiapan")
        .values({
          instansi_id: d.instansi.id,
          siklus_id: siklusId,
          langkah,
          isi: JSON.stringify(isi),
          dicatat: new Date(),
        })
        .execute();
    await catat("pembentukan_tim", {
      timReformasiBirokrasi: { nomorSk: "SK/RB/1" },
      anggota: [{ pegawaiId: d.pegawai[1], peranTim: "ketua", anggotaTimRB: true }],
    });
    await catat("deklarasi_komitmen", { selarasZonaIntegritas: true });
    await catat("agen_perubahan", { ditetapkan: d.pegawai.slice(10, 13) });
    h = await hitungSumber(t.db, d.instansi.id, TAHUN);
    expect(h["persiapan.langkah1.selaras_rb"]?.nilai).toBe(true);
    expect(h["persiapan.langkah2.selaras_zi"]?.nilai).toBe(true);
    // no target set: appointed agents count as sufficient
    expect(h["persiapan.langkah6.jumlah_memadai"]?.nilai).toBe(100);
    await t.db
      .updateTable("siklus_program")
      .set({ konfigurasi: JSON.stringify({ targetAgenPerubahan: 4 }) })
      .where("id", "=", siklusId)
      .execute();
    h = await hitungSumber(t.db, d.instansi.id, TAHUN);
    expect(h["persiapan.langkah6.jumlah_memadai"]?.nilai).toBe(75);
    expect(h["persiapan.langkah6.jumlah_memadai"]?.keterangan).toContain("3 agen perubahan");
  });

  it("checklists: the mean share of criteria met over the sub-stages with activities in the year", async () => {
    const h0 = await hitungSumber(t.db, d.instansi.id, TAHUN);
    expect(h0["pelaksanaan.daftar_periksa"]?.nilai).toBe(0);
    const { id: berkasId } = await t.db
      .insertInto("berkas_program")
      .values({
        instansi_id: d.instansi.id,
        siklus_id: siklusId,
        nama: "bukti.pdf",
        jenis: "pdf",
        mime: "application/pdf",
        ukuran: PDF.length,
        sha256: "0".repeat(64),
        isi: PDF,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    // every item of criterion 1 of sub-stage 1 evidenced and verified
    const butir = itemDaftarPeriksa(1);
    for (const it of butir.filter((x) => x.nomorKriteria === 1)) {
      await t.db
        .insertInto("bukti_daftar_periksa")
        .values({
          instansi_id: d.instansi.id,
          siklus_id: siklusId,
          kode_item: it.kode,
          berkas_id: berkasId,
          jenis: "dokumen_kegiatan",
        })
        .execute();
      await t.db
        .insertInto("verifikasi_daftar_periksa")
        .values({ instansi_id: d.instansi.id, siklus_id: siklusId, kode_item: it.kode })
        .execute();
    }
    const kriteria1 = new Set(butir.map((x) => x.nomorKriteria)).size;
    const h = await hitungSumber(t.db, d.instansi.id, TAHUN);
    // sub-stages 1 and 2 have activities: (1/k1 + 0) / 2
    expect(h["pelaksanaan.daftar_periksa"]?.nilai).toBe(Math.round(1000 * (1 / kriteria1 / 2)) / 10);
    expect(h["pelaksanaan.daftar_periksa"]?.keterangan).toContain(`subtahap 1 1/${kriteria1} kriteria`);
  });

  it("leadership: leaders who signed the cycle's declaration and who mentored in the year (counts only)", async () => {
    await t.db
      .insertInto("tanda_tangan_deklarasi")
      .values({
        instansi_id: d.instansi.id,
        siklus_id: siklusId,
        pegawai_id: d.pegawaiSesi.pimpinan,
        sebagai: "pimpinan",
        pengguna_id: (await t.db.selectFrom("pengguna").select("id").executeTakeFirstOrThrow()).id,
      })
      .execute();
    const sesi = (pendamping: string, tanggal: string) =>
      t.db
        .insertInto("sesi_pendampingan")
        .values({
          instansi_id: d.instansi.id,
          pendamping_id: pendamping,
          pegawai_id: d.pegawai[5],
          jenis: "mentoring",
          tanggal,
          topik: "Rahasia: tidak dibaca",
        })
        .execute();
    await sesi(d.pegawaiSesi.ppk, tgl("06-01"));
    await sesi(d.pegawaiSesi.ppk, tgl("07-01"));
    await sesi(d.pegawai[7], tgl("06-01")); // not a leader
    await sesi(d.pegawaiSesi.pimpinan, `${TAHUN + 1}-02-01`); // outside the year
    const h = await hitungSumber(t.db, d.instansi.id, TAHUN);
    // two active leaders (ppk, pimpinan)
    expect(h["kepemimpinan.deklarasi_pimpinan"]?.nilai).toBe(50);
    expect(h["kepemimpinan.pendampingan_pimpinan"]?.nilai).toBe(50);
    expect(JSON.stringify(h["kepemimpinan.pendampingan_pimpinan"])).not.toContain("Rahasia");
  });

  it("assessment: index and levels from the latest released campaign's sums, change from the baseline", async () => {
    const awal = await kampanye({
      rerata: 48,
      n: [6, 6, 6],
      dirilis: tgl("02-01"),
      level: [
        [1, 2, 2, 1],
        [2, 2, 1, 1],
        [1, 3, 1, 1],
      ],
    });
    await t.db
      .insertInto("langkah_persiapan")
      .values({
        instansi_id: d.instansi.id,
        siklus_id: siklusId,
        langkah: "asesmen_awal",
        isi: JSON.stringify({ kampanyeId: awal.id }),
        dicatat: new Date(),
      })
      .execute();
    let h = await hitungSumber(t.db, d.instansi.id, TAHUN);
    expect(h["asesmen.indeks"]?.nilai).toBe(Math.round(10 * awal.indeks.nilai) / 10);
    expect(h["asesmen.indeks"]?.keterangan).toContain("interval 95 %");
    expect(h["asesmen.indeks"]?.bukti[0]).toMatchObject({ jenis: "kampanye_asesmen", id: awal.id });
    // levels 3–4: 3 + 2 + 2 + … of 18
    expect(h["asesmen.level_atas"]?.nilai).toBe(Math.round((1000 * 7) / 18) / 10);
    expect(h["asesmen.asesmen_akhir"]?.nilai).toBe(false);
    expect(h["asesmen.perubahan"]).toBeUndefined();

    const akhir = await kampanye({
      rerata: 55,
      n: [7, 7, 7],
      dirilis: tgl("11-01"),
      level: [
        [0, 2, 3, 2],
        [1, 1, 3, 2],
        [0, 2, 2, 3],
      ],
    });
    await t.db
      .updateTable("siklus_program")
      .set({ kampanye_akhir_id: akhir.id })
      .where("id", "=", siklusId)
      .execute();
    // a pilot released later is in no figure
    await kampanye({
      rerata: 90,
      n: [6, 6, 6],
      dirilis: tgl("12-01"),
      ujiCoba: true,
      level: [[6], [6], [6]],
    });
    h = await hitungSumber(t.db, d.instansi.id, TAHUN);
    expect(h["asesmen.indeks"]?.nilai).toBe(Math.round(10 * akhir.indeks.nilai) / 10);
    expect(h["asesmen.level_atas"]?.nilai).toBe(Math.round((1000 * 15) / 21) / 10);
    expect(h["asesmen.asesmen_akhir"]?.nilai).toBe(true);
    expect(h["asesmen.perubahan"]?.nilai).toBe(
      Math.round(10 * (akhir.indeks.nilai - awal.indeks.nilai)) / 10,
    );
    expect(h["asesmen.perubahan"]?.bukti.map((b) => b.id)).toEqual([awal.id, akhir.id]);

    // a later campaign with fewer results than k: no index, no levels (the map's rule)
    await kampanye({ rerata: 60, n: [K_BAKU - 1], dirilis: tgl("12-15"), level: [[0, 0, 2, K_BAKU - 3]] });
    h = await hitungSumber(t.db, d.instansi.id, TAHUN);
    expect(h["asesmen.indeks"]).toBeUndefined();
    expect(h["asesmen.level_atas"]).toBeUndefined();
    expect(h["asesmen.perubahan"]?.nilai).toBe(
      Math.round(10 * (akhir.indeks.nilai - awal.indeks.nilai)) / 10,
    );
  });
});
