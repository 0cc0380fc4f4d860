import {
  derajatPlausible,
  type JawabanPegawai,
  kelompokPlausible,
  type ParameterAcuan,
  skorPegawaiLengkap,
} from "@nurani/domain";
import { beforeAll, expect, it } from "vitest";
import { formulirTerbit } from "../src/fitur/bank-butir/terbit.ts";
import { parameterBerlaku } from "../src/fitur/hasil/parameter.ts";
import {
  buatKampanyeSimulasi,
  buatPegawaiSimulasi,
  type KampanyeSimulasi,
} from "../src/fitur/hasil/simulasi.ts";
import { benihPv, JUMLAH_PV, skorKampanye, type TitikSkor } from "../src/fitur/hasil/skor.ts";
import { hasilSkorJson } from "../src/umum/skor-tersimpan.ts";
import { buatInstansi, describeOnDatabases, type InstansiUji } from "./support/index.ts";

/**
 * The scoring job in several batches (skor.ts): batched reads and writes,
 * plausible values conditioned on everyone scored so far, refused and
 * empty records, progress, abort, and what rescoring keeps.
 */
const FORM = "NAS-1-S";
const N = 30;
const BATCH = 8;
const DITOLAK = 5;
const KOSONG = 7;
const BERURUTAN = 3;

