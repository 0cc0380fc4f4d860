import type { KodeSubDimensi } from "../../kerangka/faktor.ts";
import type { Keyakinan } from "../../kerangka/keyakinan.ts";
import type { KodeSituasi } from "../situasi.ts";
import type { Kunci, Pernyataan } from "../tipe.ts";

/** Who rated social desirability for the first bank version. */
export const PENILAI_AWAL = "penilaian awal tim pengembang, perlu validasi panel";

const RIWAYAT_AWAL = {
  versi: "1",
  tanggal: "2026-11-28",
  catatan: "Ditulis pertama kali (draf, menunggu telaah panel).",
};

/**
 * Statement maker for one sub-dimension: fixes the sub-dimension and the
 * place of the definition it is written from, so each data line holds only
 * what differs between statements.
 */
export function penulis(subDimensi: KodeSubDimensi, sumberDefinisi: string) {
  return (
    nomor: number,
    kunci: Kunci,
    keinginanSosial: number,
    situasi: KodeSituasi,
    keyakinan: Keyakinan,
    teks: string,
  ): Pernyataan => ({
    id: `${subDimensi}-${String(nomor).padStart(2, "0")}`,
    subDimensi,
    kunci,
    teks,
    keinginanSosial,
    penilaiKeinginanSosial: PENILAI_AWAL,
    situasi,
    keyakinan,
    sumberDefinisi,
    status: "draf",
    riwayat: [RIWAYAT_AWAL],
  });
}
