import { Button, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { navigate } from "../lib/router.ts";

export function TidakDitemukan() {
  const { t } = useTranslation();
  return (
    <Stack align="flex-start">
      <Title order={2}>{t("tidakDitemukan.judul")}</Title>
      <Text>{t("tidakDitemukan.pesan")}</Text>
      <Button variant="default" onClick={() => navigate("/")}>
        {t("tidakDitemukan.kembali")}
      </Button>
    </Stack>
  );
}
