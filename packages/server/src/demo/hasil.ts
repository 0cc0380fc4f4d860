/**
 * Demo results (docs/hasil.md "Who sees what"): scores the demo agency's
 * closed initial campaign (demo/asesmen.ts) with the provisional national
 * reference and releases it, so the demo employee, leader and supervision
 * team logins see a profile, the Peta Asesmen and the index at once.
 * Flagged patterns are left "menunggu" for the review screen. Does nothing
 * when the campaign is absent or already scored.
 */
import type { Db } from "../db/factory.ts";
import { skorKampanye } from "../fitur/hasil/index.ts";
import { NAMA_KAMPANYE_AWAL } from "./asesmen.ts";

export interface RingkasanHasilDemo {
  kampanyeId: string | null;
  dinilai: number;
  ditandai: number;
  sudahAda: boolean;
}

/** Scores the demo's initial campaign and releases its results on `hariIni` (the seed's "today"). */
export async function seedHasilDemo(
  db: Db,
  instansiId: string,
  hariIni: Date = new Date(),
): Promise<RingkasanHasilDemo> {
  const k = await db
    .selectFrom("kampanye_asesmen")
    .select(["id", "hasil_dirilis"])
    .where("instansi_id", "=", instansiId)
    .where("nama", "=", NAMA_KAMPANYE_AWAL)
    .executeTakeFirst();
  if (!k) return { kampanyeId: null, dinilai: 0, ditandai: 0, sudahAda: false };
  const ada = await db
    .selectFrom("skor_asesmen")
    .select("peserta_id")
    .where("instansi_id", "=", instansiId)
    .where("kampanye_id", "=", k.id)
    .limit(1)
    .executeTakeFirst();
  if (ada) return { kampanyeId: k.id, dinilai: 0, ditandai: 0, sudahAda: true };
  const r = await skorKampanye(db, instansiId, k.id);
  await db
    .updateTable("kampanye_asesmen")
    .set({ hasil_dirilis: hariIni, diubah: hariIni })
    .where("instansi_id", "=", instansiId)
    .where("id", "=", k.id)
    .execute();
  return { kampanyeId: k.id, dinilai: r.dinilai, ditandai: r.ditandai, sudahAda: false };
}
