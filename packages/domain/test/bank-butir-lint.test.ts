import { describe, expect, it } from "vitest";
import {
  BANK_NASIONAL,
  type Blok,
  type Formulir,
  type KodeAturan,
  lintAntarFormulir,
  lintBank,
  lintBlok,
  lintDaftarPernyataan,
  lintFormulir,
  lintPernyataan,
  type Pernyataan,
} from "../src/bank-butir/index.ts";

const bank = BANK_NASIONAL.pernyataan;
const indeks = new Map(bank.map((p) => [p.id, p]));
const ambil = (id: string) => {
  const p = indeks.get(id);
  if (!p) throw new Error(id);
  return p;
};
const formA = BANK_NASIONAL.formulir[0];

/** A clean statement to break one rule at a time. */
const dasar: Pernyataan = {
  id: "KD1-90",
  subDimensi: "KD1",
  kunci: 1,
  teks: "Saya melayani pemohon izin menurut urutan kedatangan tanpa melihat jabatan mereka.",
  keinginanSosial: 3.5,
  penilaiKeinginanSosial: "panel uji",
  situasi: "perizinan",
  keyakinan: "adil",
  sumberDefinisi: "BAB II.C.1.a",
  status: "draf",
  riwayat: [{ versi: "1", tanggal: "2026-11-28", catatan: "uji" }],
};
const aturan = (t: { aturan: KodeAturan }[]) => t.map((x) => x.aturan);

describe("lintPernyataan", () => {
  it("passes a well-written statement", () => {
    expect(lintPernyataan(dasar)).toEqual([]);
  });

  it.each<[string, Partial<Pernyataan>, KodeAturan]>([
    ["id without a sub-dimension prefix", { id: "X-1" }, "ID_FORMAT"],
    ["id of another sub-dimension", { id: "KD2-90" }, "ID_FORMAT"],
    [
      "third person",
      { teks: "Pegawai melayani pemohon izin menurut urutan kedatangan tanpa melihat jabatan." },
      "ORANG_PERTAMA",
    ],
    ["too short", { teks: "Saya menolak amplop dari pemohon." }, "JUMLAH_KATA"],
    [
      "too long",
      {
        teks: "Saya melayani pemohon izin menurut urutan kedatangan tanpa melihat jabatan mereka karena menurut saya urutan itu adalah cara paling adil yang bisa saya jalankan.",
      },
      "JUMLAH_KATA",
    ],
    [
      "absolute 'selalu'",
      { teks: "Saya selalu melayani pemohon izin menurut urutan kedatangan mereka." },
      "KATA_MUTLAK",
    ],
    [
      "absolute 'tidak pernah'",
      { teks: "Saya tidak pernah mendahulukan pemohon izin yang saya kenal secara pribadi." },
      "KATA_MUTLAK",
    ],
    [
      "English word",
      { teks: "Saya membalas feedback warga tentang layanan izin pada hari yang sama." },
      "KATA_INGGRIS",
    ],
    [
      "dan/atau",
      { teks: "Saya menolak hadiah dan/atau traktiran dari pemohon izin yang saya layani." },
      "GAGASAN_GANDA",
    ],
    [
      "slash",
      { teks: "Saya menolak hadiah/traktiran dari pemohon izin yang sedang saya layani." },
      "GAGASAN_GANDA",
    ],
    [
      "regulation number",
      { teks: "Saya menjalankan Pasal 3 tentang kejujuran ketika melayani pemohon izin di kantor." },
      "NOMOR_REGULASI",
    ],
    [
      "regulation year",
      { teks: "Saya memahami aturan 60/2020 sebelum melayani pemohon izin di kantor." },
      "NOMOR_REGULASI",
    ],
    [
      "double negative",
      { teks: "Saya tidak menolak pemohon izin yang belum melengkapi berkas pada hari itu." },
      "NEGASI_GANDA",
    ],
    [
      "acronym",
      { teks: "Saya menolak hadiah dari pemohon izin sesuai arahan UPG di kantor saya." },
      "SINGKATAN",
    ],
    ["wrong definition source", { sumberDefinisi: "BAB II.C.2.a" }, "SUMBER_DEFINISI"],
    ["desirability out of range", { keinginanSosial: 6 }, "KEINGINAN_SOSIAL"],
    ["no rater", { penilaiKeinginanSosial: " " }, "PENILAI"],
    ["unknown situation", { situasi: "kantin" as Pernyataan["situasi"] }, "SITUASI"],
    ["positive key with a weakening belief", { keyakinan: "curang" }, "KEYAKINAN_KUNCI"],
    ["negative key with a strengthening belief", { kunci: -1, keyakinan: "jujur" }, "KEYAKINAN_KUNCI"],
    ["no change log", { riwayat: [] }, "RIWAYAT"],
  ])("flags %s", (_nama, ubah, kode) => {
    expect(aturan(lintPernyataan({ ...dasar, ...ubah }))).toContain(kode);
  });

  it("accepts an absolute word when the statement says why it is genuine", () => {
    const p = {
      ...dasar,
      teks: "Saya tidak pernah memakai kata sandi akun layanan milik rekan kerja saya.",
      absolutSah: "Memakai akun orang lain selalu dilarang; perilakunya memang mutlak.",
    };
    expect(aturan(lintPernyataan(p))).not.toContain("KATA_MUTLAK");
  });

  it("grades double negatives and acronyms as warnings, the rest as errors", () => {
    const t = lintPernyataan({
      ...dasar,
      teks: "Saya tidak menolak pemohon izin yang belum melengkapi berkas ke UPG.",
    });
    expect(
      t
        .filter((x) => x.keparahan === "peringatan")
        .map((x) => x.aturan)
        .sort(),
    ).toEqual(["NEGASI_GANDA", "SINGKATAN"]);
    expect(lintPernyataan({ ...dasar, teks: "Saya kerja." })[0].keparahan).toBe("galat");
  });
});

