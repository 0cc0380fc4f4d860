import { Button, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useSession } from "../auth/session.tsx";
import { navigate } from "../lib/router.ts";

/** A page about one's own employee record, opened by an account that has none in this instansi. */
export function KhususPegawai() {
  const { t } = useTranslation();
  const { instansi } = useSession();
  return (
    <Stack align="flex-start">
      <Title order={2}>{t("khususPegawai.judul")}</Title>
      <Text>{t("khususPegawai.pesan", { instansi: instansi.nama })}</Text>
      <Button variant="default" onClick={() => navigate("/")}>
        {t("tidakDitemukan.kembali")}
      </Button>
    </Stack>
  );
}
