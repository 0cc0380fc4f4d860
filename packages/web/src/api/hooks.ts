import { useQuery } from "@tanstack/react-query";
import { api } from "./client.ts";
import { isi, klien } from "./klien.ts";
import type { Instansi } from "./types.ts";

/** Query keys of everything owned by an instansi start with ["instansi", id] (cleared on switch). */
export const kunci = {
  instansi: (iid: string) => ["instansi", iid] as const,
  unit: (iid: string) => ["instansi", iid, "unit"] as const,
  pegawai: (iid: string) => ["instansi", iid, "pegawai"] as const,
  pengguna: (iid: string) => ["instansi", iid, "pengguna"] as const,
  audit: (iid: string) => ["instansi", iid, "audit"] as const,
};

export function useInstansi(iid: string) {
  return useQuery({ queryKey: kunci.instansi(iid), queryFn: () => api<Instansi>(`/api/instansi/${iid}`) });
}

export function useUnitList(iid: string) {
  return useQuery({
    queryKey: kunci.unit(iid),
    queryFn: () =>
      isi(klien.GET("/api/instansi/{instansiId}/unit", { params: { path: { instansiId: iid } } })),
  });
}
