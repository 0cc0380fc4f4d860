import type { ColumnType, Generated } from "kysely";

/** Kysely types of the individual development plan tables (migration 0034_rencana.ts). */
type Dibuat = ColumnType<Date, Date | string | undefined, never>;
type Waktu = ColumnType<Date, Date | string | undefined, Date | string>;
type WaktuOpsional = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type TanggalOpsional = ColumnType<string | null, string | null | undefined, string | null>;

export interface RencanaIndividuTable {
  instansi_id: string;
  pegawai_id: string;
  subtahap: number;
  ditetapkan_oleh: string | null;
  diubah: Waktu;
}

export interface KegiatanRencanaTable {
  instansi_id: string;
  id: Generated<string>;
  pegawai_id: string;
  jenis: "modul" | "penugasan_terbimbing";
  kode_templat: string | null;
  judul: string;
  pembimbing_id: string | null;
  tenggat: TanggalOpsional;
  status: ColumnType<"rencana" | "berjalan" | "selesai", "rencana" | "berjalan" | "selesai" | undefined>;
  dibuat_oleh: string | null;
  dibuat: Dibuat;
}

export interface KriteriaIndividuTable {
  instansi_id: string;
  pegawai_id: string;
  kode_item: string;
  dicentang: Waktu;
  dikonfirmasi_oleh: string | null;
  dikonfirmasi: WaktuOpsional;
}

export interface TabelRencana {
  rencana_individu: RencanaIndividuTable;
  kegiatan_rencana: KegiatanRencanaTable;
  kriteria_individu: KriteriaIndividuTable;
}
