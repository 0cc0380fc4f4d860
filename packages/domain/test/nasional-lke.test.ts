import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type AturanSkor,
  ajukanVersi,
  ISI_LKE_V1,
  type IsiLke,
  isKunciSumber,
  KEGIATAN_UTAMA,
  kembalikanVersi,
  LANGKAH_PERSIAPAN,
  LKE_V1,
  masalahAturan,
  masalahJawaban,
  type PertanyaanLke,
  SUMBER_DATA_LKE,
  skemaIsiLke,
  skorJawaban,
  terbitkanVersi,
  ubahIsiVersi,
  validasiLke,
  versiBaru,
  versiTurunan,
} from "../src/index.ts";

const tanya = (
  jenisJawaban: PertanyaanLke["jenisJawaban"],
  aturan: AturanSkor,
  lain: Partial<PertanyaanLke> = {},
): PertanyaanLke => ({
  kode: "Q1",
  teks: { id: "t", en: "t" },
  jenisJawaban,
  aturan,
  bobot: 100,
  ...lain,
});
const salin = (isi: IsiLke): IsiLke => structuredClone(isi) as IsiLke;
const kodeGalat = (isi: IsiLke) => validasiLke(isi).map((g) => g.kode);

describe("aturan skor", () => {
  it("scores yes/no, A–E in steps of a quarter, piecewise-linear and thresholds", () => {
    expect([true, false].map((x) => skorJawaban({ jenis: "ya_tidak" }, x))).toEqual([1, 0]);
    expect((["A", "B", "C", "D", "E"] as const).map((x) => skorJawaban({ jenis: "skala_ae" }, x))).toEqual([
      1, 0.75, 0.5, 0.25, 0,
    ]);
    const l: AturanSkor = {
      jenis: "linier",
      titik: [
        [30, 0],
        [90, 1],
      ],
    };
    expect([0, 30, 45, 60, 90, 100].map((x) => skorJawaban(l, x))).toEqual([0, 0, 0.25, 0.5, 1, 1]);
    const turun: AturanSkor = {
      jenis: "linier",
      titik: [
        [-5, 0],
        [0, 0.4],
        [5, 1],
      ],
    };
    expect([-10, -2.5, 0, 2.5, 10].map((x) => skorJawaban(turun, x))).toEqual([0, 0.2, 0.4, 0.7, 1]);
    const a: AturanSkor = {
      jenis: "ambang",
      tangga: [
        { minimal: 50, skor: 0.5 },
        { minimal: 80, skor: 1 },
      ],
    };
    expect([0, 49.9, 50, 79, 80, 100].map((x) => skorJawaban(a, x))).toEqual([0, 0, 0.5, 0.5, 1, 1]);
  });

  it("keeps every linear score within [0, 1] and non-decreasing when the points rise", () => {
    const titik = fc
      .uniqueArray(fc.integer({ min: -1000, max: 1000 }), { minLength: 2, maxLength: 6 })
      .chain((xs) =>
        fc.tuple(
          fc.constant([...xs].sort((p, q) => p - q)),
          fc.array(fc.double({ min: 0, max: 1, noNaN: true }), {
            minLength: xs.length,
            maxLength: xs.length,
          }),
        ),
      );
    fc.assert(
      fc.property(
        titik,
        fc.double({ min: -2000, max: 2000, noNaN: true }),
        fc.double({ min: -2000, max: 2000, noNaN: true }),
        ([xs, ys], u, v) => {
          const naik = [...ys].sort((p, q) => p - q);
          const aturan: AturanSkor = {
            jenis: "linier",
            titik: xs.map((x, i) => [x, naik[i]] as [number, number]),
          };
          const [su, sv] = [skorJawaban(aturan, Math.min(u, v)), skorJawaban(aturan, Math.max(u, v))];
          expect(su).toBeGreaterThanOrEqual(0);
          expect(sv).toBeLessThanOrEqual(1 + 1e-12);
          expect(sv).toBeGreaterThanOrEqual(su - 1e-12);
        },
      ),
    );
  });

  it.each([
    [tanya("ya_tidak", { jenis: "skala_ae" }), "ATURAN_TIDAK_COCOK"],
    [tanya("persen", { jenis: "ya_tidak" }), "ATURAN_TIDAK_COCOK"],
    [tanya("persen", { jenis: "linier", titik: [[50, 0]] }), "ATURAN_LINIER_TIDAK_SAH"],
    [
      tanya("persen", {
        jenis: "linier",
        titik: [
          [50, 0],
          [50, 1],
        ],
      }),
      "ATURAN_LINIER_TIDAK_SAH",
    ],
    [
      tanya("persen", {
        jenis: "linier",
        titik: [
          [0, 0],
          [100, 1.5],
        ],
      }),
      "ATURAN_LINIER_TIDAK_SAH",
    ],
    [
      tanya("persen", {
        jenis: "linier",
        titik: [
          [0, 0],
          [150, 1],
        ],
      }),
      "ATURAN_LINIER_TIDAK_SAH",
    ],
    [tanya("angka", { jenis: "ambang", tangga: [] }), "ATURAN_AMBANG_TIDAK_SAH"],
    [
      tanya("angka", {
        jenis: "ambang",
        tangga: [
          { minimal: 5, skor: 1 },
          { minimal: 2, skor: 0.5 },
        ],
      }),
      "ATURAN_AMBANG_TIDAK_SAH",
    ],
    [tanya("skala_ae", { jenis: "skala_ae" }), "OPSI_SKALA_TIDAK_LENGKAP"],
    [
      tanya(
        "angka",
        {
          jenis: "linier",
          titik: [
            [0, 0],
            [1, 1],
          ],
        },
        { rentang: { min: 5, maks: 1 } },
      ),
      "RENTANG_TIDAK_SAH",
    ],
  ])("refuses an invalid rule (%#: %s)", (p, kode) => {
    expect(masalahAturan(p).map((g) => g.kode)).toEqual([kode]);
  });

  it("refuses A–E criteria that are not text instead of throwing", () => {
    const opsi = { A: { id: 1, en: 2 } } as unknown as PertanyaanLke["opsi"];
    expect(masalahAturan(tanya("skala_ae", { jenis: "skala_ae" }, { opsi })).map((g) => g.kode)).toEqual([
      "OPSI_SKALA_TIDAK_LENGKAP",
    ]);
  });

  it("checks an answer against its type and range", () => {
    const persen = tanya("persen", {
      jenis: "linier",
      titik: [
        [0, 0],
        [100, 1],
      ],
    });
    const angka = tanya(
      "angka",
      {
        jenis: "linier",
        titik: [
          [0, 0],
          [1, 1],
        ],
      },
      { rentang: { min: -5, maks: 5 } },
    );
    expect([0, 100, 55.5].map((x) => masalahJawaban(persen, x))).toEqual([null, null, null]);
    for (const x of [-1, 101, Number.NaN, "50", true])
      expect(masalahJawaban(persen, x)?.kode).toBe("JAWABAN_TIDAK_VALID");
    expect(masalahJawaban(angka, 6)?.pesan.id).toContain("-5 … 5");
    expect(masalahJawaban(tanya("ya_tidak", { jenis: "ya_tidak" }), "ya")?.kode).toBe("JAWABAN_TIDAK_VALID");
    expect(masalahJawaban(tanya("skala_ae", { jenis: "skala_ae" }), "F")?.kode).toBe("JAWABAN_TIDAK_VALID");
  });
});

