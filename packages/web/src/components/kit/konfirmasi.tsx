import { Button, Group, Stack, Text } from "@mantine/core";
import { modals } from "@mantine/modals";
import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import i18n from "../../i18n/index.ts";
import { ErrorAlert } from "../ErrorAlert.tsx";

export interface OpsiKonfirmasi {
  judul: string;
  pesan: ReactNode;
  labelYa: string;
  /** A destructive or irreversible action: the confirm button is red. */
  bahaya?: boolean;
  /**
   * Run on confirmation while the dialog shows progress; when it fails the
   * dialog stays open with the server's message, so the user can retry or cancel.
   */
  aksi?: () => Promise<unknown>;
}

let urut = 0;

/**
 * Asks before an action (docs/architecture.md "Web area shape"). Resolves
 * true once the user confirmed (and `aksi` succeeded), false when they cancel
 * or close the dialog. Needs the `ModalsProvider` of main.tsx.
 */
export function konfirmasi(o: OpsiKonfirmasi): Promise<boolean> {
  const modalId = `konfirmasi-${++urut}`;
  return new Promise((selesai) => {
    modals.open({
      modalId,
      title: o.judul,
      centered: true,
      closeButtonProps: { "aria-label": i18n.t("umum.tutup") },
      onClose: () => selesai(false),
      children: (
        <IsiKonfirmasi
          o={o}
          onYa={() => {
            selesai(true);
            modals.close(modalId);
          }}
          onBatal={() => modals.close(modalId)}
        />
      ),
    });
  });
}

function IsiKonfirmasi({ o, onYa, onBatal }: { o: OpsiKonfirmasi; onYa: () => void; onBatal: () => void }) {
  const { t } = useTranslation();
  const [sedang, setSedang] = useState(false);
  const [galat, setGalat] = useState<unknown>(null);
  async function ya() {
    if (!o.aksi) return onYa();
    setSedang(true);
    setGalat(null);
    try {
      await o.aksi();
      onYa();
    } catch (e) {
      setGalat(e);
    } finally {
      setSedang(false);
    }
  }
  return (
    <Stack>
      {typeof o.pesan === "string" ? <Text>{o.pesan}</Text> : o.pesan}
      <ErrorAlert error={galat} />
      <Group justify="flex-end">
        <Button variant="default" onClick={onBatal}>
          {t("umum.batal")}
        </Button>
        <Button color={o.bahaya ? "red.9" : undefined} loading={sedang} onClick={ya}>
          {o.labelYa}
        </Button>
      </Group>
    </Stack>
  );
}