describeOnDatabases("asesmen hasil: the scoring job in batches", (t) => {
  let A: InstansiUji;
  const unit: Record<string, string> = {};
  let pegawaiIds: string[] = [];
  let kamp: KampanyeSimulasi;
  /** The answers as the job should read them (null: no answers). */
  let harapData: (JawabanPegawai | null)[];

  beforeAll(async () => {
    A = await buatInstansi(t.db);
    for (const kode of ["U1", "U2"]) {
      const r = await t.db
        .insertInto("unit_kerja")
        .values({ instansi_id: A.id, kode, nama: `Unit ${kode}` })
        .returning("id")
        .executeTakeFirstOrThrow();
      unit[kode] = r.id;
    }
    pegawaiIds = await buatPegawaiSimulasi(t.db, A.id, [unit.U1], N);
    kamp = await buatKampanyeSimulasi(t.db, { instansiId: A.id, pegawaiIds, formulirId: FORM, benih: 21 });
    harapData = kamp.data.map((d) => ({ ...d, jawaban: d.jawaban.map((b) => ({ ...b })) }));
    // a statement that is not in the block: the domain refuses this record
    const salah = kamp.data[DITOLAK].jawaban[0];
    await t.db
      .updateTable("jawaban_asesmen")
      .set({ paling_sesuai: "TIDAK-ADA" })
      .where("peserta_id", "=", kamp.pesertaIds[DITOLAK])
      .where("blok", "=", salah.blok)
      .execute();
    // submitted without answers
    await t.db.deleteFrom("jawaban_asesmen").where("peserta_id", "=", kamp.pesertaIds[KOSONG]).execute();
    harapData[KOSONG] = null;
    // a recorded display order reaches the domain
    const b0 = kamp.data[BERURUTAN].jawaban[0];
    const f = (await formulirTerbit(t.db)).find((x) => x.formulir.id === FORM)?.formulir;
    const urutan = [...(f?.blok.find((b) => b.id === b0.blok)?.pernyataan ?? [])].reverse();
    await t.db
      .updateTable("peserta_asesmen")
      .set({ urutan: JSON.stringify({ pernyataan: { [b0.blok]: urutan } }) })
      .where("id", "=", kamp.pesertaIds[BERURUTAN])
      .execute();
    (harapData[BERURUTAN] as JawabanPegawai).jawaban[0].urutanTampil = urutan;
  });

  it("scores batch by batch what the domain gives, PVs conditioned on everyone scored so far", async () => {
    const progres: [number, number][] = [];
    const r = await skorKampanye(t.db, A.id, kamp.kampanyeId, {
      ukuranBatch: BATCH,
      progres: (s, n) => {
        progres.push([s, n]);
      },
    });
    expect([r.dinilai, r.tanpaJawaban]).toEqual([N - 2, 1]);
    expect(r.ditolak.map((x) => x.pesertaId)).toEqual([kamp.pesertaIds[DITOLAK]]);
    expect(r.ditolak[0].pesan).toContain("bukan isi blok");
    expect(progres).toEqual([
      [0, N],
      [8, N],
      [16, N],
      [24, N],
      [30, N],
    ]);

    const param = await parameterBerlaku(t.db, FORM);
    const acuan = param?.acuan as ParameterAcuan;
    const f = (await formulirTerbit(t.db)).find((x) => x.formulir.id === FORM);
    if (!f) throw new Error("formulir");
    const urut = kamp.pesertaIds.map((id, i) => ({ id, i })).sort((a, b) => (a.id < b.id ? -1 : 1));
    const rows = await t.db
      .selectFrom("skor_asesmen as s")
      .selectAll("s")
      .select(hasilSkorJson("s").as("tersimpan"))
      .where("kampanye_id", "=", kamp.kampanyeId)
      .execute();
    const perPeserta = new Map(rows.map((x) => [x.peserta_id, x]));
    expect(rows).toHaveLength(N - 2);
    expect(perPeserta.has(kamp.pesertaIds[DITOLAK])).toBe(false);
    expect(perPeserta.has(kamp.pesertaIds[KOSONG])).toBe(false);

    const kelompok = kelompokPlausible();
    let terakhirSendiri: Float64Array | null = null;
    for (let nomor = 0; nomor * BATCH < N; nomor++) {
      const batch = urut
        .slice(nomor * BATCH, (nomor + 1) * BATCH)
        .filter((x) => x.i !== DITOLAK && x.i !== KOSONG);
      const data = batch.map((x) => harapData[x.i] as JawabanPegawai);
      const skor = skorPegawaiLengkap(acuan, f.formulir, data, { pernyataan: f.pernyataan });
      const opsiPv = { benih: benihPv(kamp.kampanyeId, nomor), m: JUMLAH_PV, skor };
      const pv = derajatPlausible(acuan, f.formulir, data, { ...opsiPv, kelompok });
      terakhirSendiri = derajatPlausible(acuan, f.formulir, data, opsiPv).derajat;
      batch.forEach((x, j) => {
        const row = perPeserta.get(x.id);
        if (!row) throw new Error(`tidak ada skor untuk ${x.id}`);
        const { batas, ...hasil } = row.tersimpan as { batas: { versi: string } };
        expect(hasil).toEqual(JSON.parse(JSON.stringify(skor.hasil[j])));
        expect(batas.versi).toBe("acuan");
        expect(row.unit_id).toBe(unit.U1);
        expect(row.parameter_versi).toBe(acuan.versi);
        for (const [v, nilai] of row.pv.entries())
          expect(nilai).toBeCloseTo(pv.derajat[j * JUMLAH_PV + v], 3);
      });
      // the last batch is conditioned on the whole campaign, not on itself alone
      if ((nomor + 1) * BATCH >= N) {
        const lain = batch.some((x, j) =>
          (perPeserta.get(x.id)?.pv ?? []).some(
            (nilai, v) => Math.abs(nilai - (terakhirSendiri as Float64Array)[j * JUMLAH_PV + v]) > 1e-3,
          ),
        );
        expect(lain).toBe(true);
      }
    }
    const berurutan = perPeserta.get(kamp.pesertaIds[BERURUTAN])?.tersimpan as { pegawaiId: string };
    expect(berurutan.pegawaiId).toBe(pegawaiIds[BERURUTAN]);
  });

  it("rescoring keeps a reviewer's decision and the unit at first scoring", async () => {
    const x = kamp.pesertaIds[0];
    await t.db
      .updateTable("skor_asesmen")
      .set({ tinjauan: "dikecualikan" })
      .where("peserta_id", "=", x)
      .execute();
    await t.db.updateTable("pegawai").set({ unit_id: unit.U2 }).where("id", "=", pegawaiIds[0]).execute();
    const sebelum = await t.db
      .selectFrom("skor_asesmen")
      .select(["peserta_id", "tinjauan", "perlu_tinjauan"])
      .where("kampanye_id", "=", kamp.kampanyeId)
      .execute();
    const r = await skorKampanye(t.db, A.id, kamp.kampanyeId, { ukuranBatch: BATCH });
    expect(r.dinilai).toBe(N - 2);
    const sesudah = await t.db
      .selectFrom("skor_asesmen")
      .select(["peserta_id", "tinjauan", "perlu_tinjauan", "unit_id"])
      .where("kampanye_id", "=", kamp.kampanyeId)
      .execute();
    const row = sesudah.find((s) => s.peserta_id === x);
    expect(row?.tinjauan).toBe("dikecualikan");
    expect(row?.unit_id).toBe(unit.U1);
    const lama = new Map(sebelum.map((s) => [s.peserta_id, s]));
    for (const s of sesudah)
      if (s.peserta_id !== x) expect(s.tinjauan).toBe(lama.get(s.peserta_id)?.tinjauan);
  });

  it("stops when aborted, after the batch in progress", async () => {
    const c = new AbortController();
    const dilihat: number[] = [];
    await expect(
      skorKampanye(t.db, A.id, kamp.kampanyeId, {
        ukuranBatch: BATCH,
        signal: c.signal,
        progres: (s) => {
          dilihat.push(s);
          if (s >= BATCH) c.abort();
        },
      }),
    ).rejects.toThrow(/dihentikan/);
    expect(dilihat.at(-1)).toBeLessThan(N);
  });

  it("an interrupted run resumes after its last committed batch and ends as an uninterrupted one", async () => {
    const baca = () =>
      t.db
        .selectFrom("skor_asesmen as s")
        .select(["peserta_id", "derajat", "level", "pv", hasilSkorJson("s").as("hasil")])
        .where("kampanye_id", "=", kamp.kampanyeId)
        .orderBy("peserta_id")
        .execute();
    const utuh = await skorKampanye(t.db, A.id, kamp.kampanyeId, { ukuranBatch: BATCH });
    const harap = await baca();
    await t.db.deleteFrom("skor_asesmen").where("kampanye_id", "=", kamp.kampanyeId).execute();

    // the worker dies after two batches are written and checkpointed
    const titik: TitikSkor[] = [];
    const c = new AbortController();
    await expect(
      skorKampanye(t.db, A.id, kamp.kampanyeId, {
        ukuranBatch: BATCH,
        signal: c.signal,
        simpanTitik: async (x) => {
          titik.push(JSON.parse(JSON.stringify(x)) as TitikSkor);
          if (titik.length === 2) c.abort();
        },
      }),
    ).rejects.toThrow(/dihentikan/);
    const terakhir = titik.at(-1) as TitikSkor;
    expect(terakhir.selesai).toBe(2 * BATCH);
    const progres: number[] = [];
    const lanjut = await skorKampanye(t.db, A.id, kamp.kampanyeId, {
      ukuranBatch: BATCH,
      titik: terakhir,
      progres: (s) => {
        progres.push(s);
      },
    });
    // it starts where the checkpoint says, not at 0
    expect(progres[0]).toBe(2 * BATCH);
    expect(progres.at(-1)).toBe(N);
    expect({ ...lanjut, detik: 0, acuanDibangunMs: null }).toEqual({
      ...utuh,
      detik: 0,
      acuanDibangunMs: null,
    });
    const sesudah = await baca();
    expect(sesudah.map((r) => r.peserta_id)).toEqual(harap.map((r) => r.peserta_id));
    sesudah.forEach((r, i) => {
      expect(r.level).toBe(harap[i].level);
      expect(r.derajat).toBeCloseTo(harap[i].derajat, 4);
      for (const [k, v] of r.pv.entries()) expect(v).toBeCloseTo(harap[i].pv[k], 3);
    });
  });
});
