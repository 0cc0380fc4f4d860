import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  cariJenisInstansi,
  cariProvinsi,
  DEFINISI_JENIS_INSTANSI,
  JENIS_INSTANSI,
  PESAN_GALAT_INSTANSI,
  PROVINSI,
  perluProvinsiInduk,
  validasiInstansi,
  validasiUnit,
} from "../src/nasional/index.ts";

describe("provinsi", () => {
  it("lists the 38 provinces with unique two-digit Kemendagri and BPS codes", () => {
    expect(PROVINSI).toHaveLength(38);
    expect(new Set(PROVINSI.map((p) => p.kode)).size).toBe(38);
    expect(new Set(PROVINSI.map((p) => p.kodeBps)).size).toBe(38);
    for (const p of PROVINSI) {
      expect(p.kode).toMatch(/^\d{2}$/);
      expect(p.kodeBps).toMatch(/^\d{2}$/);
    }
  });

  it("numbers the Papua provinces as Kemendagri and BPS each do, and every other province alike", () => {
    const papua = Object.fromEntries(
      PROVINSI.filter((p) => p.kode >= "91").map((p) => [p.nama, [p.kode, p.kodeBps]]),
    );
    expect(papua).toEqual({
      Papua: ["91", "94"],
      "Papua Barat": ["92", "91"],
      "Papua Selatan": ["93", "95"],
      "Papua Tengah": ["94", "96"],
      "Papua Pegunungan": ["95", "97"],
      "Papua Barat Daya": ["96", "92"],
    });
    for (const p of PROVINSI.filter((x) => x.kode < "91")) expect(p.kodeBps).toBe(p.kode);
  });

  it("puts each province in its time zone (18 WIB, 12 WITA, 8 WIT)", () => {
    const hitung = (z: string) => PROVINSI.filter((p) => p.zonaWaktu === z).length;
    expect([hitung("Asia/Jakarta"), hitung("Asia/Makassar"), hitung("Asia/Jayapura")]).toEqual([18, 12, 8]);
    expect(cariProvinsi("Kalimantan Barat")?.zonaWaktu).toBe("Asia/Jakarta");
    expect(cariProvinsi("Kalimantan Selatan")?.zonaWaktu).toBe("Asia/Makassar");
    expect(cariProvinsi("Maluku Utara")?.zonaWaktu).toBe("Asia/Jayapura");
  });

  it.each([
    ["32", "32"],
    ["32.00", "32"],
    ["Prov. Jawa Barat", "32"],
    ["PROVINSI JAWA BARAT", "32"],
    ["jabar", "32"],
    ["West Java", "32"],
    ["DKI Jakarta", "31"],
    ["Daerah Khusus Jakarta", "31"],
    ["DIY", "34"],
    ["Papua Barat Daya", "96"],
    ["Southwest Papua", "96"],
    ["NTT", "53"],
  ])("reads %j as province %s", (teks, kode) => {
    expect(cariProvinsi(teks)?.kode).toBe(kode);
  });

  it.each(["99", "Jawa Barata", "", "3", "Papua Utara"])("does not read %j as a province", (teks) => {
    expect(cariProvinsi(teks)).toBeUndefined();
  });
});

describe("jenis instansi", () => {
  it("has the seven categories of BAB IV, with a parent province for regencies and cities only", () => {
    expect(JENIS_INSTANSI).toHaveLength(7);
    expect(JENIS_INSTANSI.filter(perluProvinsiInduk)).toEqual(["kabupaten", "kota"]);
    for (const j of JENIS_INSTANSI) expect(DEFINISI_JENIS_INSTANSI[j].nama.en).not.toBe("");
  });

  it("reads every alias back to its own category (no alias is shared)", () => {
    for (const d of Object.values(DEFINISI_JENIS_INSTANSI))
      for (const a of [d.kode, d.nama.id, d.nama.en, ...d.alias]) expect(cariJenisInstansi(a)).toBe(d.kode);
    expect(cariJenisInstansi("LPNK")).toBe("lembaga_pemerintah_nonkementerian");
    expect(cariJenisInstansi("Pemerintah Kota")).toBe("kota");
    expect(cariJenisInstansi("dinas")).toBeUndefined();
  });
});

