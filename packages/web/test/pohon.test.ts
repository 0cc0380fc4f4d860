import { describe, expect, it } from "vitest";
import type { UnitKerja } from "../src/api/types.ts";
import { bangunPohon, keturunan, saringPohon } from "../src/pages/unit/pohon.ts";

const u = (id: string, indukId: string | null, nama = id, aktif = true): UnitKerja => ({
  id,
  kode: id.toUpperCase(),
  nama,
  eselon: null,
  indukId,
  aktif,
});

// A ── B ── D
//  └── C     E (parent missing from the list)
const units = [u("d", "b"), u("c", "a", "Bagian Umum"), u("a", null), u("b", "a"), u("e", "zz")];

describe("unit tree", () => {
  it("nests units under their parent, sorted by code, and keeps orphans as roots", () => {
    const pohon = bangunPohon(units);
    expect(pohon.map((s) => s.unit.id)).toEqual(["a", "e"]);
    expect(pohon[0].anak.map((s) => s.unit.id)).toEqual(["b", "c"]);
    expect(pohon[0].anak[0].anak.map((s) => s.unit.id)).toEqual(["d"]);
  });

  it("lists a unit's whole subtree (the targets a move must refuse)", () => {
    expect([...keturunan(units, "a")].sort()).toEqual(["a", "b", "c", "d"]);
    expect([...keturunan(units, "b")].sort()).toEqual(["b", "d"]);
    expect([...keturunan(units, "d")]).toEqual(["d"]);
  });

  it("terminates on a cyclic parent chain", () => {
    const siklus = [u("x", "y"), u("y", "x")];
    expect([...keturunan(siklus, "x")].sort()).toEqual(["x", "y"]);
  });

  it("filters to matches and keeps their ancestors for context", () => {
    const hasil = saringPohon(bangunPohon(units), (x) => x.id === "d");
    expect(hasil.map((s) => s.unit.id)).toEqual(["a"]);
    expect(hasil[0].anak.map((s) => s.unit.id)).toEqual(["b"]);
    expect(hasil[0].anak[0].anak.map((s) => s.unit.id)).toEqual(["d"]);
    expect(
      saringPohon(bangunPohon(units), (x) => x.nama === "Bagian Umum")[0].anak.map((s) => s.unit.id),
    ).toEqual(["c"]);
  });
});
