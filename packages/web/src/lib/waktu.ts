import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../api/client.ts";
import { kunci } from "../api/hooks.ts";
import type { Instansi } from "../api/types.ts";
import { useSessionOpsional } from "../auth/session.tsx";
import {
  akhirHari,
  awalHari,
  dariWaktuDinding,
  formatTanggal,
  formatWaktu,
  hariIniDi,
  keWaktuDinding,
  labelZona,
  ZONA_BAKU,
} from "./format.ts";

/**
 * Dates and times of the current agency, in the user's language: the one
 * way pages show a time (to the minute, with WIB/WITA/WIT) and read a date or
 * date-time input. Without a session (pages opened by token) the default
 * zone, still labelled.
 */
export function useWaktu() {
  const { i18n } = useTranslation();
  const sesi = useSessionOpsional();
  const iid = sesi?.instansi.id ?? "";
  const info = useQuery({
    queryKey: kunci.instansi(iid),
    queryFn: () => api<Instansi>(`/api/instansi/${iid}`),
    enabled: iid !== "",
    staleTime: 10 * 60_000,
  });
  const zona = info.data?.zonaWaktu ?? ZONA_BAKU;
  const bahasa = i18n.language;
  return useMemo(
    () => ({
      zona,
      label: labelZona(zona),
      /** An instant: "7 Des 2026, 18.56 WIB". */
      waktu: (iso: string | null | undefined) => formatWaktu(iso, bahasa, zona),
      /** A calendar day or the day of an instant: "7 Desember 2026". */
      tanggal: (nilai: string | null | undefined) => formatTanggal(nilai, bahasa, zona),
      /** An instant as the value of a date-time input, and back. */
      keInput: (iso: string) => keWaktuDinding(iso, zona),
      dariInput: (nilai: string) => dariWaktuDinding(nilai, zona),
      awalHari: (tanggal: string) => awalHari(tanggal, zona),
      akhirHari: (tanggal: string) => akhirHari(tanggal, zona),
      hariIni: () => hariIniDi(zona),
    }),
    [zona, bahasa],
  );
}
