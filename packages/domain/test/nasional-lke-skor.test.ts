import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  finalisasiLembar,
  hitungSkorLke,
  ISI_LKE_V1,
  type IsiLke,
  isiJawaban,
  kembalikanLembar,
  kirimLembar,
  type LembarJawaban,
  type LembarKerja,
  lembarBaru,
  type NilaiJawaban,
  type PertanyaanLke,
  periksaKelengkapan,
  setujuiLembar,
  tetapkanReviu,
  tolakFinalisasi,
} from "../src/index.ts";

/** A two-component worksheet small enough to compute by hand. */
const KECIL: IsiLke = {
  komponen: [
    {
      kode: "P",
      nama: { id: "P", en: "P" },
      bobot: 40,
      sumber: "Tabel 3",
      indikator: [
        {
          kode: "P1",
          nama: { id: "P1", en: "P1" },
          bobot: 100,
          pengisian: "dijawab",
          bukti: "wajib",
          sumber: "Tabel 3 no. 1",
          pertanyaan: [
            {
              kode: "P1.1",
              teks: { id: "a", en: "a" },
              jenisJawaban: "ya_tidak",
              aturan: { jenis: "ya_tidak" },
              bobot: 70,
            },
            {
              kode: "P1.2",
              teks: { id: "b", en: "b" },
              jenisJawaban: "persen",
              aturan: {
                jenis: "linier",
                titik: [
                  [0, 0],
                  [100, 1],
                ],
              },
              bobot: 30,
            },
          ],
        },
      ],
    },
    {
      kode: "Q",
      nama: { id: "Q", en: "Q" },
      bobot: 60,
      sumber: "Tabel 4",
      indikator: [
        {
          kode: "Q1",
          nama: { id: "Q1", en: "Q1" },
          bobot: 50,
          pengisian: "dihitung",
          bukti: "otomatis",
          sumber: "Tabel 4 no. 1",
          pertanyaan: [
            {
              kode: "Q1.1",
              teks: { id: "c", en: "c" },
              jenisJawaban: "ya_tidak",
              aturan: { jenis: "ya_tidak" },
              bobot: 100,
              sumberData: "pelaksanaan.kampanye.terlaksana",
            },
          ],
        },
        {
          kode: "Q2",
          nama: { id: "Q2", en: "Q2" },
          bobot: 50,
          pengisian: "dijawab",
          bukti: "opsional",
          sumber: "Tabel 4 no. 2",
          pertanyaan: [
            {
              kode: "Q2.1",
              teks: { id: "d", en: "d" },
              jenisJawaban: "skala_ae",
              aturan: { jenis: "skala_ae" },
              bobot: 100,
              opsi: {
                A: { id: "a", en: "a" },
                B: { id: "b", en: "b" },
                C: { id: "c", en: "c" },
                D: { id: "d", en: "d" },
                E: { id: "e", en: "e" },
              },
            },
          ],
        },
      ],
    },
  ],
};

const semuaPertanyaan = (isi: IsiLke): PertanyaanLke[] =>
  isi.komponen.flatMap((k) => k.indikator.flatMap((i) => i.pertanyaan));

/** The best (or worst) answer to every question of a worksheet. */
function jawabanEkstrem(isi: IsiLke, terbaik: boolean): Record<string, NilaiJawaban> {
  return Object.fromEntries(
    semuaPertanyaan(isi).map((p): [string, NilaiJawaban] => {
      if (p.jenisJawaban === "ya_tidak") return [p.kode, terbaik];
      if (p.jenisJawaban === "skala_ae") return [p.kode, terbaik ? "A" : "E"];
      if (p.jenisJawaban === "persen") return [p.kode, terbaik ? 100 : 0];
      return [p.kode, terbaik ? (p.rentang?.maks ?? 1e6) : (p.rentang?.min ?? -1e6)];
    }),
  );
}

