/**
 * The consent text a participant agrees to (docs/data-saya.md "Consent"): the
 * campaign's own text (purpose, use) followed by who may see the result,
 * written by @nurani/domain `teksAksesHasil` from ATURAN_BACA_HASIL, the
 * rules the result routes enforce, with the agency's k and retention months.
 */
import { teksAksesHasil } from "@nurani/domain";
import type { Db } from "../../db/factory.ts";
import { kMinimum } from "../../umum/k-minimum.ts";
import { bacaPengaturan } from "./retensi.ts";

const JUDUL = {
  id: "Siapa yang dapat melihat hasil Anda (sesuai aturan akses yang berlaku):",
  en: "Who can see your result (per the access rules in force):",
};

export async function teksPersetujuanBerlaku(
  db: Db,
  instansiId: string,
  teksKampanye: string,
  bahasa: "id" | "en" = "id",
): Promise<string> {
  const k = await kMinimum(db, instansiId);
  const { bulan } = await bacaPengaturan(db, instansiId);
  const akses = teksAksesHasil({
    kMinimum: k,
    retensiBulan: bulan.hasil_asesmen,
    bahasa,
  });
  return `${teksKampanye.trim()}\n\n${JUDUL[bahasa]} ${akses}`;
}
