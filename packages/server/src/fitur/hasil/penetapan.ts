/**
 * National standard setting (docs/norma-batas.md "National standard setting";
 * BAB II.D: the four levels Kesadaran, Pemahaman, Penerimaan, Kepemilikan, which
 * the regulation describes but gives no score for). A national evaluator opens
 * a session for a form and the parameter version in force; every national
 * evaluator taking part as a judge sets, independently, the three cuts between
 * the levels on the integrity θ scale (a modified bookmark judgement: the
 * screen shows, for a θ, the share of the reference below it and its derajat);
 * one evaluator proposes the combination (mean or median, each cut's SE across
 * judges SD/√n and the spread; domain `gabungBatasHakim`); another publishes it
 * (four eyes, as the item bank and the LKE worksheet: docs/item-bank.md "Four
 * eyes"). Published cuts replace the reference default for every agency that
 * has not adopted its own (skor.ts `batasBerlaku`), for scores of that
 * parameter version; a later version needs a new session.
 */
import {
  type BatasGabungan,
  type BatasLevel,
  type CaraGabung,
  gabungBatasHakim,
  PenilaianError,
} from "@nurani/domain";
import type { Db } from "./bersama.ts";
import { galat } from "./pesan.ts";

export interface HasilSesi extends BatasGabungan {
  /** Each judge's cuts, in no order and without names (the spread is the point, not who). */
  hakim: [number, number, number][];
}

/** The cuts of the newest published session for this form and parameter version, in the shape scoring uses. */
export async function batasNasionalTerbit(
  db: Db,
  formulirId: string,
  versi: string,
): Promise<{ versi: string; batas: BatasLevel } | null> {
  const r = await db
    .selectFrom("sesi_batas_nasional")
    .select(["nomor", "judul", "hasil"])
    .where("formulir_id", "=", formulirId)
    .where("versi_parameter", "=", versi)
    .where("status", "=", "terbit")
    .orderBy("diterbitkan", "desc")
    .limit(1)
    .executeTakeFirst();
  if (!r?.hasil) return null;
  const h = (typeof r.hasil === "string" ? JSON.parse(r.hasil) : r.hasil) as HasilSesi;
  return {
    versi: `nasional-${r.nomor}`,
    batas: {
      skala: "theta",
      batas: h.batas,
      metode: `penetapan batas nasional: ${r.judul} (${h.n} penilai, ${h.cara === "median" ? "median" : "rata-rata"})`,
    },
  };
}

export async function bacaSesi(db: Db, id: string) {
  const s = await db.selectFrom("sesi_batas_nasional").selectAll().where("id", "=", id).executeTakeFirst();
  if (!s) throw galat(404, "SESI_TIDAK_ADA");
  return s;
}

export async function batasHakim(db: Db, sesiId: string) {
  return db
    .selectFrom("sesi_batas_hakim")
    .select(["pengguna_id", "batas", "catatan", "diubah"])
    .where("sesi_id", "=", sesiId)
    .orderBy("diubah")
    .execute();
}

/** The combination of the judges' cuts so far (null below two judges). */
export function gabung(batas: number[][], cara: CaraGabung): HasilSesi | null {
  if (batas.length < 2) return null;
  const hakim = batas.map((b) => [b[0], b[1], b[2]] as [number, number, number]);
  try {
    return { ...gabungBatasHakim(hakim, cara), hakim };
  } catch (e) {
    if (e instanceof PenilaianError) throw galat(400, "BATAS_TIDAK_VALID", { alasan: e.message });
    throw e;
  }
}
