import { createRng, type Rng } from "@nurani/irt";
import type { LevelKematangan } from "../../kerangka/kematangan.ts";
import type { TahapSiklus } from "../../program/siklus.ts";
import { zonaWaktuBawaan } from "../instansi.ts";
import { JENIS_INSTANSI, type JenisInstansi } from "../jenis-instansi.ts";
import type { StatusLembar } from "../lke/lembar.ts";
import { PROVINSI, type ZonaWaktu } from "../provinsi.ts";
import { bagiProporsional } from "./bagi.ts";

/**
 * The plan of a synthetic nation (docs/nasional.md "Bangsa sintetis") for
 * `nurani seed-nasional`: given N agencies, M employees and a seed, every
 * agency's category, province, size, programme stage and worksheet state.
 * Pure and seeded: the same options give the same plan, so a load can
 * resume. The server turns the plan into rows (unit trees: unit.ts; NIPs:
 * nip.ts) and bulk-loads them.
 *
 * The reference nation (N = 650) has the counts below, close to the
 * register's reality: 34 ministries, about 40 non-ministerial agencies and
 * 30 secretariats, the 38 provinces, 415 regencies and 93 cities (the
 * autonomous ones: Kepmendagri No. 300.2.2-2138 Tahun 2025 lists 416 and
 * 98, one regency and five cities of Jakarta being administrative, without
 * their own civil service). Other N scale these counts (provinces never
 * above 38; at least one of each category when N ≥ 7).
 */
export const JUMLAH_ACUAN: Readonly<Record<JenisInstansi, number>> = {
  kementerian: 34,
  lembaga_pemerintah_nonkementerian: 40,
  kesekretariatan_lembaga_negara: 10,
  kesekretariatan_lembaga_nonstruktural: 20,
  provinsi: 38,
  kabupaten: 415,
  kota: 93,
};

/**
 * Mean employees per agency of each category in the reference nation
 * (about 4.3 million in all), and the three very large ministries; each
 * other agency's size is its mean times a log-normal factor of mean 1
 * (σ 0.6, kept within ×0.2…×5). Sizes are then scaled to M exactly.
 */
export const RERATA_PEGAWAI_ACUAN: Readonly<Record<JenisInstansi, number>> = {
  kementerian: 12_000,
  lembaga_pemerintah_nonkementerian: 3_000,
  kesekretariatan_lembaga_negara: 1_500,
  kesekretariatan_lembaga_nonstruktural: 300,
  provinsi: 25_000,
  kabupaten: 5_000,
  kota: 4_000,
};
export const KEMENTERIAN_BESAR_ACUAN: readonly number[] = [240_000, 150_000, 120_000];

export const CAMPURAN_TAHAP_BAWAAN: Readonly<Record<TahapSiklus, number>> = {
  persiapan: 0.2,
  pelaksanaan: 0.45,
  penilaian: 0.2,
  selesai: 0.15,
};

/** Sub-stage of implementation: most agencies still early in the four (BAB III.B.2 a–d). */
const CAMPURAN_SUBTAHAP = { 1: 0.4, 2: 0.3, 3: 0.2, 4: 0.1 } as const;

export type StatusLembarSintetis = "belum_mulai" | StatusLembar;
export const CAMPURAN_LEMBAR_BAWAAN: Readonly<Record<StatusLembarSintetis, number>> = {
  belum_mulai: 0.1,
  draf: 0.2,
  dikirim: 0.25,
  difinalisasi: 0.2,
  disetujui: 0.25,
};

export interface OpsiRencanaNasional {
  instansi: number;
  pegawai: number;
  benih: number;
  campuranTahap?: Readonly<Record<TahapSiklus, number>>;
  campuranLembar?: Readonly<Record<StatusLembarSintetis, number>>;
}

export interface RencanaInstansi {
  urutan: number;
  kode: string;
  nama: string;
  jenis: JenisInstansi;
  provinsi: string | null;
  kodeWilayah: string | null;
  zonaWaktu: ZonaWaktu;
  jumlahPegawai: number;
  tahap: TahapSiklus;
  /** Preparation steps done (Tabel 3): 0–5 in preparation, 6 after. */
  langkahSelesai: number;
  /** Sub-stage the implementation focuses on, once implementation started. */
  subtahap: LevelKematangan | null;
  statusLembar: StatusLembarSintetis;
  /** Mean derajat integritas to draw this agency's results around. */
  rerataDerajat: number;
  /** Share of employees to assess (0.6–1). */
  partisipasi: number;
  /** Seed for this agency's own draws (units, employees, results). */
  benih: number;
}

