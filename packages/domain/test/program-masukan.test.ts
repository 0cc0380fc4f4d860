import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  catatAsesmenAkhir,
  catatKeluaranPersiapan,
  catatRealisasi,
  type FaktaSiklus,
  type KeluaranPersiapan,
  KODE_LANGKAH_PERSIAPAN,
  mulaiPelaksanaan,
  mulaiPenilaian,
  validasiTargetSmart,
} from "../src/program/index.ts";
import {
  AGEN,
  ASESMEN,
  DEKLARASI,
  HARI_INI,
  PELATIHAN,
  RENAKSI,
  siklusKosong,
  TIM,
} from "./program-fixture.ts";

// Bad input (docs/api.md "Conventions"): whatever a request body holds, the rules answer with
// reasons and never throw; nothing is recorded.
const CONTOH: KeluaranPersiapan = {
  pembentukan_tim: TIM,
  deklarasi_komitmen: DEKLARASI,
  asesmen_awal: ASESMEN,
  rencana_aksi: RENAKSI,
  rencana_pelatihan: PELATIHAN,
  agen_perubahan: AGEN,
};

function sampai(n: number): FaktaSiklus {
  let f = siklusKosong();
  for (const k of KODE_LANGKAH_PERSIAPAN.slice(0, n)) {
    const h = catatKeluaranPersiapan(f, k, CONTOH[k], HARI_INI);
    if (!h.ok) throw new Error(k);
    f = h.fakta;
  }
  return f;
}

/** A valid output with one field replaced by anything, or anything at all. */
function rusak(contoh: object) {
  const kunci = Object.keys(contoh);
  return fc.oneof(
    fc.anything(),
    fc.tuple(fc.constantFrom(...kunci), fc.anything()).map(([k, v]) => ({ ...contoh, [k]: v })),
    fc
      .tuple(fc.constantFrom(...kunci), fc.array(fc.anything(), { maxLength: 3 }))
      .map(([k, v]) => ({ ...contoh, [k]: v })),
  );
}

describe("masukan rusak ditolak dengan alasan, tanpa galat program", () => {
  it("preparation outputs (fast-check)", () => {
    KODE_LANGKAH_PERSIAPAN.forEach((k, i) => {
      const f = sampai(i);
      fc.assert(
        fc.property(rusak(CONTOH[k]), (x) => {
          const h = catatKeluaranPersiapan(f, k, x as never, HARI_INI);
          if (!h.ok) {
            expect(h.galat.length).toBeGreaterThan(0);
            for (const g of h.galat) expect(g.pesan.id.length * g.pesan.en.length).toBeGreaterThan(0);
          }
        }),
        { numRuns: 150 },
      );
      expect(catatKeluaranPersiapan(f, k, null as never, HARI_INI).ok).toBe(false);
    });
  });

  it("targets, activity records, end-of-programme assessment (fast-check)", () => {
    const [t] = RENAKSI.target;
    fc.assert(
      fc.property(rusak(t as object), (x) => {
        validasiTargetSmart(x, { tanggalRencana: "2026-03-01" });
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.anything(), (x) => {
        expect(validasiTargetSmart(x, { tanggalRencana: "2026-03-01" }).length).toBeGreaterThan(0);
      }),
    );
    const lak = mulaiPelaksanaan(sampai(6), "2026-05-01", HARI_INI);
    if (!lak.ok) throw new Error("pelaksanaan");
    const r = { id: "r", kegiatanUtama: "kampanye", subtahap: 1, tanggal: "2026-05-02", jumlahPeserta: 1 };
    fc.assert(
      fc.property(rusak(r), (x) => void catatRealisasi(lak.fakta, x as never, HARI_INI)),
      { numRuns: 200 },
    );
    const nilai = { ...lak.fakta, konfigurasi: { kegiatanWajibSebelumPenilaian: [] } };
    const pen = mulaiPenilaian(nilai, "2026-05-03", HARI_INI);
    if (!pen.ok) throw new Error("penilaian");
    fc.assert(
      fc.property(rusak(ASESMEN), (x) => void catatAsesmenAkhir(pen.fakta, x as never, HARI_INI)),
      {
        numRuns: 200,
      },
    );
  });
});