describe("hitungSkorLke", () => {
  it("computes the worked example and writes its formula at every level", () => {
    const h = hitungSkorLke(KECIL, {
      jawaban: { "P1.1": true, "P1.2": 50, "Q1.1": false, "Q2.1": "B" },
      bukti: {},
    });
    // P1 = 0.7·1 + 0.3·0.5 = 0.85; Q = 0.5·0 + 0.5·0.75 = 0.375; total = 40·0.85 + 60·0.375 = 56.5
    expect(h.total).toBeCloseTo(56.5, 10);
    expect(h.komponen.map((k) => [k.kode, k.nilai, k.kontribusi])).toEqual([
      ["P", 0.85, 34],
      ["Q", 0.375, 22.5],
    ]);
    expect(h.rumus.id).toBe("Nilai total = 40 × 0,85 + 60 × 0,375 = 56,5 (dari 100)");
    expect(h.rumus.en).toBe("Total = 40 × 0.85 + 60 × 0.375 = 56.5 (out of 100)");
    expect(h.komponen[0].indikator[0].rumus.id).toBe("P1 = (70 × 1 + 30 × 0,5) / 100 = 0,85");
    expect(h.komponen[0].indikator[0].pertanyaan[1].rumus.id).toContain("jawaban 50 % → skor 0,5");
    expect(h.komponen[1].indikator[1].pertanyaan[0].rumus.en).toContain(
      "answer B → score 0.75 (A = 1, B = 0.75",
    );
    expect([h.terjawab, h.jumlahPertanyaan, h.disesuaikan]).toEqual([4, 4, 0]);
  });

  it("replaces the self-assessed score with the evaluator's adjusted score and shows the note", () => {
    const lembar: LembarJawaban = {
      jawaban: { "P1.1": true, "P1.2": 50, "Q1.1": false, "Q2.1": "B" },
      bukti: {},
      reviu: {
        "P1.1": { keputusan: "disesuaikan", skor: 0, catatan: "SK tidak ditandatangani PPK" },
        "Q2.1": { keputusan: "diterima" },
      },
    };
    const h = hitungSkorLke(KECIL, lembar);
    const p = h.komponen[0].indikator[0].pertanyaan[0];
    expect(p).toMatchObject({
      skorMandiri: 1,
      skorEvaluator: 0,
      skor: 0,
      status: "disesuaikan",
      catatan: "SK tidak ditandatangani PPK",
    });
    expect(p.rumus.id).toContain('disesuaikan evaluator menjadi 0 — "SK tidak ditandatangani PPK"');
    expect(h.komponen[1].indikator[1].pertanyaan[0].status).toBe("diterima");
    expect(h.total).toBeCloseTo(40 * 0.15 + 60 * 0.375, 10);
    expect(h.disesuaikan).toBe(1);
    expect(hitungSkorLke(KECIL, lembar, { pakaiReviu: false }).total).toBeCloseTo(56.5, 10);
  });

  it("scores an unanswered or invalid answer 0 and says why", () => {
    const h = hitungSkorLke(KECIL, { jawaban: { "P1.1": "ya" as unknown as boolean }, bukti: {} });
    const [a, b] = h.komponen[0].indikator[0].pertanyaan;
    expect([a.status, a.skor, b.status, b.skor]).toEqual(["tidak_sah", 0, "belum_dijawab", 0]);
    expect(b.rumus.id).toContain("belum dijawab");
    expect(h.total).toBe(0);
  });

  it("gives v1 exactly 100 for the best answers and 0 for the worst", () => {
    expect(
      hitungSkorLke(ISI_LKE_V1, { jawaban: jawabanEkstrem(ISI_LKE_V1, true), bukti: {} }).total,
    ).toBeCloseTo(100, 9);
    expect(
      hitungSkorLke(ISI_LKE_V1, { jawaban: jawabanEkstrem(ISI_LKE_V1, false), bukti: {} }).total,
    ).toBeCloseTo(0, 9);
  });

  it("is the sum over questions of the product of the three weights times the score, within 0–100", () => {
    const qs = semuaPertanyaan(ISI_LKE_V1);
    const skor = fc.array(fc.double({ min: 0, max: 1, noNaN: true }), {
      minLength: qs.length,
      maxLength: qs.length,
    });
    fc.assert(
      fc.property(skor, (s) => {
        const reviu = Object.fromEntries(
          qs.map((p, i) => [
            p.kode,
            { keputusan: "disesuaikan" as const, skor: s[i], catatan: "penyesuaian uji" },
          ]),
        );
        const h = hitungSkorLke(ISI_LKE_V1, { jawaban: {}, bukti: {}, reviu });
        let harapan = 0;
        let i = 0;
        for (const k of ISI_LKE_V1.komponen)
          for (const ind of k.indikator)
            for (const p of ind.pertanyaan) harapan += (k.bobot * ind.bobot * p.bobot * s[i++]) / 1e4;
        expect(h.total).toBeCloseTo(harapan, 9);
        expect(h.total).toBeGreaterThanOrEqual(0);
        expect(h.total).toBeLessThanOrEqual(100 + 1e-9);
      }),
    );
  });
});

const ok = (r: { ok: true; lembar: LembarKerja } | { ok: false }): LembarKerja => {
  if (!r.ok) throw new Error(JSON.stringify(r));
  return r.lembar;
};

