import { Button, Group, type MantineColor, type MantineSize, Modal, Stack } from "@mantine/core";
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
  /** The submit button's colour when it is neither the default nor `bahaya` (e.g. a warning "orange.9"). */
  warnaKirim?: MantineColor;
  /** The submit button is off until the form allows sending (e.g. a reason is long enough). */
  kirimNonaktif?: boolean;
  ukuran?: MantineSize;
  /** More buttons, between Cancel and the submit button (e.g. "Simpan draf", or the next step once a check passed). */
  aksi?: ReactNode;
  /** Shown (default) or not; a dialog may also be mounted only while open. */
  opened?: boolean;
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
  warnaKirim,
  kirimNonaktif,
  ukuran,
  aksi,
  opened = true,
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
            <Button
              type="submit"
              loading={sedang}
              disabled={kirimNonaktif}
              color={bahaya ? "red.9" : warnaKirim}
            >
              {labelKirim ?? t("umum.simpan")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
