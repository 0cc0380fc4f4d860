import { type LevelKematangan, tingkatKematangan } from "../kerangka/kematangan.ts";
import type { Teks } from "../kerangka/teks.ts";

/**
 * Achievement checklists of the four sub-stages (BAB III.B.2 huruf a–d,
 * "Kriteria pencapaian"), built from `kerangka`'s criteria. The regulation
 * lists the criteria but not how to prove them; the evidence rule here is
 * our design:
 *
 *   - each checklist item is one criterion; a criterion with lettered
 *     sub-items (e.g. a.2 "mengetahui dan menjelaskan kembali: a) … e)")
 *     has one item per sub-item, because each must be shown;
 *   - an item is met when it has at least `minimalBukti` pieces of evidence
 *     of an accepted kind, and the supervision team has verified it;
 *   - a criterion is met when all its items are; a sub-stage's progress is
 *     the share of its criteria met (and, in finer grain, of its items).
 */
export const JENIS_BUKTI = [
  "hasil_asesmen",
  "catatan_observasi",
  "catatan_wawancara",
  "dokumen_kegiatan",
  "daftar_hadir",
  "evaluasi_diri",
] as const;
export type JenisBukti = (typeof JENIS_BUKTI)[number];

export const NAMA_JENIS_BUKTI: Record<JenisBukti, Teks> = {
  hasil_asesmen: { id: "Hasil asesmen (tes)", en: "Assessment (test) result" },
  catatan_observasi: { id: "Catatan observasi", en: "Observation notes" },
  catatan_wawancara: { id: "Catatan wawancara terstruktur", en: "Structured interview notes" },
  dokumen_kegiatan: { id: "Dokumen kegiatan (laporan, foto)", en: "Activity document (report, photos)" },
  daftar_hadir: { id: "Daftar hadir", en: "Attendance list" },
  evaluasi_diri: { id: "Evaluasi diri yang dibagikan", en: "Shared self-evaluation" },
};

export interface ItemPeriksa {
  /** e.g. "1.2" (criterion 2) or "1.2.c" (its sub-item c). */
  kode: string;
  nomorKriteria: number;
  teks: Teks;
  sumber: string;
}

export interface OpsiDaftarPeriksa {
  minimalBukti?: number;
  buktiDiterima?: readonly JenisBukti[];
}

/** The items of one sub-stage's checklist, in the regulation's order. */
export function itemDaftarPeriksa(subtahap: LevelKematangan): ItemPeriksa[] {
  const t = tingkatKematangan(subtahap);
  return t.subtahap.kriteria.flatMap((k) => {
    const dasar = `${subtahap}.${k.nomor}`;
    if (!k.rincian) return [{ kode: dasar, nomorKriteria: k.nomor, teks: k.teks, sumber: k.sumber }];
    return k.rincian.map((r, i) => {
      const huruf = String.fromCharCode(97 + i);
      return {
        kode: `${dasar}.${huruf}`,
        nomorKriteria: k.nomor,
        teks: { id: `${k.teks.id}: ${r.id}`, en: `${k.teks.en}: ${r.en}` },
        sumber: `${k.sumber} huruf ${huruf}`,
      };
    });
  });
}

/** Evidence recorded against a checklist item. */
export interface BuktiPeriksa {
  kodeItem: string;
  jenis: JenisBukti;
  berkasId: string;
}

export interface StatusItem extends ItemPeriksa {
  jumlahBukti: number;
  diverifikasi: boolean;
  terpenuhi: boolean;
}

export interface CapaianSubtahap {
  subtahap: LevelKematangan;
  item: StatusItem[];
  kriteriaTerpenuhi: number;
  jumlahKriteria: number;
  /** kriteriaTerpenuhi / jumlahKriteria. */
  proporsiKriteria: number;
  /** Met items / items. */
  proporsiItem: number;
}

export function capaianSubtahap(
  subtahap: LevelKematangan,
  bukti: readonly BuktiPeriksa[],
  /** Item codes the supervision team has verified. */
  diverifikasi: ReadonlySet<string>,
  opsi: OpsiDaftarPeriksa = {},
): CapaianSubtahap {
  const minimal = opsi.minimalBukti ?? 1;
  const diterima = new Set<JenisBukti>(opsi.buktiDiterima ?? JENIS_BUKTI);
  const item = itemDaftarPeriksa(subtahap).map((it): StatusItem => {
    const jumlahBukti = new Set(
      bukti.filter((b) => b.kodeItem === it.kode && diterima.has(b.jenis)).map((b) => b.berkasId),
    ).size;
    const v = diverifikasi.has(it.kode);
    return { ...it, jumlahBukti, diverifikasi: v, terpenuhi: v && jumlahBukti >= minimal };
  });
  const nomor = [...new Set(item.map((i) => i.nomorKriteria))];
  const kriteriaTerpenuhi = nomor.filter((n) =>
    item.filter((i) => i.nomorKriteria === n).every((i) => i.terpenuhi),
  ).length;
  return {
    subtahap,
    item,
    kriteriaTerpenuhi,
    jumlahKriteria: nomor.length,
    proporsiKriteria: kriteriaTerpenuhi / nomor.length,
    proporsiItem: item.filter((i) => i.terpenuhi).length / item.length,
  };
}