/** What is wrong with the options (empty when nothing), for the CLI to report. */
export function masalahOpsiRencana(o: OpsiRencanaNasional): string[] {
  const m: string[] = [];
  if (!Number.isInteger(o.instansi) || o.instansi < 1 || o.instansi > 100_000)
    m.push("--instansi harus bilangan bulat 1–100000");
  if (!Number.isInteger(o.pegawai) || o.pegawai < o.instansi || o.pegawai > 50_000_000)
    m.push("--pegawai harus bilangan bulat, paling sedikit sebanyak instansi, paling banyak 50000000");
  if (!Number.isInteger(o.benih)) m.push("--seed harus bilangan bulat");
  return m;
}

function pilih<K extends string>(rng: Rng, campuran: Readonly<Record<K, number>>): K {
  const kunci = Object.keys(campuran) as K[];
  const jumlah = kunci.reduce((a, k) => a + campuran[k], 0);
  let u = rng.uniform() * jumlah;
  for (const k of kunci) {
    u -= campuran[k];
    if (u < 0) return k;
  }
  return kunci[kunci.length - 1];
}

/** Category counts for N agencies, scaled from the reference nation. */
export function jumlahPerJenis(n: number): Record<JenisInstansi, number> {
  const bobot = JENIS_INSTANSI.map((j) => JUMLAH_ACUAN[j]);
  const minimal = n >= JENIS_INSTANSI.length ? 1 : 0;
  const maksimal = JENIS_INSTANSI.map((j) => (j === "provinsi" ? PROVINSI.length : Number.POSITIVE_INFINITY));
  const hasil = bagiProporsional(n, bobot, minimal, maksimal);
  return Object.fromEntries(JENIS_INSTANSI.map((j, i) => [j, hasil[i]])) as Record<JenisInstansi, number>;
}

const AWALAN: Record<JenisInstansi, [string, string]> = {
  kementerian: ["S-KEM", "Kementerian Sintetis"],
  lembaga_pemerintah_nonkementerian: ["S-LPNK", "Badan Sintetis"],
  kesekretariatan_lembaga_negara: ["S-SLN", "Sekretariat Lembaga Negara Sintetis"],
  kesekretariatan_lembaga_nonstruktural: ["S-LNS", "Sekretariat Lembaga Nonstruktural Sintetis"],
  provinsi: ["S-PROV", "Pemerintah Provinsi"],
  kabupaten: ["S-KAB", "Kabupaten Sintetis"],
  kota: ["S-KOTA", "Kota Sintetis"],
};

const tiga = (n: number) => String(n).padStart(3, "0");
const dua = (n: number) => String(n).padStart(2, "0");

