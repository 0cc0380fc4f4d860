import { Button, Group, Modal, Stack, Text } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "./ErrorAlert.tsx";

/** A confirmation dialog: nothing happens until the user presses the confirm button. */
export function Konfirmasi({
  opened,
  judul,
  pesan,
  labelYa,
  warna = "red.9",
  sedang,
  error,
  onYa,
  onBatal,
}: {
  opened: boolean;
  judul: string;
  pesan: ReactNode;
  labelYa: string;
  warna?: string;
  sedang?: boolean;
  error?: unknown;
  onYa: () => void;
  onBatal: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      closeButtonProps={{ "aria-label": t("umum.tutup") }}
      opened={opened}
      onClose={onBatal}
      title={judul}
      centered
    >
      <Stack>
        <Text>{pesan}</Text>
        <ErrorAlert error={error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onBatal}>
            {t("umum.batal")}
          </Button>
          <Button color={warna} loading={sedang} onClick={onYa}>
            {labelYa}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
