import { Alert, Button, Divider, Paper, PasswordInput, Stack, Text, TextInput, Title } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError, api, setCsrfToken } from "../api/client.ts";
import type { Sesi } from "../api/types.ts";
import { useErrorMessage } from "../components/ErrorAlert.tsx";
import { KerangkaPublik } from "../shell/Kerangka.tsx";
import { SESI_KEY } from "./session.tsx";

/** Title shown above the server's message for the login refusals docs/api.md lists. */
const JUDUL_GALAT: Record<string, string> = {
  LOGIN_GAGAL: "login.galat.gagal",
  AKUN_TERKUNCI: "login.galat.terkunci",
  TERLALU_BANYAK: "login.galat.terlaluBanyak",
  TOTP_SALAH: "login.galat.totpSalah",
};

export function LoginPage() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const pesan = useErrorMessage();
  const [username, setUsername] = useState("");
  const [password, setPassword] = useState("");
  const [totp, setTotp] = useState("");
  const [perluTotp, setPerluTotp] = useState(false);
  const [kosong, setKosong] = useState(false);
  const totpRef = useRef<HTMLInputElement>(null);
  const config = useQuery({
    queryKey: ["auth", "config"],
    queryFn: () => api<{ oidc: boolean }>("/api/auth/config"),
    staleTime: Number.POSITIVE_INFINITY,
  });
  // the OIDC callback sends failures back as /login?sso=KODE (SSO_GAGAL, SSO_TIDAK_DIKENAL…)
  const ssoKode = new URLSearchParams(window.location.search).get("sso");
  const ssoGalat = ssoKode
    ? t(`login.sso_galat.${ssoKode}`, { defaultValue: t("login.sso_galat.SSO_GAGAL") })
    : null;

  const login = useMutation({
    mutationFn: () =>
      api<Sesi>("/api/auth/login", {
        method: "POST",
        body: perluTotp ? { username, password, totp } : { username, password },
      }),
    onSuccess: (sesi) => {
      setCsrfToken(sesi.csrfToken);
      qc.setQueryData(SESI_KEY, sesi);
    },
    onError: (e) => {
      if (e instanceof ApiError && e.code === "TOTP_DIPERLUKAN") setPerluTotp(true);
    },
  });

  useEffect(() => {
    if (perluTotp) totpRef.current?.focus();
  }, [perluTotp]);

  const galat = login.error;
  const galatTotpDiminta = galat instanceof ApiError && galat.code === "TOTP_DIPERLUKAN";

  function kirim(e: FormEvent) {
    e.preventDefault();
    // an empty form is marked at its fields, without asking the server
    if (!username.trim() || !password) return setKosong(true);
    setKosong(false);
    login.mutate();
  }

  return (
    <KerangkaPublik>
      <Paper withBorder shadow="xs" p="xl" maw={420} mx="auto" radius="md">
        <form onSubmit={kirim} noValidate aria-labelledby="judul-login">
          <Stack>
            <div>
              <Title order={2} id="judul-login">
                {t("login.judul")}
              </Title>
              <Text size="sm" c="dimmed">
                {t("login.subjudul")}
              </Text>
            </div>
            {ssoGalat && (
              <Alert color="red" role="alert" title={t("login.galat.sso")}>
                {ssoGalat}
              </Alert>
            )}
            {galat && !galatTotpDiminta && (
              <Alert
                color="red"
                role="alert"
                title={
                  galat instanceof ApiError && JUDUL_GALAT[galat.code]
                    ? t(JUDUL_GALAT[galat.code])
                    : t("login.galat.umum")
                }
              >
                {pesan(galat)}
              </Alert>
            )}
            <TextInput
              label={t("login.username")}
              name="username"
              autoComplete="username"
              required
              value={username}
              onChange={(e) => setUsername(e.currentTarget.value)}
              error={kosong && !username.trim() ? t("login.usernameKosong") : undefined}
              disabled={perluTotp}
            />
            <PasswordInput
              label={t("login.password")}
              name="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
              error={kosong && !password ? t("login.passwordKosong") : undefined}
              disabled={perluTotp}
            />
            {perluTotp && (
              <>
                <Alert color="biruNegara" variant="light">
                  {t("login.totpPetunjuk")}
                </Alert>
                <TextInput
                  ref={totpRef}
                  label={t("login.totp")}
                  name="totp"
                  inputMode="numeric"
                  autoComplete="one-time-code"
                  maxLength={6}
                  required
                  value={totp}
                  onChange={(e) => setTotp(e.currentTarget.value.replace(/\D/g, ""))}
                />
              </>
            )}
            <Button type="submit" loading={login.isPending} fullWidth>
              {t("login.masuk")}
            </Button>
            {perluTotp && (
              <Button
                variant="subtle"
                onClick={() => {
                  setPerluTotp(false);
                  setTotp("");
                  login.reset();
                }}
              >
                {t("login.kembali")}
              </Button>
            )}
            {config.data?.oidc && (
              <>
                <Divider label={t("login.atau")} labelPosition="center" />
                <Button component="a" href="/api/auth/oidc/start" variant="outline" fullWidth>
                  {t("login.sso")}
                </Button>
              </>
            )}
          </Stack>
        </form>
      </Paper>
    </KerangkaPublik>
  );
}
