import { describe, expect, it } from "vitest";
import {
  agregatPerJenis,
  BARS_KUALITAS,
  BARS_SUBDIMENSI,
  gabungLevel,
  instrumenBars,
  KODE_SUBDIMENSI,
  levelDariSkorBars,
  type NilaiPenilai,
  pohonPenilai,
} from "../src/index.ts";

describe("BARS instrument (BAB II.C/II.D, Pasal 3 ayat (1))", () => {
  it("has a scale per sub-dimension and per quality, four anchors named after the levels", () => {
    expect(BARS_SUBDIMENSI.map((s) => s.kode)).toEqual([...KODE_SUBDIMENSI]);
    expect(BARS_KUALITAS.map((s) => s.kode)).toEqual(["kejujuran", "kepatuhan", "kerjaSama", "pengabdian"]);
    for (const s of [...BARS_SUBDIMENSI, ...BARS_KUALITAS]) {
      expect(s.anchor.map((a) => a.teks.id.split(":")[0])).toEqual([
        "Kesadaran",
        "Pemahaman",
        "Penerimaan",
        "Kepemilikan",
      ]);
      expect(s.anchor[3].teks.id).toContain("baik ada atau tidak ada pengawasan");
      for (const a of s.anchor) {
        expect(a.teks.id).toContain(s.perilaku.id);
        expect(a.teks.en).toContain(s.perilaku.en);
      }
      expect(s.anchor.map((a) => a.skor)).toEqual([0, 1, 2, 3]);
    }
  });
  it("adds the role-model scale only for subordinates", () => {
    expect(instrumenBars("rekan")).toHaveLength(16);
    expect(instrumenBars("bawahan").at(-1)?.kode).toBe("teladan");
  });
  it("maps a mean score to the nearest anchor's level", () => {
    expect([0, 0.49, 0.5, 1.6, 2.4, 3].map(levelDariSkorBars)).toEqual([1, 1, 2, 3, 3, 4]);
  });
});

describe("rater proposal from the unit tree", () => {
  const unit = [
    { id: "u0", indukId: null },
    { id: "u1", indukId: "u0" },
    { id: "u2", indukId: "u0" },
  ];
  const pegawai = [
    { id: "kepala", unitId: "u0", struktural: true },
    { id: "k1", unitId: "u1", struktural: true },
    { id: "k2", unitId: "u2", struktural: true },
    ...["a", "b", "c", "d", "e", "f"].map((id) => ({ id, unitId: "u1", struktural: false })),
  ];
  const pohon = pohonPenilai(unit, pegawai, { benih: 7 });

  it("gives a member their unit's leader as superior and 2–4 peers of the unit", () => {
    const u = pohon.usulkan("a");
    expect(u.filter((x) => x.jenis === "atasan").map((x) => x.penilaiId)).toEqual(["k1"]);
    const rekan = u.filter((x) => x.jenis === "rekan").map((x) => x.penilaiId);
    expect(rekan).toHaveLength(4);
    for (const r of rekan) expect(["b", "c", "d", "e", "f"]).toContain(r);
    expect(u.some((x) => x.jenis === "bawahan")).toBe(false);
  });
  it("gives a leader the parent unit's leader, sibling leaders as peers, and subordinates", () => {
    const u = pohon.usulkan("k1");
    expect(u.find((x) => x.jenis === "atasan")?.penilaiId).toBe("kepala");
    expect(u.filter((x) => x.jenis === "rekan").map((x) => x.penilaiId)).toEqual(["k2"]);
    expect(
      u
        .filter((x) => x.jenis === "bawahan")
        .map((x) => x.penilaiId)
        .sort(),
    ).toEqual(["a", "b", "c", "d", "e", "f"]);
    const kepala = pohon.usulkan("kepala");
    expect(
      kepala
        .filter((x) => x.jenis === "bawahan")
        .map((x) => x.penilaiId)
        .sort(),
    ).toEqual(["k1", "k2"]);
  });
  it("redraws the same peers from the same seed", () => {
    expect(pohonPenilai(unit, pegawai, { benih: 7 }).usulkan("b")).toEqual(pohon.usulkan("b"));
  });
});

describe("confidential aggregates", () => {
  const nilai = (jenis: NilaiPenilai["jenis"], n: number): NilaiPenilai[] =>
    Array.from({ length: n }, (_, i) => ({ penilaiId: `${jenis}${i}`, jenis, butir: "KD1", skor: i % 4 }));
  it("withholds a rater kind with fewer than 3 raters, shows the mean from 3", () => {
    const a = agregatPerJenis([...nilai("bawahan", 2), ...nilai("rekan", 3)]);
    expect(a.find((x) => x.jenis === "bawahan")).toEqual({ jenis: "bawahan", ditahan: true });
    const rekan = a.find((x) => x.jenis === "rekan");
    expect(rekan).toMatchObject({ ditahan: false, penilai: 3, butir: [{ butir: "KD1", rerata: 1, n: 3 }] });
  });
  it("leaves out 'tidak dapat mengamati' from the mean", () => {
    const a = agregatPerJenis([
      ...nilai("rekan", 3),
      { penilaiId: "rekan9", jenis: "rekan", butir: "KD1", skor: null },
    ]);
    expect(a[0]).toMatchObject({ penilai: 4, butir: [{ rerata: 1, n: 3 }] });
  });
});

describe("combined level per factor", () => {
  const batas = [-0.67, 0, 0.67] as const;
  it("standard rule takes the lower level", () => {
    const h = gabungLevel(
      [
        { sumber: "tes", level: 4 },
        { sumber: "observasi", level: 3 },
      ],
      "baku",
      batas,
    );
    expect(h).toMatchObject({ level: 3, sumber: ["tes", "observasi"], perluTinjauan: false });
  });
  it("disagreement rule sends a two-level gap to review", () => {
    const h = gabungLevel(
      [
        { sumber: "tes", level: 4 },
        { sumber: "observasi", level: 2 },
      ],
      "selisih",
      batas,
    );
    expect(h?.perluTinjauan).toBe(true);
    expect(h?.level).toBe(2);
  });
  it("composite weights by precision and carries its SE", () => {
    const h = gabungLevel(
      [
        { sumber: "tes", level: 4, z: 1, seZ: 0.5 },
        { sumber: "observasi", level: 2, z: -0.2, seZ: 0.25 },
      ],
      "komposit",
      batas,
    );
    // weights 4 and 16: z = (4·1 + 16·(−0.2)) / 20 = 0.04
    expect(h?.komposit?.z).toBeCloseTo(0.04, 10);
    expect(h?.komposit?.se).toBeCloseTo(1 / Math.sqrt(20), 10);
    expect(h?.level).toBe(3);
    expect(h?.komposit?.rentang).toEqual([2, 3]);
  });
});
