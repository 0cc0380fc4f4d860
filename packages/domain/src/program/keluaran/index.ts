import type { Pemeriksaan } from "../galat.ts";
import type { KodeLangkahPersiapan } from "../tahapan.ts";
import { periksaAgenPerubahan } from "./agen-perubahan.ts";
import { periksaAsesmenAwal } from "./asesmen.ts";
import { periksaDeklarasi } from "./deklarasi.ts";
import { periksaRencanaAksi } from "./rencana-aksi.ts";
import { periksaRencanaPelatihan } from "./rencana-pelatihan.ts";
import { periksaTimSupervisi } from "./tim-supervisi.ts";
import type { KeluaranPersiapan, KonteksKeluaran } from "./tipe.ts";

export * from "./agen-perubahan.ts";
export * from "./asesmen.ts";
export * from "./deklarasi.ts";
export * from "./rencana-aksi.ts";
export * from "./rencana-pelatihan.ts";
export * from "./tim-supervisi.ts";
export * from "./tipe.ts";

/** The check of each preparation step's output (Tabel 3 kolom "Keluaran"). */
export const PEMERIKSA_KELUARAN: {
  [K in KodeLangkahPersiapan]: (k: KeluaranPersiapan[K], ks: KonteksKeluaran) => Pemeriksaan;
} = {
  pembentukan_tim: periksaTimSupervisi,
  deklarasi_komitmen: periksaDeklarasi,
  asesmen_awal: periksaAsesmenAwal,
  rencana_aksi: periksaRencanaAksi,
  rencana_pelatihan: periksaRencanaPelatihan,
  agen_perubahan: periksaAgenPerubahan,
};
