/**
 * NIP (Nomor Induk Pegawai), the 18-digit civil-servant identifier laid down
 * by Peraturan Kepala BKN No. 22 Tahun 2007:
 *
 *   YYYYMMDD  birth date
 *   YYYYMM    appointment as candidate civil servant (TMT CPNS)
 *   G         sex: 1 male (laki-laki), 2 female (perempuan)
 *   NNN       serial number among those sharing the other 15 digits
 *
 * Pure: the "today" used for the future check is passed in.
 */
import type { KodeGalatPegawai } from "./galat.ts";

export type JenisKelamin = "L" | "P";

export interface BagianNip {
  /** ISO date `YYYY-MM-DD`. */
  tanggalLahir: string;
  /** ISO date of the first day of the appointment month, `YYYY-MM-01`. */
  tmtCpns: string;
  jenisKelamin: JenisKelamin;
  /** 1..999 */
  nomorUrut: number;
}

export type HasilNip = { ok: true; nip: string; bagian: BagianNip } | { ok: false; kode: KodeGalatPegawai };

/** Minimum age at appointment as CPNS (PP 11/2017 Pasal 23: at least 18 years). */
export const USIA_MINIMUM_CPNS = 18;
/** Earliest birth year accepted as plausible. */
export const TAHUN_LAHIR_MINIMUM = 1900;

const pad = (n: number, w: number) => String(n).padStart(w, "0");

function tanggalMungkin(tahun: number, bulan: number, hari: number): boolean {
  if (bulan < 1 || bulan > 12 || hari < 1) return false;
  const hariDalamBulan = new Date(Date.UTC(tahun, bulan, 0)).getUTCDate();
  return hari <= hariDalamBulan;
}

/** Parse and check a NIP. Whitespace inside the NIP (as printed "1985 0312 …") is ignored. */
export function parseNip(masukan: string, hariIni: Date = new Date()): HasilNip {
  const nip = masukan.replace(/\s+/g, "");
  if (/^[0-9]+([.,][0-9]+)?e\+?[0-9]+$/i.test(nip)) return { ok: false, kode: "NIP_NOTASI_ILMIAH" };
  if (!/^[0-9]{18}$/.test(nip)) return { ok: false, kode: "NIP_BUKAN_18_DIGIT" };

  const tahunLahir = Number(nip.slice(0, 4));
  const bulanLahir = Number(nip.slice(4, 6));
  const hariLahir = Number(nip.slice(6, 8));
  const tahunTmt = Number(nip.slice(8, 12));
  const bulanTmt = Number(nip.slice(12, 14));
  const kelamin = nip[14];
  const nomorUrut = Number(nip.slice(15, 18));

  const bulanSekarang = hariIni.getUTCFullYear() * 12 + hariIni.getUTCMonth(); // 0-based month index
  const lahirDalamBulan = tahunLahir * 12 + (bulanLahir - 1);

  if (
    tahunLahir < TAHUN_LAHIR_MINIMUM ||
    !tanggalMungkin(tahunLahir, bulanLahir, hariLahir) ||
    Date.UTC(tahunLahir, bulanLahir - 1, hariLahir) > hariIni.getTime()
  ) {
    return { ok: false, kode: "NIP_TANGGAL_LAHIR_TIDAK_VALID" };
  }
  if (bulanTmt < 1 || bulanTmt > 12) return { ok: false, kode: "NIP_BULAN_TMT_TIDAK_VALID" };
  const tmtDalamBulan = tahunTmt * 12 + (bulanTmt - 1);
  if (tmtDalamBulan > bulanSekarang) return { ok: false, kode: "NIP_TMT_MASA_DEPAN" };
  // Month granularity: the TMT month may be the month of the 18th birthday.
  if (tmtDalamBulan < lahirDalamBulan + USIA_MINIMUM_CPNS * 12)
    return { ok: false, kode: "NIP_TMT_SEBELUM_USIA_18" };
  if (kelamin !== "1" && kelamin !== "2") return { ok: false, kode: "NIP_JENIS_KELAMIN_TIDAK_VALID" };
  if (nomorUrut === 0) return { ok: false, kode: "NIP_NOMOR_URUT_TIDAK_VALID" };

  return {
    ok: true,
    nip,
    bagian: {
      tanggalLahir: `${pad(tahunLahir, 4)}-${pad(bulanLahir, 2)}-${pad(hariLahir, 2)}`,
      tmtCpns: `${pad(tahunTmt, 4)}-${pad(bulanTmt, 2)}-01`,
      jenisKelamin: kelamin === "1" ? "L" : "P",
      nomorUrut,
    },
  };
}

/** Compose a NIP from its parts (the inverse of `parseNip` for valid parts). */
export function susunNip(bagian: BagianNip): string {
  const lahir = bagian.tanggalLahir.replaceAll("-", "");
  const tmt = bagian.tmtCpns.slice(0, 7).replace("-", "");
  const kelamin = bagian.jenisKelamin === "L" ? "1" : "2";
  return `${lahir}${tmt}${kelamin}${pad(bagian.nomorUrut, 3)}`;
}
