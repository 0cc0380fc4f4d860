/**
 * The stage the instrument behind a profile is at (docs/norma-batas.md "The
 * stage of the instrument"), computed from what is stored, never declared:
 *
 * - bank: every statement of the campaign's form (id and text, as the campaign
 *   froze them) was rated by a closed expert panel (docs/panel-ahli.md);
 * - kalibrasi: the score's parameter version was calibrated from real answers
 *   (`sampel.sumber = "kampanye"`), not the simulated reference;
 * - norma: the profile is normed against a group of real scored results (norma.ts);
 * - batas: the cuts the score used came from a published national
 *   standard-setting session (`nasional-<n>`), an agency's own (`instansi-<n>`),
 *   or the reference default (`acuan`).
 *
 * A profile stops being "sementara" only when all four are done: panel,
 * real-data calibration, real-data norms, national cuts.
 */
import { sql } from "kysely";
import type { Db } from "./bersama.ts";

export interface TahapInstrumen {
  bank: "panel" | "draf";
  kalibrasi: "nyata" | "simulasi";
  norma: "nyata" | "simulasi";
  batas: "nasional" | "instansi" | "baku";
  sementara: boolean;
}

/** Statements of the campaign's frozen form not rated by any closed expert panel (same id and text). */
export async function pernyataanBelumDitelaah(
  db: Db,
  instansiId: string,
  kampanyeId: string,
): Promise<number> {
  const r = await sql<{ n: number }>`
    select count(*)::int as n
    from kampanye_asesmen k, jsonb_array_elements(k.formulir->'pernyataan') e
    where k.instansi_id = ${instansiId} and k.id = ${kampanyeId}
      and not exists (
        select 1 from bank_butir_panel_pernyataan pp
        join bank_butir_panel p on p.id = pp.panel_id and p.status = 'selesai'
        where pp.id = e->>'id' and pp.teks = e->>'teks')`.execute(db);
  return r.rows[0]?.n ?? 0;
}

export function tahapInstrumen(o: {
  belumDitelaah: number;
  sumberSampel: string | undefined;
  normaNyata: boolean;
  versiBatas: string | undefined;
}): TahapInstrumen {
  const t = {
    bank: o.belumDitelaah === 0 ? "panel" : "draf",
    kalibrasi: o.sumberSampel === "kampanye" ? "nyata" : "simulasi",
    norma: o.normaNyata ? "nyata" : "simulasi",
    batas: o.versiBatas?.startsWith("nasional-")
      ? "nasional"
      : o.versiBatas?.startsWith("instansi-")
        ? "instansi"
        : "baku",
  } as const;
  return {
    ...t,
    sementara: !(
      t.bank === "panel" &&
      t.kalibrasi === "nyata" &&
      t.norma === "nyata" &&
      t.batas === "nasional"
    ),
  };
}
