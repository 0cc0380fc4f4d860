/** Dates and times shown and read in the agency's zone (src/lib/format.ts). */
import { describe, expect, it } from "vitest";
import {
  akhirHari,
  awalHari,
  dariWaktuDinding,
  formatTanggal,
  formatWaktu,
  hariIniDi,
  keWaktuDinding,
} from "../src/lib/format.ts";

const SAAT = "2026-12-07T16:30:45.000Z";

describe("times in the agency's zone", () => {
  it("shows an instant to the minute with the zone's label, whatever the browser's zone", () => {
    expect(formatWaktu(SAAT, "id", "Asia/Jakarta")).toBe("7 Des 2026, 23.30 WIB");
    expect(formatWaktu(SAAT, "id", "Asia/Makassar")).toBe("8 Des 2026, 00.30 WITA");
    expect(formatWaktu(SAAT, "en", "Asia/Jayapura")).toBe("8 Dec 2026, 01:30 WIT");
    expect(formatWaktu(SAAT, "id", "Asia/Jakarta")).not.toMatch(/45/);
  });

  it("shows a calendar day as it is, and an instant as its day in the zone", () => {
    expect(formatTanggal("2026-12-07", "id", "Asia/Jayapura")).toBe("7 Desember 2026");
    expect(formatTanggal(SAAT, "id", "Asia/Jakarta")).toBe("7 Desember 2026");
    expect(formatTanggal(SAAT, "en", "Asia/Jayapura")).toBe("8 December 2026");
    expect(formatTanggal(null, "id")).toBe("—");
  });

  it("reads a date-time input as the agency's wall clock and writes it back the same", () => {
    expect(dariWaktuDinding("2026-12-08 00:30", "Asia/Makassar")).toBe("2026-12-07T16:30:00.000Z");
    expect(dariWaktuDinding("2026-12-07T23:30:45", "Asia/Jakarta")).toBe(SAAT);
    expect(keWaktuDinding(SAAT, "Asia/Jayapura")).toBe("2026-12-08 01:30:45");
    expect(dariWaktuDinding(keWaktuDinding(SAAT, "Asia/Makassar"), "Asia/Makassar")).toBe(SAAT);
  });

  it("bounds a day filter by the agency's midnight, and knows the agency's today", () => {
    expect(awalHari("2026-12-01", "Asia/Jakarta")).toBe("2026-11-30T17:00:00.000Z");
    expect(akhirHari("2026-12-01", "Asia/Makassar")).toBe("2026-12-01T15:59:59.999Z");
    expect(hariIniDi("Asia/Jakarta", new Date(SAAT))).toBe("2026-12-07");
    expect(hariIniDi("Asia/Jayapura", new Date(SAAT))).toBe("2026-12-08");
  });
});