describe("validasiLke", () => {
  it("accepts the default version 1", () => {
    expect(validasiLke(ISI_LKE_V1)).toEqual([]);
  });

  it("requires weights of 100 at every level", () => {
    const a = salin(ISI_LKE_V1);
    (a.komponen[0] as { bobot: number }).bobot = 25;
    expect(validasiLke(a).map((g) => [g.kode, g.bidang])).toEqual([["BOBOT_BUKAN_100", "komponen"]]);
    const b = salin(ISI_LKE_V1);
    (b.komponen[1].indikator[0].pertanyaan[0] as { bobot: number }).bobot = 0;
    expect(validasiLke(b).map((g) => [g.kode, g.bidang])).toEqual([
      ["BOBOT_TIDAK_SAH", "indikator.B1.pertanyaan"],
    ]);
  });

  it("requires unique codes, texts, citations and a valid structure", () => {
    const a = salin(ISI_LKE_V1);
    (a.komponen[0].indikator[1].pertanyaan[0] as { kode: string }).kode = "A1.1";
    expect(kodeGalat(a)).toEqual(["KODE_GANDA"]);
    const b = salin(ISI_LKE_V1);
    (b.komponen[2].indikator[0] as { sumber: string }).sumber = " ";
    (b.komponen[2].indikator[1] as { nama: { id: string; en: string } }).nama = { id: "Indeks", en: "" };
    expect(kodeGalat(b)).toEqual(["INDIKATOR_TANPA_SUMBER", "TEKS_KOSONG"]);
    expect(kodeGalat({ komponen: [] })).toEqual(["LKE_KOSONG"]);
    const c = salin(ISI_LKE_V1);
    (c.komponen[4] as { indikator: readonly unknown[] }).indikator = [];
    expect(kodeGalat(c)).toEqual(["KOMPONEN_KOSONG"]);
  });

  it("requires an available source of the right type for every computed question", () => {
    const a = salin(ISI_LKE_V1);
    const q = a.komponen[0].indikator[0].pertanyaan[0] as { sumberData?: string };
    delete q.sumberData;
    expect(kodeGalat(a)).toEqual(["DIHITUNG_TANPA_SUMBER"]);
    (q as { sumberData: string }).sumberData = "sinergi.upg_ada";
    expect(kodeGalat(a)).toEqual(["SUMBER_BELUM_TERSEDIA"]);
    (q as { sumberData: string }).sumberData = "asesmen.partisipasi";
    expect(kodeGalat(a)).toEqual(["SUMBER_JENIS_BERBEDA"]);
    (q as { sumberData: string }).sumberData = "persiapan.langkah9";
    expect(kodeGalat(a)).toEqual(["SUMBER_TIDAK_DIKENAL"]);
    const b = salin(ISI_LKE_V1);
    (b.komponen[3].indikator[0] as { bukti: string }).bukti = "otomatis";
    expect(kodeGalat(b)).toEqual(["BUKTI_OTOMATIS_TANPA_SUMBER"]);
  });
});

