import { Alert } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ApiError } from "../api/client.ts";

/** Message to show for any error: the server's own (already translated) message when there is one. */
export function useErrorMessage() {
  const { t } = useTranslation();
  return (e: unknown): string => {
    if (e instanceof ApiError) {
      if (e.code === "JARINGAN") return t("galat.jaringan");
      return e.message || t("galat.umum");
    }
    return t("galat.umum");
  };
}

export function ErrorAlert({ error, title }: { error: unknown; title?: string }) {
  const { t } = useTranslation();
  const pesan = useErrorMessage();
  if (!error) return null;
  return (
    <Alert color="red" variant="light" title={title ?? t("galat.judul")} role="alert">
      {pesan(error)}
    </Alert>
  );
}
