import { z } from "zod";
import { type Indikator, KODE_SUBDIMENSI, type SubDimensi } from "./faktor.ts";
import { KERANGKA_NASIONAL, type KerangkaIntegritas } from "./kerangka.ts";

/**
 * Agency extension of the national framework. BAB IV lets PPK/PyB develop the
 * general guideline further for their agency; national comparisons stay valid
 * only if the national core is untouched. So an agency may add its own
 * indicators under a national sub-dimension, and nothing else.
 */
export const skemaEkstensiInstansi = z.strictObject({
  instansiId: z.string().min(1),
  versi: z.string().min(1),
  indikator: z.array(
    z.strictObject({
      kode: z.string().min(1),
      subDimensi: z.enum(KODE_SUBDIMENSI),
      teks: z.strictObject({ id: z.string().min(3), en: z.string().optional() }),
    }),
  ),
});

export type EkstensiInstansi = z.infer<typeof skemaEkstensiInstansi>;

export type KodePelanggaranInti =
  | "BENTUK_TIDAK_SAH"
  | "UBAH_INTI"
  | "KODE_TIDAK_SAH"
  | "KODE_BENTROK"
  | "UNSUR_NASIONAL_HILANG"
  | "UNSUR_NASIONAL_DIUBAH";

export interface PelanggaranInti {
  kode: KodePelanggaranInti;
  pesan: string;
  lokasi?: string;
}

export type HasilGabung =
  | { ok: true; kerangka: KerangkaIntegritas }
  | { ok: false; pelanggaran: PelanggaranInti[] };

/** Keys that would touch the national core if an extension carried them. */
const KUNCI_INTI = new Set([
  "kualitas",
  "faktor",
  "subDimensi",
  "keyakinanPenguat",
  "keyakinanPelemah",
  "kematangan",
]);

/**
 * Merge an agency extension (untrusted input, e.g. an uploaded JSON) into the
 * national framework. Refuses — with every violation listed in Bahasa
 * Indonesia — anything that would remove, rename or redefine a national
 * element, or an indicator code that is not namespaced under its
 * sub-dimension ("KD1.<kode instansi>") or that collides with another.
 */
export function gabungkanEkstensi(
  masukan: unknown,
  nasional: KerangkaIntegritas = KERANGKA_NASIONAL,
): HasilGabung {
  const pelanggaran: PelanggaranInti[] = [];
  if (masukan && typeof masukan === "object") {
    for (const kunci of Object.keys(masukan)) {
      if (KUNCI_INTI.has(kunci) || kunci === "hapus" || kunci === "ubahNama") {
        pelanggaran.push({
          kode: "UBAH_INTI",
          pesan: `Ekstensi instansi tidak boleh mengubah atau menghapus unsur kerangka nasional ("${kunci}"); hanya boleh menambah indikator.`,
          lokasi: kunci,
        });
      }
    }
  }
  if (pelanggaran.length > 0) return { ok: false, pelanggaran };

  const hasil = skemaEkstensiInstansi.safeParse(masukan);
  if (!hasil.success) {
    return {
      ok: false,
      pelanggaran: hasil.error.issues.map((i) => ({
        kode: "BENTUK_TIDAK_SAH" as const,
        pesan: `Bentuk ekstensi tidak sah: ${i.message}`,
        lokasi: i.path.join("."),
      })),
    };
  }
  const ekstensi = hasil.data;
  const kodeTerpakai = new Set<string>(nasional.faktor.map((f) => f.kode));
  for (const s of nasional.subDimensi) {
    kodeTerpakai.add(s.kode);
    for (const i of s.indikator) kodeTerpakai.add(i.kode);
  }
  ekstensi.indikator.forEach((ind, n) => {
    const lokasi = `indikator.${n}`;
    const pola = new RegExp(`^${ind.subDimensi}\\.[A-Za-z][A-Za-z0-9-]*$`);
    if (!pola.test(ind.kode)) {
      pelanggaran.push({
        kode: "KODE_TIDAK_SAH",
        pesan: `Kode indikator "${ind.kode}" harus berbentuk "${ind.subDimensi}.<kode>" dan diawali huruf, agar tidak tertukar dengan indikator nasional.`,
        lokasi,
      });
    }
    if (kodeTerpakai.has(ind.kode)) {
      pelanggaran.push({
        kode: "KODE_BENTROK",
        pesan: `Kode indikator "${ind.kode}" sudah dipakai.`,
        lokasi,
      });
    }
    kodeTerpakai.add(ind.kode);
  });
  if (pelanggaran.length > 0) return { ok: false, pelanggaran };

  const subDimensi: SubDimensi[] = nasional.subDimensi.map((s) => ({
    ...s,
    indikator: [
      ...s.indikator,
      ...ekstensi.indikator
        .filter((i) => i.subDimensi === s.kode)
        .map(
          (i): Indikator => ({
            kode: i.kode,
            teks: { id: i.teks.id, en: i.teks.en ?? i.teks.id },
            sumber: `Ekstensi ${ekstensi.instansiId} versi ${ekstensi.versi}`,
            asal: "instansi",
            instansiId: ekstensi.instansiId,
          }),
        ),
    ],
  }));
  const kerangka: KerangkaIntegritas = {
    ...nasional,
    pemilik: ekstensi.instansiId,
    versi: `${nasional.versi}+${ekstensi.instansiId}-${ekstensi.versi}`,
    subDimensi,
  };
  const sisa = periksaIntiNasional(kerangka, nasional);
  return sisa.length > 0 ? { ok: false, pelanggaran: sisa } : { ok: true, kerangka };
}