describe("LKE v1", () => {
  const komponen = Object.fromEntries(ISI_LKE_V1.komponen.map((k) => [k.kode, k]));

  it("has the five components with their weights", () => {
    expect(ISI_LKE_V1.komponen.map((k) => [k.kode, k.nama.id, k.bobot])).toEqual([
      ["A", "Persiapan", 20],
      ["B", "Pelaksanaan", 30],
      ["C", "Penilaian", 20],
      ["D", "Sinergi dengan sistem kelembagaan", 15],
      ["E", "Komitmen pimpinan", 15],
    ]);
    expect(LKE_V1.status).toBe("terbit");
  });

  it("builds preparation from Tabel 3's six steps and implementation from Tabel 4's five activities", () => {
    expect(komponen.A.indikator.map((i) => i.nama)).toEqual(LANGKAH_PERSIAPAN.map((l) => l.kegiatan));
    expect(komponen.A.indikator.map((i) => i.sumber)).toEqual(LANGKAH_PERSIAPAN.map((l) => l.sumber));
    expect(komponen.B.indikator.slice(0, 5).map((i) => i.nama)).toEqual(KEGIATAN_UTAMA.map((k) => k.nama));
    expect(komponen.B.indikator[5].sumber).toContain("Tabel 5–8");
  });

  it("cites the regulation for every indicator", () => {
    for (const k of ISI_LKE_V1.komponen)
      for (const i of k.indikator) expect(i.sumber, i.kode).toMatch(/(BAB|Tabel|Pasal) /);
  });

  it("lets the agency answer the synergy indicators, the registers computing those they can (docs/sinergi.md)", () => {
    const d = komponen.D;
    expect(d.indikator.every((i) => i.pengisian === "dijawab" && i.bukti === "wajib")).toBe(true);
    const kunci = d.indikator.flatMap((i) => i.pertanyaan.map((p) => p.sumberData));
    const olehInstansi = [
      "sinergi.perencanaan_anggaran",
      "sinergi.upg_ada",
      "sinergi.pengendalian_kecurangan",
    ];
    for (const k of kunci) expect(k && SUMBER_DATA_LKE[k].tersedia, k).toBe(!olehInstansi.includes(k ?? ""));
    for (const k of [
      "sinergi.bk_tepat_waktu",
      "sinergi.disiplin_per100",
      "sinergi.zi_unit",
      "sinergi.indeks_merit",
    ])
      expect(isKunciSumber(k) && SUMBER_DATA_LKE[k].tersedia, k).toBe(true);
    expect(kunci).toEqual(
      expect.arrayContaining([
        "sinergi.atestasi_kode_etik",
        "sinergi.lhkasn_patuh",
        "sinergi.gratifikasi_tepat_waktu",
        "sinergi.wbs_selesai",
      ]),
    );
    const sumber = d.indikator.map((i) => i.sumber).join(" ");
    for (const m of [
      "II.1",
      "II.2",
      "II.3",
      "II.4 huruf a",
      "II.4 huruf b",
      "II.4 huruf c",
      "II.4 huruf d",
      "II.4 huruf e–f",
    ])
      expect(sumber).toContain(m);
  });

  it("computes preparation, implementation and assessment from available sources", () => {
    for (const k of [komponen.A, komponen.B, komponen.C])
      for (const i of k.indikator) {
        expect(i.pengisian, i.kode).toBe("dihitung");
        for (const p of i.pertanyaan)
          expect(p.sumberData && SUMBER_DATA_LKE[p.sumberData].tersedia, p.kode).toBe(true);
      }
  });
});

