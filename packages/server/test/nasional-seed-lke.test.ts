/**
 * `nurani seed-nasional`'s last phase (demo/nasional-program.ts): programme
 * cycles at the plan's stages and worksheets (LKE) in the plan's states,
 * their scores those of the domain's rules for the stored answers, the
 * national rows agreeing with a refresh, the dashboard showing them, and a
 * rerun writing nothing.
 */
import { type IsiLke, periksaKelengkapan, rencanaNasional } from "@nurani/domain";
import { expect, it } from "vitest";
import { muatNasionalSintetis } from "../src/demo/nasional.ts";
import { lembarSintetis } from "../src/demo/nasional-lembar.ts";
import { NAMA_SIKLUS_SINTETIS } from "../src/demo/nasional-siklus.ts";
import { hitungSumber, type NilaiDihitung, skorLembar } from "../src/fitur/evaluasi/index.ts";
import { segarkanInstansi } from "../src/fitur/nasional/index.ts";
import { kueriDasbor } from "../src/fitur/nasional/kueri.ts";
import { describeOnDatabases } from "./support/index.ts";

// 12 agencies whose plan has every worksheet state and every programme stage
const OPSI = { instansi: 12, pegawai: 1200, benih: 3 } as const;

describeOnDatabases("nasional: seed-nasional writes programme cycles and worksheets", (ctx) => {
  const rencana = rencanaNasional(OPSI);
  const lembar = async () =>
    ctx.db
      .selectFrom("lembar_evaluasi as l")
      .innerJoin("instansi as i", "i.id", "l.instansi_id")
      .innerJoin("periode_evaluasi as p", "p.id", "l.periode_id")
      .innerJoin("lke_versi as v", "v.versi", "p.versi_lke")
      .select([
        "i.kode",
        "i.id",
        "p.tahun",
        "l.status",
        "l.isian",
        "l.dihitung",
        "l.skor_mandiri",
        "l.skor_akhir",
        "l.difinalisasi_oleh",
        "l.disetujui_oleh",
        "v.isi",
      ])
      .where("i.kode", "like", "S-%")
      .execute();

  it("continues after an interruption; each agency's worksheet in the plan's state, scored by the rules", async () => {
    // two national evaluators: one finalizes, the other approves (four eyes)
    const { id: kementerian } = await ctx.db
      .insertInto("instansi")
      .values({ kode: "UJI-NAS", nama: "Kementerian uji", jenis: "kementerian", nasional: true })
      .returning("id")
      .executeTakeFirstOrThrow();
    for (const username of ["evaluator-a", "evaluator-b"]) {
      const { id } = await ctx.db
        .insertInto("pengguna")
        .values({ username, nama: username })
        .returning("id")
        .executeTakeFirstOrThrow();
      await ctx.db
        .insertInto("peran_pengguna")
        .values({ instansi_id: kementerian, pengguna_id: id, peran: "evaluator_nasional" })
        .execute();
    }
    // interrupted after the first transaction of the last phase, then run again
    const putus = new Error("terputus");
    await expect(
      muatNasionalSintetis(ctx.db, {
        ...OPSI,
        salin: ctx.basisdata,
        potongan: 500,
        potonganProgram: 5,
        progres: (p) => {
          if (p.fase === "program" && p.selesai >= 5) throw putus;
        },
      }),
    ).rejects.toBe(putus);
    expect(await lembar()).toHaveLength(
      rencana.slice(0, 5).filter((r) => r.statusLembar !== "belum_mulai").length,
    );
    const h = await muatNasionalSintetis(ctx.db, { ...OPSI, salin: ctx.basisdata, potonganProgram: 5 });
    expect(h.program).toBe(rencana.length - 5);
    const baris = await lembar();
    const perKode = new Map(baris.map((b) => [b.kode, b]));
    for (const r of rencana) {
      const b = perKode.get(r.kode);
      expect({ kode: r.kode, status: b?.status ?? "belum_mulai" }).toEqual({
        kode: r.kode,
        status: r.statusLembar,
      });
    }
    expect(new Set(baris.map((b) => b.status))).toEqual(
      new Set(["draf", "dikirim", "difinalisasi", "disetujui"]),
    );
    let denganIndeks = 0;
    for (const b of baris) {
      const isi = b.isi as IsiLke;
      const isian = b.isian as Parameters<typeof skorLembar>[1];
      const dihitung = b.dihitung as Record<string, NilaiDihitung>;
      const skor = skorLembar(isi, isian, dihitung);
      expect(Number(b.skor_mandiri)).toBeCloseTo(skor.mandiri.total, 9);
      if (b.status === "difinalisasi" || b.status === "disetujui") {
        expect(Number(b.skor_akhir)).toBeCloseTo(skor.akhir.total, 9);
        expect(skor.akhir.jumlahPertanyaan).toBe(Object.keys(isian.reviu ?? {}).length);
      } else expect(b.skor_akhir).toBeNull();
      // anything past the draft was complete when submitted: every answer and every required evidence
      if (b.status !== "draf") expect(periksaKelengkapan(isi, isian)).toEqual([]);
      if (b.status === "disetujui") {
        expect(b.disetujui_oleh).not.toBeNull();
        expect(b.difinalisasi_oleh).not.toBeNull();
        expect(b.disetujui_oleh).not.toBe(b.difinalisasi_oleh);
      }
      // the computed answers are the system's, from the rows written (nothing changed since)
      expect(dihitung).toEqual(await hitungSumber(ctx.db, b.id, b.tahun));
      // the index and levels are the synthetic campaign's, as the national row holds them from its sums
      const nas = await ctx.db
        .selectFrom("ringkasan_instansi")
        .select(["indeks_nilai", "level", "n"])
        .where("instansi_id", "=", b.id)
        .executeTakeFirstOrThrow();
      expect(dihitung["asesmen.indeks"]?.nilai ?? null).toBe(
        nas.indeks_nilai === null ? null : Math.round(10 * nas.indeks_nilai) / 10,
      );
      if (nas.level && nas.n)
        expect(dihitung["asesmen.level_atas"]?.nilai).toBe(
          Math.round((1000 * (nas.level[2] + nas.level[3])) / nas.n) / 10,
        );
      if (dihitung["asesmen.indeks"]) denganIndeks++;
      // deterministic: the plan alone gives the same answers, review and state (evidence ids aside)
      const r = rencana.find((x) => x.kode === b.kode);
      if (!r) throw new Error(b.kode);
      const lagi = lembarSintetis(isi, r, dihitung, ["a", "b"], () => "x");
      expect(lagi?.lembar.status).toBe(b.status);
      expect(lagi?.lembar.isian.jawaban).toEqual(isian.jawaban);
      expect(lagi?.lembar.isian.reviu).toEqual(isian.reviu);
      // every evidence id is a stored file of the agency
      const ids = Object.values(isian.bukti).flat();
      const berkas = await ctx.db
        .selectFrom("berkas_evaluasi")
        .select("id")
        .where("instansi_id", "=", b.id)
        .execute();
      expect(berkas.map((x) => x.id).sort()).toEqual([...ids].sort());
    }
    const adaPenyesuaian = baris.some((b) =>
      Object.values((b.isian as { reviu?: Record<string, { keputusan: string }> }).reviu ?? {}).some(
        (x) => x.keputusan === "disesuaikan",
      ),
    );
    expect(adaPenyesuaian).toBe(true);
    expect(denganIndeks).toBeGreaterThan(0);
  });

  it("keeps national rows a refresh computes again from the cycles: stage, steps, activities", async () => {
    const sebelum = await ctx.db
      .selectFrom("ringkasan_instansi as r")
      .innerJoin("instansi as i", "i.id", "r.instansi_id")
      .select([
        "i.kode",
        "r.instansi_id",
        "r.basi",
        "r.tahap",
        "r.langkah_persiapan",
        "r.kegiatan_terlaksana",
      ])
      .where("i.kode", "like", "S-%")
      .execute();
    expect(sebelum).toHaveLength(rencana.length);
    for (const s of sebelum) {
      const r = rencana.find((x) => x.kode === s.kode);
      expect({ basi: s.basi, tahap: s.tahap, langkah: s.langkah_persiapan }).toEqual({
        basi: false,
        tahap: r?.tahap,
        langkah: r?.langkahSelesai,
      });
      await segarkanInstansi(ctx.db, s.instansi_id);
      const kini = await ctx.db
        .selectFrom("ringkasan_instansi")
        .select(["tahap", "langkah_persiapan", "kegiatan_terlaksana"])
        .where("instansi_id", "=", s.instansi_id)
        .executeTakeFirstOrThrow();
      expect(kini).toEqual({
        tahap: s.tahap,
        langkah_persiapan: s.langkah_persiapan,
        kegiatan_terlaksana: s.kegiatan_terlaksana,
      });
    }
    expect(new Set(sebelum.map((s) => s.tahap))).toEqual(
      new Set(["persiapan", "pelaksanaan", "penilaian", "selesai"]),
    );
    expect(new Set(sebelum.map((s) => s.langkah_persiapan)).size).toBeGreaterThan(1);
    expect(new Set(sebelum.map((s) => s.kegiatan_terlaksana)).size).toBeGreaterThan(1);
  });

  it("shows worksheet status and score on the national dashboard of the period", async () => {
    const p = await ctx.db
      .selectFrom("periode_evaluasi")
      .select(["id", "kode", "nama", "tahun", "jenis_peserta"])
      .executeTakeFirstOrThrow();
    const baris = await kueriDasbor(
      ctx.db,
      { periode: { ...p, jenisPeserta: p.jenis_peserta, beku: false }, q: "sintetis" },
      "nama",
    ).execute();
    expect(new Set(baris.map((b) => b.status_lke ?? "belum_mulai")).size).toBe(5);
    expect(baris.filter((b) => b.skor_lke !== null).length).toBe(
      rencana.filter((r) => r.statusLembar === "difinalisasi" || r.statusLembar === "disetujui").length,
    );
  });

  it("writes no cycle or worksheet twice when run again", async () => {
    const h = await muatNasionalSintetis(ctx.db, { ...OPSI, salin: ctx.basisdata, potongan: 500 });
    expect(h.program).toBe(0);
    const siklus = await ctx.db
      .selectFrom("siklus_program")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("nama", "=", NAMA_SIKLUS_SINTETIS)
      .executeTakeFirstOrThrow();
    expect(Number(siklus.n)).toBe(rencana.length);
  });
});
