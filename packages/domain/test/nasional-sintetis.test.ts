import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  bagiProporsional,
  buatPembangkitNip,
  JUMLAH_ACUAN,
  jumlahPerJenis,
  masalahOpsiRencana,
  parseNip,
  rencanaNasional,
  rencanaUnit,
  ringkasRencana,
  validasiInstansi,
} from "../src/index.ts";

describe("bagiProporsional", () => {
  it("sums exactly, respects the bounds, and stays within one of the exact share when no bound binds", {
    timeout: 60_000,
  }, () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0.01, max: 1000, noNaN: true }), { minLength: 1, maxLength: 50 }),
        fc.nat(100_000),
        (bobot, total) => {
          const x = bagiProporsional(total, bobot);
          expect(x.reduce((a, b) => a + b, 0)).toBe(total);
          const w = bobot.reduce((a, b) => a + b, 0);
          for (let i = 0; i < x.length; i++)
            expect(Math.abs(x[i] - (total * bobot[i]) / w)).toBeLessThan(1 + 1e-9);
        },
      ),
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.double({ min: 0, max: 100, noNaN: true }), fc.nat(5), fc.nat(50)), {
          minLength: 1,
          maxLength: 30,
        }),
        fc.nat(1000),
        (xs, t) => {
          const min = xs.map(([, a]) => a);
          const maks = xs.map(([, a, b]) => a + b);
          const total = Math.min(
            maks.reduce((a, b) => a + b, 0),
            min.reduce((a, b) => a + b, 0) + t,
          );
          const x = bagiProporsional(
            total,
            xs.map(([w]) => w),
            min,
            maks,
          );
          expect(x.reduce((a, b) => a + b, 0)).toBe(total);
          x.forEach((xi, i) => {
            expect(xi).toBeGreaterThanOrEqual(min[i]);
            expect(xi).toBeLessThanOrEqual(maks[i]);
          });
        },
      ),
    );
    expect(() => bagiProporsional(3, [1, 1], 2)).toThrow(RangeError);
  });
});

describe("rencanaNasional", () => {
  it("scales the category counts: the reference nation at 650, never more than 38 provinces, one of each from 7", () => {
    expect(jumlahPerJenis(650)).toEqual(JUMLAH_ACUAN);
    expect(jumlahPerJenis(5000).provinsi).toBe(38);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3000 }), (n) => {
        const j = Object.values(jumlahPerJenis(n));
        expect(j.reduce((a, b) => a + b, 0)).toBe(n);
        if (n >= 7) expect(Math.min(...j)).toBeGreaterThanOrEqual(1);
      }),
    );
  });

  it("plans N valid register agencies with M employees exactly, unique codes, distinct provincial governments", {
    timeout: 60_000,
  }, () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 700 }),
        fc.integer({ min: 1, max: 2000 }),
        fc.integer(),
        (n, perInstansi, benih) => {
          const m = n * perInstansi;
          const r = rencanaNasional({ instansi: n, pegawai: m, benih });
          expect(r).toHaveLength(n);
          expect(r.reduce((a, x) => a + x.jumlahPegawai, 0)).toBe(m);
          expect(r.every((x) => x.jumlahPegawai >= 1)).toBe(true);
          expect(new Set(r.map((x) => x.kode)).size).toBe(n);
          const prov = r.filter((x) => x.jenis === "provinsi").map((x) => x.provinsi);
          expect(new Set(prov).size).toBe(prov.length);
          for (const x of r) {
            const v = validasiInstansi({
              kode: x.kode,
              nama: x.nama,
              jenis: x.jenis,
              provinsi: x.provinsi,
              kodeWilayah: x.kodeWilayah,
              zonaWaktu: x.zonaWaktu,
            });
            expect(v, x.kode).toMatchObject({
              ok: true,
              data: { kode: x.kode, jenis: x.jenis, provinsi: x.provinsi, kodeWilayah: x.kodeWilayah },
            });
            expect(x.langkahSelesai === 6).toBe(x.tahap !== "persiapan");
            expect(x.subtahap === null).toBe(x.tahap === "persiapan");
          }
        },
      ),
      { numRuns: 40 },
    );
  });

  it("is reproducible from its seed", () => {
    const a = rencanaNasional({ instansi: 100, pegawai: 50_000, benih: 11 });
    expect(rencanaNasional({ instansi: 100, pegawai: 50_000, benih: 11 })).toEqual(a);
    expect(rencanaNasional({ instansi: 100, pegawai: 50_000, benih: 12 })).not.toEqual(a);
  });

  it("gives the reference nation a few very large ministries and many small regencies, in the stage and worksheet mix", () => {
    for (const benih of [1, 2, 3]) {
      const r = rencanaNasional({ instansi: 650, pegawai: 4_300_000, benih });
      const besar = r.filter((x) => x.jumlahPegawai >= 100_000);
      expect(besar.length).toBeGreaterThanOrEqual(3);
      expect(besar.every((x) => x.jenis === "kementerian")).toBe(true);
      const kab = r
        .filter((x) => x.jenis === "kabupaten")
        .map((x) => x.jumlahPegawai)
        .sort((p, q) => p - q);
      expect(kab[kab.length >> 1]).toBeLessThan(10_000);
      const s = ringkasRencana(r);
      expect(s.terbesar.jumlahPegawai).toBeGreaterThanOrEqual(200_000);
      expect(s.perTahap.pelaksanaan / 650).toBeGreaterThan(0.35);
      expect(s.perTahap.pelaksanaan / 650).toBeLessThan(0.55);
      expect(s.perStatusLembar.disetujui / 650).toBeGreaterThan(0.15);
      expect(s.perStatusLembar.disetujui / 650).toBeLessThan(0.35);
    }
  });

  it("reports bad options for the CLI and refuses them", () => {
    expect(masalahOpsiRencana({ instansi: 0, pegawai: 10, benih: 1.5 })).toHaveLength(2);
    expect(masalahOpsiRencana({ instansi: 10, pegawai: 5, benih: 1 })).toHaveLength(1);
    expect(() => rencanaNasional({ instansi: 10, pegawai: 5, benih: 1 })).toThrow(RangeError);
  });
});

