import { describe, expect, it } from "vitest";
import {
  GOLONGAN_PNS,
  GOLONGAN_PPPK,
  normalisasiGolongan,
  PESAN_GALAT_PEGAWAI,
  pangkatDari,
  skemaBarisPegawai,
  validasiBarisPegawai,
} from "../src/index.ts";

const skema = skemaBarisPegawai(new Date(Date.UTC(2026, 10, 28)));
const baik = {
  nip: "198503122010012001",
  nama: "Siti Nur'aini",
  kodeUnit: "SETJEN",
  jabatan: "Analis Kebijakan",
  jenisJabatan: "Fungsional",
  golongan: "iii c",
  email: "Siti@Contoh.go.id",
  telepon: "+62 812-3456-7890",
};

describe("golongan", () => {
  it("lists 17 PNS ranks with pangkat and 17 PPPK ranks", () => {
    expect(GOLONGAN_PNS).toHaveLength(17);
    expect(GOLONGAN_PPPK).toHaveLength(17);
    expect(pangkatDari("III/a")).toBe("Penata Muda");
    expect(pangkatDari("IV/e")).toBe("Pembina Utama");
    expect(pangkatDari("XVII")).toBeNull();
  });
  it.each([
    ["III/a", "III/a"],
    ["iii a", "III/a"],
    ["3/a", "III/a"],
    [" IV / B ", "IV/b"],
    ["IV.e", "IV/e"],
    ["xvii", "XVII"],
    ["IX", "IX"],
    ["I/e", null],
    ["V/a", null],
    ["XVIII", null],
    ["Penata", null],
  ])("normalises %j to %j", (masuk, keluar) => {
    expect(normalisasiGolongan(masuk)).toBe(keluar);
  });
});

describe("validasiBarisPegawai", () => {
  it("accepts a good row, normalising it and reading the NIP's parts", () => {
    expect(validasiBarisPegawai(baik, skema)).toEqual({
      ok: true,
      data: {
        nip: "198503122010012001",
        nama: "Siti Nur'aini",
        kodeUnit: "SETJEN",
        jabatan: "Analis Kebijakan",
        jenisJabatan: "fungsional",
        golongan: "III/c",
        email: "siti@contoh.go.id",
        telepon: "+62 812-3456-7890",
        tanggalLahir: "1985-03-12",
        tmtCpns: "2010-01-01",
        jenisKelamin: "P",
        nomorUrut: 1,
      },
    });
  });

  it("treats empty optional cells as absent", () => {
    const r = validasiBarisPegawai({ ...baik, golongan: "", email: "", telepon: undefined }, skema);
    expect(r.ok && [r.data.golongan, r.data.email, r.data.telepon]).toEqual([null, null, null]);
  });

  it("reports one code per faulty column", () => {
    const r = validasiBarisPegawai(
      {
        nip: "198503122010132001",
        nama: "  ",
        kodeUnit: "X".repeat(41),
        jenisJabatan: "direktur",
        golongan: "V/a",
        email: "bukan-email",
        telepon: "telp kantor",
      },
      skema,
    );
    expect(r).toEqual({
      ok: false,
      galat: expect.arrayContaining([
        { kolom: "nip", kode: "NIP_BULAN_TMT_TIDAK_VALID" },
        { kolom: "nama", kode: "WAJIB_DIISI" },
        { kolom: "kodeUnit", kode: "TERLALU_PANJANG" },
        { kolom: "jabatan", kode: "WAJIB_DIISI" },
        { kolom: "jenisJabatan", kode: "JENIS_JABATAN_TIDAK_VALID" },
        { kolom: "golongan", kode: "GOLONGAN_TIDAK_VALID" },
        { kolom: "email", kode: "EMAIL_TIDAK_VALID" },
        { kolom: "telepon", kode: "TELEPON_TIDAK_VALID" },
      ]),
    });
    expect(r.ok || r.galat).toHaveLength(8);
  });

  it("has a message in both languages for every code", () => {
    for (const pesan of Object.values(PESAN_GALAT_PEGAWAI)) {
      expect(pesan.id.length).toBeGreaterThan(5);
      expect(pesan.en.length).toBeGreaterThan(5);
    }
  });
});
