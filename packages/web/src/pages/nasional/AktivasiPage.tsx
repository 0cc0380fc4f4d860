/** Activation with a printed one-time code: the holder sets their own password (no one else knows it). */
import { Alert, Button, Paper, PasswordInput, Stack, Text, TextInput, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { isi, klien } from "../../api/klien.ts";
import { KartuForm } from "../../components/kit/index.ts";
import { navigate } from "../../lib/router.ts";

interface Nilai {
  kode: string;
  passwordBaru: string;
  ulangi: string;
}

export function AktivasiPage() {
  const { t } = useTranslation();
  const [selesai, setSelesai] = useState<string | null>(null);
  const awal = new URLSearchParams(window.location.search).get("kode") ?? "";
  const form = useForm<Nilai>({
    initialValues: { kode: awal, passwordBaru: "", ulangi: "" },
    validate: {
      kode: (v) => (v.replace(/[^0-9A-Za-z]/g, "").length >= 16 ? null : t("nasional.kodeSalah")),
      passwordBaru: (v) => (v ? null : t("nasional.wajib")),
      ulangi: (v, n) => (v === n.passwordBaru ? null : t("nasional.tidakSama")),
    },
  });
  if (selesai)
    return (
      <Paper withBorder p="xl" maw={480} mx="auto">
        <Stack>
          <Title order={2}>{t("nasional.aktivasiJudul")}</Title>
          <Alert color="green">{t("nasional.aktivasiBerhasil", { username: selesai })}</Alert>
          <Button onClick={() => navigate("/")}>{t("nasional.keLogin")}</Button>
        </Stack>
      </Paper>
    );
  return (
    <Stack maw={480} mx="auto">
      <Text size="sm">{t("nasional.aktivasiPengantar")}</Text>
      <KartuForm
        judul={t("nasional.aktivasiJudul")}
        form={form}
        labelKirim={t("nasional.aktifkan")}
        kirim={(v) =>
          isi(klien.POST("/api/aktivasi", { body: { kode: v.kode.trim(), passwordBaru: v.passwordBaru } }))
        }
        onBerhasil={(r) => setSelesai(r.username)}
      >
        <TextInput
          label={t("nasional.kodeAktivasi")}
          required
          autoComplete="one-time-code"
          {...form.getInputProps("kode")}
        />
        <PasswordInput
          label={t("nasional.passwordBaru")}
          required
          autoComplete="new-password"
          {...form.getInputProps("passwordBaru")}
        />
        <PasswordInput
          label={t("nasional.ulangi")}
          required
          autoComplete="new-password"
          {...form.getInputProps("ulangi")}
        />
      </KartuForm>
    </Stack>
  );
}
