import { Group, Paper, Radio, Stack, Text, Title } from "@mantine/core";
import { useId } from "react";
import { useTranslation } from "react-i18next";

/**
 * A block as a test taker sees it: three statements, each with the two
 * choices "Paling sesuai" (most like me) and "Paling tidak sesuai" (least
 * like me); one of each per block. A preview only: the choices can be
 * clicked but nothing is checked or sent. Stacked, so it reads the same on a phone.
 */
export function PratinjauBlok({
  nomor,
  total,
  pernyataan,
}: {
  nomor: number;
  total: number;
  pernyataan: { id: string; teks: string | null }[];
}) {
  const { t } = useTranslation();
  const nama = useId();
  return (
    <Paper withBorder p="md" radius="md" role="group" aria-label={t("bankButir.pratinjauLabel")}>
      <Stack>
        <Text size="sm" c="dimmed">
          {t("bankButir.pratinjauKemajuan", { nomor, total })}
        </Text>
        <Title order={3} size="h4">
          {t("bankButir.pratinjauPetunjuk")}
        </Title>
        {pernyataan.map((p) => (
          <Paper key={p.id} withBorder p="sm" radius="sm">
            <Stack gap="xs">
              <Text>{p.teks ?? "—"}</Text>
              <Group gap="lg">
                <Radio
                  name={`${nama}-sesuai`}
                  value={p.id}
                  label={t("bankButir.palingSesuai")}
                  aria-label={`${t("bankButir.palingSesuai")}: ${p.teks ?? p.id}`}
                />
                <Radio
                  name={`${nama}-tidak`}
                  value={p.id}
                  label={t("bankButir.palingTidakSesuai")}
                  aria-label={`${t("bankButir.palingTidakSesuai")}: ${p.teks ?? p.id}`}
                />
              </Group>
            </Stack>
          </Paper>
        ))}
        <Text size="xs" c="dimmed">
          {t("bankButir.pratinjauCatatan")}
        </Text>
      </Stack>
    </Paper>
  );
}
