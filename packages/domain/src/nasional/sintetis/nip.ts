import { createRng } from "@nurani/irt";
import type { JenisKelamin } from "../../pegawai/nip.ts";
import { USIA_MINIMUM_CPNS } from "../../pegawai/nip.ts";

/**
 * A fast generator of distinct, valid synthetic NIPs (the rules of
 * pegawai/nip.ts, Peraturan Kepala BKN No. 22 Tahun 2007): birth dates
 * from 1965 to 19 years before today, appointment (TMT CPNS) at about
 * 22 ± 4 years of age (never before 18, never after this month), sex
 * 1 or 2, and a serial number counted per (birth date, TMT month, sex) —
 * so no NIP repeats, as the real numbering intends. Seeded: the same seed
 * and day give the same sequence, so a bulk load can resume by drawing and
 * discarding the rows already loaded. Strings are built from precomputed
 * pieces; millions per second (bench/nasional-nip.ts).
 */
export interface NipSintetis {
  nip: string;
  /** `YYYY-MM-DD`. */
  tanggalLahir: string;
  /** `YYYY-MM-01`. */
  tmtCpns: string;
  jenisKelamin: JenisKelamin;
}

export interface PembangkitNip {
  berikut(): NipSintetis;
  /** How many NIPs were drawn so far. */
  readonly jumlah: number;
}

const TAHUN_LAHIR_AWAL = 1965;
/** Longest span from the 18th birthday to appointment that is drawn, in months. */
const RENTANG_TMT = 264;
const pad = (n: number, w: number) => String(n).padStart(w, "0");

export function buatPembangkitNip(benih: number, hariIni: Date = new Date()): PembangkitNip {
  const rng = createRng(benih);
  const bulanIni = hariIni.getUTCFullYear() * 12 + hariIni.getUTCMonth();
  // Birth days: from 1 Jan 1965 to the last day of the month 19 years ago (so TMT ≤ this month always exists).
  const awal = Date.UTC(TAHUN_LAHIR_AWAL, 0, 1);
  const akhirBulan = bulanIni - (USIA_MINIMUM_CPNS + 1) * 12;
  const akhir = Date.UTC(Math.floor(akhirBulan / 12), (akhirBulan % 12) + 1, 0);
  const jumlahHari = Math.floor((akhir - awal) / 86_400_000) + 1;
  if (jumlahHari < 1) throw new RangeError("hariIni terlalu awal untuk NIP sintetis");
  const lahirTeks: string[] = new Array(jumlahHari);
  const lahirIso: string[] = new Array(jumlahHari);
  const lahirBulan = new Int32Array(jumlahHari);
  for (let d = 0; d < jumlahHari; d++) {
    const t = new Date(awal + d * 86_400_000);
    const [y, m, h] = [t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate()];
    lahirTeks[d] = `${pad(y, 4)}${pad(m, 2)}${pad(h, 2)}`;
    lahirIso[d] = `${pad(y, 4)}-${pad(m, 2)}-${pad(h, 2)}`;
    lahirBulan[d] = y * 12 + m - 1;
  }
  const bulanAwal = TAHUN_LAHIR_AWAL * 12 + USIA_MINIMUM_CPNS * 12;
  const bulanTeks: string[] = [];
  const bulanIso: string[] = [];
  for (let b = bulanAwal; b <= bulanIni; b++) {
    const [y, m] = [Math.floor(b / 12), (b % 12) + 1];
    bulanTeks.push(`${pad(y, 4)}${pad(m, 2)}`);
    bulanIso.push(`${pad(y, 4)}-${pad(m, 2)}-01`);
  }
  const urutTeks = Array.from({ length: 1000 }, (_, i) => pad(i, 3));
  // Serial counters per (birth day, months from the 18th birthday to TMT, sex): 2 bytes each.
  const hitung = new Uint16Array(jumlahHari * (RENTANG_TMT + 1) * 2);
  let jumlah = 0;

  const berikut = (): NipSintetis => {
    for (;;) {
      const d = rng.int(jumlahHari);
      const bulan18 = lahirBulan[d] + USIA_MINIMUM_CPNS * 12;
      const maksOffset = Math.min(RENTANG_TMT, bulanIni - bulan18);
      const usia = 22 + 4 * rng.normal();
      const offset = Math.min(
        maksOffset,
        Math.max(0, Math.round((usia - USIA_MINIMUM_CPNS) * 12 + rng.int(12) - 6)),
      );
      const perempuan = rng.uniform() < 0.5 ? 1 : 0;
      const k = (d * (RENTANG_TMT + 1) + offset) * 2 + perempuan;
      if (hitung[k] >= 999) continue;
      const urut = ++hitung[k];
      const tmt = bulan18 + offset - bulanAwal;
      jumlah++;
      return {
        nip: lahirTeks[d] + bulanTeks[tmt] + (perempuan ? "2" : "1") + urutTeks[urut],
        tanggalLahir: lahirIso[d],
        tmtCpns: bulanIso[tmt],
        jenisKelamin: perempuan ? "P" : "L",
      };
    }
  };
  return {
    berikut,
    get jumlah() {
      return jumlah;
    },
  };
}