describe("lembar kerja instansi", () => {
  const lengkap = (): LembarKerja => {
    let l = lembarBaru();
    l = ok(isiJawaban(l, KECIL, "P1.1", true));
    l = ok(isiJawaban(l, KECIL, "P1.2", 80));
    l = ok(isiJawaban(l, KECIL, "Q2.1", "C"));
    return { ...l, isian: { ...l.isian, bukti: { P1: ["berkas-1"] } } };
  };

  it("lets the agency answer only the questions it answers, with valid values, while in draft", () => {
    const l = lembarBaru();
    expect(isiJawaban(l, KECIL, "Q1.1", true)).toMatchObject({
      ok: false,
      galat: [{ kode: "JAWABAN_DIHITUNG_SISTEM" }],
    });
    expect(isiJawaban(l, KECIL, "P1.2", 120)).toMatchObject({
      ok: false,
      galat: [{ kode: "JAWABAN_TIDAK_VALID" }],
    });
    expect(isiJawaban(l, KECIL, "Z9", true)).toMatchObject({
      ok: false,
      galat: [{ kode: "PERTANYAAN_TIDAK_ADA" }],
    });
    const diisi = ok(isiJawaban(l, KECIL, "P1.2", 80));
    expect(ok(isiJawaban(diisi, KECIL, "P1.2", null)).isian.jawaban).toEqual({});
    expect(isiJawaban({ ...diisi, status: "dikirim" }, KECIL, "P1.2", 10)).toMatchObject({
      ok: false,
      galat: [{ kode: "STATUS_LEMBAR_TIDAK_SESUAI" }],
    });
  });

  it("submits only a complete worksheet: every answered question and the required evidence", () => {
    const l = ok(isiJawaban(lembarBaru(), KECIL, "P1.1", true));
    expect(periksaKelengkapan(KECIL, l.isian).map((g) => g.bidang)).toEqual([
      "jawaban.P1.2",
      "bukti.P1",
      "jawaban.Q2.1",
    ]);
    expect(kirimLembar(l, KECIL).ok).toBe(false);
    expect(ok(kirimLembar(lengkap(), KECIL)).status).toBe("dikirim");
  });

  it("reviews every answer, finalizes, and needs a second evaluator to approve", () => {
    let l = ok(kirimLembar(lengkap(), KECIL));
    expect(
      tetapkanReviu(l, KECIL, "P1.1", { keputusan: "disesuaikan", skor: 0.5, catatan: "kurang" }),
    ).toMatchObject({ ok: false, galat: [{ kode: "CATATAN_WAJIB" }] });
    expect(
      tetapkanReviu(l, KECIL, "P1.1", { keputusan: "disesuaikan", skor: 2, catatan: "bukti tidak lengkap" }),
    ).toMatchObject({ ok: false, galat: [{ kode: "SKOR_TIDAK_SAH" }] });
    l = ok(
      tetapkanReviu(l, KECIL, "P1.1", {
        keputusan: "disesuaikan",
        skor: 0.5,
        catatan: "  bukti tidak lengkap  ",
      }),
    );
    expect(l.isian.reviu?.["P1.1"]).toEqual({
      keputusan: "disesuaikan",
      skor: 0.5,
      catatan: "bukti tidak lengkap",
    });
    expect(finalisasiLembar(l, KECIL, "ev-a")).toMatchObject({
      ok: false,
      galat: [{ kode: "BELUM_DIREVIU" }],
    });
    for (const kode of ["P1.2", "Q1.1", "Q2.1"])
      l = ok(tetapkanReviu(l, KECIL, kode, { keputusan: "diterima" }));
    l = ok(finalisasiLembar(l, KECIL, "ev-a"));
    expect(l).toMatchObject({ status: "difinalisasi", difinalisasiOleh: "ev-a" });
    expect(setujuiLembar(l, "ev-a")).toMatchObject({
      ok: false,
      galat: [{ kode: "PENYETUJU_ADALAH_PEMFINALISASI" }],
    });
    expect(tolakFinalisasi(l, "ev-b", "singkat")).toMatchObject({
      ok: false,
      galat: [{ kode: "CATATAN_WAJIB" }],
    });
    expect(ok(tolakFinalisasi(l, "ev-b", "periksa kembali skor P1.1"))).toMatchObject({
      status: "dikirim",
      difinalisasiOleh: null,
    });
    expect(ok(setujuiLembar(l, "ev-b"))).toMatchObject({ status: "disetujui", disetujuiOleh: "ev-b" });
  });

  it("returns a submitted worksheet to the agency only with a note", () => {
    const l = ok(kirimLembar(lengkap(), KECIL));
    expect(kembalikanLembar(l, "")).toMatchObject({ ok: false, galat: [{ kode: "CATATAN_WAJIB" }] });
    expect(ok(kembalikanLembar(l, "lengkapi bukti dukung P1"))).toMatchObject({ status: "draf" });
    expect(kembalikanLembar(lembarBaru(), "lengkapi bukti dukung P1").ok).toBe(false);
  });
});
