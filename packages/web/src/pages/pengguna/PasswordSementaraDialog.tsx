import { Alert, Button, Code, CopyButton, Group, Modal, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";

/** Shows a temporary password exactly once: it is not stored in the app and cannot be shown again. */
export function PasswordSementaraDialog({
  pengguna,
  password,
  onTutup,
}: {
  pengguna: string;
  password: string;
  onTutup: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      closeButtonProps={{ "aria-label": t("umum.tutup") }}
      opened
      onClose={onTutup}
      title={t("pengguna.sementaraJudul")}
      centered
      closeOnClickOutside={false}
    >
      <Stack>
        <Text>{t("pengguna.sementaraUntuk", { pengguna })}</Text>
        <Group gap="xs">
          <Code data-testid="password-sementara" style={{ fontSize: "1.1rem", padding: "0.4rem 0.6rem" }}>
            {password}
          </Code>
          <CopyButton value={password}>
            {({ copied, copy }) => (
              <Button size="xs" variant="default" onClick={copy}>
                {copied ? t("umum.tersalin") : t("umum.salin")}
              </Button>
            )}
          </CopyButton>
        </Group>
        <Alert color="yellow" variant="light">
          {t("pengguna.sementaraPeringatan")}
        </Alert>
        <Group justify="flex-end">
          <Button onClick={onTutup}>{t("pengguna.sementaraSelesai")}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
