import { FAKTOR } from "@nurani/domain";
import { sql } from "kysely";
import { beforeAll, expect, it } from "vitest";
import { bacaJawaban } from "../src/fitur/hasil/baca-jawaban.ts";
import { segarkanRingkasan } from "../src/fitur/hasil/ringkasan.ts";
import {
  buatKampanyeSimulasi,
  buatPegawaiSimulasi,
  type KampanyeSimulasi,
} from "../src/fitur/hasil/simulasi.ts";
import { type HasilTersimpan, skorKampanye } from "../src/fitur/hasil/skor.ts";
import { tulisBatch } from "../src/fitur/hasil/tulis-skor.ts";
import { batasSkor, hasilSkorJson, nilaiSkor } from "../src/umum/skor-tersimpan.ts";
import { buatInstansi, describeOnDatabases, type InstansiUji } from "./support/index.ts";

/**
 * The stored form of a result (migration 0120, umum/skor-tersimpan.ts): the
 * compact record reads as the keyed JSON rows written before it, those old
 * rows keep reading the same, a rescore turns them compact, and a non-finite
 * number is stored and read as JSON stored it (null). The answers the job
 * reads come as text; one holding the text form's separator is read intact.
 */
describeOnDatabases("skor_asesmen: compact record and rows of the old form", (t) => {
  let A: InstansiUji;
  let kamp: KampanyeSimulasi;

  const baca = () =>
    t.db
      .selectFrom("skor_asesmen as s")
      .select([
        "s.peserta_id",
        hasilSkorJson("s").as("hasil"),
        nilaiSkor("s", ["integritas"], "theta").as("theta"),
        nilaiSkor("s", ["faktor", "DN"], "t").as("tDn"),
        batasSkor("s").as("batas"),
        sql<boolean>`s.skor is not null`.as("ringkas"),
      ])
      .where("s.kampanye_id", "=", kamp.kampanyeId)
      .orderBy("s.peserta_id")
      .execute();
  // the per-unit sums, rounded: rows rewritten in another order may sum in another order
  const ringkasan = async () =>
    (
      await t.db
        .selectFrom("ringkasan_peta")
        .select(["unit_id", "n", "level", "faktor", "s", "ss"])
        .where("kampanye_id", "=", kamp.kampanyeId)
        .orderBy("unit_id")
        .execute()
    ).map((r) => ({
      ...r,
      faktor: r.faktor.map((x) => Number(x).toFixed(6)),
      s: r.s.map((x) => Number(x).toFixed(6)),
      ss: r.ss.map((x) => Number(x).toFixed(4)),
    }));

  beforeAll(async () => {
    A = await buatInstansi(t.db);
    const u = await t.db
      .insertInto("unit_kerja")
      .values({ instansi_id: A.id, kode: "U1", nama: "Unit 1" })
      .returning("id")
      .executeTakeFirstOrThrow();
    const pegawai = await buatPegawaiSimulasi(t.db, A.id, [u.id], 12);
    kamp = await buatKampanyeSimulasi(t.db, {
      instansiId: A.id,
      pegawaiIds: pegawai,
      formulirId: "NAS-1-S",
      benih: 4,
    });
    await skorKampanye(t.db, A.id, kamp.kampanyeId);
  });

  it("reads a row of the old form as the compact one, and a rescore makes it compact", async () => {
    const ringkas = await baca();
    const petaRingkas = await ringkasan();
    expect(ringkas.every((r) => r.ringkas)).toBe(true);
    for (const r of ringkas) {
      const h = r.hasil as HasilTersimpan;
      expect(r.theta).toBe(h.integritas.theta);
      expect(r.tDn).toBe(h.faktor.DN.t);
      expect(r.batas).toEqual(h.batas);
      expect(h.metodeLevel).toBe(h.batas.metode);
      expect(Object.keys(h.faktor).sort()).toEqual(FAKTOR.map((f) => f.kode).sort());
    }
    // as the job wrote rows before the compact record: keyed JSON only
    await sql`update skor_asesmen s set hasil = ${hasilSkorJson("s")}, skor = null, formulir_id = null,
      blok_dijawab = null, konvergen = null, lz = null, tanda = null, batas = null
      where s.kampanye_id = ${kamp.kampanyeId}`.execute(t.db);
    const lama = await baca();
    expect(lama.every((r) => !r.ringkas)).toBe(true);
    expect(lama.map(({ ringkas: _, ...r }) => r)).toEqual(ringkas.map(({ ringkas: _, ...r }) => r));
    await segarkanRingkasan(t.db, A.id, kamp.kampanyeId);
    expect(await ringkasan()).toEqual(petaRingkas);

    await skorKampanye(t.db, A.id, kamp.kampanyeId);
    const lagi = await baca();
    expect(lagi.every((r) => r.ringkas)).toBe(true);
    expect(lagi).toEqual(ringkas);
  });

  it("stores a non-finite number as null, as the keyed JSON did", async () => {
    const r = await t.db
      .selectFrom("skor_asesmen as s")
      .select(["s.peserta_id", "s.pegawai_id", "s.unit_id", hasilSkorJson("s").as("hasil")])
      .where("s.kampanye_id", "=", kamp.kampanyeId)
      .orderBy("s.peserta_id")
      .executeTakeFirstOrThrow();
    const { batas, ...h } = r.hasil as HasilTersimpan;
    const aneh = {
      ...h,
      lz: Number.NaN,
      faktor: { ...h.faktor, KM: { ...h.faktor.KM, se: Number.POSITIVE_INFINITY } },
    };
    await tulisBatch(
      t.db,
      {
        instansiId: A.id,
        kampanyeId: kamp.kampanyeId,
        versi: h.versiParameter,
        formulirId: h.formulir,
        batas,
        dihitung: new Date(),
      },
      [
        {
          peserta_id: r.peserta_id,
          pegawai_id: r.pegawai_id,
          unit_id: r.unit_id,
          hasil: aneh as unknown as Parameters<typeof tulisBatch>[2][number]["hasil"],
          pv: new Float64Array(10).fill(50),
          perlu_tinjauan: false,
        },
      ],
    );
    const s = await t.db
      .selectFrom("skor_asesmen as s")
      .select([hasilSkorJson("s").as("hasil"), "s.pv"])
      .where("s.peserta_id", "=", r.peserta_id)
      .executeTakeFirstOrThrow();
    expect(s.hasil).toEqual(JSON.parse(JSON.stringify({ ...aneh, batas })));
    expect(s.pv).toEqual(Array(10).fill(50));
  });

  it("reads an answer holding a separator of the text form intact", async () => {
    const p = await t.db
      .selectFrom("peserta_asesmen")
      .select(["id", "pegawai_id", "urutan"])
      .where("id", "=", kamp.pesertaIds[1])
      .executeTakeFirstOrThrow();
    const sebelum = await bacaJawaban(t.db, A.id, [{ ...p, unit_id: null }]);
    const blok = sebelum[0].jawaban[2].blok;
    const aneh = "A\x1fB\x1eC";
    await t.db
      .updateTable("jawaban_asesmen")
      .set({ paling_sesuai: aneh })
      .where("peserta_id", "=", p.id)
      .where("blok", "=", blok)
      .execute();
    const sesudah = await bacaJawaban(t.db, A.id, [{ ...p, unit_id: null }]);
    expect(sesudah[0].jawaban.map((j) => j.palingSesuai)).toEqual(
      sebelum[0].jawaban.map((j) => (j.blok === blok ? aneh : j.palingSesuai)),
    );
    expect(sesudah[0].jawaban.map(({ palingSesuai: _, ...j }) => j)).toEqual(
      sebelum[0].jawaban.map(({ palingSesuai: _, ...j }) => j),
    );
  });
});