const sama = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Check that a candidate framework (e.g. an agency's edited copy) still holds
 * every national element unchanged. Returns the violations; empty when valid.
 */
export function periksaIntiNasional(
  kandidat: KerangkaIntegritas,
  nasional: KerangkaIntegritas = KERANGKA_NASIONAL,
): PelanggaranInti[] {
  const out: PelanggaranInti[] = [];
  const banding = <T>(
    jenis: string,
    daftarNasional: readonly T[],
    daftar: readonly T[],
    kunci: (x: T) => string,
  ) => {
    for (const unsur of daftarNasional) {
      const k = kunci(unsur);
      const padanan = daftar.find((x) => kunci(x) === k);
      if (!padanan) {
        out.push({
          kode: "UNSUR_NASIONAL_HILANG",
          pesan: `${jenis} nasional "${k}" tidak boleh dihapus.`,
          lokasi: k,
        });
      } else if (!sama(padanan, unsur)) {
        out.push({
          kode: "UNSUR_NASIONAL_DIUBAH",
          pesan: `${jenis} nasional "${k}" tidak boleh diubah (nama, definisi, atau sumbernya).`,
          lokasi: k,
        });
      }
    }
  };
  banding("Kualitas pribadi", nasional.kualitas, kandidat.kualitas, (x) => x.kode);
  banding("Faktor", nasional.faktor, kandidat.faktor, (x) => x.kode);
  banding("Tingkat kematangan", nasional.kematangan, kandidat.kematangan, (x) => String(x.level));
  banding("Keyakinan penguat", nasional.keyakinanPenguat, kandidat.keyakinanPenguat, (x) => x);
  banding("Keyakinan pelemah", nasional.keyakinanPelemah, kandidat.keyakinanPelemah, (x) => x);
  const tanpaIndikator = (s: SubDimensi) => ({ ...s, indikator: [] });
  banding(
    "Sub-dimensi",
    nasional.subDimensi.map(tanpaIndikator),
    kandidat.subDimensi.map(tanpaIndikator),
    (x) => x.kode,
  );
  for (const s of nasional.subDimensi) {
    const padanan = kandidat.subDimensi.find((x) => x.kode === s.kode);
    if (padanan) banding("Indikator", s.indikator, padanan.indikator, (x) => x.kode);
  }
  return out;
}