describe("versi LKE", () => {
  const draf = () => {
    const r = versiBaru("2", salin(ISI_LKE_V1));
    if (!r.ok) throw new Error("draf");
    return r.versi;
  };

  it("goes draft → review → published by a second person, and never changes after", () => {
    const v = draf();
    const diajukan = ajukanVersi(v, "evaluator-a");
    if (!diajukan.ok) throw new Error("ajukan");
    expect(diajukan.versi).toMatchObject({ status: "tinjauan", diajukanOleh: "evaluator-a" });
    expect(ubahIsiVersi(diajukan.versi, ISI_LKE_V1)).toMatchObject({
      ok: false,
      galat: [{ kode: "TRANSISI_TIDAK_SAH" }],
    });
    expect(terbitkanVersi(diajukan.versi, "evaluator-a", "2027-01-10")).toMatchObject({
      ok: false,
      galat: [{ kode: "PENERBIT_ADALAH_PENGAJU" }],
    });
    expect(terbitkanVersi(diajukan.versi, "evaluator-b", "2027-13-10")).toMatchObject({
      ok: false,
      galat: [{ kode: "TANGGAL_TIDAK_VALID" }],
    });
    const terbit = terbitkanVersi(diajukan.versi, "evaluator-b", "2027-01-10");
    if (!terbit.ok) throw new Error("terbit");
    expect(terbit.versi).toMatchObject({
      status: "terbit",
      diterbitkanOleh: "evaluator-b",
      diterbitkan: "2027-01-10",
    });
    for (const r of [
      ubahIsiVersi(terbit.versi, ISI_LKE_V1),
      ajukanVersi(terbit.versi, "x"),
      kembalikanVersi(terbit.versi),
      terbitkanVersi(terbit.versi, "c", "2027-01-11"),
    ])
      expect(r).toMatchObject({ ok: false, galat: [{ kode: "VERSI_TERBIT_TETAP" }] });
  });

  it("refuses to submit or publish content that fails validation, and returns to draft without a submitter", () => {
    const v = draf();
    const rusak = salin(ISI_LKE_V1);
    (rusak.komponen[0] as { bobot: number }).bobot = 1;
    const r = ubahIsiVersi(v, rusak);
    if (!r.ok) throw new Error("ubah");
    expect(ajukanVersi(r.versi, "a")).toMatchObject({ ok: false, galat: [{ kode: "BOBOT_BUKAN_100" }] });
    const diajukan = ajukanVersi(v, "a");
    if (!diajukan.ok) throw new Error("ajukan");
    expect(kembalikanVersi(diajukan.versi)).toMatchObject({
      ok: true,
      versi: { status: "draf", diajukanOleh: null },
    });
    expect(terbitkanVersi({ ...diajukan.versi, diajukanOleh: null }, "b", "2027-01-01")).toMatchObject({
      ok: false,
      galat: [{ kode: "PENGAJU_TIDAK_DIKETAHUI" }],
    });
    expect(terbitkanVersi(v, "b", "2027-01-01")).toMatchObject({
      ok: false,
      galat: [{ kode: "TRANSISI_TIDAK_SAH" }],
    });
  });

  it("four eyes: neither the author nor an editor publishes, even when someone else submitted", () => {
    const r = versiTurunan(LKE_V1, "2", undefined, "penulis");
    if (!r.ok) throw new Error("turunan");
    expect(r.versi).toMatchObject({ dibuatOleh: "penulis", penyunting: ["penulis"] });
    const ubah = ubahIsiVersi(r.versi, salin(ISI_LKE_V1), "penyunting");
    if (!ubah.ok) throw new Error("ubah");
    expect(ubah.versi.penyunting).toEqual(["penulis", "penyunting"]);
    const diajukan = ajukanVersi(ubah.versi, "pengaju");
    if (!diajukan.ok) throw new Error("ajukan");
    for (const oleh of ["penulis", "penyunting"])
      expect(terbitkanVersi(diajukan.versi, oleh, "2027-01-10")).toMatchObject({
        ok: false,
        galat: [{ kode: "PENERBIT_ADALAH_PENYUSUN" }],
      });
    expect(terbitkanVersi(diajukan.versi, "penelaah", "2027-01-10")).toMatchObject({
      ok: true,
      versi: { status: "terbit", diterbitkanOleh: "penelaah" },
    });
    expect(versiBaru("3", { komponen: [] }, undefined, "penulis")).toMatchObject({
      ok: true,
      versi: { status: "draf", isi: { komponen: [] }, dibuatOleh: "penulis" },
    });
  });

  it("derives a new draft from a published version without touching it", () => {
    const r = versiTurunan(LKE_V1, "2", "revisi bobot");
    if (!r.ok) throw new Error("turunan");
    expect(r.versi).toMatchObject({ versi: "2", status: "draf", catatan: "revisi bobot" });
    (r.versi.isi.komponen[0] as { bobot: number }).bobot = 99;
    expect(LKE_V1.isi.komponen[0].bobot).toBe(20);
    expect(versiTurunan(LKE_V1, "1")).toMatchObject({ ok: false, galat: [{ kode: "VERSI_GANDA" }] });
    expect(versiBaru("versi dua", ISI_LKE_V1)).toMatchObject({
      ok: false,
      galat: [{ kode: "VERSI_TIDAK_SAH" }],
    });
  });

  it("keeps a published version unchanged whatever sequence of actions is tried on it", () => {
    const aksi = fc.constantFrom("ubah", "ajukan", "kembalikan", "terbitkan");
    fc.assert(
      fc.property(fc.array(fc.tuple(aksi, fc.constantFrom("a", "b", "c")), { maxLength: 8 }), (langkah) => {
        let v = LKE_V1;
        for (const [a, oleh] of langkah) {
          const r =
            a === "ubah"
              ? ubahIsiVersi(v, { komponen: [] })
              : a === "ajukan"
                ? ajukanVersi(v, oleh)
                : a === "kembalikan"
                  ? kembalikanVersi(v)
                  : terbitkanVersi(v, oleh, "2030-01-01");
          expect(r.ok).toBe(false);
          if (r.ok) v = r.versi;
        }
        expect(v).toBe(LKE_V1);
      }),
    );
  });
});

describe("skemaIsiLke", () => {
  it("parses version 1 back to the same worksheet, typed as the domain's", () => {
    const isi: IsiLke = skemaIsiLke.parse(JSON.parse(JSON.stringify(ISI_LKE_V1)));
    expect(isi).toEqual(ISI_LKE_V1);
  });

  it("refuses JSON of the wrong shape before the rules run", () => {
    const rusak = JSON.parse(JSON.stringify(ISI_LKE_V1));
    rusak.komponen[0].indikator[0].pertanyaan[0].opsi = { A: { id: 1, en: 2 } };
    rusak.komponen[1].bobot = "30";
    expect(skemaIsiLke.safeParse(rusak).success).toBe(false);
    expect(skemaIsiLke.safeParse({ komponen: [{ kode: "A" }] }).success).toBe(false);
  });
});