export function rencanaNasional(o: OpsiRencanaNasional): RencanaInstansi[] {
  const masalah = masalahOpsiRencana(o);
  if (masalah.length > 0) throw new RangeError(masalah.join("; "));
  const rng = createRng(o.benih);
  const jumlah = jumlahPerJenis(o.instansi);
  const campuranTahap = o.campuranTahap ?? CAMPURAN_TAHAP_BAWAAN;
  const campuranLembar = o.campuranLembar ?? CAMPURAN_LEMBAR_BAWAAN;

  // Provinces: the provincial governments take distinct provinces; regencies and cities spread
  // over all 38 with skewed (log-normal) weights, as some provinces have many and some few.
  const acakProvinsi = [...PROVINSI]
    .map((p) => ({ p, k: rng.uniform() }))
    .sort((a, b) => a.k - b.k)
    .map((x) => x.p);
  const bobotProvinsi = PROVINSI.map(() => Math.exp(0.7 * rng.normal()));
  const pilihProvinsi = () => {
    let u = rng.uniform() * bobotProvinsi.reduce((a, b) => a + b, 0);
    for (let i = 0; i < PROVINSI.length; i++) {
      u -= bobotProvinsi[i];
      if (u < 0) return PROVINSI[i];
    }
    return PROVINSI[PROVINSI.length - 1];
  };
  const urutWilayah = new Map<string, number>();

  const besar = Math.min(
    jumlah.kementerian,
    KEMENTERIAN_BESAR_ACUAN.length,
    Math.max(1, Math.round((3 * o.instansi) / 650)),
  );
  const bobotPegawai: number[] = [];
  const rencana: Omit<RencanaInstansi, "jumlahPegawai">[] = [];
  for (const jenis of JENIS_INSTANSI) {
    for (let k = 1; k <= jumlah[jenis]; k++) {
      const [awalan, namaDasar] = AWALAN[jenis];
      let provinsi: string | null = null;
      let kodeWilayah: string | null = null;
      let kode: string;
      let nama: string;
      if (jenis === "provinsi") {
        const p = acakProvinsi[k - 1];
        provinsi = p.kode;
        kodeWilayah = p.kode;
        kode = `${awalan}-${p.kode}`;
        nama = `${namaDasar} ${p.nama} (sintetis)`;
      } else if (jenis === "kabupaten" || jenis === "kota") {
        const p = pilihProvinsi();
        provinsi = p.kode;
        const kunci = `${jenis}:${p.kode}`;
        const urut = (urutWilayah.get(kunci) ?? 0) + 1;
        urutWilayah.set(kunci, urut);
        const nomor = jenis === "kabupaten" ? urut : 70 + urut;
        kodeWilayah = nomor <= (jenis === "kabupaten" ? 69 : 99) ? `${p.kode}.${dua(nomor)}` : null;
        kode = kodeWilayah
          ? `${awalan}-${kodeWilayah.replace(".", "")}`
          : `${awalan}-${p.kode}-${tiga(urut)}`;
        nama = `${namaDasar} ${kodeWilayah ?? `${p.kode}-${tiga(urut)}`} (${p.nama})`;
      } else {
        kode = `${awalan}-${tiga(k)}`;
        nama = `${namaDasar} ${tiga(k)}`;
      }
      const faktor = Math.min(5, Math.max(0.2, Math.exp(0.6 * rng.normal() - 0.18)));
      bobotPegawai.push(
        jenis === "kementerian" && k <= besar
          ? KEMENTERIAN_BESAR_ACUAN[k - 1]
          : RERATA_PEGAWAI_ACUAN[jenis] * faktor,
      );
      const tahap = pilih(rng, campuranTahap);
      rencana.push({
        urutan: rencana.length,
        kode,
        nama,
        jenis,
        provinsi,
        kodeWilayah,
        zonaWaktu: zonaWaktuBawaan(provinsi),
        tahap,
        langkahSelesai: tahap === "persiapan" ? rng.int(6) : 6,
        subtahap: tahap === "persiapan" ? null : (Number(pilih(rng, CAMPURAN_SUBTAHAP)) as LevelKematangan),
        statusLembar: pilih(rng, campuranLembar),
        rerataDerajat: Math.min(75, Math.max(25, 50 + 6 * rng.normal())),
        partisipasi: 0.6 + 0.4 * rng.uniform(),
        benih: Math.floor(rng.uniform() * 2 ** 31),
      });
    }
  }
  const ukuran = bagiProporsional(o.pegawai, bobotPegawai, 1);
  return rencana.map((r, i) => ({ ...r, jumlahPegawai: ukuran[i] }));
}

export interface RingkasanRencana {
  instansi: number;
  pegawai: number;
  perJenis: Record<JenisInstansi, number>;
  perTahap: Record<TahapSiklus, number>;
  perStatusLembar: Record<StatusLembarSintetis, number>;
  terbesar: { kode: string; jumlahPegawai: number };
}

export function ringkasRencana(rencana: readonly RencanaInstansi[]): RingkasanRencana {
  const hitung = <K extends string>(kunci: readonly K[], f: (r: RencanaInstansi) => K) =>
    Object.fromEntries(kunci.map((k) => [k, rencana.filter((r) => f(r) === k).length])) as Record<K, number>;
  const terbesar = rencana.reduce((a, r) => (r.jumlahPegawai > a.jumlahPegawai ? r : a), rencana[0]);
  return {
    instansi: rencana.length,
    pegawai: rencana.reduce((a, r) => a + r.jumlahPegawai, 0),
    perJenis: hitung(JENIS_INSTANSI, (r) => r.jenis),
    perTahap: hitung(Object.keys(CAMPURAN_TAHAP_BAWAAN) as TahapSiklus[], (r) => r.tahap),
    perStatusLembar: hitung(
      Object.keys(CAMPURAN_LEMBAR_BAWAAN) as StatusLembarSintetis[],
      (r) => r.statusLembar,
    ),
    terbesar: { kode: terbesar.kode, jumlahPegawai: terbesar.jumlahPegawai },
  };
}
