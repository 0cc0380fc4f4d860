/** Query keys and shapes of the evaluation pages (typed from the API contract). */
import type { HasilSkorLke, IsiLke } from "@nurani/domain";
import type { Jawaban } from "../../api/klien.ts";

export type Periode = Jawaban<"/api/evaluasi/periode">[number];
export type LembarApi = Jawaban<"/api/instansi/{instansiId}/evaluasi/periode/{periodeId}/lembar">;
export type Rekomendasi = Jawaban<"/api/instansi/{instansiId}/evaluasi/rekomendasi">[number];
export type Posisi = Jawaban<"/api/instansi/{instansiId}/evaluasi/periode/{periodeId}/posisi">;

/** The worksheet with its content and scores in the domain's types. */
export type Lembar = Omit<LembarApi, "isi" | "skor" | "skorMandiri"> & {
  isi: IsiLke;
  skor: HasilSkorLke;
  skorMandiri: HasilSkorLke;
};

export const kunciEvaluasi = {
  semua: ["evaluasi"] as const,
  periode: () => ["evaluasi", "periode"] as const,
  antrean: (periodeId: string, page: number) => ["evaluasi", "antrean", periodeId, page] as const,
  peringkat: (periodeId: string) => ["evaluasi", "peringkat", periodeId] as const,
  periodeInstansi: (instansiId: string) => ["evaluasi", "instansi", instansiId, "periode"] as const,
  lembar: (instansiId: string, periodeId: string) =>
    ["evaluasi", "instansi", instansiId, "lembar", periodeId] as const,
  rekomendasi: (instansiId: string) => ["evaluasi", "instansi", instansiId, "rekomendasi"] as const,
  posisi: (instansiId: string, periodeId: string) =>
    ["evaluasi", "instansi", instansiId, "posisi", periodeId] as const,
};

/** Number with Indonesian/English decimals. */
export const angka = (x: number, bahasa: string, digit = 2) =>
  x.toLocaleString(bahasa === "en" ? "en-GB" : "id-ID", { maximumFractionDigits: digit });
