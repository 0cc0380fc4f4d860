import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  bandingkanPeta,
  type HasilUntukPeta,
  type LevelKematangan,
  PenilaianError,
  type SimpulUnit,
  susunPetaAsesmen,
  tentukanPenyembunyian,
  type UnitKerja,
} from "../src/index.ts";

// Agency I with directorates A (sub-units A1, A2) and B (sub-unit B1).
const UNIT: UnitKerja[] = [
  { id: "I", nama: "Instansi", indukId: null },
  { id: "A", nama: "Direktorat A", indukId: "I" },
  { id: "A1", nama: "Subdit A1", indukId: "A" },
  { id: "A2", nama: "Subdit A2", indukId: "A" },
  { id: "B", nama: "Direktorat B", indukId: "I" },
  { id: "B1", nama: "Subdit B1", indukId: "B" },
];

function orang(unitId: string, level: LevelKematangan, d: number): HasilUntukPeta {
  return { unitId, level, faktorT: { KD: d / 2, DN: 50, KM: 40 }, derajatPv: [d - 1, d, d + 1] };
}

const ulang = (n: number, f: (i: number) => HasilUntukPeta) => Array.from({ length: n }, (_, i) => f(i));

describe("susunPetaAsesmen", () => {
  it("aggregates each unit with its sub-units: counts, level distribution, factor profile, index", () => {
    const hasil = [
      ...ulang(6, (i) => orang("A1", 1, 40 + i)),
      ...ulang(5, () => orang("A2", 3, 70)),
      ...ulang(7, () => orang("B1", 4, 90)),
    ];
    const peta = susunPetaAsesmen(UNIT, hasil);
    const baris = new Map(peta.baris.map((b) => [b.unitId, b]));
    expect(peta.baris.map((b) => b.unitId)).toEqual(["I", "A", "A1", "A2", "B", "B1"]);
    expect(peta.instansi.unitId).toBe("I");
    expect(baris.get("A")?.n).toBe(11);
    expect(baris.get("A")?.distribusiLevel).toEqual({ 1: 6, 2: 0, 3: 5, 4: 0 });
    expect(peta.instansi.n).toBe(18);
    const mA = (6 * 42.5 + 5 * 70) / 11;
    expect(baris.get("A")?.indeks?.nilai).toBeCloseTo(mA, 10);
    expect(baris.get("A")?.profilFaktor?.KD).toBeCloseTo(mA / 2, 10);
    expect(baris.get("B")?.indeks?.nilai).toBe(90);
    // B1's 7 people all score the same: no sampling variance; PVs differ by ±1: measurement variance only.
    expect(baris.get("B1")?.indeks?.variansSampel).toBeCloseTo(0, 12);
    expect(baris.get("B1")?.indeks?.variansUkur).toBeCloseTo((1 + 1 / 3) * 1, 12);
  });

  it("hides a unit smaller than k and every figure of it", () => {
    const hasil = [...ulang(6, () => orang("A1", 2, 50)), ...ulang(4, () => orang("A2", 2, 50))];
    const peta = susunPetaAsesmen(UNIT, hasil);
    const a2 = peta.baris.find((b) => b.unitId === "A2");
    expect(a2).toEqual({
      unitId: "A2",
      nama: "Subdit A2",
      indukId: "A",
      kedalaman: 2,
      tampil: false,
      alasan: "kecil",
    });
  });

  it("suppresses a sibling so that the small unit cannot be recovered by subtraction (complementary)", () => {
    // A = A1 (6) + A2 (4): A and A1 shown would reveal A2 = A − A1.
    const hasil = [...ulang(6, () => orang("A1", 2, 50)), ...ulang(4, () => orang("A2", 1, 20))];
    const peta = susunPetaAsesmen(UNIT, hasil);
    const status = Object.fromEntries(peta.baris.map((b) => [b.unitId, b.tampil ? "tampil" : b.alasan]));
    expect(status).toEqual({
      I: "tampil",
      A: "tampil",
      A1: "komplementer",
      A2: "kecil",
      B: "tampil",
      B1: "tampil",
    });
  });

  it("needs no complementary suppression when the residual is already k or more", () => {
    const hasil = [
      ...ulang(6, () => orang("A1", 2, 50)),
      ...ulang(2, () => orang("A2", 1, 20)),
      ...ulang(3, () => orang("A", 1, 20)),
    ];
    const status = tentukanPenyembunyian(
      UNIT,
      new Map([
        ["A1", 6],
        ["A2", 2],
        ["A", 11],
        ["I", 11],
      ]),
    );
    expect(status.get("A2")).toBe("kecil");
    expect(status.get("A1")).toBeNull();
    expect(susunPetaAsesmen(UNIT, hasil).baris.find((b) => b.unitId === "A1")?.tampil).toBe(true);
  });

  it("uses a configurable k and refuses k below 3", () => {
    const hasil = ulang(4, () => orang("B1", 2, 50));
    expect(susunPetaAsesmen(UNIT, hasil, { k: 3 }).baris.find((b) => b.unitId === "B1")?.tampil).toBe(true);
    expect(susunPetaAsesmen(UNIT, hasil).instansi.tampil).toBe(false);
    expect(() => susunPetaAsesmen(UNIT, hasil, { k: 2 })).toThrow(PenilaianError);
  });

  it("refuses a person in an unknown unit, a forest and a cycle", () => {
    expect(() => susunPetaAsesmen(UNIT, [orang("X", 1, 10)])).toThrow(/X/);
    expect(() => susunPetaAsesmen([...UNIT, { id: "Z", nama: "Z", indukId: null }], [])).toThrow(/akar/);
    const siklus: UnitKerja[] = [
      { id: "I", nama: "I", indukId: null },
      { id: "P", nama: "P", indukId: "Q" },
      { id: "Q", nama: "Q", indukId: "P" },
    ];
    expect(() => susunPetaAsesmen(siklus, [])).toThrow(/siklus/);
  });

  it("narrows the interval with a finite population correction when most employees were assessed", () => {
    const hasil = ulang(20, (i) => orang("B1", 2, 30 + 2 * i));
    const tanpa = susunPetaAsesmen(UNIT, hasil).instansi.indeks;
    const dengan = susunPetaAsesmen(UNIT, hasil, { jumlahPegawai: new Map([["I", 25]]) }).instansi.indeks;
    expect(dengan?.variansSampel).toBeCloseTo((tanpa?.variansSampel ?? 0) * (1 - 20 / 25), 10);
  });
});

