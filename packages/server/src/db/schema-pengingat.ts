import type { ColumnType } from "kysely";

/** Kysely types of the notification preferences and reminders (migration 0091_pengingat.ts). */
type Dibuat = ColumnType<Date, Date | string | undefined, never>;
type Waktu = ColumnType<Date, Date | string | undefined, Date | string>;

export interface PreferensiNotifikasiTable {
  instansi_id: string;
  pengguna_id: string;
  kelompok: string;
  dalam_aplikasi: boolean;
  email: boolean;
  ringkasan_harian: boolean;
  diubah: Waktu;
}

export interface PengingatTerkirimTable {
  instansi_id: string;
  pengguna_id: string;
  kunci: string;
  tanggal: string;
  dikirim: Dibuat;
}

export interface TabelPengingat {
  preferensi_notifikasi: PreferensiNotifikasiTable;
  pengingat_terkirim: PengingatTerkirimTable;
}
