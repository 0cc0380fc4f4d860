/**
 * Demo: an expert panel of 5 on the built-in national bank, every statement
 * rated, so the results page shows CVR values on first start
 * (docs/panel-ahli.md). The panel stays open: its simulated desirability must
 * not reach the form builder (only a closed panel does). The experts have no
 * code (they are done); a new expert can be invited from the page.
 */
import type { Pernyataan } from "@nurani/domain";
import type { Db } from "../db/factory.ts";
import { bukaPanel } from "../fitur/bank-butir/index.ts";
import { Acak } from "./acak.ts";

/** Statements the writer would put first in front of the panel (docs/item-bank.md): rated less essential. */
const DIRAGUKAN = new Set(["KD4-07", "KM3-07", "KD2-10"]);

export async function seedPanelAhliDemo(trx: Db) {
  const v = await trx
    .selectFrom("bank_butir_versi")
    .select("id")
    .where("bawaan", "=", true)
    .executeTakeFirstOrThrow();
  const panel = await bukaPanel(trx, v.id, "Panel validasi isi bank nasional 2026 (demo)", null);
  const ps = await trx
    .selectFrom("bank_butir_pernyataan")
    .select(["id", "isi"])
    .where("versi_id", "=", v.id)
    .orderBy("urutan")
    .execute();
  const acak = new Acak(6020);
  for (let a = 1; a <= 5; a++) {
    const ahli = await trx
      .insertInto("bank_butir_panel_ahli")
      .values({ panel_id: panel.id, nama: `Ahli ${a} (demo)`, masuk: new Date() })
      .returning("id")
      .executeTakeFirstOrThrow();
    await trx
      .insertInto("bank_butir_panel_nilai")
      .values(
        ps.map((p) => {
          const isi = p.isi as Pernyataan;
          const esensial = DIRAGUKAN.has(p.id) ? 0.45 : 0.96;
          const r = acak.next();
          const ks = Math.round(isi.keinginanSosial + (acak.next() + acak.next() - 1) * 1.2);
          return {
            ahli_id: ahli.id,
            panel_id: panel.id,
            pernyataan_id: p.id,
            relevansi:
              r < esensial
                ? ("esensial" as const)
                : r < 0.97
                  ? ("berguna" as const)
                  : ("tidak_perlu" as const),
            keinginan_sosial: Math.min(5, Math.max(1, ks)),
          };
        }),
      )
      .execute();
  }
}
