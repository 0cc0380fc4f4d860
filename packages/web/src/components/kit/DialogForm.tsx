import { Button, Group, type MantineSize, Modal, Stack } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../ErrorAlert.tsx";
import { type KirimForm, useKirimForm } from "./kirim-form.ts";

export interface DialogFormProps<V, H> extends KirimForm<V, H> {
  judul: ReactNode;
  form: UseFormReturnType<V>;
  onTutup: () => void;
  /** The submit button's label (default "Simpan"). */
  labelKirim?: string;
  /** A destructive submit: a red button. */
  bahaya?: boolean;
  ukuran?: MantineSize;
  /** Shown (default) or not; a dialog may also be mounted only while open. */
  opened?: boolean;
  /** More buttons, left of the submit button (e.g. "Simpan draf"). */
  aksi?: ReactNode;
  /** Full screen (e.g. on a phone for a long form). */
  layarPenuh?: boolean;
  /** How the server's refusal is shown (default: its message in an alert). */
  tampilGalat?: (galat: unknown) => ReactNode;
  children: ReactNode;
}

/**
 * A form in a modal dialog: the fields, the server's refusal above the
 * buttons (and on the fields it names), Cancel and a submit button that shows
 * progress. Nothing is lost on a refusal; the caller closes it in `onBerhasil`.
 */
export function DialogForm<V, H>({
  judul,
  form,
  kirim,
  onBerhasil,
  onTutup,
  labelKirim,
  bahaya,
  ukuran,
  opened = true,
  aksi,
  layarPenuh,
  tampilGalat,
  children,
}: DialogFormProps<V, H>) {
  const { t } = useTranslation();
  const { onSubmit, sedang, galat } = useKirimForm(form, { kirim, onBerhasil });
  return (
    <Modal
      closeButtonProps={{ "aria-label": t("umum.tutup") }}
      opened={opened}
      onClose={onTutup}
      title={judul}
      size={ukuran}
      fullScreen={layarPenuh}
      centered
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          {children}
          {tampilGalat ? tampilGalat(galat) : <ErrorAlert error={galat} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onTutup}>
              {t("umum.batal")}
            </Button>
            {aksi}
            <Button type="submit" loading={sedang} color={bahaya ? "red.9" : undefined}>
              {labelKirim ?? t("umum.simpan")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
