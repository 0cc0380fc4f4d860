/** Types of the national area's API (from the typed contract) and the names the pages show. */
import { DEFINISI_JENIS_INSTANSI, JENIS_INSTANSI, type JenisInstansi, PROVINSI } from "@nurani/domain";
import type { Jawaban } from "../../api/klien.ts";

export type BarisDasbor = Jawaban<"/api/nasional/instansi">["items"][number];
export type Sebaran = Jawaban<"/api/nasional/sebaran">;

export const namaJenis = (j: string, b: string) =>
  DEFINISI_JENIS_INSTANSI[j as JenisInstansi]?.nama[b === "en" ? "en" : "id"] ?? j;

export const opsiJenis = (b: string) => JENIS_INSTANSI.map((j) => ({ value: j, label: namaJenis(j, b) }));

export const namaProvinsiWeb = (kode: string | null, b: string) => {
  const p = PROVINSI.find((x) => x.kode === kode);
  return p ? (b === "en" ? p.en : p.nama) : "—";
};

export const opsiProvinsi = (b: string) =>
  PROVINSI.map((p) => ({ value: p.kode, label: `${p.kode} ${b === "en" ? p.en : p.nama}` }));

export const angka1 = (x: number, b: string) =>
  x.toLocaleString(b === "en" ? "en" : "id", { maximumFractionDigits: 1, minimumFractionDigits: 1 });
