import { Alert, Button, PasswordInput, Stack } from "@mantine/core";
import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError, api } from "../api/client.ts";
import { ErrorAlert } from "../components/ErrorAlert.tsx";
import { beritahuBerhasil } from "../lib/notifikasi.ts";

/** Same minimum as the server's password policy (`KEAMANAN.panjangPasswordMin`). */
const PANJANG_MINIMUM = 10;

/**
 * Password change form (`POST /api/auth/password`). The policy (docs/server.md
 * "Password policy") is the server's: it answers with the reason, shown here.
 */
export function GantiPasswordForm({ onSelesai }: { onSelesai?: () => void }) {
  const { t } = useTranslation();
  const [lama, setLama] = useState("");
  const [baru, setBaru] = useState("");
  const [ulang, setUlang] = useState("");
  const [galatLokal, setGalatLokal] = useState<string | null>(null);
  const ganti = useMutation({
    mutationFn: () =>
      api<void>("/api/auth/password", { method: "POST", body: { passwordLama: lama, passwordBaru: baru } }),
    onSuccess: () => {
      setLama("");
      setBaru("");
      setUlang("");
      beritahuBerhasil(t("password.berhasil"));
      onSelesai?.();
    },
  });

  function kirim(e: FormEvent) {
    e.preventDefault();
    if (baru.length < PANJANG_MINIMUM)
      return setGalatLokal(t("password.terlaluPendek", { n: PANJANG_MINIMUM }));
    if (baru !== ulang) return setGalatLokal(t("password.tidakSama"));
    if (baru === lama) return setGalatLokal(t("password.samaDenganLama"));
    setGalatLokal(null);
    ganti.mutate();
  }

  return (
    <form onSubmit={kirim} noValidate>
      <Stack maw={420}>
        {galatLokal && (
          <Alert color="red" role="alert">
            {galatLokal}
          </Alert>
        )}
        <ErrorAlert
          error={ganti.error}
          title={
            ganti.error instanceof ApiError && ganti.error.code === "PASSWORD_LEMAH"
              ? t("password.ditolak")
              : undefined
          }
        />
        <PasswordInput
          label={t("password.lama")}
          autoComplete="current-password"
          required
          value={lama}
          onChange={(e) => setLama(e.currentTarget.value)}
        />
        <PasswordInput
          label={t("password.baru")}
          description={t("password.aturan", { n: PANJANG_MINIMUM })}
          autoComplete="new-password"
          required
          value={baru}
          onChange={(e) => setBaru(e.currentTarget.value)}
        />
        <PasswordInput
          label={t("password.ulangi")}
          autoComplete="new-password"
          required
          value={ulang}
          onChange={(e) => setUlang(e.currentTarget.value)}
        />
        <Button type="submit" loading={ganti.isPending} style={{ alignSelf: "flex-start" }}>
          {t("password.simpan")}
        </Button>
      </Stack>
    </form>
  );
}