describe("bandingkanPeta (pre/post)", () => {
  it("gives the change per unit reported in both campaigns, and hides the rest", () => {
    const pre = susunPetaAsesmen(UNIT, [
      ...ulang(8, () => orang("A1", 2, 50)),
      ...ulang(8, () => orang("B1", 2, 50)),
    ]);
    const post = susunPetaAsesmen(UNIT, [
      ...ulang(8, () => orang("A1", 3, 60)),
      ...ulang(5, () => orang("A2", 3, 60)),
      ...ulang(3, () => orang("B1", 3, 60)),
    ]);
    // B1 (3) is hidden; I − A would reveal it, so A is hidden, then A2 (A − A1 − A2 = 0, I − A1 − A2 = B1).
    const d = new Map(bandingkanPeta(pre, post).map((x) => [x.unitId, x]));
    expect(d.get("A1")?.perubahanIndeks?.nilai).toBeCloseTo(10, 10);
    expect(d.get("A1")?.perubahanFaktor?.KD).toBeCloseTo(5, 10);
    expect(d.get("B1")?.tampil).toBe(false);
    expect(d.get("B1")?.perubahanIndeks).toBeUndefined();
    expect(post.baris.find((b) => b.unitId === "A2")?.alasan).toBe("komplementer");
    expect(d.get("A2")?.tampil).toBe(false);
  });
});

/** Random trees of up to 12 units with random head counts. */
const pohon = fc.array(fc.tuple(fc.nat(), fc.nat({ max: 12 })), { minLength: 1, maxLength: 12 }).map((xs) => {
  const unit: SimpulUnit[] = xs.map(([p], i) => ({ id: `u${i}`, indukId: i === 0 ? null : `u${p % i}` }));
  const langsung = new Map(xs.map(([, c], i) => [`u${i}`, c]));
  return { unit, langsung };
});

describe("suppression property", () => {
  it("never reveals a group of 1..k−1, directly or by subtracting reported units (person-level check)", () => {
    fc.assert(
      fc.property(pohon, fc.integer({ min: 3, max: 6 }), ({ unit, langsung }, k) => {
        const induk = new Map(unit.map((u) => [u.id, u.indukId]));
        const leluhur = (id: string): string[] => {
          const out = [id];
          for (let p = induk.get(id); p; p = induk.get(p)) out.push(p);
          return out;
        };
        const n = new Map<string, number>(unit.map((u) => [u.id, 0]));
        for (const [id, c] of langsung) for (const a of leluhur(id)) n.set(a, (n.get(a) ?? 0) + c);
        const status = tentukanPenyembunyian(unit, n, k);
        for (const u of unit) {
          if (status.get(u.id) !== null) continue;
          const nu = n.get(u.id) ?? 0;
          expect(nu === 0 || nu >= k).toBe(true);
          // People of u not inside any reported proper descendant of u, found walking up from each person's unit.
          let sisa = 0;
          for (const [id, c] of langsung) {
            const rantai = leluhur(id);
            const posisi = rantai.indexOf(u.id);
            if (posisi < 0) continue;
            const tertutup = rantai.slice(0, posisi).some((a) => status.get(a) === null);
            if (!tertutup) sisa += c;
          }
          expect(sisa === 0 || sisa >= k).toBe(true);
        }
        // Primary rule: every non-empty unit below k is hidden.
        for (const u of unit) {
          const nu = n.get(u.id) ?? 0;
          if (nu > 0 && nu < k) expect(status.get(u.id)).toBe("kecil");
        }
      }),
      { numRuns: 300 },
    );
  });
});
