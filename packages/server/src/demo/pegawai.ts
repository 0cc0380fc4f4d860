/**
 * Generated employees for a demo agency: NIP consistent with birth date, TMT
 * CPNS and sex; golongan consistent with education and years of service;
 * one structural head per unit, the rest functional or executive staff.
 */
import { GOLONGAN_PNS, type JenisJabatan, type JenisKelamin, susunNip } from "@nurani/domain";
import type { Acak } from "./acak.ts";
import { namaAcak, slugNama } from "./nama.ts";
import { type InstansiDemo, jabatanKepala, type UnitDatar } from "./struktur.ts";

export interface PegawaiDemo {
  nip: string;
  nama: string;
  unitKode: string;
  jabatan: string;
  jenisJabatan: JenisJabatan;
  golongan: string;
  email: string;
  telepon: string;
  jenisKelamin: JenisKelamin;
  tanggalLahir: string;
  tmtCpns: string;
}

const PELAKSANA = [
  "Pengadministrasi Perkantoran",
  "Pengelola Keuangan",
  "Pengolah Data dan Informasi",
  "Pengelola Barang Milik Negara",
  "Verifikator Keuangan",
  "Pengelola Layanan Operasional",
  "Penata Layanan Operasional",
  "Operator Layanan Operasional",
];
const FUNGSIONAL_UMUM = [
  "Analis Kebijakan Ahli Pertama",
  "Pranata Komputer Ahli Pertama",
  "Arsiparis Ahli Pertama",
];

const GOL = GOLONGAN_PNS.map((g) => g.golongan);
const idx = (g: string) => GOL.indexOf(g as (typeof GOL)[number]);

/** Golongan range for the head of a unit of each eselon. */
const GOL_KEPALA: Record<number, [string, string]> = {
  1: ["IV/d", "IV/e"],
  2: ["IV/c", "IV/d"],
  3: ["IV/a", "IV/b"],
  4: ["III/c", "III/d"],
};
/** PPPK golongan by education (Perpres 98/2020 Lampiran). */
const GOL_PPPK = { S1: "IX", D3: "VII", SMA: "V" } as const;

const pad = (n: number) => String(n).padStart(2, "0");

export function buatPegawaiDemo(
  instansi: InstansiDemo,
  unit: readonly UnitDatar[],
  a: Acak,
  hariIni: Date,
): PegawaiDemo[] {
  const tahunIni = hariIni.getUTCFullYear();
  const bulanIni = tahunIni * 12 + hariIni.getUTCMonth();
  const nomorUrut = new Map<string, number>();
  const emailDipakai = new Set<string>();
  const hasil: PegawaiDemo[] = [];

  const satu = (
    unitKode: string,
    peran: { kepalaEselon?: number; jabatan?: string; jenis?: JenisJabatan },
  ) => {
    const jenisKelamin: JenisKelamin = a.next() < 0.52 ? "L" : "P";
    const kepala = peran.kepalaEselon;
    const pendidikan = kepala
      ? "S1"
      : a.berbobot([
          ["S1", 60],
          ["D3", 25],
          ["SMA", 15],
        ] as const);
    const pppk = !kepala && a.next() < 0.08;
    // Heads are older; PPPK were appointed from 2019 onward.
    const usia = kepala ? a.bulat(38 + (4 - kepala) * 3, 58) : a.bulat(23, 58);
    const tahunLahir = tahunIni - usia;
    const bulanLahir = a.bulat(1, 12);
    const hariLahir = a.bulat(1, new Date(Date.UTC(tahunLahir, bulanLahir, 0)).getUTCDate());
    const usiaMasuk = { S1: a.bulat(23, 32), D3: a.bulat(21, 30), SMA: a.bulat(19, 27) }[pendidikan];
    let tmt = (tahunLahir + usiaMasuk) * 12 + a.bulat(0, 11);
    if (pppk) tmt = Math.max(tmt, 2019 * 12 + a.bulat(0, 60));
    tmt = Math.min(tmt, bulanIni - 1);
    const masaKerja = Math.floor((bulanIni - tmt) / 12);

    let golongan: string;
    if (pppk) golongan = GOL_PPPK[pendidikan];
    else if (kepala) {
      const [min, maks] = GOL_KEPALA[kepala];
      golongan = GOL[a.bulat(idx(min), idx(maks))];
    } else {
      // Entry rank by education, then roughly one step every four years, capped by career path.
      const masuk = idx({ S1: "III/a", D3: "II/c", SMA: "II/a" }[pendidikan]);
      const batas = idx(pendidikan === "S1" ? (peran.jenis === "fungsional" ? "IV/b" : "III/d") : "III/b");
      golongan = GOL[Math.min(masuk + Math.floor(masaKerja / 4), batas)];
    }

    const bagianNip = {
      tanggalLahir: `${tahunLahir}-${pad(bulanLahir)}-${pad(hariLahir)}`,
      tmtCpns: `${Math.floor(tmt / 12)}-${pad((tmt % 12) + 1)}-01`,
      jenisKelamin,
    };
    const kunci = `${bagianNip.tanggalLahir}${bagianNip.tmtCpns}${jenisKelamin}`;
    const urut = (nomorUrut.get(kunci) ?? 0) + 1;
    nomorUrut.set(kunci, urut);

    const nama = namaAcak(a, jenisKelamin);
    let email = `${slugNama(nama)}@${instansi.domainEmail}`;
    for (let n = 2; emailDipakai.has(email); n++) email = `${slugNama(nama)}${n}@${instansi.domainEmail}`;
    emailDipakai.add(email);

    hasil.push({
      nip: susunNip({ ...bagianNip, nomorUrut: urut }),
      nama,
      unitKode,
      jabatan: peran.jabatan ?? "Pelaksana",
      jenisJabatan: peran.jenis ?? "pelaksana",
      golongan,
      email,
      telepon: `08${a.bulat(11, 59)}${String(a.bulat(0, 99_999_999)).padStart(8, "0")}`,
      ...bagianNip,
    });
  };

  for (const x of unit) {
    satu(x.kode, { kepalaEselon: x.eselon, jabatan: jabatanKepala(x), jenis: "struktural" });
  }
  while (hasil.length < instansi.jumlahPegawai) {
    const x = a.pilih(unit);
    if (a.next() < 0.45) {
      satu(x.kode, { jabatan: a.pilih([...(x.fungsional ?? []), ...FUNGSIONAL_UMUM]), jenis: "fungsional" });
    } else {
      satu(x.kode, { jabatan: a.pilih(PELAKSANA), jenis: "pelaksana" });
    }
  }
  return hasil;
}
