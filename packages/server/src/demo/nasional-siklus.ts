/**
 * A synthetic agency's programme cycle (BAB III; Pasal 4 ayat (2)) as rows,
 * at the stage its plan gives (`rencanaNasional`): the preparation steps of
 * Tabel 3 recorded up to the plan's `langkahSelesai`, implementation started
 * with the five main activities of Tabel 4 planned on its sub-stage and the
 * first `kegiatan` of them carried out, the assessment stage begun, or the
 * cycle closed. The national row (`ringkasan_instansi`, fitur/nasional/
 * ringkasan.ts) computes the same stage, steps and activities from these
 * rows; the worksheet's computed indicators (fitur/evaluasi `hitungSumber`)
 * read the steps. A recorded step holds only a marker (and step 3 its
 * released campaign): the outputs' documents are not generated.
 */
import { randomUUID } from "node:crypto";
import { KEGIATAN_UTAMA, LANGKAH_PERSIAPAN, type RencanaInstansi } from "@nurani/domain";
import { tanggalDi } from "../umum/tanggal.ts";

export const NAMA_SIKLUS_SINTETIS = "Program Integritas (sintetis)";
const HARI = 86_400_000;

export interface BarisSiklus {
  siklus: {
    instansi_id: string;
    id: string;
    nama: string;
    pelaksanaan_mulai: string | null;
    penilaian_mulai: string | null;
    ditutup: string | null;
    dibuat: Date;
  };
  langkah: {
    instansi_id: string;
    siklus_id: string;
    langkah: string;
    isi: string;
    dicatat: Date;
  }[];
  kegiatan: {
    instansi_id: string;
    id: string;
    siklus_id: string;
    kegiatan_utama: string;
    subtahap: number | null;
    judul: string;
    rencana_mulai: string;
    rencana_selesai: string;
  }[];
  pelaksanaan: {
    instansi_id: string;
    siklus_id: string;
    kegiatan_id: string;
    tanggal: string;
    jumlah_peserta: number;
    hasil: string;
  }[];
}

/**
 * The cycle of `r` as of `hariIni`; `kegiatan` main activities carried out
 * (the national row's count), `kampanyeId` the released baseline campaign
 * step 3 rests on (none in the demo, whose index is drawn without one).
 */
export function barisSiklus(
  r: RencanaInstansi,
  instansiId: string,
  kegiatan: number,
  kampanyeId: string | null,
  hariIni: Date,
): BarisSiklus {
  const t = hariIni.getTime();
  const hari = (lalu: number) => tanggalDi(new Date(t - lalu * HARI));
  const id = randomUUID();
  const mulai = r.tahap !== "persiapan";
  const siklus = {
    instansi_id: instansiId,
    id,
    nama: NAMA_SIKLUS_SINTETIS,
    pelaksanaan_mulai: mulai ? hari(120) : null,
    penilaian_mulai: r.tahap === "penilaian" || r.tahap === "selesai" ? hari(25) : null,
    ditutup: r.tahap === "selesai" ? hari(5) : null,
    dibuat: new Date(t - 240 * HARI),
  };
  const langkah = LANGKAH_PERSIAPAN.slice(0, r.langkahSelesai).map((l, i) => ({
    instansi_id: instansiId,
    siklus_id: id,
    langkah: l.kode,
    isi: JSON.stringify(
      l.kode === "asesmen_awal" && kampanyeId ? { kampanyeId, sintetis: true } : { sintetis: true },
    ),
    dicatat: new Date(t - (230 - 20 * i) * HARI),
  }));
  const direncanakan = mulai
    ? KEGIATAN_UTAMA.map((k, i) => ({
        instansi_id: instansiId,
        id: randomUUID(),
        siklus_id: id,
        kegiatan_utama: k.kode,
        subtahap: k.kode === "pemantauan_evaluasi" ? null : r.subtahap,
        judul: `${k.nama.id} (sintetis)`,
        rencana_mulai: hari(110 - 7 * i),
        rencana_selesai: hari(50 - 7 * i),
      }))
    : [];
  const pelaksanaan = direncanakan.slice(0, kegiatan).map((k, i) => ({
    instansi_id: instansiId,
    siklus_id: id,
    kegiatan_id: k.id,
    tanggal: hari(100 - 7 * i),
    jumlah_peserta: Math.max(1, Math.min(r.jumlahPegawai, Math.round(r.jumlahPegawai * 0.1))),
    hasil: `${k.judul} terlaksana.`,
  }));
  return { siklus, langkah, kegiatan: direncanakan, pelaksanaan };
}
