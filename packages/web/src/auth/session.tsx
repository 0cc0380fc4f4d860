import { useQuery, useQueryClient } from "@tanstack/react-query";
import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from "react";
import { ApiError, api, setCsrfToken } from "../api/client.ts";
import type { Instansi, Peran, PeranDiInstansi, Sesi } from "../api/types.ts";

const KUNCI_INSTANSI = "nurani.instansi";

export interface InstansiSaya {
  id: string;
  kode: string;
  nama: string;
  peran: Peran[];
  /** The user is an employee (has a pegawai record) of this instansi. */
  pegawai: boolean;
}

interface SessionValue {
  sesi: Sesi;
  daftarInstansi: InstansiSaya[];
  instansi: InstansiSaya;
  pilihInstansi: (id: string) => void;
  punya: (...peran: Peran[]) => boolean;
  keluar: () => Promise<void>;
}

const SessionContext = createContext<SessionValue | null>(null);

export function useSession(): SessionValue {
  const v = useContext(SessionContext);
  if (!v) throw new Error("useSession outside SessionProvider");
  return v;
}

/** The session where there is one (a page that also opens without login, e.g. the test by token), else null. */
export function useSessionOpsional(): SessionValue | null {
  return useContext(SessionContext);
}

/** Groups the user's roles by instansi, in the order the server gave them. */
export function kelompokkanPeran(peran: PeranDiInstansi[], pegawaiInstansiId: string | null): InstansiSaya[] {
  const map = new Map<string, InstansiSaya>();
  for (const p of peran) {
    const item = map.get(p.instansiId) ?? {
      id: p.instansiId,
      kode: p.instansiKode,
      nama: p.instansiNama,
      peran: [],
      pegawai: p.instansiId === pegawaiInstansiId,
    };
    if (!item.peran.includes(p.peran)) item.peran.push(p.peran);
    map.set(p.instansiId, item);
  }
  return [...map.values()];
}

function instansiTersimpan(): string | null {
  try {
    return localStorage.getItem(KUNCI_INSTANSI);
  } catch {
    return null;
  }
}

export const SESI_KEY = ["auth", "me"] as const;

/** Fetches `/api/auth/me`; `null` means "not logged in". */
export function useSesiQuery() {
  return useQuery({
    queryKey: SESI_KEY,
    queryFn: async () => {
      try {
        const s = await api<Sesi>("/api/auth/me");
        setCsrfToken(s.csrfToken);
        return s;
      } catch (e) {
        if (e instanceof ApiError && e.status === 401) {
          setCsrfToken(null);
          return null;
        }
        throw e;
      }
    },
    staleTime: 5 * 60_000,
  });
}

export function SessionProvider({ sesi, children }: { sesi: Sesi; children: ReactNode }) {
  const qc = useQueryClient();
  // the national evaluator may look at every instansi (docs/api.md "Tenancy"), read-only where routes allow
  const evaluator = sesi.peran.some((p) => p.peran === "evaluator_nasional");
  const semuaInstansi = useQuery({
    queryKey: ["semua-instansi"],
    queryFn: () => api<Instansi[]>("/api/instansi"),
    enabled: evaluator,
    staleTime: 10 * 60_000,
  });
  const daftarInstansi = useMemo(() => {
    const milik = kelompokkanPeran(sesi.peran, sesi.user.pegawaiInstansiId);
    const lain = (semuaInstansi.data ?? [])
      .filter((i) => !milik.some((m) => m.id === i.id))
      .map(
        (i): InstansiSaya => ({
          id: i.id,
          kode: i.kode,
          nama: i.nama,
          peran: ["evaluator_nasional"],
          pegawai: false,
        }),
      );
    return [...milik, ...lain];
  }, [sesi.peran, sesi.user.pegawaiInstansiId, semuaInstansi.data]);
  const [pilihan, setPilihan] = useState<string | null>(instansiTersimpan);

  const instansi = daftarInstansi.find((i) => i.id === pilihan) ?? daftarInstansi[0];

  const pilihInstansi = useCallback(
    (id: string) => {
      try {
        localStorage.setItem(KUNCI_INSTANSI, id);
      } catch {
        // remembered for this tab only
      }
      setPilihan(id);
      qc.removeQueries({ predicate: (q) => q.queryKey[0] === "instansi" });
    },
    [qc],
  );

  const keluar = useCallback(async () => {
    try {
      await api("/api/auth/logout", { method: "POST" });
    } finally {
      setCsrfToken(null);
      qc.clear();
      qc.setQueryData(SESI_KEY, null);
    }
  }, [qc]);

  const value = useMemo<SessionValue | null>(
    () =>
      instansi
        ? {
            sesi,
            daftarInstansi,
            instansi,
            pilihInstansi,
            punya: (...peran) => peran.some((p) => instansi.peran.includes(p)),
            keluar,
          }
        : null,
    [sesi, daftarInstansi, instansi, pilihInstansi, keluar],
  );
  if (!value) return <>{children}</>;
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}
