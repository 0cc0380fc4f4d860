import { describe, expect, it } from "vitest";
import {
  HARI_KERJA_LAPOR_GRATIFIKASI,
  hariKerja,
  selisihHariKerja,
  tambahHariKerja,
  tenggatGratifikasi,
} from "../src/index.ts";

const TANPA = new Set<string>();

describe("working days for the gratification deadline (Pasal 12C: 30 working days)", () => {
  it("skips weekends", () => {
    // 2026-01-02 is a Friday
    expect(hariKerja("2026-01-02", TANPA)).toBe(true);
    expect(hariKerja("2026-01-03", TANPA)).toBe(false);
    expect(hariKerja("2026-01-04", TANPA)).toBe(false);
    expect(tambahHariKerja("2026-01-02", 1, TANPA)).toBe("2026-01-05");
    expect(tambahHariKerja("2026-01-02", 0, TANPA)).toBe("2026-01-02");
    // 30 working days without holidays = 6 full weeks
    expect(tambahHariKerja("2026-01-05", 30, TANPA)).toBe("2026-02-16");
  });

  it("skips the holidays of the configured calendar, and a received-on-holiday gift counts from the next working day", () => {
    const libur = new Set(["2026-01-06", "2026-01-07"]);
    expect(tambahHariKerja("2026-01-05", 1, libur)).toBe("2026-01-08");
    expect(tambahHariKerja("2026-01-05", 30, libur)).toBe("2026-02-18");
    // received on Saturday: the first working day counted is Monday
    expect(tambahHariKerja("2026-01-03", 1, TANPA)).toBe("2026-01-05");
  });

  it("counts working days between two dates in both directions", () => {
    expect(selisihHariKerja("2026-01-02", "2026-01-09", TANPA)).toBe(5);
    expect(selisihHariKerja("2026-01-09", "2026-01-02", TANPA)).toBe(-5);
    expect(selisihHariKerja("2026-01-05", "2026-01-05", TANPA)).toBe(0);
    const libur = new Set(["2026-01-07"]);
    expect(selisihHariKerja("2026-01-05", "2026-01-09", libur)).toBe(3);
    for (const n of [0, 1, 7, 30]) {
      const b = tambahHariKerja("2026-03-13", n, libur);
      expect(selisihHariKerja("2026-03-13", b, libur)).toBe(n);
    }
  });

  it("tells the status as the deadline nears, on the last day and once past", () => {
    const diterima = "2026-01-05";
    const batas = tambahHariKerja(diterima, HARI_KERJA_LAPOR_GRATIFIKASI, TANPA);
    expect(tenggatGratifikasi(diterima, diterima, TANPA)).toEqual({
      batas,
      sisaHariKerja: 30,
      status: "aman",
    });
    expect(tenggatGratifikasi(diterima, "2026-02-09", TANPA)).toMatchObject({
      sisaHariKerja: 5,
      status: "mendekati",
    });
    expect(tenggatGratifikasi(diterima, batas, TANPA)).toMatchObject({
      sisaHariKerja: 0,
      status: "hari_terakhir",
    });
    expect(tenggatGratifikasi(diterima, "2026-02-17", TANPA)).toMatchObject({
      sisaHariKerja: -1,
      status: "lewat",
    });
    // past, but on a weekend: still past
    expect(tenggatGratifikasi(diterima, "2026-02-21", TANPA).status).toBe("lewat");
  });

  it("refuses an impossible date", () => {
    expect(() => tambahHariKerja("2026-02-30", 1, TANPA)).toThrow(RangeError);
    expect(() => tambahHariKerja("2026-01-05", -1, TANPA)).toThrow(RangeError);
  });
});