describe("rencanaUnit", () => {
  it("builds a tree with parents first, eselon one below its parent, and every employee placed", {
    timeout: 60_000,
  }, () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 300_000 }), fc.integer(), (m, benih) => {
        const u = rencanaUnit(m, benih);
        expect(u.reduce((a, x) => a + x.jumlahPegawai, 0)).toBe(m);
        expect(u.every((x) => x.jumlahPegawai >= 1)).toBe(true);
        expect(u.length).toBeLessThanOrEqual(2000);
        expect(u.length).toBe(Math.min(m, 2000, Math.max(1, Math.round(1.5 * Math.sqrt(m)))));
        const dilihat = new Map<string, number>();
        for (const x of u) {
          expect(dilihat.has(x.kode)).toBe(false);
          if (x.kodeInduk === null) expect(x.eselon).toBe(1);
          else expect(x.eselon).toBe((dilihat.get(x.kodeInduk) ?? Number.NaN) + 1);
          dilihat.set(x.kode, x.eselon);
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe("buatPembangkitNip", () => {
  it("draws distinct NIPs that the domain's NIP rules accept, with matching parts", {
    timeout: 60_000,
  }, () => {
    const hariIni = new Date(Date.UTC(2026, 5, 15));
    const g = buatPembangkitNip(42, hariIni);
    const dilihat = new Set<string>();
    const ditolak: string[] = [];
    for (let i = 0; i < 50_000; i++) {
      const x = g.berikut();
      dilihat.add(x.nip);
      const p = parseNip(x.nip, hariIni);
      if (
        !p.ok ||
        p.bagian.tanggalLahir !== x.tanggalLahir ||
        p.bagian.tmtCpns !== x.tmtCpns ||
        p.bagian.jenisKelamin !== x.jenisKelamin
      )
        ditolak.push(x.nip);
    }
    expect(ditolak).toEqual([]);
    expect(dilihat.size).toBe(50_000);
    expect(g.jumlah).toBe(50_000);
  });

  it("is reproducible from its seed and day, and valid for any day", { timeout: 60_000 }, () => {
    const ambil = (benih: number, hari: Date) => {
      const g = buatPembangkitNip(benih, hari);
      return Array.from({ length: 50 }, () => g.berikut().nip);
    };
    const hari = new Date(Date.UTC(2021, 0, 31));
    expect(ambil(7, hari)).toEqual(ambil(7, hari));
    expect(ambil(8, hari)).not.toEqual(ambil(7, hari));
    fc.assert(
      fc.property(
        fc.date({ min: new Date("2000-01-01"), max: new Date("2060-12-31"), noInvalidDate: true }),
        fc.integer(),
        (d, benih) => {
          for (const nip of ambil(benih, d)) expect(parseNip(nip, d).ok, nip).toBe(true);
        },
      ),
      { numRuns: 30 },
    );
  });
});