describe("validasiInstansi", () => {
  it("normalises a regency: upper-case code, province and region code, time zone of its province", () => {
    expect(
      validasiInstansi({
        kode: "kab-9401 ",
        nama: " Kabupaten Nabire ",
        jenis: "Pemkab",
        provinsi: "Papua Tengah",
        kodeWilayah: "9401",
      }),
    ).toEqual({
      ok: true,
      data: {
        kode: "KAB-9401",
        nama: "Kabupaten Nabire",
        jenis: "kabupaten",
        provinsi: "94",
        kodeWilayah: "94.01",
        zonaWaktu: "Asia/Jayapura",
      },
    });
  });

  it("gives a central agency no province and WIB unless told otherwise", () => {
    const r = validasiInstansi({ kode: "BKN", nama: "Badan Kepegawaian Negara", jenis: "LPNK" });
    expect(r).toEqual({
      ok: true,
      data: {
        kode: "BKN",
        nama: "Badan Kepegawaian Negara",
        jenis: "lembaga_pemerintah_nonkementerian",
        provinsi: null,
        kodeWilayah: null,
        zonaWaktu: "Asia/Jakarta",
      },
    });
    expect(validasiInstansi({ kode: "X", nama: "X", jenis: "kementerian", zonaWaktu: "WITA" })).toMatchObject(
      {
        ok: true,
        data: { zonaWaktu: "Asia/Makassar" },
      },
    );
  });

  it.each([
    [
      { kode: "", nama: "", jenis: "" },
      [
        ["kode", "WAJIB_DIISI"],
        ["nama", "WAJIB_DIISI"],
        ["jenis", "WAJIB_DIISI"],
      ],
    ],
    [{ kode: "KAB 3201", nama: "A", jenis: "kementerian" }, [["kode", "KODE_INSTANSI_TIDAK_VALID"]]],
    [{ kode: "A".repeat(33), nama: "A", jenis: "kementerian" }, [["kode", "KODE_INSTANSI_TIDAK_VALID"]]],
    [{ kode: "A", nama: "x".repeat(201), jenis: "kementerian" }, [["nama", "TERLALU_PANJANG"]]],
    [{ kode: "A", nama: "A", jenis: "dinas" }, [["jenis", "JENIS_INSTANSI_TIDAK_VALID"]]],
    [{ kode: "A", nama: "A", jenis: "kabupaten" }, [["provinsi", "PROVINSI_WAJIB"]]],
    [{ kode: "A", nama: "A", jenis: "provinsi" }, [["provinsi", "PROVINSI_WAJIB"]]],
    [{ kode: "A", nama: "A", jenis: "kota", provinsi: "Atlantis" }, [["provinsi", "PROVINSI_TIDAK_DIKENAL"]]],
    [
      { kode: "A", nama: "A", jenis: "kementerian", provinsi: "31" },
      [["provinsi", "PROVINSI_TIDAK_BERLAKU"]],
    ],
    [
      { kode: "A", nama: "A", jenis: "kementerian", kodeWilayah: "31" },
      [["kodeWilayah", "KODE_WILAYAH_TIDAK_BERLAKU"]],
    ],
    [
      { kode: "A", nama: "A", jenis: "kabupaten", provinsi: "32", kodeWilayah: "33.01" },
      [["kodeWilayah", "KODE_WILAYAH_BEDA_PROVINSI"]],
    ],
    [
      { kode: "A", nama: "A", jenis: "kota", provinsi: "32", kodeWilayah: "32.01" },
      [["kodeWilayah", "KODE_WILAYAH_TIDAK_SESUAI_JENIS"]],
    ],
    [
      { kode: "A", nama: "A", jenis: "kabupaten", provinsi: "32", kodeWilayah: "32.71" },
      [["kodeWilayah", "KODE_WILAYAH_TIDAK_SESUAI_JENIS"]],
    ],
    [
      { kode: "A", nama: "A", jenis: "provinsi", provinsi: "32", kodeWilayah: "32.01" },
      [["kodeWilayah", "KODE_WILAYAH_TIDAK_SESUAI_JENIS"]],
    ],
    [
      { kode: "A", nama: "A", jenis: "kota", provinsi: "32", kodeWilayah: "3A.7" },
      [["kodeWilayah", "KODE_WILAYAH_TIDAK_VALID"]],
    ],
    [
      { kode: "A", nama: "A", jenis: "kota", provinsi: "32", zonaWaktu: "GMT+7" },
      [["zonaWaktu", "ZONA_WAKTU_TIDAK_VALID"]],
    ],
  ] as const)("refuses %j with per-column codes", (masukan, harapan) => {
    const r = validasiInstansi(masukan);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.galat.map((g) => [g.kolom, g.kode])).toEqual(harapan);
  });

  it("accepts the province's own region code and a city's 71–99 code", () => {
    expect(
      validasiInstansi({
        kode: "PROV-32",
        nama: "Pemprov Jabar",
        jenis: "provinsi",
        provinsi: "Jawa Barat",
        kodeWilayah: "32",
      }).ok,
    ).toBe(true);
    expect(
      validasiInstansi({
        kode: "KOTA-3273",
        nama: "Kota Bandung",
        jenis: "kota",
        provinsi: "32",
        kodeWilayah: "32.73",
      }).ok,
    ).toBe(true);
  });

  it("has a message in both languages for every error code", () => {
    for (const [kode, p] of Object.entries(PESAN_GALAT_INSTANSI)) {
      expect(p.id.length, kode).toBeGreaterThan(5);
      expect(p.en.length, kode).toBeGreaterThan(5);
      expect(p.en, kode).not.toBe(p.id);
    }
  });

  it("never throws and always answers either data or per-column errors, whatever the cells", () => {
    const sel = fc.option(fc.string({ maxLength: 40 }), { nil: undefined });
    fc.assert(
      fc.property(
        fc.record({ kode: sel, nama: sel, jenis: sel, provinsi: sel, kodeWilayah: sel, zonaWaktu: sel }),
        (m) => {
          const r = validasiInstansi(m);
          if (r.ok) expect(r.data.kode).toMatch(/^[A-Z0-9][A-Z0-9._-]{0,31}$/);
          else expect(r.galat.length).toBeGreaterThan(0);
        },
      ),
    );
  });
});

