import { describe, expect, it } from "vitest";
import {
  type EntriRekamJejak,
  KODE_SUBDIMENSI,
  levelRekamJejak,
  levelRekamJejakTotal,
  PANDUAN_WAWANCARA,
  PROMPT_REFLEKSI,
  skorWawancara,
} from "../src/index.ts";

const ACUAN = "2026-06-30";
const e = (id: string, tanggal: string, rincian: EntriRekamJejak["rincian"]): EntriRekamJejak => ({
  id,
  tanggal,
  rincian,
  sumber: "kepegawaian",
});
const level = (r: ReturnType<typeof levelRekamJejak>) =>
  Object.fromEntries(r.map((f) => [f.faktor, f.level]));

describe("track-record rubric (BAB III.B.3.b angka 1)", () => {
  it("has reflection prompts for every factor", () => {
    for (const kf of ["KD", "DN", "KM"] as const)
      expect(PROMPT_REFLEKSI[kf].length).toBeGreaterThanOrEqual(2);
  });

  it("an empty file gives no level at all", () => {
    const r = levelRekamJejak({}, [], ACUAN);
    expect(level(r)).toEqual({ KD: null, DN: null, KM: null });
    expect(levelRekamJejakTotal(r)).toBeNull();
  });

  it("a reflection read at 4 stays at 3 without corroboration, and reaches 4 with a gratification report", () => {
    const r = levelRekamJejak({ KD: 4, DN: 4, KM: 4 }, [], ACUAN);
    expect(level(r)).toEqual({ KD: 3, DN: 3, KM: 3 });
    expect(r[0].alasan.at(-1)?.aturan.id).toContain("Level 4 memerlukan bukti");
    const g = levelRekamJejak(
      { KD: 4, DN: 4, KM: 4 },
      [e("g", "2026-01-10", { jenis: "laporan_gratifikasi" })],
      ACUAN,
    );
    expect(level(g)).toEqual({ KD: 4, DN: 4, KM: 3 });
    const p = levelRekamJejak(
      { KD: 4, DN: 4, KM: 4 },
      [e("p", "2025-05-01", { jenis: "penghargaan", faktor: ["KM"] })],
      ACUAN,
    );
    expect(level(p)).toEqual({ KD: 3, DN: 3, KM: 4 });
  });

  it("sanctions cap KD and DN by severity (berat caps every factor), each rule named with its entry", () => {
    const refl = { KD: 4, DN: 3, KM: 3 } as const;
    const sedang = levelRekamJejak(
      refl,
      [e("s", "2025-02-01", { jenis: "sanksi_disiplin", tingkat: "sedang" })],
      ACUAN,
    );
    expect(level(sedang)).toEqual({ KD: 2, DN: 2, KM: 3 });
    expect(sedang[0].alasan.find((a) => a.entriId === "s")?.aturan.id).toBe(
      "Sanksi disiplin sedang: level paling tinggi 2 untuk KD dan DN",
    );
    const berat = levelRekamJejak(
      refl,
      [e("b", "2025-02-01", { jenis: "sanksi_disiplin", tingkat: "berat" })],
      ACUAN,
    );
    expect(level(berat)).toEqual({ KD: 1, DN: 1, KM: 1 });
    expect(levelRekamJejakTotal(berat)).toBe(1);
  });

  it("entries outside the 3-year window or after the reference date do not count", () => {
    const refl = { KD: 3, DN: 3, KM: 3 } as const;
    const lama = levelRekamJejak(
      refl,
      [e("s", "2023-06-30", { jenis: "sanksi_disiplin", tingkat: "berat" })],
      ACUAN,
    );
    expect(level(lama)).toEqual({ KD: 3, DN: 3, KM: 3 });
    const nanti = levelRekamJejak(
      refl,
      [e("s", "2026-07-01", { jenis: "sanksi_disiplin", tingkat: "berat" })],
      ACUAN,
    );
    expect(level(nanti)).toEqual({ KD: 3, DN: 3, KM: 3 });
    const dalam = levelRekamJejak(
      refl,
      [e("s", "2023-07-01", { jenis: "sanksi_disiplin", tingkat: "berat" })],
      ACUAN,
    );
    expect(level(dalam).KD).toBe(1);
  });

  it("without a read reflection, external entries start the touched factors at 3; LHKASN and APIP cap them", () => {
    const r = levelRekamJejak(
      {},
      [
        e("l", "2026-03-31", { jenis: "lhkasn", status: "tidak_lapor" }),
        e("a", "2025-09-01", { jenis: "temuan_apip", tindakLanjut: "selesai" }),
      ],
      ACUAN,
    );
    expect(level(r)).toEqual({ KD: 2, DN: 3, KM: null });
    const u = levelRekamJejak({}, [e("u", "2026-01-01", { jenis: "uji_publik", hasil: "negatif" })], ACUAN);
    expect(level(u)).toEqual({ KD: 3, DN: null, KM: null });
    const apip = levelRekamJejak(
      { DN: 4 },
      [e("a", "2026-01-01", { jenis: "temuan_apip", tindakLanjut: "belum" })],
      ACUAN,
    );
    expect(level(apip)).toEqual({ KD: 2, DN: 2, KM: null });
  });
});

describe("structured interview (BAB III.B.3.b angka 3)", () => {
  it("has a guide per sub-dimension with the unsupervised follow-up of BAB II.D.4", () => {
    expect(PANDUAN_WAWANCARA.map((p) => p.kode)).toEqual([...KODE_SUBDIMENSI]);
    for (const p of PANDUAN_WAWANCARA) {
      expect(p.pertanyaan.id).toMatch(/^Ceritakan/);
      expect(p.lanjutan.some((l) => l.id.includes("tidak ada yang mengawasi"))).toBe(true);
    }
  });

  it("averages two interviewers per sub-dimension, then per factor, and reports their exact agreement", () => {
    const nilai = KODE_SUBDIMENSI.flatMap((k, i) => [
      { pewawancaraId: "a", butir: k, skor: k.startsWith("KD") ? 3 : 1 },
      { pewawancaraId: "b", butir: k, skor: k.startsWith("KD") ? (i === 0 ? 2 : 3) : 1 },
    ]);
    const h = skorWawancara(nilai);
    expect(h.pewawancara).toBe(2);
    expect(h.subdimensi[0].rerata).toBe(2.5);
    expect(h.faktor.find((f) => f.faktor === "KD")).toMatchObject({ rerata: 2.875, level: 4 });
    expect(h.faktor.find((f) => f.faktor === "DN")).toMatchObject({ rerata: 1, level: 2 });
    expect(h.kesepakatanTepat).toBeCloseTo(11 / 12);
  });

  it("leaves out 'tidak dapat dinilai'; a factor with nothing scored has no level", () => {
    const h = skorWawancara([
      { pewawancaraId: "a", butir: "KM1", skor: 2 },
      { pewawancaraId: "a", butir: "KM2", skor: null },
    ]);
    expect(h.faktor.map((f) => f.level)).toEqual([null, null, 3]);
    expect(h.level).toBe(3);
    expect(h.kesepakatanTepat).toBeNull();
  });
});
