import { Badge, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { GantiPasswordForm } from "../auth/GantiPassword.tsx";
import { useSession } from "../auth/session.tsx";
import { TotpSetup } from "../auth/TotpSetup.tsx";
import { PERAN_ADMIN } from "../shell/navigasi.ts";

export function AkunPage() {
  const { t } = useTranslation();
  const { sesi, daftarInstansi } = useSession();
  const admin = daftarInstansi.some((i) => i.peran.some((p) => PERAN_ADMIN.includes(p)));
  return (
    <Stack gap="lg">
      <Title order={2}>{t("akun.judul")}</Title>
      <Paper withBorder p="md">
        <Stack gap={4}>
          <Text fw={600}>{sesi.user.nama}</Text>
          <Text size="sm" c="dimmed">
            {t("akun.username")}: {sesi.user.username}
          </Text>
          {daftarInstansi.map((i) => (
            <Group key={i.id} gap="xs">
              <Text size="sm">{i.nama}:</Text>
              {i.peran.map((p) => (
                <Badge key={p} variant="light" size="sm">
                  {t(`peran.${p}`)}
                </Badge>
              ))}
            </Group>
          ))}
        </Stack>
      </Paper>
      <section aria-labelledby="judul-password">
        <Title order={3} id="judul-password" mb="sm">
          {t("password.judul")}
        </Title>
        <GantiPasswordForm />
      </section>
      {admin && (
        <section aria-labelledby="judul-totp">
          <Title order={3} id="judul-totp" mb="sm">
            {t("totp.judul")}
          </Title>
          <TotpSetup aktif={sesi.user.totpAktif} />
        </section>
      )}
    </Stack>
  );
}