describe("validasiUnit", () => {
  it("reads eselon written as a number, a roman numeral or with its level", () => {
    const baik = { kodeInstansi: "kemencs", kode: "SETJEN", nama: "Sekretariat Jenderal", kodeInduk: "" };
    for (const [tulis, eselon] of [
      ["", null],
      ["1", 1],
      ["II", 2],
      ["eselon III", 3],
      ["II.a", 2],
      ["iv b", 4],
    ] as const)
      expect(validasiUnit({ ...baik, eselon: tulis })).toEqual({
        ok: true,
        data: {
          kodeInstansi: "KEMENCS",
          kode: "SETJEN",
          nama: "Sekretariat Jenderal",
          eselon,
          kodeInduk: null,
        },
      });
  });

  it("refuses a bad eselon, missing columns and a unit that is its own parent", () => {
    expect(validasiUnit({ kodeInstansi: "A", kode: "U1", nama: "U", eselon: "5" })).toEqual({
      ok: false,
      galat: [{ kolom: "eselon", kode: "ESELON_TIDAK_VALID" }],
    });
    expect(validasiUnit({ kodeInstansi: "", kode: "", nama: "" })).toEqual({
      ok: false,
      galat: [
        { kolom: "kodeInstansi", kode: "WAJIB_DIISI" },
        { kolom: "kode", kode: "WAJIB_DIISI" },
        { kolom: "nama", kode: "WAJIB_DIISI" },
      ],
    });
    expect(validasiUnit({ kodeInstansi: "A", kode: "u1", nama: "U", kodeInduk: "U1" })).toEqual({
      ok: false,
      galat: [{ kolom: "kodeInduk", kode: "INDUK_DIRI_SENDIRI" }],
    });
  });
});
