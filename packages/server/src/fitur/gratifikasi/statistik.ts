/** Counts of the gratification register without names (the synergy panel, docs/gratifikasi.md). */

import { tenggatGratifikasi } from "@nurani/domain";
import { sql, type Transaction } from "kysely";
import type { Database } from "../../db/schema.ts";
import { kMinimum } from "../disiplin/index.ts";
import { batasTerimaPeringatan, hariIniDi, muatLibur } from "./kueri.ts";

export async function statistikGratifikasi(db: Transaction<Database>, instansiId: string) {
  const rows = await db
    .selectFrom("gratifikasi")
    .select(["jenis", "status", "tanggal_terima", "tanggal_lapor"])
    .where("instansi_id", "=", instansiId)
    .execute();
  const [hariIni, libur] = [await hariIniDi(db, instansiId), await muatLibur(db)];
  const batasPeringatan = batasTerimaPeringatan(hariIni, libur);
  let tepat = 0;
  let hampir = 0;
  const perStatus: Record<string, number> = {};
  for (const r of rows) {
    if (r.tanggal_lapor <= tenggatGratifikasi(r.tanggal_terima, r.tanggal_terima, libur).batas) tepat += 1;
    if (r.status === "dilaporkan" && r.jenis === "diterima" && r.tanggal_terima <= batasPeringatan)
      hampir += 1;
    perStatus[r.status] = (perStatus[r.status] ?? 0) + 1;
  }
  const perBulan = await db
    .selectFrom("gratifikasi")
    .where("instansi_id", "=", instansiId)
    .select([
      sql<string>`to_char(tanggal_terima, 'YYYY-MM')`.as("bulan"),
      sql<number>`count(*)::int`.as("jumlah"),
    ])
    .groupBy(sql`1`)
    .orderBy(sql`1`)
    .execute();
  return {
    jumlah: rows.length,
    diterima: rows.filter((r) => r.jenis === "diterima").length,
    ditolak: rows.filter((r) => r.jenis === "ditolak").length,
    tepatWaktu: tepat,
    // a share of fewer than k reports describes their reporters (docs/sinergi.md): counts only
    persenTepatWaktu:
      rows.length === 0 || rows.length < (await kMinimum(db, instansiId))
        ? null
        : Math.round((1000 * tepat) / rows.length) / 10,
    hampirJatuhTempo: hampir,
    perStatus,
    perBulan,
  };
}
