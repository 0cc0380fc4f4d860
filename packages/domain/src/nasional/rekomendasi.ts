import type { Peran } from "../peran.ts";
import { type Galat, galat } from "../program/galat.ts";
import { tanggalValid } from "../program/tanggal.ts";
import type { IsiLke } from "./lke/tipe.ts";

/**
 * A recommendation (rekomendasi) the evaluator sends an agency on one
 * worksheet indicator, and its life:
 *
 *   terkirim ──jawab──▶ dijawab ──tutup──▶ ditutup
 *      ▲                  │                  │
 *      └──── dibuka_kembali ◀──buka kembali──┘
 *            (jawab again from here)
 *
 * The agency answers with the actions taken and evidence; the evaluator
 * closes it, or reopens it (answered or closed) with a note and a new due
 * date. A recommendation waiting for the agency (terkirim, dibuka_kembali)
 * past its due date is overdue (terlambat) — on the national dashboard and
 * in the agency's to-do. Every step is kept in `riwayat`. Dates are whole
 * days, "today" is passed in.
 */
export const STATUS_REKOMENDASI = ["terkirim", "dijawab", "ditutup", "dibuka_kembali"] as const;
export type StatusRekomendasi = (typeof STATUS_REKOMENDASI)[number];

export type AksiRekomendasi = "kirim" | "jawab" | "tutup" | "buka_kembali";

export const PELAKU_REKOMENDASI: Record<AksiRekomendasi, readonly Peran[]> = {
  kirim: ["evaluator_nasional"],
  jawab: ["ppk", "admin_instansi", "tim_supervisi"],
  tutup: ["evaluator_nasional"],
  buka_kembali: ["evaluator_nasional"],
};

export interface PeristiwaRekomendasi {
  aksi: AksiRekomendasi;
  oleh: string;
  tanggal: string;
  catatan?: string;
  bukti?: readonly string[];
  tenggat?: string;
}

export interface Rekomendasi {
  id: string;
  instansiId: string;
  kodeIndikator: string;
  isi: string;
  /** Current due date (moved when reopened). */
  tenggat: string;
  status: StatusRekomendasi;
  riwayat: readonly PeristiwaRekomendasi[];
}

export type HasilRekomendasi = { ok: true; rekomendasi: Rekomendasi } | { ok: false; galat: Galat[] };

export const PANJANG_MIN_TANGGAPAN = 10;
export const PANJANG_MAKS_REKOMENDASI = 2000;

const S = 'BAB IV; docs/nasional.md "Rekomendasi"';
const tolak = (...galat: Galat[]): HasilRekomendasi => ({ ok: false, galat });

const MENUNGGU_INSTANSI: readonly StatusRekomendasi[] = ["terkirim", "dibuka_kembali"];

function teksSah(x: unknown, min: number): x is string {
  return typeof x === "string" && x.trim().length >= min && x.length <= PANJANG_MAKS_REKOMENDASI;
}

function periksaTenggat(tenggat: string, hariIni: string): Galat | null {
  if (!tanggalValid(tenggat) || tenggat < hariIni)
    return galat(
      "TENGGAT_TIDAK_SAH",
      S,
      "Tenggat harus tanggal (YYYY-MM-DD) hari ini atau sesudahnya.",
      "The due date must be a date (YYYY-MM-DD), today or later.",
      "tenggat",
    );
  return null;
}

function terakhir(r: Rekomendasi): string {
  return r.riwayat.at(-1)?.tanggal ?? "";
}

function periksaTanggal(r: Rekomendasi, hariIni: string): Galat | null {
  if (!tanggalValid(hariIni) || hariIni < terakhir(r))
    return galat(
      "TANGGAL_TIDAK_VALID",
      S,
      "Tanggal tindakan tidak boleh sebelum langkah sebelumnya.",
      "The action's date cannot precede the previous step.",
      "tanggal",
    );
  return null;
}

function salahStatus(r: Rekomendasi, boleh: readonly StatusRekomendasi[]): Galat {
  return galat(
    "STATUS_REKOMENDASI_TIDAK_SESUAI",
    S,
    `Rekomendasi berstatus ${r.status}; langkah ini hanya dari status ${boleh.join(" atau ")}.`,
    `The recommendation is ${r.status}; this step is only possible from ${boleh.join(" or ")}.`,
  );
}

export function kirimRekomendasi(
  baru: { id: string; instansiId: string; kodeIndikator: string; isi: string; tenggat: string },
  isi: IsiLke,
  oleh: string,
  hariIni: string,
): HasilRekomendasi {
  const g: Galat[] = [];
  if (!isi.komponen.some((k) => k.indikator.some((i) => i.kode === baru.kodeIndikator)))
    g.push(
      galat(
        "INDIKATOR_TIDAK_ADA",
        S,
        `Indikator ${baru.kodeIndikator} tidak ada di lembar kerja periode ini.`,
        `Indicator ${baru.kodeIndikator} is not in this period's worksheet.`,
        "kodeIndikator",
      ),
    );
  if (!teksSah(baru.isi, PANJANG_MIN_TANGGAPAN))
    g.push(
      galat(
        "ISI_TIDAK_SAH",
        S,
        `Isi rekomendasi ${PANJANG_MIN_TANGGAPAN}–${PANJANG_MAKS_REKOMENDASI} karakter.`,
        `The recommendation needs ${PANJANG_MIN_TANGGAPAN}–${PANJANG_MAKS_REKOMENDASI} characters.`,
        "isi",
      ),
    );
  const t = periksaTenggat(baru.tenggat, hariIni);
  if (t) g.push(t);
  if (g.length > 0) return tolak(...g);
  return {
    ok: true,
    rekomendasi: {
      ...baru,
      isi: baru.isi.trim(),
      status: "terkirim",
      riwayat: [{ aksi: "kirim", oleh, tanggal: hariIni, tenggat: baru.tenggat }],
    },
  };
}

