/** Small pieces shared by the komunitas pages: the agency id, dates, the privacy note, a paged query. */
import { Alert } from "@mantine/core";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client.ts";
import type { Halaman } from "../../api/types.ts";
import { useSession } from "../../auth/session.tsx";

export const UKURAN_HALAMAN = 20;

export function useInstansi() {
  const { instansi } = useSession();
  return { id: instansi.id, kode: instansi.kode, peran: instansi.peran as readonly string[] };
}

/** `/api/instansi/<id><p>` */
export function useUrl() {
  const { id } = useInstansi();
  return (p: string) => `/api/instansi/${id}${p}`;
}

export const punya = (peran: readonly string[], ...butuh: string[]) => butuh.some((p) => peran.includes(p));

export function useHalaman<T>(
  kunci: readonly unknown[],
  url: string,
  page: number,
  query: Record<string, string | number | undefined> = {},
  aktif = true,
) {
  return useQuery({
    queryKey: [...kunci, { page, ...query }],
    queryFn: ({ signal }) =>
      api<Halaman<T> & Record<string, unknown>>(url, {
        query: { ...query, page, pageSize: UKURAN_HALAMAN },
        signal,
      }),
    placeholderData: keepPreviousData,
    enabled: aktif,
  });
}

/** A date or date-time in the user's language, Asia/Jakarta. */
export function useTanggal() {
  const { i18n } = useTranslation();
  return (s: string | null, jam = false) => {
    if (!s) return "—";
    const d = s.length === 10 ? new Date(`${s}T00:00:00+07:00`) : new Date(s);
    return d.toLocaleString(i18n.language === "en" ? "en-GB" : "id-ID", {
      timeZone: "Asia/Jakarta",
      dateStyle: "medium",
      ...(jam && { timeStyle: "short" }),
    });
  };
}

export const hariIni = () => new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);

/** An always-visible note saying who can read what on this page. */
export function Privasi({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Alert variant="light" color="blue" title={t("komunitas.privasi.judul")}>
      {children}
    </Alert>
  );
}
