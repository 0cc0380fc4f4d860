import { Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import { type ReactNode, useId } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../ErrorAlert.tsx";
import { type KirimForm, useKirimForm } from "./kirim-form.ts";

export interface KartuFormProps<V, H> extends KirimForm<V, H> {
  judul: ReactNode;
  keterangan?: ReactNode;
  form: UseFormReturnType<V>;
  /** The submit button's label (default "Simpan"). */
  labelKirim?: string;
  /** Empty the fields after a successful send (a new post, a new entry). */
  kosongkanSetelahKirim?: boolean;
  /** More buttons, left of the submit button. */
  aksi?: ReactNode;
  /** How the server's refusal is shown (default: its message in an alert). */
  tampilGalat?: (galat: unknown) => ReactNode;
  /** The submit button is off until the form allows sending (e.g. after a preview). */
  kirimNonaktif?: boolean;
  children: ReactNode;
}

/** A form on a card within a page: title, fields, the server's refusal, and a submit button showing progress. */
export function KartuForm<V, H>({
  judul,
  keterangan,
  form,
  kirim,
  onBerhasil,
  labelKirim,
  kosongkanSetelahKirim,
  aksi,
  tampilGalat,
  kirimNonaktif,
  children,
}: KartuFormProps<V, H>) {
  const { t } = useTranslation();
  const idJudul = useId();
  const { onSubmit, sedang, galat } = useKirimForm(form, {
    kirim,
    onBerhasil: async (hasil, nilai) => {
      await onBerhasil?.(hasil, nilai);
      if (kosongkanSetelahKirim) form.reset();
    },
  });
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={idJudul}>
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <div>
            <Title order={3} size="h4" id={idJudul}>
              {judul}
            </Title>
            {keterangan && (
              <Text size="sm" c="dimmed">
                {keterangan}
              </Text>
            )}
          </div>
          {children}
          {tampilGalat ? tampilGalat(galat) : <ErrorAlert error={galat} />}
          <Group justify="flex-end">
            {aksi}
            <Button type="submit" loading={sedang} disabled={kirimNonaktif}>
              {labelKirim ?? t("umum.simpan")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