describe("lintDaftarPernyataan", () => {
  it("flags duplicate ids", () => {
    expect(aturan(lintDaftarPernyataan([...bank, { ...dasar, id: "KD1-01" }]))).toContain("ID_GANDA");
  });

  it("flags a sub-dimension with fewer than 12 statements", () => {
    const t = lintDaftarPernyataan(bank.filter((p) => p.id !== "DN2-01"));
    expect(t.find((x) => x.aturan === "JUMLAH_PER_SUBDIMENSI")?.lokasi).toBe("sub-dimensi DN2");
  });

  it("flags keying outside a third to a half, per sub-dimension and overall", () => {
    const semuaPositif = bank.map((p) =>
      p.subDimensi === "KM3" ? { ...p, kunci: 1 as const, keyakinan: "independen" as const } : p,
    );
    expect(
      lintDaftarPernyataan(semuaPositif)
        .filter((x) => x.aturan === "PROPORSI_KUNCI")
        .map((x) => x.lokasi),
    ).toEqual(["sub-dimensi KM3"]);
    const sedikitNegatif = bank.map((p) =>
      p.kunci === -1 && !p.id.endsWith("-08") ? { ...p, kunci: 1 as const, keyakinan: "jujur" as const } : p,
    );
    expect(
      lintDaftarPernyataan(sedikitNegatif)
        .filter((x) => x.aturan === "PROPORSI_KUNCI")
        .map((x) => x.lokasi),
    ).toContain("bank");
  });

  it("refuses an in-place edit, a deletion or an unrecorded publication of a published text", () => {
    const register = { "KD1-01": ambil("KD1-01").teks, "KD1-02": ambil("KD1-02").teks };
    expect(lintDaftarPernyataan(bank, register)).toEqual([]);
    const diubah = bank.map((p) => (p.id === "KD1-01" ? { ...p, teks: `${p.teks} Tambahan.` } : p));
    expect(aturan(lintDaftarPernyataan(diubah, register))).toEqual(["TEKS_TERBIT_BERUBAH"]);
    const dihapus = bank.filter((p) => p.id !== "KD1-02");
    expect(aturan(lintDaftarPernyataan(dihapus, register))).toContain("TERBIT_HILANG");
    const terbit = bank.map((p) => (p.id === "KD1-03" ? { ...p, status: "terbit" as const } : p));
    expect(aturan(lintDaftarPernyataan(terbit, register))).toEqual(["TERBIT_TIDAK_TERCATAT"]);
  });
});

describe("lintBlok", () => {
  const blok = (...ids: string[]): Blok => ({ id: "U1", pernyataan: ids as [string, string, string] });

  it("passes a block of three sub-dimensions from different factors, matched and in different situations", () => {
    // KD1-02 (3.5, anggaran), DN1-01 (3.5, perencanaan), KM2-03 (3.5, tekananAtasan)
    expect(lintBlok(blok("KD1-02", "DN1-01", "KM2-03"), indeks)).toEqual([]);
  });

  it.each<[string, string[], KodeAturan]>([
    ["two statements of one sub-dimension", ["KD1-02", "KD1-03", "KM2-03"], "BLOK_SUBDIMENSI_SAMA"],
    ["one factor only (warning)", ["KD1-02", "KD2-01", "KD3-01"], "BLOK_SATU_FAKTOR"],
    ["desirability spread above 0.5", ["KD1-01", "DN1-01", "KM1-12"], "BLOK_KEINGINAN_SOSIAL"],
    ["a shared situation", ["KD1-02", "DN1-06", "KM2-03"], "BLOK_SITUASI_SAMA"],
    ["a statement not in the bank", ["KD1-02", "DN1-01", "KM9-99"], "BLOK_PERNYATAAN_TIDAK_ADA"],
    ["two statements only", ["KD1-02", "DN1-01"], "BLOK_UKURAN"],
  ])("flags %s", (_nama, ids, kode) => {
    expect(aturan(lintBlok(blok(...ids), indeks))).toContain(kode);
  });

  it("flags a withdrawn statement", () => {
    const ditarik = new Map(indeks);
    ditarik.set("KD1-02", { ...ambil("KD1-02"), status: "ditarik" });
    expect(aturan(lintBlok(blok("KD1-02", "DN1-01", "KM2-03"), ditarik))).toEqual([
      "BLOK_PERNYATAAN_DITARIK",
    ]);
  });
});

