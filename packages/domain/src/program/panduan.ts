import { LEVEL_KEMATANGAN, type LevelKematangan, tingkatKematangan } from "../kerangka/kematangan.ts";
import { type KegiatanSubtahap, kegiatanSubtahap } from "./kegiatan-subtahap.ts";
import { jumlahMinimalLevel, jumlahPegawai, type PetaLevel, type PetaLevelUnit } from "./peta.ts";

/**
 * Maturity-stage guide (panduan subtahap). Tabel 3 no. 3 keluaran 4: the
 * assessment shows "pegawai ASN berada pada tahap apa, sehingga manajemen
 * perubahan dapat menyesuaikan"; BAB III.B.2: implementation follows the four
 * sub-stages, each with its activity table (Tabel 5–8).
 *
 * An employee the assessment places at maturity level L (BAB II.D) is in
 * sub-stage L, whose achievement criteria (BAB III.B.2 a–d) are being worked
 * towards and consolidated; so the guide proposes the table of that same
 * sub-stage (level 1 → Tabel 5 … level 4 → Tabel 8). A unit's sub-stage is
 * derived from its distribution of levels by one of two rules:
 *
 *   - `ambang` (default, proporsi 0.5): the highest level L such that at
 *     least `proporsi` of the unit's employees are at level ≥ L. With 0.5
 *     this is the unit's (lower) median level; a higher share is stricter.
 *   - `modus`: the level holding the most employees; a tie goes to the lower
 *     level, so no unit is moved on before most of it is ready.
 *
 * Units with fewer than `minimalPegawai` assessed employees get no sub-stage
 * (`data_kurang`): too few to say anything about the unit.
 */
export type AturanSubtahap = { aturan: "ambang"; proporsi: number } | { aturan: "modus" };

export const ATURAN_SUBTAHAP_BAKU: AturanSubtahap = { aturan: "ambang", proporsi: 0.5 };

export interface OpsiPanduan {
  aturan?: AturanSubtahap;
  minimalPegawai?: number;
}

export function subtahapUnit(
  unit: PetaLevelUnit,
  aturan: AturanSubtahap = ATURAN_SUBTAHAP_BAKU,
): LevelKematangan {
  const n = jumlahPegawai(unit);
  if (aturan.aturan === "modus") {
    let terbaik: LevelKematangan = 1;
    for (const l of LEVEL_KEMATANGAN) if (unit.jumlahPerLevel[l] > unit.jumlahPerLevel[terbaik]) terbaik = l;
    return terbaik;
  }
  if (!(aturan.proporsi > 0 && aturan.proporsi <= 1))
    throw new RangeError(`Proporsi ambang harus di (0, 1], bukan ${aturan.proporsi}.`);
  let capai: LevelKematangan = 1;
  for (const l of LEVEL_KEMATANGAN) if (jumlahMinimalLevel(unit, l) >= aturan.proporsi * n) capai = l;
  return capai;
}

export type PanduanUnit =
  | {
      unitKerjaId: string;
      status: "ada";
      jumlahPegawai: number;
      subtahap: LevelKematangan;
      namaSubtahap: string;
      /** Table rows of the matching sub-stage (Tabel 5–8), to adapt. */
      usulanKegiatan: KegiatanSubtahap[];
      sumber: string;
    }
  | { unitKerjaId: string; status: "data_kurang"; jumlahPegawai: number };

export function panduanSubtahap(peta: PetaLevel, opsi: OpsiPanduan = {}): PanduanUnit[] {
  const minimal = opsi.minimalPegawai ?? 1;
  return peta.map((u): PanduanUnit => {
    const n = jumlahPegawai(u);
    if (n < minimal || n === 0)
      return { unitKerjaId: u.unitKerjaId, status: "data_kurang", jumlahPegawai: n };
    const subtahap = subtahapUnit(u, opsi.aturan);
    const t = tingkatKematangan(subtahap);
    return {
      unitKerjaId: u.unitKerjaId,
      status: "ada",
      jumlahPegawai: n,
      subtahap,
      namaSubtahap: t.subtahap.nama.id,
      usulanKegiatan: kegiatanSubtahap(subtahap),
      sumber: `${t.subtahap.sumber}; Tabel ${subtahap + 4}`,
    };
  });
}

/** The sub-stages at least one unit is in, ascending. */
export function subtahapDibutuhkan(peta: PetaLevel, opsi: OpsiPanduan = {}): LevelKematangan[] {
  const ada = new Set<LevelKematangan>();
  for (const p of panduanSubtahap(peta, opsi)) if (p.status === "ada") ada.add(p.subtahap);
  return LEVEL_KEMATANGAN.filter((l) => ada.has(l));
}

/** A training module before the agency schedules it (`ModulPelatihan` without `jadwal`). */
export interface DraftModul {
  kode: string;
  judul: string;
  subtahap: LevelKematangan;
  /** Code of the Tabel 5–8 row it adapts (`KegiatanSubtahap.kode`), if any. */
  templat?: string;
  tujuan: string[];
  cara: string[];
  media: string[];
  /** Work units whose employees attend. */
  sasaranUnit: string[];
}

/**
 * Draft training modules for the training plan (Tabel 3 no. 5, "sesuai
 * dengan hasil asesmen awal"): one per Tabel 5–8 row of every sub-stage some
 * unit is in, adapted from that row (goal, method, media), its audience the
 * units the guide places in that sub-stage. The agency edits and schedules them.
 */
export function draftModulPelatihan(peta: PetaLevel, opsi: OpsiPanduan = {}): DraftModul[] {
  const panduan = panduanSubtahap(peta, opsi);
  return subtahapDibutuhkan(peta, opsi).flatMap((l) => {
    const unit = panduan.flatMap((p) => (p.status === "ada" && p.subtahap === l ? [p.unitKerjaId] : []));
    return kegiatanSubtahap(l).map(
      (k): DraftModul => ({
        kode: `M-${k.kode}`,
        judul: k.baris > 1 ? `${k.kegiatan.id} (${k.baris})` : k.kegiatan.id,
        subtahap: l,
        templat: k.kode,
        tujuan: k.tujuan.map((t) => t.id),
        cara: k.cara.map((t) => t.id),
        media: k.media.map((t) => t.id),
        sasaranUnit: unit,
      }),
    );
  });
}
