import type { ColumnType } from "kysely";

/** Kysely types of the subscribable calendar (migration 0110_kalender_langganan.ts). */
export interface LanggananKalenderTable {
  instansi_id: string;
  pengguna_id: string;
  token_hash: string;
  dibuat: ColumnType<Date, Date | string | undefined, Date | string>;
}

export interface TabelKalender {
  langganan_kalender: LanggananKalenderTable;
}