describe("lintFormulir and lintAntarFormulir", () => {
  it("flags a statement used twice in one form and a repeated block", () => {
    const [b0, b1] = formA.blok;
    const dua = {
      ...b1,
      pernyataan: [b0.pernyataan[0], b1.pernyataan[1], b1.pernyataan[2]] as Blok["pernyataan"],
    };
    const f: Formulir = { ...formA, blok: [b0, dua, ...formA.blok.slice(2), b0] };
    const kode = aturan(lintFormulir(f, indeks));
    expect(kode).toContain("FORM_PERNYATAAN_GANDA");
    expect(kode).toContain("FORM_BLOK_GANDA");
  });

  it("flags a full form with fewer than 9 statements of a sub-dimension", () => {
    const f: Formulir = { ...formA, blok: formA.blok.slice(0, 35) };
    expect(aturan(lintFormulir(f, indeks))).toContain("FORM_CAKUPAN");
  });

  it("flags a sub-dimension measured in one keyed direction only", () => {
    const satuArah = new Map(indeks);
    for (const p of bank) if (p.subDimensi === "DN4") satuArah.set(p.id, { ...p, kunci: 1 });
    expect(lintFormulir(formA, satuArah).find((t) => t.aturan === "FORM_KUNCI_SUBDIMENSI")?.pesan).toMatch(
      /DN4/,
    );
  });

  it("flags a form without all-negative blocks, and warns when few blocks mix keyed directions", () => {
    const tanpaNegatif = new Map(indeks);
    for (const p of bank) tanpaNegatif.set(p.id, { ...p, kunci: 1 });
    const t = lintFormulir(formA, tanpaNegatif).filter((x) => x.aturan === "FORM_CAMPURAN_KUNCI");
    expect(t.map((x) => x.keparahan).sort()).toEqual(["galat", "galat", "peringatan"]);
  });

  it("flags a screening form outside 12–16 blocks and an anchor that is not in the form", () => {
    const s = BANK_NASIONAL.formulir[2];
    const kode = aturan(
      lintFormulir({ ...s, blok: s.blok.slice(0, 11), jangkar: [...s.jangkar, "N1-J99"] }, indeks),
    );
    expect(kode).toContain("FORM_JUMLAH_BLOK");
    expect(kode).toContain("FORM_JANGKAR");
  });

  it("flags parallel forms with different anchor sets, too few anchors, or one block id with two contents", () => {
    const [a, b] = BANK_NASIONAL.formulir;
    expect(lintAntarFormulir([a, { ...b, jangkar: b.jangkar.slice(1) }]).map((t) => t.aturan)).toContain(
      "FORM_JANGKAR",
    );
    const sedikit = lintAntarFormulir([
      { ...a, jangkar: a.jangkar.slice(0, 6) },
      { ...b, jangkar: b.jangkar.slice(0, 6) },
    ]);
    expect(sedikit.map((t) => t.pesan).join(" ")).toMatch(/minimal 20%/);
    const beda = { ...b, blok: b.blok.map((x) => (x.id === a.blok[0].id ? { ...x } : x)) };
    beda.blok.push({ ...a.blok[0], pernyataan: [...b.blok[0].pernyataan] });
    expect(aturan(lintAntarFormulir([a, beda]))).toContain("BLOK_TIDAK_KONSISTEN");
  });

  it("lintBank reports findings from statements, forms and cross-form rules together", () => {
    const rusak = {
      ...BANK_NASIONAL,
      pernyataan: BANK_NASIONAL.pernyataan.map((p) =>
        p.id === "KM4-01" ? { ...p, teks: "Saya berani." } : p,
      ),
    };
    expect(aturan(lintBank(rusak))).toEqual(["JUMLAH_KATA"]);
  });
});