/** The agency answers with the actions taken (and evidence files). */
export function jawabRekomendasi(
  r: Rekomendasi,
  jawaban: { tindakan: string; bukti?: readonly string[] },
  oleh: string,
  hariIni: string,
): HasilRekomendasi {
  if (!MENUNGGU_INSTANSI.includes(r.status)) return tolak(salahStatus(r, MENUNGGU_INSTANSI));
  const tg = periksaTanggal(r, hariIni);
  if (tg) return tolak(tg);
  if (!teksSah(jawaban.tindakan, PANJANG_MIN_TANGGAPAN))
    return tolak(
      galat(
        "TINDAKAN_WAJIB",
        S,
        `Uraikan tindakan yang diambil (${PANJANG_MIN_TANGGAPAN}–${PANJANG_MAKS_REKOMENDASI} karakter).`,
        `Describe the actions taken (${PANJANG_MIN_TANGGAPAN}–${PANJANG_MAKS_REKOMENDASI} characters).`,
        "tindakan",
      ),
    );
  const p: PeristiwaRekomendasi = {
    aksi: "jawab",
    oleh,
    tanggal: hariIni,
    catatan: jawaban.tindakan.trim(),
    ...(jawaban.bukti?.length ? { bukti: jawaban.bukti } : {}),
  };
  return { ok: true, rekomendasi: { ...r, status: "dijawab", riwayat: [...r.riwayat, p] } };
}

/** The evaluator closes an answered recommendation. */
export function tutupRekomendasi(
  r: Rekomendasi,
  oleh: string,
  hariIni: string,
  catatan?: string,
): HasilRekomendasi {
  if (r.status !== "dijawab") return tolak(salahStatus(r, ["dijawab"]));
  const tg = periksaTanggal(r, hariIni);
  if (tg) return tolak(tg);
  const p: PeristiwaRekomendasi = {
    aksi: "tutup",
    oleh,
    tanggal: hariIni,
    ...(catatan?.trim() ? { catatan: catatan.trim() } : {}),
  };
  return { ok: true, rekomendasi: { ...r, status: "ditutup", riwayat: [...r.riwayat, p] } };
}

/** The evaluator reopens an answered or closed recommendation, saying why, with a new due date. */
export function bukaKembaliRekomendasi(
  r: Rekomendasi,
  alasan: { catatan: string; tenggat: string },
  oleh: string,
  hariIni: string,
): HasilRekomendasi {
  const boleh: StatusRekomendasi[] = ["dijawab", "ditutup"];
  if (!boleh.includes(r.status)) return tolak(salahStatus(r, boleh));
  const g: Galat[] = [];
  const tg = periksaTanggal(r, hariIni);
  if (tg) g.push(tg);
  if (!teksSah(alasan.catatan, PANJANG_MIN_TANGGAPAN))
    g.push(
      galat(
        "CATATAN_WAJIB",
        S,
        `Tulis alasan membuka kembali (${PANJANG_MIN_TANGGAPAN}–${PANJANG_MAKS_REKOMENDASI} karakter).`,
        `Write why it is reopened (${PANJANG_MIN_TANGGAPAN}–${PANJANG_MAKS_REKOMENDASI} characters).`,
        "catatan",
      ),
    );
  const t = periksaTenggat(alasan.tenggat, hariIni);
  if (t) g.push(t);
  if (g.length > 0) return tolak(...g);
  const p: PeristiwaRekomendasi = {
    aksi: "buka_kembali",
    oleh,
    tanggal: hariIni,
    catatan: alasan.catatan.trim(),
    tenggat: alasan.tenggat,
  };
  return {
    ok: true,
    rekomendasi: { ...r, status: "dibuka_kembali", tenggat: alasan.tenggat, riwayat: [...r.riwayat, p] },
  };
}

/** Waiting for the agency and past its due date. */
export function terlambat(r: Pick<Rekomendasi, "status" | "tenggat">, hariIni: string): boolean {
  return MENUNGGU_INSTANSI.includes(r.status) && hariIni > r.tenggat;
}

/** Whole days past the due date (0 when not overdue). */
export function hariTerlambat(r: Pick<Rekomendasi, "status" | "tenggat">, hariIni: string): number {
  if (!terlambat(r, hariIni)) return 0;
  return Math.round((Date.parse(`${hariIni}T00:00:00Z`) - Date.parse(`${r.tenggat}T00:00:00Z`)) / 86_400_000);
}

export interface RingkasanRekomendasi {
  /** Waiting for the agency (terkirim or dibuka_kembali), overdue included. */
  terbuka: number;
  terlambat: number;
  /** Answered, waiting for the evaluator. */
  dijawab: number;
  ditutup: number;
}

/** Counts for the dashboard's "open recommendations" column and the agency's to-do. */
export function ringkasRekomendasi(
  daftar: readonly Pick<Rekomendasi, "status" | "tenggat">[],
  hariIni: string,
): RingkasanRekomendasi {
  const r: RingkasanRekomendasi = { terbuka: 0, terlambat: 0, dijawab: 0, ditutup: 0 };
  for (const x of daftar) {
    if (MENUNGGU_INSTANSI.includes(x.status)) r.terbuka++;
    if (terlambat(x, hariIni)) r.terlambat++;
    if (x.status === "dijawab") r.dijawab++;
    if (x.status === "ditutup") r.ditutup++;
  }
  return r;
}
