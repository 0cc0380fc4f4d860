/**
 * Small pieces shared by the komunitas pages: the agency id, dates, the
 * privacy note, a paged query, the "new" button that opens a form, a form's
 * cancel button.
 */
import { Alert, Button, Group, Typography } from "@mantine/core";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client.ts";
import type { Halaman } from "../../api/types.ts";
import { useSession } from "../../auth/session.tsx";
import { hariIniDi } from "../../lib/format.ts";
import { useWaktu } from "../../lib/waktu.ts";

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

/** A date, or a date-time (`jam`), in the user's language and the agency's zone (lib/waktu.ts). */
export function useTanggal() {
  const w = useWaktu();
  return (s: string | null, jam = false) => (jam ? w.waktu(s) : w.tanggal(s));
}

/** Today in Indonesia's default zone: the first value of a date field (the user picks the day). */
export const hariIni = () => hariIniDi();

/** An always-visible note saying who can read what on this page. */
export function Privasi({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Alert variant="light" color="blue" title={t("komunitas.privasi.judul")}>
      {children}
    </Alert>
  );
}

/** A `useForm` rule: the field must hold something (text trimmed); the message in the user's language. */
export function useWajib() {
  const { t } = useTranslation();
  return (v: unknown) => {
    const ada = typeof v === "string" ? v.trim() !== "" : Array.isArray(v) ? v.length > 0 : v != null;
    return ada ? null : t("umum.wajibDiisi");
  };
}

/** HTML rendered and sanitised by the server (markdown-it with HTML disabled and a URL allow-list). */
export function IsiHtml({ html }: { html: string }) {
  return (
    <Typography className="teks-bebas">
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: produced by the server's safe Markdown renderer */}
      <div dangerouslySetInnerHTML={{ __html: html }} />
    </Typography>
  );
}

/** A button that opens the form for a new item in its place; the form's `tutup` closes it again. */
export function BukaFormBaru({ label, form }: { label: string; form: (tutup: () => void) => ReactNode }) {
  const [buka, setBuka] = useState(false);
  if (buka) return form(() => setBuka(false));
  return (
    <Group>
      <Button onClick={() => setBuka(true)}>{label}</Button>
    </Group>
  );
}

/** A form's "Batal" button (KartuForm `aksi`). */
export function TombolBatal({ onClick }: { onClick: () => void }) {
  const { t } = useTranslation();
  return (
    <Button variant="default" onClick={onClick}>
      {t("umum.batal")}
    </Button>
  );
}
