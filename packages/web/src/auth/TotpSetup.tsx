import { Alert, Anchor, Button, Code, CopyButton, Group, Stack, Text, TextInput } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../api/client.ts";
import { ErrorAlert } from "../components/ErrorAlert.tsx";
import { beritahuBerhasil } from "../lib/notifikasi.ts";
import { SESI_KEY } from "./session.tsx";

/** Two steps: get a secret (`/totp/setup`), then prove the authenticator works (`/totp/aktifkan`). */
export function TotpSetup({ aktif }: { aktif: boolean }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [kode, setKode] = useState("");
  const siapkan = useMutation({
    mutationFn: () => api<{ secret: string; otpauthUrl: string }>("/api/auth/totp/setup", { method: "POST" }),
  });
  const aktifkan = useMutation({
    mutationFn: () => api<void>("/api/auth/totp/aktifkan", { method: "POST", body: { kode } }),
    onSuccess: async () => {
      beritahuBerhasil(t("totp.berhasil"));
      siapkan.reset();
      setKode("");
      await qc.invalidateQueries({ queryKey: SESI_KEY });
    },
  });

  function kirim(e: FormEvent) {
    e.preventDefault();
    aktifkan.mutate();
  }

  if (!siapkan.data) {
    return (
      <Stack maw={520} align="flex-start">
        <Text>{aktif ? t("totp.sudahAktif") : t("totp.belumAktif")}</Text>
        <ErrorAlert error={siapkan.error} />
        <Button
          onClick={() => siapkan.mutate()}
          loading={siapkan.isPending}
          variant={aktif ? "default" : "filled"}
        >
          {aktif ? t("totp.aturUlang") : t("totp.mulai")}
        </Button>
      </Stack>
    );
  }
  const { secret, otpauthUrl } = siapkan.data;
  return (
    <form onSubmit={kirim} noValidate>
      <Stack maw={520}>
        <Alert color="biruNegara" variant="light">
          {t("totp.petunjuk")}
        </Alert>
        <div>
          <Text size="sm" fw={600} id="totp-rahasia">
            {t("totp.rahasia")}
          </Text>
          <Group gap="xs">
            <Code
              role="group"
              aria-labelledby="totp-rahasia"
              style={{ fontSize: "1rem", letterSpacing: "0.1em" }}
            >
              {secret}
            </Code>
            <CopyButton value={secret}>
              {({ copied, copy }) => (
                <Button size="xs" variant="default" onClick={copy}>
                  {copied ? t("umum.tersalin") : t("umum.salin")}
                </Button>
              )}
            </CopyButton>
          </Group>
          <Anchor href={otpauthUrl} size="sm">
            {t("totp.bukaAplikasi")}
          </Anchor>
        </div>
        <ErrorAlert error={aktifkan.error} />
        <TextInput
          label={t("totp.kode")}
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={6}
          required
          value={kode}
          onChange={(e) => setKode(e.currentTarget.value.replace(/\D/g, ""))}
        />
        <Group>
          <Button type="submit" loading={aktifkan.isPending}>
            {t("totp.aktifkan")}
          </Button>
          <Button variant="default" onClick={() => siapkan.reset()}>
            {t("umum.batal")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
