import type { Teks } from "../kerangka/teks.ts";
import type { Peran } from "../peran.ts";
import type { Galat } from "./galat.ts";
import { KODE_KEGIATAN_UTAMA, type KodeKegiatanUtama, kegiatanUtama } from "./kegiatan-utama.ts";
import { tanggalKeluaran } from "./keluaran/index.ts";
import {
  type FaktaSiklus,
  kegiatanBelumTerlaksana,
  langkahSah,
  type TahapSiklus,
  tahapSiklus,
} from "./siklus.ts";
import { type KodeLangkahPersiapan, LANGKAH_PERSIAPAN, langkahPersiapan } from "./tahapan.ts";

/**
 * Where a programme cycle stands (Pasal 4 ayat (2); Tabel 3; Tabel 4): the
 * stage, what is done, what is next and which roles must act.
 */
export interface StatusLangkah {
  kode: KodeLangkahPersiapan;
  no: number;
  kegiatan: Teks;
  selesai: boolean;
  tanggal?: string;
  pelaku: Peran[];
  peringatan: Galat[];
}

export interface AksiBerikut {
  uraian: Teks;
  /** Roles that must act; the first is responsible. */
  pelaku: Peran[];
  sumber: string;
}

export interface PosisiSiklus {
  tahap: TahapSiklus;
  langkahPersiapan: StatusLangkah[];
  /** Carried-out activities per main activity (Tabel 4). */
  realisasiPerKegiatan: Record<KodeKegiatanUtama, number>;
  /** Dates of the stage transitions so far. */
  tanggal: {
    pelaksanaanMulai?: string;
    penilaianMulai?: string;
    asesmenAkhirDirilis?: string;
    ditutup?: string;
  };
  berikut?: AksiBerikut;
  peringatan: Galat[];
}

/** Where the agency stands: stage, what is done, what is next and who must act. */
export function posisiSiklus(f: FaktaSiklus, hariIni: string): PosisiSiklus {
  const tahap = tahapSiklus(f);
  const langkah: StatusLangkah[] = LANGKAH_PERSIAPAN.map((l) => {
    const s = langkahSah(f, l.kode, hariIni);
    const k = f.persiapan[l.kode];
    return {
      kode: l.kode,
      no: l.no,
      kegiatan: l.kegiatan,
      selesai: s.selesai,
      ...(s.selesai && k ? { tanggal: tanggalKeluaran(l.kode, k as never) } : {}),
      pelaku: l.pelaku,
      peringatan: s.peringatan,
    };
  });
  const realisasiPerKegiatan = Object.fromEntries(
    KODE_KEGIATAN_UTAMA.map((k) => [
      k,
      f.pelaksanaan?.realisasi.filter((r) => r.kegiatanUtama === k).length ?? 0,
    ]),
  ) as Record<KodeKegiatanUtama, number>;
  const tanggal = Object.fromEntries(
    Object.entries({
      pelaksanaanMulai: f.pelaksanaan?.mulai,
      penilaianMulai: f.penilaian?.mulai,
      asesmenAkhirDirilis: f.penilaian?.asesmenAkhir?.dirilis,
      ditutup: f.ditutup,
    }).filter(([, v]) => v !== undefined),
  );
  return {
    tahap,
    langkahPersiapan: langkah,
    realisasiPerKegiatan,
    tanggal,
    berikut: aksiBerikut(f, tahap, langkah),
    peringatan: langkah.flatMap((l) => l.peringatan),
  };
}

function aksiBerikut(f: FaktaSiklus, tahap: TahapSiklus, langkah: StatusLangkah[]): AksiBerikut | undefined {
  switch (tahap) {
    case "persiapan": {
      const belum = langkah.find((l) => !l.selesai);
      if (belum) {
        const def = langkahPersiapan(belum.kode);
        return {
          uraian: {
            id: `Langkah ${def.no}: ${def.kegiatan.id}. Keluaran: ${def.keluaran.id}`,
            en: `Step ${def.no}: ${def.kegiatan.en}. Output: ${def.keluaran.en}`,
          },
          pelaku: def.pelaku,
          sumber: def.sumber,
        };
      }
      return {
        uraian: { id: "Mulai tahap pelaksanaan.", en: "Start the implementation stage." },
        pelaku: ["tim_supervisi", "ppk"],
        sumber: "Pasal 4 ayat (2) huruf b",
      };
    }
    case "pelaksanaan": {
      const belum = kegiatanBelumTerlaksana(f);
      if (belum.length > 0) {
        const defs = belum.map(kegiatanUtama);
        const pelaku: Peran[] = ["tim_supervisi", "agen_perubahan", "pimpinan"];
        if (belum.includes("pemantauan_evaluasi")) pelaku.push("apip");
        return {
          uraian: {
            id: `Laksanakan kegiatan utama yang belum terlaksana: ${defs.map((d) => d.nama.id).join(", ")}.`,
            en: `Carry out the main activities not yet done: ${defs.map((d) => d.nama.en).join(", ")}.`,
          },
          pelaku,
          sumber: "Tabel 4",
        };
      }
      return {
        uraian: {
          id: "Semua kegiatan utama sudah terlaksana; lanjutkan kegiatan atau mulai tahap penilaian.",
          en: "Every main activity has been carried out; continue them or start the assessment stage.",
        },
        pelaku: ["tim_supervisi", "ppk"],
        sumber: "Pasal 4 ayat (2) huruf c; BAB III.B.3",
      };
    }
    case "penilaian":
      if (f.penilaian?.asesmenAkhir?.dirilis === undefined)
        return {
          uraian: {
            id: "Laksanakan asesmen akhir program dan rilis hasilnya.",
            en: "Run the end-of-programme assessment and release its results.",
          },
          pelaku: ["tim_supervisi"],
          sumber: "Tabel 4 no. 5; BAB III.B.3",
        };
      return {
        uraian: { id: "Tutup siklus program.", en: "Close the programme cycle." },
        pelaku: ["ppk", "tim_supervisi"],
        sumber: "BAB III.B.3",
      };
    case "selesai":
      return undefined;
  }
}
