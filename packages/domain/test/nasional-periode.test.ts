import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  AKSI_PERIODE,
  aksiTersedia,
  bukaKembaliRekomendasi,
  fasePeriode,
  hariTerlambat,
  ISI_LKE_V1,
  ikutSerta,
  jawabRekomendasi,
  kirimRekomendasi,
  type PeriodeEvaluasi,
  periksaAksiPeriode,
  periksaUbahPeriode,
  type Rekomendasi,
  ringkasRekomendasi,
  skemaPeriodeEvaluasi,
  terlambat,
  tutupRekomendasi,
  validasiPeriode,
} from "../src/index.ts";

const P: PeriodeEvaluasi = {
  kode: "EVAL-2027",
  nama: "Evaluasi 2027",
  tahun: 2027,
  jenisPeserta: ["kementerian", "provinsi", "kabupaten", "kota"],
  versiLke: "1",
  penilaianMandiri: { mulai: "2027-03-01", selesai: "2027-04-30" },
  reviu: { mulai: "2027-04-15", selesai: "2027-06-15" },
  publikasi: "2027-07-01",
};
const TERBIT = ["1"];

describe("periode evaluasi", () => {
  it("accepts a well-formed period and lists what is wrong with a bad one", () => {
    expect(validasiPeriode(P, TERBIT)).toEqual([]);
    const buruk: PeriodeEvaluasi = {
      ...P,
      kode: "eval 2027",
      jenisPeserta: ["kota", "kota"],
      versiLke: "2",
      penilaianMandiri: { mulai: "2027-05-01", selesai: "2027-04-30" },
      reviu: { mulai: "2027-04-15", selesai: "2027-04-20" },
      publikasi: "2027-04-20",
    };
    expect(validasiPeriode(buruk, TERBIT).map((g) => g.bidang)).toEqual([
      "kode",
      "jenisPeserta",
      "versiLke",
      "penilaianMandiri.selesai",
      "reviu.mulai",
      "reviu.selesai",
      "publikasi",
    ]);
    expect(validasiPeriode({ ...P, publikasi: "2027-02-30" }, TERBIT).map((g) => [g.kode, g.bidang])).toEqual(
      [["TANGGAL_TIDAK_VALID", "publikasi"]],
    );
  });

  it.each([
    ["2027-02-28", "belum_mulai", ["ubah_jadwal"]],
    ["2027-03-01", "penilaian_mandiri", ["ubah_jadwal", "isi_lke", "kirim_lke"]],
    [
      "2027-04-20",
      "penilaian_mandiri",
      [
        "ubah_jadwal",
        "isi_lke",
        "kirim_lke",
        "kembalikan_lke",
        "reviu_lke",
        "finalisasi_lke",
        "setujui_lke",
        "kirim_rekomendasi",
      ],
    ],
    [
      "2027-05-01",
      "reviu",
      ["ubah_jadwal", "reviu_lke", "finalisasi_lke", "setujui_lke", "kirim_rekomendasi"],
    ],
    ["2027-06-16", "menunggu_publikasi", ["ubah_jadwal", "kirim_rekomendasi"]],
    ["2027-07-01", "terbit", ["kirim_rekomendasi", "terbitkan_peringkat", "lihat_posisi"]],
  ])("on %s is in phase %s and allows %j", (hari, fase, aksi) => {
    expect(fasePeriode(P, hari)).toBe(fase);
    expect(aksiTersedia(P, hari)).toEqual(aksi);
  });

  it("refuses an action out of its window, saying when it is allowed", () => {
    const g = periksaAksiPeriode(P, "kirim_lke", "2027-05-01");
    expect(g?.kode).toBe("DI_LUAR_JADWAL");
    expect(g?.pesan.id).toContain("2027-03-01 s.d. 2027-04-30");
    expect(g?.pesan.en).toContain("2027-03-01 to 2027-04-30");
    expect(periksaAksiPeriode(P, "kirim_lke", "2027-04-30")).toBeNull();
  });

  it("never lets an agency fill in and an evaluator approve outside their windows, whatever the day", () => {
    const hari = fc
      .date({ min: new Date("2026-01-01"), max: new Date("2028-12-31"), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(hari, (h) => {
        const a = aksiTersedia(P, h);
        expect(a.includes("isi_lke")).toBe(h >= "2027-03-01" && h <= "2027-04-30");
        expect(a.includes("setujui_lke")).toBe(h >= "2027-04-15" && h <= "2027-06-15");
        expect(a.includes("lihat_posisi")).toBe(h >= "2027-07-01");
        for (const x of AKSI_PERIODE) expect(periksaAksiPeriode(P, x, h) === null).toBe(a.includes(x));
      }),
    );
  });

  it("parses a request body of the period's shape", () => {
    expect(skemaPeriodeEvaluasi.parse(JSON.parse(JSON.stringify(P)))).toEqual(P);
    expect(skemaPeriodeEvaluasi.safeParse({ ...P, jenisPeserta: ["dinas"] }).success).toBe(false);
  });

  it("knows which categories take part", () => {
    expect(ikutSerta(P, "kota")).toBe(true);
    expect(ikutSerta(P, "lembaga_pemerintah_nonkementerian")).toBe(false);
  });

  it("lets the timeline change freely before the start, then only forward, and not at all once published", () => {
    expect(
      periksaUbahPeriode(
        P,
        { ...P, jenisPeserta: ["kota"], penilaianMandiri: { mulai: "2027-03-05", selesai: "2027-04-30" } },
        "2027-02-01",
        TERBIT,
      ),
    ).toEqual([]);
    expect(
      periksaUbahPeriode(
        P,
        { ...P, jenisPeserta: ["kota"], penilaianMandiri: { mulai: "2027-03-05", selesai: "2027-05-10" } },
        "2027-04-01",
        TERBIT,
      ).map((g) => [g.kode, g.bidang]),
    ).toEqual([
      ["PERIODE_SUDAH_BERJALAN", "jenisPeserta"],
      ["PERIODE_SUDAH_BERJALAN", "penilaianMandiri.mulai"],
    ]);
    expect(
      periksaUbahPeriode(
        P,
        { ...P, penilaianMandiri: { mulai: "2027-03-01", selesai: "2027-05-10" } },
        "2027-04-30",
        TERBIT,
      ),
    ).toEqual([]);
    expect(
      periksaUbahPeriode(
        P,
        {
          ...P,
          penilaianMandiri: { mulai: "2027-03-01", selesai: "2027-05-10" },
          reviu: { mulai: "2027-04-15", selesai: "2027-06-20" },
        },
        "2027-05-02",
        TERBIT,
      ).map((g) => [g.kode, g.bidang]),
    ).toEqual([["TANGGAL_SUDAH_LEWAT", "penilaianMandiri.selesai"]]);
    expect(
      periksaUbahPeriode(
        P,
        { ...P, reviu: { mulai: "2027-04-15", selesai: "2027-05-01" } },
        "2027-05-02",
        TERBIT,
      ).map((g) => g.kode),
    ).toEqual(["TANGGAL_DI_MASA_LALU"]);
    expect(
      periksaUbahPeriode(P, { ...P, nama: "Evaluasi 2027 (revisi)" }, "2027-07-01", TERBIT).map(
        (g) => g.kode,
      ),
    ).toEqual(["DI_LUAR_JADWAL"]);
  });
});

const kirim = (tenggat = "2027-08-31"): Rekomendasi => {
  const r = kirimRekomendasi(
    { id: "r1", instansiId: "i1", kodeIndikator: "A4", isi: "Lengkapi target SMART rencana aksi", tenggat },
    ISI_LKE_V1,
    "ev-a",
    "2027-07-02",
  );
  if (!r.ok) throw new Error(JSON.stringify(r.galat));
  return r.rekomendasi;
};
const ok = (r: { ok: true; rekomendasi: Rekomendasi } | { ok: false }) => {
  if (!r.ok) throw new Error(JSON.stringify(r));
  return r.rekomendasi;
};

describe("rekomendasi", () => {
  it("is sent on an indicator of the worksheet with a text and a due date not in the past", () => {
    expect(kirim()).toMatchObject({
      status: "terkirim",
      tenggat: "2027-08-31",
      riwayat: [{ aksi: "kirim", oleh: "ev-a", tanggal: "2027-07-02" }],
    });
    const r = kirimRekomendasi(
      { id: "r", instansiId: "i", kodeIndikator: "Z9", isi: "pendek", tenggat: "2027-07-01" },
      ISI_LKE_V1,
      "ev",
      "2027-07-02",
    );
    expect(r.ok ? [] : r.galat.map((g) => g.kode)).toEqual([
      "INDIKATOR_TIDAK_ADA",
      "ISI_TIDAK_SAH",
      "TENGGAT_TIDAK_SAH",
    ]);
  });

  it("goes sent → answered → closed, and reopens with a note and a new due date", () => {
    let r = kirim();
    expect(tutupRekomendasi(r, "ev-a", "2027-07-03")).toMatchObject({
      ok: false,
      galat: [{ kode: "STATUS_REKOMENDASI_TIDAK_SESUAI" }],
    });
    expect(jawabRekomendasi(r, { tindakan: "ok" }, "ppk", "2027-07-03")).toMatchObject({
      ok: false,
      galat: [{ kode: "TINDAKAN_WAJIB" }],
    });
    expect(
      jawabRekomendasi(r, { tindakan: "Target direvisi dan ditetapkan" }, "ppk", "2027-07-01"),
    ).toMatchObject({ ok: false, galat: [{ kode: "TANGGAL_TIDAK_VALID" }] });
    r = ok(
      jawabRekomendasi(
        r,
        { tindakan: "Target direvisi dan ditetapkan", bukti: ["berkas-9"] },
        "ppk",
        "2027-07-10",
      ),
    );
    expect(r.status).toBe("dijawab");
    expect(jawabRekomendasi(r, { tindakan: "Target direvisi lagi" }, "ppk", "2027-07-11").ok).toBe(false);
    r = ok(tutupRekomendasi(r, "ev-a", "2027-07-12", "Cukup"));
    expect(r.status).toBe("ditutup");
    expect(
      bukaKembaliRekomendasi(r, { catatan: "singkat", tenggat: "2027-07-01" }, "ev-b", "2027-08-01"),
    ).toMatchObject({
      ok: false,
      galat: [{ kode: "CATATAN_WAJIB" }, { kode: "TENGGAT_TIDAK_SAH" }],
    });
    r = ok(
      bukaKembaliRekomendasi(
        r,
        { catatan: "Target belum terukur (tanpa garis dasar)", tenggat: "2027-09-30" },
        "ev-b",
        "2027-08-01",
      ),
    );
    expect(r).toMatchObject({ status: "dibuka_kembali", tenggat: "2027-09-30" });
    r = ok(
      jawabRekomendasi(r, { tindakan: "Garis dasar dari asesmen awal ditambahkan" }, "ppk", "2027-08-05"),
    );
    expect(r.riwayat.map((p) => p.aksi)).toEqual(["kirim", "jawab", "tutup", "buka_kembali", "jawab"]);
  });

  it("is overdue only while waiting for the agency past its due date", () => {
    const r = kirim("2027-07-31");
    expect([terlambat(r, "2027-07-31"), terlambat(r, "2027-08-01"), hariTerlambat(r, "2027-08-10")]).toEqual([
      false,
      true,
      10,
    ]);
    const dijawab = ok(
      jawabRekomendasi(r, { tindakan: "Target direvisi dan ditetapkan" }, "ppk", "2027-08-05"),
    );
    expect([terlambat(dijawab, "2027-09-01"), hariTerlambat(dijawab, "2027-09-01")]).toEqual([false, 0]);
    expect(
      ringkasRekomendasi(
        [
          r,
          dijawab,
          { status: "ditutup", tenggat: "2027-01-01" },
          { status: "dibuka_kembali", tenggat: "2027-12-31" },
        ],
        "2027-08-10",
      ),
    ).toEqual({
      terbuka: 2,
      terlambat: 1,
      dijawab: 1,
      ditutup: 1,
    });
  });
});
