import type { ColumnType, Generated } from "kysely";

type Opsional<T> = ColumnType<T | null, T | null | undefined, T | null>;

/** Tables of accounts, login and notifications (migrations 0005, 0051 and 0090). */
export interface TabelAkun {
  batas_login: BatasLoginTable;
  notifikasi: NotifikasiTable;
}

/** Failure counters of usernames and client addresses (docs/server.md "Login protection"). */
export interface BatasLoginTable {
  kunci: string;
  gagal: number;
  mulai: Date;
  tunggu_sampai: Date | null;
}

/** One message to one user (docs/server.md "Notifications"). */
export interface NotifikasiTable {
  instansi_id: string;
  id: Generated<string>;
  pengguna_id: string;
  /** What happened, e.g. `sebutan`, `balasan`, `akun.ditautkan`, `password.direset`. */
  jenis: string;
  judul: string;
  isi: Opsional<string>;
  tautan: Opsional<string>;
  dibaca: Opsional<Date>;
  dibuat: ColumnType<Date, Date | string | undefined, never>;
}
