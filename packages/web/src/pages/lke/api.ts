/** Query keys and shapes of the worksheet (LKE) authoring pages (typed from the API contract). */
import { useQuery } from "@tanstack/react-query";
import { isi, type Jawaban, klien } from "../../api/klien.ts";

export type RingkasanVersi = Jawaban<"/api/evaluasi/lke">["items"][number];
export type VersiPenuh = Jawaban<"/api/evaluasi/lke/{versi}">;
export type Keadaan = RingkasanVersi["keadaan"];

export const kunciLke = {
  semua: ["lke"] as const,
  daftar: (page: number, pageSize: number) => ["lke", "daftar", page, pageSize] as const,
  terbit: () => ["lke", "terbit"] as const,
  versi: (versi: string) => ["lke", "versi", versi] as const,
};

/** "id" or "en": the domain's texts carry both. */
export const bahasaDari = (lng: string): "id" | "en" => (lng.startsWith("en") ? "en" : "id");

/** Published versions, newest (the active one) first: a draft's source, a period's version. */
export function useVersiTerbit() {
  return useQuery({
    queryKey: kunciLke.terbit(),
    queryFn: ({ signal }) =>
      isi(klien.GET("/api/evaluasi/lke", { params: { query: { status: "terbit", pageSize: 200 } }, signal })),
  });
}
