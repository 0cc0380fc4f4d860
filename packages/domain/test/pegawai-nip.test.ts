import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseNip, susunNip } from "../src/pegawai/nip.ts";

const HARI_INI = new Date(Date.UTC(2026, 10, 28));

describe("parseNip", () => {
  it("reads birth date, TMT CPNS, sex and serial from a real-shaped NIP", () => {
    expect(parseNip("198503122010012001", HARI_INI)).toEqual({
      ok: true,
      nip: "198503122010012001",
      bagian: { tanggalLahir: "1985-03-12", tmtCpns: "2010-01-01", jenisKelamin: "P", nomorUrut: 1 },
    });
    expect(parseNip("19900101 201503 1 042", HARI_INI)).toMatchObject({
      ok: true,
      nip: "199001012015031042",
      bagian: { jenisKelamin: "L", nomorUrut: 42 },
    });
  });

  it.each([
    ["12345", "NIP_BUKAN_18_DIGIT"],
    ["19850312201001200A", "NIP_BUKAN_18_DIGIT"],
    ["1985031220100120011", "NIP_BUKAN_18_DIGIT"],
    ["1.98503E+17", "NIP_NOTASI_ILMIAH"], // what Excel shows for a NIP typed as a number
    ["1,98503122010012E+17", "NIP_NOTASI_ILMIAH"],
    ["198502302010012001", "NIP_TANGGAL_LAHIR_TIDAK_VALID"], // 30 February
    ["198513012010012001", "NIP_TANGGAL_LAHIR_TIDAK_VALID"], // month 13
    ["190002292010012001", "NIP_TANGGAL_LAHIR_TIDAK_VALID"], // 1900 is not a leap year
    ["185001012010012001", "NIP_TANGGAL_LAHIR_TIDAK_VALID"], // implausibly old
    ["203001012010012001", "NIP_TANGGAL_LAHIR_TIDAK_VALID"], // born in the future
    ["198503122010002001", "NIP_BULAN_TMT_TIDAK_VALID"],
    ["198503122010132001", "NIP_BULAN_TMT_TIDAK_VALID"],
    ["198503122002122001", "NIP_TMT_SEBELUM_USIA_18"], // 17 years old
    ["198503122027012001", "NIP_TMT_MASA_DEPAN"],
    ["198503122010013001", "NIP_JENIS_KELAMIN_TIDAK_VALID"],
    ["198503122010010001", "NIP_JENIS_KELAMIN_TIDAK_VALID"],
    ["198503122010011000", "NIP_NOMOR_URUT_TIDAK_VALID"],
  ])("refuses %s with %s", (nip, kode) => {
    expect(parseNip(nip, HARI_INI)).toEqual({ ok: false, kode });
  });

  it("accepts appointment in the month of the 18th birthday and in the current month", () => {
    expect(parseNip("198503122003032001", HARI_INI).ok).toBe(true);
    expect(parseNip("198503122026112001", HARI_INI).ok).toBe(true);
    expect(parseNip("198503122026122001", HARI_INI)).toEqual({ ok: false, kode: "NIP_TMT_MASA_DEPAN" });
  });

  const bagianValid = fc
    .record({
      lahir: fc.date({
        min: new Date(Date.UTC(1940, 0, 1)),
        max: new Date(Date.UTC(2008, 0, 1)),
        noInvalidDate: true,
      }),
      bulanSetelah18: fc.nat({ max: 12 * 40 }),
      jenisKelamin: fc.constantFrom("L" as const, "P" as const),
      nomorUrut: fc.integer({ min: 1, max: 999 }),
    })
    .map(({ lahir, bulanSetelah18, jenisKelamin, nomorUrut }) => {
      const awal = (lahir.getUTCFullYear() + 18) * 12 + lahir.getUTCMonth();
      const akhir = HARI_INI.getUTCFullYear() * 12 + HARI_INI.getUTCMonth();
      const tmt = Math.min(awal + bulanSetelah18, akhir);
      const tahun = Math.floor(tmt / 12);
      const bulan = (tmt % 12) + 1;
      return {
        tanggalLahir: lahir.toISOString().slice(0, 10),
        tmtCpns: `${tahun}-${String(bulan).padStart(2, "0")}-01`,
        jenisKelamin,
        nomorUrut,
      };
    });

  it("property: every valid generated NIP parses back to its parts", () => {
    fc.assert(
      fc.property(bagianValid, (bagian) => {
        const nip = susunNip(bagian);
        expect(nip).toMatch(/^[0-9]{18}$/);
        expect(parseNip(nip, HARI_INI)).toEqual({ ok: true, nip, bagian });
      }),
    );
  });

  it("property: any string that is not 18 digits (ignoring spaces) is refused as such", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 40 }), (s) => {
        fc.pre(!/^[0-9]{18}$/.test(s.replace(/\s+/g, "")) && !/e\+?[0-9]+$/i.test(s.trim()));
        expect(parseNip(s, HARI_INI)).toEqual({ ok: false, kode: "NIP_BUKAN_18_DIGIT" });
      }),
    );
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9]{0,17}$|^[0-9]{19,30}$/), (s) => {
        expect(parseNip(s, HARI_INI)).toEqual({ ok: false, kode: "NIP_BUKAN_18_DIGIT" });
      }),
    );
  });

  it("property: any 18-digit string either parses consistently or names one reason", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9]{18}$/), (s) => {
        const h = parseNip(s, HARI_INI);
        if (h.ok) expect(susunNip(h.bagian)).toBe(s);
        else expect(h.kode).not.toBe("NIP_BUKAN_18_DIGIT");
      }),
    );
  });
});
